"""More verbs and nouns whose object or modifier selects a sense outside PLOVER (pages dev audit s26, classes N3
"idiom / object sense" and N6 "administrative / procedural"); read by object_senses.other_sense, like its own rules.

- An attack of the body (cue list ``bodily_attack``: panic, heart, anxiety, asthma ...) is an illness: "she has had
  panic attacks". "a rocket attack", "attacks on the army" stay ASSAULT.
- "meet" expectations, targets, demand or a deadline (cue list ``met_measure``) is reaching a measure: "economic data
  meeting lowered expectations", "the plant met its output target". "Putin met Xi" stays CONSULT.
- "hit" a song, the road or a button (cue list ``hit_thing``), or a quoted title, is playing or going: "After
  hitting 'Takin' It To the Streets'", "the band hits the road in May". A weapon as the subject ("mortar rounds hit
  the market") and places ("Rockets hit the base") stay ASSAULT.
- "promising" with no promise made (no infinitive, clause, recipient or object other than a relative pronoun) is the
  adjective: "interventions that GiveWell believes are promising". "promising to withdraw" stays AGREE.
- "charge" with no one charged (no object, no passive subject, no with-phrase) is a battery charging or a price:
  "the keyboard can connect and charge over USB-C". "Police charged him with murder" stays ACCUSE.
- Leaving the court, the pitch or the stage (cue list ``left_venue``) is walking off: "Kuzma left the court in the
  second quarter". "The US left the Paris agreement" stays a withdrawal.
- Legalising a drug or a pastime (cue list ``legalized_thing``: marijuana, cannabis, gambling ...) is a law about a
  thing, no concession to anyone: "marijuana has been legalized in 11 states".
- A meeting called organizational, procedural or of staff (cue list ``routine_meeting``) is a body's own routine:
  "legislators gather for organizational meetings".
- Hopes raised, fuelled or dashed (a noun of hope as the object of cue list ``hope_mover``) are onlookers'
  expectations, no promise: "the swap raised hopes of a thaw in relations".
- "Everyone is invited" (an invitation to anyone: the invited is a word of cue list ``generic_subject`` or "the
  public") announces a public gathering, no offer to an actor: "Everyone is invited to the area outside The
  Atkinson for a vigil". "Putin invited Modi to Moscow" stays AGREE.
- Supporting an objective, science or exploration (cue list ``supported_aim``) with no actor named backs a goal, no
  actor: "develop new technologies and support human exploration objectives". "support Ukraine's goals" (a
  possessor) and "support Kyiv" stay.
- Declining to provide an analysis, data or details (cue list ``withheld_information``) with no one named to
  receive them is a body's answer to the press: "The department declined to provide that analysis." "Iran declined
  to provide the data to IAEA inspectors" (a recipient) stays REJECT.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma, word_listed
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger

OBJECTS = {"dobj", "obj", "nsubjpass", "nsubj:pass"}
QUOTES = {'"', "“", "‘", "'", "«"}
GIVING = {"provide", "give", "share", "disclose", "release", "reveal", "hand", "supply", "offer", "make"}


def thing_sense(trigger: Trigger, lang: str) -> bool:
    """The English trigger's object or modifier gives it a sense outside PLOVER (module docstring)."""
    if lang != "en":
        return False
    token, kind, own = trigger.token, trigger.cue.type, lemma(trigger.token, lang)
    if kind == "AGREE" and trigger.is_nominal and own in {"hope", "expectation", "optimism"}:
        return token.dep_ in {"dobj", "obj", "nsubjpass"} and lemma(token.head, lang) in words("hope_mover")
    if len(trigger.tokens) > 1:
        return False
    if trigger.is_nominal:
        if kind == "ASSAULT" and own == "attack":
            return _modified(token, "bodily_attack")
        if kind == "CONSULT" and own == "meeting":
            return _modified(token, "routine_meeting")
        return False
    objects = _objects(token)
    if kind == "CONSULT" and own == "meet":
        return bool(objects) and all(lemma(o, lang) in words("met_measure") for o in objects)
    if kind == "ASSAULT" and own == "hit" and not _weapon_subject(token):
        if token.i + 1 < len(token.doc) and token.doc[token.i + 1].text in QUOTES:
            return True  # "After hitting "Born To Run,"": a title played
        return any(lemma(o, lang) in words("hit_thing") or _quoted(o) for o in objects if o.dep_ in {"dobj", "obj"})
    if kind == "AGREE" and own == "promise":
        return _adjective(token)
    if kind == "AGREE" and own == "invite":
        return bool(objects) and all(o.lower_ in words("generic_subject") or o.lower_ == "public" for o in objects)
    if kind == "SUPPORT" and own == "support":
        return bool(objects) and all(lemma(o, lang) in words("supported_aim") and not any(
            c.dep_ in {"poss", "prep"} for c in o.children) for o in objects)
    if kind == "ACCUSE" and own == "charge":
        return not objects and not any(c.dep_ in {"ccomp", "xcomp", "dative"} or c.dep_ == "prep" and c.lower_ == "with"
                                       for c in token.children) and token.dep_ not in {"relcl", "acl"}
    if kind == "SANCTION" and own == "leave":
        return bool(objects) and all(lemma(o, lang) in words("left_venue") for o in objects)
    if kind == "CONCEDE" and own in {"legalize", "legalise", "decriminalize", "decriminalise"}:
        return bool(objects) and all(o.lower_ in words("legalized_thing") or lemma(o, lang) in words("legalized_thing")
                                     for o in objects)
    if kind == "REJECT" and own == "decline":
        return _information_withheld(token)
    return False


