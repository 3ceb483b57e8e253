"""Undated acts that the words of their own clause mark as earlier than the news of the day: no date.

dating.py gives an act with no time expression the publication date (news of the day). docs/schema.md wants null
"for an earlier act the text does not date", and the judges of the real-news audits count the publication date as
wrong for such an act. Besides "months ago" and acts told from memory (background_dates.py), two cues on the act's
own clause say it is earlier without dating it:
- "recent" / "recently" / "reciente(mente)" on the act ("for recent attacks", "has recently approved", "los recientes
  ataques"), or "in recent weeks/days/months" that the time layer did not resolve: what is recent is not of today,
  yet its day is unknown; likewise "previous", "earlier", "past", "prior", "anterior(es)" on an event noun ("previous
  attacks", "an earlier visit");
- "already" on a finished act ("the parliament has already ratified it", "has already been charged"): done before
  the news, with no date;
- a sequence adverb on a simple past ("ultimately chose to quit", "Eventually, he resigned", "were later joined by
  farmers who demanded"), when no day of the news stands before it in its paragraph: a later step of a past story;
- a past perfect ("Israel had ordered the evacuation", "the deal he had signed"): the act lies before the story's
  past. Not the back-shifted tense of reported news ("police said they had arrested five men", "según la policía"),
  so not when its sentence holds a verb of saying or an "according to", nor in a condition ("if they had agreed").
The act keeps no date and is not flagged historical (docs/events.md: "earlier" and a bare past perfect are no
historical cue; recent acts are the story's recent past).
"""
from __future__ import annotations

from pathlib import Path

from spacy.tokens import Token

from detente.analyze.events.background_dates import clause_head, cue_words, narrative_past
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
    already = _cue(lang, "already")
    for head in {trigger, clause_head(trigger)}:
        for child in head.children:
            if child.lower_ in recent and child.dep_ in {"advmod", "amod"}:
                return True
            if child.lower_ in prior and child.dep_ == "amod" and head.pos_ in {"NOUN", "PROPN"}:
                return True  # "previous attacks", "an earlier visit", "ataques anteriores"
            if child.lower_ in already and child.dep_ == "advmod" and _done(head, lang):
                return True  # "has already ratified it", "had already been charged", "already won"
            if child.dep_ == "prep":
                for noun in child.children:
                    if noun.lower_ in units and any(g.lower_ in recent and g.dep_ == "amod" for g in noun.children):
                        return True
    return False


SEQUEL_STEPS = 3  # clauses up from the act to the verb a sequence adverb may hang on


def sequel_act(trigger: Token, lang: str) -> bool:
    """"ultimately chose to quit", "were later joined by farmers who demanded", "Eventually, he resigned": a simple past
    that a sequence adverb places after another past act of the story; the caller checks that no day of the news
    stands before it in its paragraph ("arrested on Tuesday ... later released" is of that day)."""
    sequel = _cue(lang, "sequel")
    if _reported(trigger, lang):
        return False  # "officials later sealed off the area, Dar said": a step of the reported story of the day
    node = trigger
    for _ in range(SEQUEL_STEPS):
        for verb in {node, clause_head(node)}:
            if any(c.lower_ in sequel and c.dep_ == "advmod" and not _comparison(c) for c in verb.children) \
                    and narrative_past(clause_head(verb), lang):
                return True
        node = clause_head(node)
        if node.dep_ == "xcomp":
            node = node.head  # "ultimately chose to quit"
        elif node.dep_ in {"relcl", "acl:relcl"} and node.head.dep_ in {"pobj", "dobj", "obj", "nsubj", "nsubjpass"}:
            noun = node.head  # "joined by farmers who demanded": the farmers' clause
            node = noun.head.head if noun.dep_ == "pobj" else noun.head
        else:
            return False
    return False


def _comparison(adverb: Token) -> bool:
    """"no later than May 10": a deadline, not a sequence."""
    following = adverb.doc[adverb.i + 1] if adverb.i + 1 < len(adverb.doc) else None
    return any(c.lower_ in {"no", "than"} for c in adverb.children) or (following is not None and following.lower_ == "than")


def _reported(trigger: Token, lang: str) -> bool:
    """The act's sentence holds a verb of saying or an "according to" (reported news, told in its own order)."""
    said, per = _cue(lang, "say"), _cue(lang, "per")
    return any((t.pos_ in {"VERB", "AUX"} and lemma(t, lang) in said) or t.lower_ in per for t in trigger.sent)


def former_act(trigger: Token, lang: str) -> bool:
    """"once" before a finished act ("agreements she once supported", "a man who once led the group"): formerly, at a
    time the words do not date (not a year named nearby, as "previously" takes); not "once the deal is signed" (a
    condition) nor "met him once" (one time)."""
    former = _cue(lang, "once")
    for head in {trigger, clause_head(trigger)}:
        for child in head.children:
            if child.lower_ in former and child.dep_ == "advmod" and child.i < head.i \
                    and (_done(head, lang) or lang != "en" and "Past" in head.morph.get("Tense")):
                return True
    return False


def _done(verb: Token, lang: str) -> bool:
    """A finished act: a perfect ("has ratified", "had been charged") or a simple past ("already won"); not a present
    ("are already treated first", a habit) nor a future."""
    if verb.pos_ not in {"VERB", "AUX"} or lang != "en":
        return False
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in AUXILIARY_DEPS]
    if verb.tag_ == "VBD":
        return not auxiliaries
    return verb.tag_ == "VBN" and bool(auxiliaries) and auxiliaries[0].replace("’", "'") in PERFECT_AUXILIARIES


PERFECT_AUXILIARIES = {"has", "have", "had", "'s", "'ve", "'d"}


def past_perfect_act(trigger: Token, lang: str) -> bool:
    """A past perfect on the act's verb, outside reported speech and conditions."""
    verb = clause_head(trigger)
    if not past_perfect(verb, lang):
        return False
    if any(c.dep_ == "mark" and c.lower_ in _cue(lang, "if") for c in verb.children):
        return False
    return not _reported(trigger, lang)


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
