"""Acts stopped or lifted: an event noun that is the object of a verb of stopping is the reverse act.

"Israel halted its air strikes" ends an active conflict (RETREAT ceasefire); "the army ended the curfew" and "the
union called off the strike" are concessions (codebook CONCEDE: removing curfews, easing restrictions, suspending
protests, dropping charges); "Russia suspended talks" or "cut off aid" reduces relations (SANCTION discontinue).
The lexicon's own verb+noun entries ("lift sanction", "halt talk") match first; this rule covers every other pair.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import cues_by_trigger, words
from detente.analyze.events.spanish_arguments import spanish_words
from detente.analyze.events.spanish_senses import put_an_end
from detente.analyze.events.triggers import Trigger

REVERSED = {
    "ASSAULT": ("RETREAT", "ceasefire"),
    "MOBILIZE": ("RETREAT", None),
    "COERCE": ("CONCEDE", None),
    "SANCTION": ("CONCEDE", None),
    "PROTEST": ("CONCEDE", None),
    "ACCUSE": ("CONCEDE", None),
    "THREATEN": ("CONCEDE", None),
    "CONSULT": ("SANCTION", "discontinue"),
    "COOPERATE": ("SANCTION", "discontinue"),
    "AID": ("SANCTION", "discontinue"),
    "SUPPORT": ("SANCTION", "discontinue"),
    "REJECT": ("CONCEDE", None),  # "dropped its veto", "lifted its objection": giving in (codebook CONCEDE)
    "AGREE": ("SANCTION", "discontinue"),  # "terminated its friendship treaty", "annulled the fishing agreement"
}
STOPPED_DEPS = {"dobj", "obj", "nsubjpass", "nsubj:pass"}


def stopping_verb(noun: Token, lang: str) -> Token | None:
    """The verb of stopping whose object (or passive subject) ``noun`` is ("halted the strikes", "the curfew was
    lifted", "called off the strike")."""
    if lang == "es" and (ending := put_an_end(noun)) is not None:
        return ending  # "pusieron fin a la huelga"
    if noun.dep_ not in STOPPED_DEPS or noun.head.pos_ not in {"VERB", "AUX"}:
        return None
    verb = noun.head
    own = lemma(verb, lang)
    particles = [c.lower_ for c in verb.children if c.dep_ in {"prt", "compound:prt"}]
    stopping = spanish_words("cease") if lang == "es" else words("cease")  # "levantaron el paro"
    if own in stopping or any(f"{own} {p}" in stopping for p in particles):
        return verb
    return None


def reverse_stopped(triggers: list[Trigger], lang: str) -> list[Trigger]:
    """Replace each stopped event noun, and any trigger on its stopping verb, by one verbal trigger of the reverse
    type anchored on the verb (so the verb's subject is the source and its negation, tense and mood apply)."""
    reversed_at: dict[int, Trigger] = {}
    dropped: set[int] = set()
    for trigger in triggers:
        if trigger.cue.type not in REVERSED or trigger.cue.mode == "discontinue":
            continue  # "broke off relations" (SANCTION discontinue) already names the breaking off
        if trigger.is_nominal:  # "halted its air strikes": the noun (or a multiword noun's head) is the object
            noun = trigger.token
            verb = stopping_verb(noun, lang)
        elif len(trigger.tokens) == 1 and _stopped_gerund(trigger.token, lang):  # "stopped shelling the city"
            noun, verb = trigger.token, trigger.token.head
        else:  # "called off the strike": a verb+noun cue whose verb takes a particle of stopping
            noun = next((t for t in trigger.tokens[1:] if t.head.i == trigger.token.i and t.dep_ in STOPPED_DEPS), None)
            verb = trigger.token if noun is not None and stopping_verb(noun, lang) is not None else None
            if verb is not None and lemma(verb, lang) in words("cease"):
                verb = None  # the cue itself names the stopping ("stop work" is a strike, "halt talk" SANCTION)
        if verb is None or verb.i in reversed_at:
            continue
        event_type, mode = REVERSED[trigger.cue.type]
        cue = replace(trigger.cue, type=event_type, mode=mode, pos="V", words=(lemma(verb, lang), lemma(noun, lang)),
                      head=0, context=trigger.cue.context)
        reversed_at[verb.i] = Trigger(token=verb, cue=cue, tokens=(verb, noun))
        dropped.add(trigger.token.i)
    if not reversed_at:
        return triggers
    kept = [t for t in triggers if t.token.i not in dropped and t.token.i not in reversed_at]
    return sorted(kept + list(reversed_at.values()), key=lambda t: t.token.i)


def _stopped_gerund(token: Token, lang: str) -> bool:
    """An English -ing act governed by a verb of stopping ("the rebels stopped shelling the city")."""
    return lang == "en" and token.tag_ == "VBG" and token.dep_ in {"xcomp", "dobj", "obj"} \
        and token.head.pos_ == "VERB" and lemma(token.head, lang) in words("cease")


SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
GROUP_PRONOUNS = {"they", "we"}
COUNTED = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions", "some", "all", "many"}


def idle_stoppages(triggers: list[Trigger], lang: str) -> list[Trigger]:
    """Drop a strike read off a verb of stopping plus "work" ("stop work") whose subject is no workforce: "the
    hospital stopped working after the raid", "the pumps stopped working", "he stopped working at the firm" tell a
    breakdown or a career, not a strike; "workers stopped work", "thousands of miners stopped working" stay
    (plural subject nouns of cue list ``workforce``, a ``workforce_group``, a counted crowd, or "they"). With no
    subject, only the noun "work" ("stopped work at noon") stays."""
    if lang != "en":
        return triggers
    return [t for t in triggers if not _idle(t, lang)]


def _idle(trigger: Trigger, lang: str) -> bool:
    verb = trigger.token
    if trigger.cue.type != "PROTEST" or trigger.is_nominal or len(trigger.tokens) < 2 or lemma(verb, lang) not in words("cease"):
        return False
    work = trigger.tokens[1]
    subject = _subject(verb)
    if subject is None:
        return work.pos_ != "NOUN"  # "stopped working" with no one named: nothing tells a strike
    if subject.lower_ in GROUP_PRONOUNS:
        return False
    if subject.lower_ in COUNTED:  # "thousands of miners stopped work"; a bare "thousands" counts a crowd
        counted = [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        subject = counted[0] if counted else None
        if subject is None:
            return False
    own = lemma(subject, lang)
    if own in words("workforce_group"):
        return False
    return own not in words("workforce") or subject.tag_ not in {"NNS", "NNPS"}  # "the doctor stopped working": one person


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is joined to ("marched and stopped work")."""
    current = verb
    for _ in range(3):
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
        if current.dep_ not in {"conj", "xcomp", "advcl"} or current.head.i == current.i:
            return None
        current = current.head
    return None


def dissent_called_off(trigger: Trigger, lang: str) -> bool:
    """A protest, strike or boycott stopped ("would suspend the protest", "will call off the strike"): the codebook
    names suspending protests among CONCEDE's promised concessions, so the promise stays CONCEDE + future."""
    if trigger.cue.type != "CONCEDE":
        return False
    lexicon = cues_by_trigger(lang)
    return any(cue.type == "PROTEST" and cue.pos == "N" for noun in trigger.tokens[1:] for cue in lexicon.get(lemma(noun, lang), ()))
