"""Where an attack happened when no locative word introduces its place (location.py, after act_places.attacked_place).

PLOVER places an assault at its target site. Beyond "the attack on X" (act_places), a sentence names that site by:
- the goal of an attack verb, or its passive subject ("Arica has been hit"): "launched missiles into Pakistan", "stormed from the Gaza Strip into Israel" (the
  goal, not the origin "from"), "shot down drones over the Moscow region"; a verb conjoined with it shares its goal
  ("stormed ... into Israel, killed 1,400 people"), and so does one whose phrase it heads ("including over X"); a
  verb of abduction has no such goal ("took hostages into Gaza" is where they were taken, not the attack's site);
- an attack noun's target phrase that holds the place deeper ("attacks on Al-Maghazi refugee camp in Deir al-Balah,
  Gaza"), the passive subject of the attack verb the noun is the agent of ("Jabalia has been hit by airstrikes"),
  or the noun's English "of" object ("the bombardment of Gaza", "the invasion of Ukraine"), tried last.
Only the head of the goal phrase counts, with its compounds and conjuncts ("over the Moscow region" → Moscow), never a
place nested in a further phrase ("attacked a rival over his birth in Canada" is no site). Attack verbs are the
verbs with an ASSAULT cue in the lexicon; attack nouns are act_places.attack_nouns.
"""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from detente.analyze.context import Analysis, ParsedParagraph, PlaceMention
from detente.analyze.events.act_places import ATTACKED_PREPS, attack_nouns
from detente.analyze.events.lexicon import cues_of
from detente.model import Event

GOAL_PREPS = {"into", "onto", "over"}  # where a projectile, a raid or an interception goes
CARRIER_PREPS = {"including", "incluido", "incluso"}  # "jammed 33 drones, including over the Moscow region"
SITE_PREPS = ATTACKED_PREPS | {"in", "at"}
OF_PREPS = {"of"}  # "the bombardment of Gaza"; Spanish "de" names the attacker as often ("los ataques de Israel")
CORE_DEPS = {"compound", "conj", "appos", "amod", "nmod"}


def attack_site(analysis: Analysis, sent: SpacySpan, trigger: Token, offset: int) -> PlaceMention | None:
    """The attack's site named by a goal phrase (verbs) or deeper in a target phrase (nouns); None otherwise."""
    mentions = sentence_mentions(analysis, sent, offset)
    if not mentions:
        return None
    if trigger.pos_ == "VERB" and _attack_verb(trigger):
        phrases = [core_phrase(g) for verb in _sharing_verbs(trigger) for g in _goals(verb)]
        passive = [core_phrase(s) for s in trigger.children if s.dep_ in {"nsubjpass", "nsubj:pass"}]
        return first_mention(mentions, phrases + passive)
    if trigger.pos_ == "NOUN" and trigger.lemma_.lower() in attack_nouns():
        found = first_mention(mentions, [set(g.subtree) for g in _objects(trigger, SITE_PREPS)] + _agented(trigger))
        if found is None and trigger.lang_ == "en":
            found = first_mention(mentions, [core_phrase(g) for g in _objects(trigger, OF_PREPS)])
        return found
    return None


def _agented(noun: Token) -> list[set[Token]]:
    """For an attack noun that is the agent of a passive verb ("The camp was hit by airstrikes"): that verb's
    passive subject when the verb is itself an attack, else nothing (its "in" phrase is the places layer's)."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "agent":
        return []
    verb = noun.head.head
    if not _attack_verb(verb):
        return []
    return [core_phrase(s) for s in verb.children if s.dep_ in {"nsubjpass", "nsubj:pass"}]


def _attack_verb(trigger: Token) -> bool:
    lang = "es" if trigger.lang_ == "es" else "en"
    return any(c.type == "ASSAULT" and c.pos == "V" for c in cues_of(trigger, lang))


def _abduction_verb(verb: Token) -> bool:
    lang = "es" if verb.lang_ == "es" else "en"
    return any(c.type == "ASSAULT" and c.mode == "abduct" for c in cues_of(verb, lang))


def _sharing_verbs(trigger: Token) -> list[Token]:
    """The verb, the verb it is conjoined to, and the verbs conjoined to it: one subject's acts of one scene."""
    verbs = [trigger, *(c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB":
        verbs.append(trigger.head)
    return verbs


def _goals(verb: Token) -> list[Token]:
    """The objects of the goal prepositions on the verb or its object ("shot down drones over X"), also behind
    "including"; none for a verb of abduction, whose goal is where the captives are taken ("took 250 hostages into
    Gaza"), not where the attack was."""
    if _abduction_verb(verb):
        return []
    carriers = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "obj"})]
    preps = [c for head in carriers for c in head.children if c.dep_ == "prep"]
    preps += [g for c in preps if c.lower_ in CARRIER_PREPS for g in c.children if g.dep_ == "prep"]
    return [o for p in preps if p.lower_ in GOAL_PREPS for o in p.children if o.dep_ == "pobj"]


def _objects(noun: Token, preps: set[str]) -> list[Token]:
    found = [o for c in noun.children if c.dep_ in {"prep", "case"} and c.lower_ in preps
             for o in c.children if o.dep_ in {"pobj", "obj"}]
    return found + [c for c in noun.children if c.dep_ in {"nmod", "obl"}
                    and any(k.lower_ in preps and k.dep_ == "case" for k in c.children)]


def core_phrase(head: Token) -> set[Token]:
    """The phrase's head with its compounds, modifiers and conjuncts, not its nested phrases."""
    core, todo = {head}, [head]
    while todo:
        for child in todo.pop().children:
            if child.dep_ in CORE_DEPS and child not in core:
                core.add(child)
                todo.append(child)
    return core


def sentence_mentions(analysis: Analysis, sent: SpacySpan, offset: int) -> list[tuple[PlaceMention, Token]]:
    start, end = offset + sent.start_char, offset + sent.end_char
    found = []
    for mention in analysis.places:
        if start <= mention.start < end:
            span = sent.doc.char_span(mention.start - offset, mention.end - offset, alignment_mode="expand")
            if span is not None and len(span):
                found.append((mention, span.root))
    return found


Mentions = list[tuple[PlaceMention, Token]]


def trigger_mentions(analysis: Analysis, event: Event) -> tuple[ParsedParagraph, Token, Mentions] | None:
    """The event's trigger, its paragraph's parse and the place mentions of its sentence; None when the trigger is
    not found or the sentence names no place (the common first step of the place rules that read a phrase)."""
    found = analysis.trigger_root(event)
    if found is None:
        return None
    parsed, trigger = found
    mentions = sentence_mentions(analysis, trigger.sent, parsed.offset)
    return (parsed, trigger, mentions) if mentions else None


def first_mention(mentions: list[tuple[PlaceMention, Token]], phrases: list[set[Token]]) -> PlaceMention | None:
    """The first mention (in text order) whose root lies in the first phrase that holds one."""
    for phrase in phrases:
        inside = [m for m, root in mentions if root in phrase]
        if inside:
            return inside[0]
    return None
