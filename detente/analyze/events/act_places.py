"""Which places of an act's sentence are where the act happened (location.py), read off the parse.

- For an act done by saying (an accusation, a call, a stance), a place inside another clause than the act's is that clause's, not the act's: the content of a call ("urging the
  party to back a ceasefire in Gaza", "insisting that Congress remain in Washington"), the object of an accusation
  ("accused X of damaging a dam in Kashmir"), a clause under the act or a clause the act is subordinate to ("Assange,
  who denies the accusation, sought refuge in London"). A place reached only through phrases and nouns of the act's
  own clause ("arrested by officers at the embassy in London", "shelling by the force in Kashmir") stays, and so
  does a sentence-initial locative, which sets the scene of the whole sentence ("In Muzaffarabad, a resident says
  people were wounded").
- An attack noun's "on"/"against" object that is a place is where the attack happened ("the attack on the Capitol",
  "attacks on southern Israel", "ataque contra Kiev"): PLOVER's location of an assault is its target site. Attack
  nouns are the lexicon's nouns whose every single-word cue is ASSAULT.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span as SpacySpan, Token

from detente.analyze.context import Analysis, PlaceMention
from detente.analyze.events.lexicon import cues_by_trigger, cues_of

# PLOVER types of acts done by saying (statements, calls, stances, accusations): their place is where they are said,
# not the places of what they are about; a material act (a curfew eased, diplomats expelled) is done where its
# object is, so a place in its clauses is left to the places layer
STATED_TYPES = {"ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN", "AGREE"}
CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "acl:relcl", "pcomp", "csubj", "csubjpass", "parataxis"}
RELATIVE_DEPS = {"relcl", "acl", "acl:relcl"}  # a noun's own clause: out of its sentence's scene ("a group outlawed in 2002")
# the act in a relative, participial or content clause of a noun or verb whose clause holds the place ("Assange,
# who denies the accusation, sought refuge in London"); a purpose or control clause ("went to X to demonstrate
# support") shares its governor's place
HIGHER_CLAUSE_DEPS = {"relcl", "acl", "acl:relcl", "ccomp", "csubj", "csubjpass", "parataxis"}
ATTACKED_PREPS = {"on", "against", "upon", "contra", "sobre"}


def _path_up(token: Token, stop: set[int]) -> list[Token]:
    """``token`` and its ancestors up to (not including) the first one in ``stop``; all of them when none is."""
    path = []
    for node in [token, *token.ancestors]:
        if node.i in stop:
            break
        path.append(node)
    return path


def in_other_clause(trigger: Token, place_root: Token, stated: bool | None = None) -> bool:
    """The place and the act meet only above a clause boundary on either side (see the module docstring); only for
    acts of saying and stance, whose place is where they are said (``stated``: known from the event's type; else
    read off the lexicon)."""
    if place_root.sent.start != trigger.sent.start or not (stated_act(trigger) if stated is None else stated):
        return False
    trigger_line = {trigger.i, *(a.i for a in trigger.ancestors)}
    place_side = _path_up(place_root, trigger_line)
    meeting = place_side[-1].head if place_side and place_side[-1].head.i != place_side[-1].i else place_root
    trigger_side = _path_up(trigger, {meeting.i})
    if place_side and _scene_setting(place_side[-1]) and not any(n.dep_ in RELATIVE_DEPS for n in trigger_side):
        return False  # "In Muzaffarabad, a resident says that people were wounded": the whole sentence's scene
    if any(node.dep_ in CLAUSE_DEPS and not _participle_adjunct(node) for node in place_side):
        return True
    return any(node.dep_ in HIGHER_CLAUSE_DEPS for node in trigger_side if node.pos_ in {"VERB", "AUX"})


def _scene_setting(top: Token) -> bool:
    """A sentence-initial locative phrase on the main verb sets the scene of every clause of its sentence."""
    return top.i == top.sent.start and top.dep_ in {"prep", "obl", "nmod"} and top.head.i == top.sent.root.i \
        or top.dep_ in {"obl", "nmod"} and top.head.i == top.sent.root.i and top.left_edge.i == top.sent.start


def _participle_adjunct(node: Token) -> bool:
    """A bare participle adjunct ("struck the camp, killing 13 in X") tells the same scene, and a bare participle on
    a noun ("diplomats based in Geneva", "the curfew imposed in Sudan") locates that thing: neither is another act."""
    participle = node.tag_ in {"VBG", "VBN"} or "Part" in node.morph.get("VerbForm") or "Ger" in node.morph.get("VerbForm")
    return node.dep_ in {"advcl", "acl"} and participle and not any(
        c.dep_ in {"mark", "nsubj", "nsubjpass", "nsubj:pass"} for c in node.children)


def stated_act(trigger: Token) -> bool:
    """Every cue the lexicon has for the trigger's lemma is an act of saying or stance (STATED_TYPES)."""
    lang = "es" if trigger.lang_ == "es" else "en"
    cues = cues_of(trigger, lang)
    return bool(cues) and all(c.type in STATED_TYPES for c in cues)


@lru_cache(maxsize=None)
def attack_nouns() -> frozenset[str]:
    """Nouns whose every single-word cue, in either lexicon, is ASSAULT ("attack", "airstrike", "ataque")."""
    found: set[str] = set()
    for lang in ("en", "es"):
        for word, cues in cues_by_trigger(lang).items():
            singles = [c for c in cues if len(c.words) == 1 and c.pos == "N"]
            if singles and all(c.type == "ASSAULT" for c in singles):
                found.add(word)
    return frozenset(found)


def attacked_place(analysis: Analysis, sent: SpacySpan, trigger: Token, offset: int) -> PlaceMention | None:
    """The place an attack noun's "on"/"against" phrase names ("the attack on the Capitol")."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in attack_nouns():
        return None
    objects = [g for c in trigger.children if c.lower_ in ATTACKED_PREPS and c.dep_ in {"prep", "case"}
               for g in c.children if g.dep_ in {"pobj", "obj"}]
    objects += [c for c in trigger.children if c.dep_ in {"nmod", "obl"}
                and any(k.lower_ in ATTACKED_PREPS and k.dep_ == "case" for k in c.children)]
    if not objects:
        return None
    sent_start, sent_end = offset + sent.start_char, offset + sent.end_char
    for mention in analysis.places:
        if not sent_start <= mention.start < sent_end:
            continue
        span = sent.doc.char_span(mention.start - offset, mention.end - offset, alignment_mode="expand")
        if span is not None and any(o.i == span.root.i or o in span for o in objects):
            return mention
    return None
