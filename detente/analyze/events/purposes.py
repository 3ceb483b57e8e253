"""An act named only as the purpose of an instrument or of another act is not reported as done (real-news audits
s23, classes "purpose or aim of another act, policy or body" and "contents of a bill or package").

- The to-infinitive of an instrument (cue list ``purpose_holder``: a bill, law, package, fund, programme, plan,
  mechanism, body ...) says what it is for: "submitted a bill to impose a market access charge", "a new package to
  support Ankara", "a fund to help farmers". The parser hangs the infinitive on the noun (acl, relcl) or, right
  after the verb's object, on the verb ("submitted a bill | to impose"); both are read. A plan, a policy or a
  measure is not such a holder: "announced plans to open an embassy" is the promise itself (AGREE).
- "in order to / so as to" marks a purpose: "In order to reduce this dependency, India has approved ...".
- A participle of aiming (cue list ``aiming``: aimed at, designed to, intended to, meant to) names the goal of the
  thing it describes: "sanctions designed to punish Moscow", "measures aimed at curbing protests".
- A gerund that describes an instrument says what it would do: "he'd introduce legislation withholding federal funds"
  (corpus dev audit s24, class A1); "so (that) ... can / could" marks a purpose: "fighting to destroy Hamas so it can
  no longer attack Israelis".
Stop 26 (pages dev audit, class N4 "purpose"):
- Strengthening, deepening or boosting ties (cue list ``ties``) in a to-infinitive that modifies a clause or a noun
  is the aim of a visit or a move: "Esper is on a visit to Vietnam to strengthen the military relations". "The two
  countries strengthened their ties" stays SUPPORT.
- An agreement only pursued or sought (cue list ``sought_verb``: pursue, seek, want, explore) is not reached:
  "talks pursuing an agreement for US troops to begin leaving". "reached an agreement" stays AGREE.
The governing act (the bill submitted, the sanctions imposed) stays coded; "Hamas released hostages to secure a
ceasefire" keeps the release (no instrument noun, no purpose marker). An instrument adopted, passed or given
(cue list ``enacting``: "the EU adopted an aid package to support the Palestinian Authority") does what its
infinitive says, so that act stays coded.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words

OBJECTS = {"dobj", "obj", "attr", "nsubjpass"}


def purpose_only(token: Token, lang: str) -> bool:
    """The English trigger (verb or noun) is the stated purpose of an instrument or of another act (docstring)."""
    if lang != "en":
        return False
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "obj"} and lemma(token.head, lang) in words("sought_verb") \
            and lemma(token, lang) in words("agreement_noun"):
        return True  # "talks pursuing an agreement": the agreement is the aim, not reached
    verb = _clause_verb(token)
    if verb is None:
        return False
    if _infinitive_or_gerund(verb) and verb.dep_ in {"acl", "relcl", "advcl"} and _betters_ties(verb, lang):
        return True  # "on a visit to Vietnam to strengthen the military relations"
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and lemma(head, lang) in words("purpose_holder"):
        return not _enacted(head, lang)  # "he'd introduce legislation withholding federal funds"
    if verb.dep_ == "advcl" and _so_that_can(verb):
        return True  # "fighting to destroy Hamas so it can no longer attack Israelis"
    if not _infinitive_or_gerund(verb):
        return False
    if verb.dep_ in {"acl", "relcl"} and lemma(head, lang) in words("purpose_holder"):
        return not _enacted(head, lang)  # "a fund to help farmers"
    if verb.dep_ == "acl" and head.lower_ == "order" and head.dep_ == "pobj" and head.head.lower_ == "in":
        return True  # "in order to reduce"
    if verb.i >= 3 and [t.lower_ for t in verb.doc[verb.i - 3:verb.i]] == ["so", "as", "to"]:
        return True  # "so as to avoid"
    if verb.dep_ == "advcl" and any(o.dep_ in OBJECTS and lemma(o, lang) in words("purpose_holder")
                                    and o.right_edge.i + 1 == verb.left_edge.i and not _enacted(o, lang) for o in head.children):
        return True  # "submitted a bill | to impose tariffs": the parser's attachment of the bill's infinitive
    if verb.dep_ in {"xcomp", "pcomp"} and _aimed(verb, lang):
        return True  # "sanctions designed to punish Moscow", "measures aimed at curbing protests"
    return False


def _betters_ties(verb: Token, lang: str) -> bool:
    """"to strengthen the military relations": a verb of bettering with ties as its object."""
    return lemma(verb, lang) in words("bettering_verb") and any(
        c.dep_ in {"dobj", "obj"} and lemma(c, lang) in words("ties") for c in verb.children)


def _so_that_can(verb: Token) -> bool:
    """A "so (that)" clause with a modal ("so it can no longer attack", "so that they could vote") is a purpose;
    "so" without a modal ("it rained, so they retreated") gives a result, which stays reported."""
    marked = any(c.dep_ == "mark" and c.lower_ == "so" for c in verb.children) or any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) and verb.i >= 2 and verb.doc[
        min(c.i for c in verb.children if c.dep_ == "mark") - 1].lower_ == "so"
    return marked and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _enacted(holder: Token, lang: str) -> bool:
    """The instrument is adopted, passed or given, not planned (cue list ``enacting``, no will/would/should): "the EU
    adopted an aid package to support the Palestinian Authority" supports it; "will prepare a package to support
    Ankara" and "submitted a bill to impose" do not yet."""
    if holder.dep_ not in {"dobj", "obj", "nsubjpass"} or lemma(holder.head, lang) not in words("enacting"):
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in holder.head.children)


def _clause_verb(token: Token) -> Token | None:
    """The verb itself, or the verb whose object the event noun is ("to impose a charge", "to provide aid")."""
    if token.pos_ in {"VERB", "AUX"}:
        return token
    if token.dep_ in {"dobj", "obj"} and token.head.pos_ == "VERB":
        return token.head
    return None


def _infinitive_or_gerund(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) or verb.tag_ == "VBG" and verb.dep_ == "pcomp"


def _aimed(verb: Token, lang: str) -> bool:
    head = verb.head
    if verb.dep_ == "pcomp":
        head = head.head if head.dep_ == "prep" else head  # "aimed at curbing"
    return head.tag_ == "VBN" and lemma(head, lang) in words("aiming")
