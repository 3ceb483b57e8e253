"""Undated acts the text places before the news of the day: they must not take the publication date.

dating.py gives an act with no time expression of its own the publication date (news of the day). That is wrong for
an act the text itself presents as earlier, and two discourse facts show it without a date in the act's sentence:
- a cue on the act's own clause, or on its "when" clause, that it lies some time back: an unresolved "months ago" /
  "hace meses" ("Cuando se puso la idea sobre la mesa hace años, la Comisión la rechazó"), or the act is
  told from memory or record ("he describes arresting a man", "recalled meeting"): no date (date and text null),
  which is honest, rather than a wrong day;
- a paragraph that opened a past time frame: a past-tense act whose sentence has no time expression continues the
  frame of the nearest earlier sentence of its paragraph that has one, when that sentence's main verb is a past tense
  dated by a period coarser than a day that starts before publication ("In the spring, Congress ended X. They also
  ordered Y.", "The announcement came earlier this month ... Employees staged a walkout."). The act takes that
  period at its precision. A day frame is carried only for a day of the news week (stop 27: "The president met the
  envoy on Monday. He urged China to ...": Monday, not the publication day), and not to a past perfect; an older day
  is not: a chronology moves on from day to day ("On April 20, X was captured. He was flown ...").
- "at the time" / "en aquel momento" on the act's own clause points back at the story's time: the act takes the
  latest dated expression before its sentence ("In 2020, prosecutors said X. Berman blasted Andrew at the time ..."),
  when that lies before publication; "at the time of X" names another act's time and is no such cue.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from detente.analyze.context import Analysis, TimeExpression
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.sentence_words import token_at
from detente.analyze.time.calendar import as_date

CUES = Path(__file__).resolve().parents[2] / "knowledge" / "time" / "background_cues.tsv"
COARSE = {"week", "month", "quarter", "season", "half", "year", "decade", "century"}
OTHER_CLAUSE_DEPS = {"relcl", "acl", "acl:relcl", "ccomp", "xcomp", "advcl", "csubj", "parataxis", "pcomp"}
RECALLED_DEPS = {"xcomp", "ccomp", "dobj", "obj", "pcomp"}


def background_cues() -> dict[tuple[str, str], frozenset[str]]:
    """(lang, kind) -> words, read from detente/knowledge/time/background_cues.tsv."""
    return lang_kind_words(CUES)


@lru_cache(maxsize=None)
def lang_kind_words(path: Path) -> dict[tuple[str, str], frozenset[str]]:
    """(lang, kind) -> lower-case words of a cue file whose lines are "lang<TAB>kind<TAB>word" ('#' comments)."""
    found: dict[tuple[str, str], set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, kind, word = line.split("\t")[:3]
        found.setdefault((lang, kind), set()).add(word.strip().lower())
    return {key: frozenset(values) for key, values in found.items()}


def cue_words(path: Path, lang: str, kind: str) -> frozenset[str]:
    """The words of one language and kind of such a cue file (each file is read once)."""
    return lang_kind_words(path).get((lang, kind), frozenset())


def _cue(lang: str, kind: str) -> frozenset[str]:
    return cue_words(CUES, lang, kind)


def clause_head(trigger: Token) -> Token:
    """The head of the clause a conjoined verb belongs to ("arrested and jailed": "arrested"), whose tense and
    adverbs the later verbs share."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node


def earlier_without_date(trigger: Token, lang: str) -> bool:
    """The act's own clause says it lies some time back without a date ("months ago", "hace meses"), or it is told
    from memory or record ("describes arresting a man", "recalled meeting him")."""
    ago = _cue(lang, "ago")
    for head in {trigger, clause_head(trigger), *_when_clauses(trigger, lang)}:
        for child in head.children:
            if child.lower_ in ago or any(g.lower_ in ago and g.dep_ in {"advmod", "case", "mark"} for g in child.children):
                return True
    recall = _cue(lang, "recall")
    node = clause_head(trigger)
    return node.dep_ in RECALLED_DEPS and node.head.i != node.i and lemma(node.head, lang) in recall


def _when_clauses(trigger: Token, lang: str) -> list[Token]:
    """The act's "when" clauses ("Cuando se puso la idea sobre la mesa hace años, la Comisión la rechazó"): they set
    the act's time, so an unresolved "ago" in them places the act some time back too."""
    marks = _cue(lang, "when")
    return [c for c in clause_head(trigger).children if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)]


