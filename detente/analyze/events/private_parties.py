"""Favours, talks and requests between private people are private life (pages dev audit s26, class N5 "private /
human-interest act", with part of N1 and N7).

PLOVER codes the interactions of political actors. On soft pages (features, human interest, culture, advice
columns) the lexicon's words of offering, inviting, asking, meeting and praising name private dealings: "American
Airlines offered to fly the cat to Portland", "Johnson invited her to give a talk", "Dempsey talked with the man over
the phone", "Fry and her brother agreed to an interview", "I asked her several times to let me out". None is coded
when no side is political: every side read is a private person or a private body (sectors CVL, BUS, MED, EDU, JRN,
UNK or none, at least one side of a known sector) with no state, official body, party, armed group, union, NGO,
country standing alone for its state, or people named by nation ("Palestinians and Israelis failed to reach
agreement" stays). A name alone with no sector ("Moon pledges to prevent war") or a doer left unnamed ("After the
talks, it ordered residents to leave") may be an official that the actor lookup missed, and stays.

Research is private too: investigating an impact, an effect or a mechanism (cue list ``studied_thing``) with no
political side ("the ESA design team went to investigate the potential impact of hibernation") accuses no one; "the
UN sent personnel to investigate the feasibility of a peacekeeping force" (a political body) stays coded.

Only exchanges are read so (cue types AGREE, CONSULT, COOPERATE, SUPPORT, REQUEST). Violence, protest, accusations,
refusals and coercion keep their own rules. A crowd's demands stay (a REQUEST whose speaker is named by a word of
cue lists ``demonstrators`` and ``crowd``: "protesters demanded the release of the detainees", "students demanded
that the dean resign"), and so does any act with an official
side: "residents asked the army to leave", "doctors pleaded with the governor", "the US wants the UK to extradite
Assange".
"""
from __future__ import annotations

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.sector_groups import POLITICAL
from detente.analyze.events.triggers import Trigger

EXCHANGES = {"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "REQUEST"}
PRIVATE = {None, "CVL", "BUS", "MED", "EDU", "JRN", "UNK"}


def private_exchange(trigger: Trigger, sources: list, targets: list, frame) -> bool:
    """The English exchange has sides and none of them is political, or private research (module docstring)."""
    if frame.lang == "en" and trigger.cue.mode == "investigate" and not trigger.is_nominal:
        return _research(trigger.token) and not any(_political(hit.actor) for hit in sources + targets)
    if frame.lang != "en" or trigger.cue.type not in EXCHANGES:
        return False
    hits = sources + targets
    if not sources or not all(_private(hit.actor) for hit in hits) or not any(hit.actor.sector for hit in hits):
        return False  # an unknown name alone ("Moon pledges to prevent war") or an unnamed doer ("it ordered
        # residents to leave") may be an official the lookup missed
    if any(_people_of_a_country(hit, trigger, frame) for hit in hits):
        return False  # "Palestinians and Israelis failed to reach agreement": nations named by their people
    return not (trigger.cue.type == "REQUEST" and any(_crowd(hit, trigger, frame) for hit in sources))


def _research(verb) -> bool:
    """"went to investigate the potential impact of hibernation": what is investigated is a research question."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    return bool(objects) and all(lemma(o, "en") in words("studied_thing") for o in objects)


def _political(actor) -> bool:
    return actor.sector in POLITICAL or bool(actor.country and actor.sector is None)


def _private(actor) -> bool:
    """A private person or body: no political sector, and not a country standing alone (sector unknown, country
    known: "the United States", "Ukraine")."""
    if actor.sector in POLITICAL or actor.sector not in PRIVATE:
        return False
    return not (actor.country and actor.sector is None)


def _people_of_a_country(hit, trigger: Trigger, frame) -> bool:
    """The side's head word is a people's name ("Palestinians", "the Israelis"), which stands for its nation."""
    covered = [t for t in trigger.token.sent if hit.start <= frame.offset + t.idx < hit.end]
    heads = [t for t in covered if t.head not in covered or t.head.i == t.i]
    return any(t.ent_type_ == "NORP" for t in heads)


def _crowd(hit, trigger: Trigger, frame) -> bool:
    """The side is a protest crowd ("protesters", "students", "demonstrators")."""
    crowd = words("demonstrators") | words("crowd")
    for token in trigger.token.sent:
        if hit.start <= frame.offset + token.idx < hit.end and lemma(token, "en") in crowd:
            return True
    return False