def _objects(verb: Token) -> list[Token]:
    """The verb's objects (or passive subject), with their conjuncts; a conjoined passive with no subject of its own
    shares its head's ("a video showing ... was released")."""
    found = [c for c in verb.children if c.dep_ in OBJECTS]
    if not found and verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        found = [c for c in verb.head.children if c.dep_ in OBJECTS]
    return found + [c for o in found for c in o.conjuncts]


def _weapon_subject(verb: Token) -> bool:
    """"Mortar rounds fired by the militia hit the market": a weapon strikes, whatever it strikes."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or ([verb.head] if verb.dep_ in {"relcl", "acl"} else [])
    return any(word_listed(t, "weapon") for s in subjects for t in s.subtree)


def _modified(noun: Token, kind: str) -> bool:
    return any(c.dep_ in {"compound", "amod"} and lemma(c, "en") in words(kind) for c in noun.children)


def _quoted(noun: Token) -> bool:
    """A quoted title as the object: the word before the object's phrase is an opening quote mark."""
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].text in QUOTES or noun.doc[start].text in QUOTES


def _adjective(verb: Token) -> bool:
    """"interventions that X believe are promising": a progressive "promise" with nothing promised."""
    if verb.tag_ != "VBG" or any(c.dep_ in {"xcomp", "ccomp", "dative", "prep"} for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    return all(o.tag_ in {"WDT", "WP"} for o in objects) and any(c.dep_ == "aux" and lemma(c, "en") == "be"
                                                                for c in verb.children)


def _information_withheld(verb: Token) -> bool:
    """"declined to provide that analysis": information withheld from no one named."""
    for clause in verb.children:
        if clause.dep_ != "xcomp" or lemma(clause, "en") not in GIVING:
            continue
        if any(c.dep_ in {"dative", "iobj"} or c.dep_ == "prep" and c.lower_ == "to" for c in clause.children):
            return False  # "declined to provide the data to IAEA inspectors"
        given = [c for c in clause.children if c.dep_ in {"dobj", "obj"}]
        withheld = words("withheld_information")
        return bool(given) and all(lemma(g, "en") in withheld or g.lower_ in withheld for g in given)
    return False
