"""Undated acts that the words of their own clause mark as earlier than the news of the day: no date.

dating.py gives an act with no time expression the publication date (news of the day). docs/schema.md wants null
"for an earlier act the text does not date", and the judges of the real-news audits count the publication date as
wrong for such an act. Besides "months ago" and acts told from memory (background_dates.py), two cues on the act's
own clause say it is earlier without dating it:
- "recent" / "recently" / "reciente(mente)" on the act ("for recent attacks", "has recently approved", "los recientes
  ataques"), or "in recent weeks/days/months" that the time layer did not resolve: what is recent is not of today,
  yet its day is unknown; likewise "previous", "earlier", "past", "prior", "anterior(es)" on an event noun ("previous
  attacks", "an earlier visit");
- a past perfect ("Israel had ordered the evacuation", "the deal he had signed"): the act lies before the story's
  past. Not the back-shifted tense of reported news ("police said they had arrested five men", "según la policía"),
  so not when its sentence holds a verb of saying or an "according to", nor in a condition ("if they had agreed").
The act keeps no date and is not flagged historical (docs/events.md: "earlier" and a bare past perfect are no
historical cue; recent acts are the story's recent past).
"""
from __future__ import annotations

from pathlib import Path

from spacy.tokens import Token

from detente.analyze.events.background_dates import clause_head, cue_words
from detente.analyze.events.lemmas import lemma

CUES = Path(__file__).resolve().parents[2] / "knowledge" / "time" / "earlier_cues.tsv"
AUXILIARY_DEPS = {"aux", "auxpass", "aux:pass"}


def _cue(lang: str, kind: str) -> frozenset[str]:
    return cue_words(CUES, lang, kind)


def marked_earlier(trigger: Token, lang: str) -> bool:
    """The act's own clause marks it as earlier than the day's news, with no date (see the module docstring)."""
    return recent_act(trigger, lang) or past_perfect_act(trigger, lang)


def recent_act(trigger: Token, lang: str) -> bool:
    """"recent attacks", "has recently approved", "in recent weeks" on the act itself or its clause's verb."""
    recent, units, prior = _cue(lang, "recent"), _cue(lang, "unit"), _cue(lang, "prior")
    for head in {trigger, clause_head(trigger)}:
        for child in head.children:
            if child.lower_ in recent and child.dep_ in {"advmod", "amod"}:
                return True
            if child.lower_ in prior and child.dep_ == "amod" and head.pos_ in {"NOUN", "PROPN"}:
                return True  # "previous attacks", "an earlier visit", "ataques anteriores"
            if child.dep_ == "prep":
                for noun in child.children:
                    if noun.lower_ in units and any(g.lower_ in recent and g.dep_ == "amod" for g in noun.children):
                        return True
    return False


def past_perfect_act(trigger: Token, lang: str) -> bool:
    """A past perfect on the act's verb, outside reported speech and conditions."""
    verb = clause_head(trigger)
    if not past_perfect(verb, lang):
        return False
    if any(c.dep_ == "mark" and c.lower_ in _cue(lang, "if") for c in verb.children):
        return False
    sent = trigger.sent
    said, per = _cue(lang, "say"), _cue(lang, "per")
    return not any((t.pos_ in {"VERB", "AUX"} and lemma(t, lang) in said) or t.lower_ in per for t in sent)


def past_perfect(verb: Token, lang: str) -> bool:
    """The verb's tense is the past perfect ("had fired", "they'd killed", "they’d killed", "había atacado"): its
    first auxiliary, the finite one, is a past of "have" (cue list ``had``), on a past participle in English and with
    no "have" after it ("they'd go", "they'd have gone" are "would"). The tense only; whether that makes the act
    earlier is the caller's question (here, and recalled_attack_dates.py for a recalled attack)."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in AUXILIARY_DEPS]
    if not auxiliaries or auxiliaries[0].lower_.replace("’", "'") not in _cue(lang, "had"):
        return False  # a typographic apostrophe is the same "'d"
    return lang != "en" or verb.tag_ == "VBN" and not any(a.lower_ == "have" for a in auxiliaries[1:])
