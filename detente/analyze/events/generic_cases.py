"""A hypothetical act of no one in particular codes no event (real-news audit s21, class A5: "even if your BCU
approved it", "people can be arrested for flying the flag").

A conditional, modal or generic act (flag H) whose every named side is a kind rather than a party (an indefinite
"a/an/any/every" noun, "your ..." addressed to the reader, "you", "one", "anyone", bare "people") describes what can
happen to anyone: a rule, a possibility or advice, not a reported act. Speculation about named parties ("whether
American oil companies will agree", "the army could be deployed") stays coded with its H flag.

A statement of principle or habit (audit s22, class 5) is no act either: a present-simple verb whose object is
quantified over a whole kind ("the Secret Service investigates all threats"), or that is said "as a principle" or
"routinely" (cue list ``habitual``: "As a principle, we support voluntary movements of displaced persons"), or that
recurs "every week", "each year" (cue list ``recurrent_unit``; dev audit s24, class A4: "every week, Ramgoolam
supports uninsured New Yorkers").
"Iran supports Hamas", "the Secret Service is investigating the threat" and the denial "the government rejects
any responsibility" stay coded.

A present-simple verb in a non-restrictive relative clause describes what its antecedent is or does (audit s23
held-out class "descriptions", dev "Fair Fares, which offers lower public transportation prices"), when no country
stands behind the doer (a programme, a firm, a group of people). Past and progressive relatives ("Russia, which
invaded Ukraine in 2022"), a state's standing policy ("Iran, which funds Hamas", kept by the s20 tests) and denials
and accusations ("Israel, which denies the charges": the party's answer in the story) stay coded.

A possibility stated of an indefinite kind ("a landlord can be sued by the tenant", "an affair partner may be sued by
the jilted spouse", "a citizen can appeal to the court") is a rule of law or of life, not an act (corpus dev audit
s24, class A4): a verb with "can" or "may" whose subject is a singular indefinite noun ("a", "an", "any"), even when
the other side is a definite generic ("the tenant"). "Russian troops can be deployed" and "Assange may be
extradited" (named parties) stay coded with H.
"""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from detente.analyze.events.actor_lookup import ActorHit
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words

QUANTIFIERS = {"all", "any", "every", "no"}
ANSWERS = {"REJECT", "ACCUSE"}
UNIVERSAL = {"all", "every"}
INDEFINITE = {"a", "an", "another", "any", "every", "each", "some"}
COUNTS = {"number", "group", "lot", "dozen", "handful", "couple", "crowd", "total", "majority", "minority"}
POSSIBILITY = {"can", "may"}
GENERIC_WORDS = {"you", "one", "anyone", "anybody", "someone", "somebody", "everyone", "everybody", "people"}


def generic_hypothetical(hypothetical: bool, hits: list[ActorHit], sent: SpacySpan, offset: int, lang: str) -> bool:
    """An English hypothetical act whose sides are all kinds (module docstring)."""
    if lang != "en" or not hypothetical or not hits:
        return False
    return all(_kind(hit, sent, offset) for hit in hits)


def generic_possibility(token: Token, lang: str) -> bool:
    """"a landlord can be sued": a can/may verb whose subject is a singular indefinite noun (module docstring)."""
    if lang != "en" or token.pos_ != "VERB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in POSSIBILITY for c in token.children):
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ == "NN"
               and any(d.dep_ == "det" and d.lower_ in {"a", "an", "any"} for d in c.children) for c in token.children)


def principle(trigger, lang: str) -> bool:
    """An English present-simple act over a whole kind, or said as a principle or habit (module docstring)."""
    verb = trigger.token
    if lang != "en" or trigger.is_nominal or not _present_simple(verb):
        return False
    if any(lemma(t, "en") in words("habitual") and t.head.i in {verb.i} | {p.i for p in verb.children} for t in verb.sent):
        return True
    if any(c.dep_ in {"npadvmod", "advmod", "obl"} and lemma(c, "en") in words("recurrent_unit")
           and any(d.dep_ == "det" and d.lower_ in {"every", "each"} for d in c.children) for c in verb.children):
        return True  # "every week, Ramgoolam supports uninsured New Yorkers": a habit
    quantifiers = UNIVERSAL if trigger.cue.type == "REJECT" else QUANTIFIERS  # "rejects any responsibility": a denial
    return any(c.dep_ in {"dobj", "obj"} and any(d.dep_ == "det" and d.lower_ in quantifiers for d in c.children)
               for c in verb.children)


def describing_relative(trigger, sources: list, lang: str) -> bool:
    """", which offers ...": a present-simple relative with a relative pronoun subject, set off by a comma, whose
    doer no country stands behind (type_shapes.reshape has the doers)."""
    verb = trigger.token
    if lang != "en" or trigger.is_nominal or trigger.cue.type in ANSWERS or not _present_simple(verb):
        return False
    if any(hit.actor.country for hit in sources):
        return False  # "Iran, which funds Hamas": a state's standing policy stays coded
    if verb.dep_ != "relcl" or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    pronoun = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"which", "who"}), None)
    return pronoun is not None and pronoun.i > 0 and verb.doc[pronoun.i - 1].text == ","


def _present_simple(verb: Token) -> bool:
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in {"VBZ", "VBP"}:
        return not auxes
    return verb.tag_ == "VB" and len(auxes) == 1 and auxes[0].lemma_ == "do" and auxes[0].tag_ in {"VBZ", "VBP"}


def _kind(hit: ActorHit, sent: SpacySpan, offset: int) -> bool:
    span = sent.doc.char_span(hit.start - offset, hit.end - offset, alignment_mode="expand")
    if span is None:
        return False
    head: Token = span.root
    if head.lower_ in COUNTS or any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children if head.tag_ == "NN"):
        return False  # "a large number of people", "a group of soldiers": a count of parties, not a kind
    counted = head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in COUNTS
    if head.lower_ in GENERIC_WORDS and not counted \
            and not any(c.dep_ in {"det", "poss", "amod", "compound"} for c in head.children):
        return True  # "people can be arrested", "you can be sued"
    if head.pos_ == "PROPN" and not any(c.lower_ == "your" for c in head.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE or c.dep_ == "poss" and c.lower_ == "your"
               for c in head.children)
