"""Sports reports code only political acts (real-news audit s21, class A1).

In a match report the verbs of the lexicon are the game's own vocabulary: a goalkeeper's save "denies" a striker, a
player is "called upon" to keep out a header, a team "attacks". An English article that uses four or more distinct
words of the cue list ``sport_play`` (goalkeeper, header, league, lap, podium ...) is a sports report; in it an
event is coded only when one of its sides is a state, an official body, a party or an armed group ("the government
banned the fans", "police arrested supporters"), never when all its sides are players, clubs or other private people.
"""
from __future__ import annotations

from detente.analyze.context import Analysis
from detente.analyze.events.lexicon import words
from detente.analyze.events.sector_groups import POLITICAL
from detente.analyze.events.sentence_words import doc_words, sentence_lowers

SPORT_WORDS = 4  # distinct sport words that make an article a sports report
PLAY_TYPES = {"ASSAULT", "CONCEDE", "REJECT", "SUPPORT", "AGREE", "RETREAT", "PROTEST", "CONSULT"}  # a game's words


def sports_report(analysis: Analysis) -> bool:
    """The English article is a sports report (module docstring); computed once per article."""
    return analysis.once("sports_report", lambda: _sport_words_seen(analysis) >= SPORT_WORDS)


def _sport_words_seen(analysis: Analysis) -> int:
    """How many distinct words of the ``sport_play`` list the article's English paragraphs use."""
    sport = words("sport_play")
    seen: set[str] = set()
    for parsed in analysis.parsed:
        if parsed.lang != "en" or not len(parsed.doc):
            continue
        lemmas, _ = doc_words(parsed.doc, "en")  # read once per paragraph and shared with the coder's scans
        lowers = sentence_lowers(parsed.doc[:])
        seen.update(lemma for lemma, lower in zip(lemmas, lowers) if lower in sport or lemma in sport)
    return len(seen & sport)


def unpolitical_play(analysis: Analysis, sources: list, targets: list) -> bool:
    """In a sports report, an event none of whose sides is a state or a political or armed body."""
    if not sports_report(analysis):
        return False
    sides = [hit.actor for hit in sources + targets]
    return not any(a.sector in POLITICAL or (a.country and a.sector is None) for a in sides)


def team_play(trigger, found, frame) -> bool:
    """In an English sports report, an act of play whose sides are private or countries standing alone (national
    teams: module docstring)."""
    if frame.lang != "en" or trigger.cue.type not in PLAY_TYPES or not sports_report(frame.analysis):
        return False
    sides = [hit.actor for hit in found.sources + found.targets]
    return bool(sides) and not any(a.sector in POLITICAL for a in sides)