def narrative_past(verb: Token, lang: str) -> bool:
    """A simple past, past passive or past perfect ("ordered", "were charged", "had met", "cerró"); not a present
    perfect ("has offered"), which is the present's."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass", "aux:pass"}]
    if not auxiliaries:
        return simple_past(verb, lang)
    if lang == "en":
        return verb.tag_ == "VBN" and auxiliaries[0].lower_ in {"was", "were", "had"}
    if "Past" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm"):
        return False
    return any("Past" in a.morph.get("Tense") or "Imp" in a.morph.get("Tense") for a in auxiliaries)


def simple_past(verb: Token, lang: str) -> bool:
    """A past verb with no auxiliary ("ordered", "cerró")."""
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ in {"aux", "auxpass", "aux:pass"} for c in verb.children):
        return False
    if lang == "en":
        return verb.tag_ == "VBD"
    return "Past" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm")


def paragraph_frame(analysis: Analysis, trigger: Token, start: int, lang: str) -> TimeExpression | None:
    """The past period an earlier sentence of the paragraph opened, which this past-tense, undated act continues."""
    published = as_date(analysis.article.reference_date)
    if published is None or not narrative_past(clause_head(trigger), lang):
        return None
    offset = start - trigger.idx
    sent = trigger.sent
    sent_start, sent_end = offset + sent.start_char, offset + sent.end_char
    if any(sent_start <= t.start < sent_end for t in analysis.times):
        return None  # a date of its own sentence that dating.py did not take is no reason to look further
    parsed = analysis.paragraph_at(start)
    if parsed is None:
        return None
    earlier = [t for t in analysis.times if parsed.offset <= t.start < sent_start]
    if not earlier:
        return None
    nearest = token_at(trigger.doc, max(earlier, key=lambda t: t.start).start - offset)
    if nearest is None:
        return None
    frame_sent = nearest.sent
    root = frame_sent.root
    if not narrative_past(root, lang):
        return None
    lo, hi = offset + frame_sent.start_char, offset + frame_sent.end_char
    for expression in sorted((t for t in earlier if lo <= t.start < hi), key=lambda t: t.start):
        when = as_date(expression.value) if expression.value else None
        if when is None or not (_coarse_frame(expression, when, published) or _news_day_frame(
                expression, when, published, trigger, lang)):
            continue
        token = token_at(trigger.doc, expression.start - offset)
        if token is not None and _dates_root(token, root):
            return expression
    return None


NEWS_WEEK_DAYS = 7  # a day this close before publication ("on Monday", "yesterday") is the news story's own day


def _coarse_frame(expression: TimeExpression, when, published) -> bool:
    """A period coarser than a day that starts before publication ("In the spring", "earlier this month")."""
    return expression.precision in COARSE and when < published


def _news_day_frame(expression: TimeExpression, when, published, trigger: Token, lang: str) -> bool:
    """A day of the news week before publication ("On Monday", "yesterday", NEWS_WEEK_DAYS at most) frames the simple
    pasts told after it in its paragraph ("The president met the envoy on Monday. He urged China to ..."): the story
    of those days, not a chronology moving on over weeks ("On April 20, ..." a fortnight back is not carried). A past
    perfect lies before that day and is left to earlier_acts.py."""
    from datetime import timedelta

    from detente.analyze.events.earlier_acts import past_perfect

    if expression.precision != "day" or not published - timedelta(days=NEWS_WEEK_DAYS) <= when < published:
        return False  # the publication day itself ("today") adds nothing to the default
    return not past_perfect(clause_head(trigger), lang)


FOCUS_CHARS = 1500  # the story's time holds this far (time/reference.py)


def at_that_time(analysis: Analysis, trigger: Token, start: int, lang: str) -> TimeExpression | None:
    """The story time that an "at the time" on the act's clause refers back to (see the module docstring)."""
    published = as_date(analysis.article.reference_date)
    if published is None or not _then_phrase(trigger, lang):
        return None
    sent_start = start - trigger.idx + trigger.sent.start_char
    earlier = [t for t in analysis.times if t.value and t.precision and t.end <= sent_start
               and sent_start - t.end <= FOCUS_CHARS]
    if not earlier:
        return None
    latest = max(earlier, key=lambda t: t.end)
    when = as_date(latest.value)
    return latest if when is not None and when < published else None


def _then_phrase(trigger: Token, lang: str) -> bool:
    """An "at the time" phrase whose preposition hangs on the act's clause, not followed by "of"/"de"."""
    heads = {trigger.i, clause_head(trigger).i}
    words = [t.lower_ for t in trigger.sent]
    base = trigger.sent.start
    for phrase in _cue(lang, "then"):
        parts = phrase.split()
        for k in range(len(words) - len(parts) + 1):
            if words[k : k + len(parts)] != parts:
                continue
            after = words[k + len(parts)] if k + len(parts) < len(words) else ""
            first = trigger.doc[base + k]
            if after not in {"of", "de", "del", "en", "que"} and first.head.i in heads:
                return True
    return False


def _dates_root(token: Token, root: Token) -> bool:
    """The expression hangs on the sentence's main verb, not inside another clause ("declared ... in March 2020")."""
    return hangs_on(token, root, OTHER_CLAUSE_DEPS)


def hangs_on(token: Token, verb: Token, clause_deps: set[str]) -> bool:
    """``token`` reaches ``verb`` through its heads without passing a dependency of ``clause_deps`` (another clause)."""
    node = token
    while node.i != verb.i:
        if node.dep_ in clause_deps or node.head.i == node.i:
            return False
        node = node.head
    return True

