"""A verb of threatening, promising, supporting or asking needs someone who does it (real-news audit s21, class A2).

"Imports of steel ... threaten to impair U.S. national security", "an increase in imports supports a conclusion",
"the feature also offers great value", "balance sheets are amassing cash": the subject is a thing, and the verb is
used in its figurative sense; no actor acts. A subject is a thing when it is a plain common noun that the actor
layer resolves to no actor and that is none of: an agent, body or collective word of the actor layer, a word of the
cue list ``agentive_head`` ("campaign", "side"), a document that speaks for its author (``voice_document``: "the
report accuses"), an event noun of the lexicon ("the talks agreed"), a weapon or a role word; a capitalised word
inside the sentence is a name ("Wikileaks welcomed"), a quantity stands for its of-complement ("a number of critics"),
and a noun with a relative clause may open a pseudo-cleft ("the only thing we should be doing is supporting them").
Attacks, coercion, sanctions, protests, releases, aid and cooperation are left alone: their instruments and measures stand as subjects ("the
missile hit", "the law bans"); so are accusations and denials, a speaker's even when a thing is their subject.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import Frame, actor_at_token
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import cues_by_trigger, words
from detente.analyze.events.triggers import Trigger
from detente.knowledge.actors.tables import HERE, read_tsv
from detente.knowledge.actors.words import body_nouns, collective_nouns, weapon_nouns

# verbs of stance, promise, demand and show of force; accusations and denials are a speaker's even with a thing as
# subject ("that timing raises concerns, the lawmakers wrote"); releases, returns, aid and cooperation are carried out
# by their instruments ("the deal freed 50 prisoners")
AGENTIVE_TYPES = {"THREATEN", "SUPPORT", "AGREE", "MOBILIZE", "REQUEST", "CONCEDE", "CONSULT"}
RELATIVE = {"WDT", "WP"}  # "levels that threaten": the relative pronoun stands for its antecedent


def thing_subject(trigger: Trigger, frame: Frame) -> bool:
    """The verbal trigger's subject (or by-agent) is a thing (module docstring)."""
    if frame.lang != "en" or trigger.is_nominal or trigger.cue.type not in AGENTIVE_TYPES or trigger.cue.implied:
        # an act read off speech is the speaker's ("Turkey's provocations will not go unanswered")
        return False
    subject = _doer(trigger.token)
    return subject is not None and is_thing(subject, frame)


def _doer(verb: Token) -> Token | None:
    """The noun that does the verb's act: its subject, the antecedent of a relative subject, or the by-agent."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.tag_ in RELATIVE and verb.dep_ == "relcl":
                return verb.head
            return child
        if child.dep_ == "agent":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def is_thing(noun: Token, frame: Frame) -> bool:
    """A plain common noun that stands for no actor (module docstring); also used for what a warning's clause is about."""
    own = lemma(noun, "en")
    if own in words("quantity") or own == "number":  # "a number of critics": the critics
        noun = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                     if o.dep_ == "pobj"), noun)
        own = lemma(noun, "en")
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.tag_ not in {"NN", "NNS"}:
        return False
    if not noun.text[:1].islower() and noun.i != noun.sent.start:
        return False  # "Wikileaks welcomed": a name the tagger took for a common noun
    if any(c.dep_ == "relcl" for c in noun.children):
        return False  # "the only thing we should be doing is supporting them"
    if own in _agent_words() or noun.lower_ in _agent_words() or own in words("agentive_head") | words("role") \
            | words("voice_document") | words("communication") | words("weapon") | words("crowd"):
        return False
    if own in weapon_nouns() or cues_by_trigger("en").get(own):
        return False  # "the missiles", "the talks"
    return actor_at_token(noun, frame) is None


@lru_cache(maxsize=1)
def _agent_words() -> frozenset[str]:
    """One-word English agent words of the actor layer (agents.tsv), with the body and collective nouns."""
    agents = {row["phrase"].lower() for row in read_tsv(HERE / "agents.tsv") if row.get("lang") == "en"
              and " " not in row["phrase"]}
    agents |= {a + "s" for a in agents}
    return frozenset(agents) | body_nouns() | collective_nouns()
