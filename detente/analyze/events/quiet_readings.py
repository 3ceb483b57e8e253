"""Readings in which a trigger word tells no political act (session 20's blind "quiet" and "cameo3" wire sweeps).

- A sporting result: "Brazil beat Scotland 2-1", "will host the World Cup": a verb with a score or a contest (cue list
  ``contest``) as its object or in its phrase codes nothing.
- A market level or currency: "the rupiah hit a record low" (cue list ``market_level``), "raised rates to defend the
  real" (cue list ``currency``): no attack, no support.
- Background in a past period: a perfect with "since <year>" and no object ("has fought for self-rule since 1984") is a
  long-running activity, not a reported act; so is a condition lived under ("has lived under sanctions") and an event
  noun remembered ("the anniversary of the German invasion"). A dated past act told in passing ("since Iraq invaded
  Kuwait in 1990", "1974, when Turkey invaded", "fought a 1994-96 war") is still coded, flagged historical: the
  issue asks that an article recalling past acts codes them with their past dates.
- Evidence backing up a proposition ("has not presented any evidence to back up the claim", cue list
  ``proposition``) substantiates it: no support for an actor.
- Violence in one's own family or neighbourhood ("shot dead his wife and two neighbours") is private crime.
- An order whose object is an event noun ("the expulsion of the inspectors was ordered by Baghdad") is that act done by
  whoever ordered it: the noun's event stands, the order is no demand.
- Generic measures or penalties imposed against or on no one ("imposed new measures to curb inflation") are policy.
- A unit attacked ("a roadside bomb hit an Israeli army patrol") is no deployment of that unit.
- A right upheld with no holder named ("standing by the right of self defence", cue list ``capacity_noun``) is a
  stance on a principle, no support for an actor; "stands by Israel's right to defend itself" supports Israel.
- Talks with the stakeholders, organisers or sponsors of an event (cue list ``routine_partner``) are a body's routine
  business, no political consultation.
- Poll respondents' views ("most voters want Congress to act", "seven-in-10 Republicans backed Trump") are no actor's
  act (opinion_polls.py, poll_fractions.py).
- Session 21 (real-news audit, A1/A2/A4): a harming verb whose only object is the doer itself ("killed himself in
  jail", cue list ``self_harm_verb``) is a suicide; "beating" or "defeating" a named person in a sentence about an
  election (cue list ``electoral``) is winning votes; the to-infinitive purpose of training or equipping another
  ("training opposition forces to fight IS", cue list ``training``) is no act reported; a threat noun that is the
  object of a verb of countering ("to combat the threat of ...", cue list ``countering``) is a danger, no threat made;
  an attack noun in the against-phrase of a word of protecting ("protection against Russian airstrikes", cue list
  ``shielding``) is the harm guarded against, no attack reported.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import cues_by_trigger, cues_of, words
from detente.analyze.events.opinion_polls import respondents_view
from detente.analyze.events.poll_fractions import polled_share
from detente.analyze.events.triggers import Trigger

SCORE = re.compile(r"^\d{1,3}$")
CLAUSES = {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis"}
OBJECTS = {"dobj", "obj", "nsubjpass", "nsubj:pass", "attr"}
ORDERING = {"order", "decree"}
CONTEST_TYPES = {"ASSAULT", "CONSULT", "AGREE", "SUPPORT", "COOPERATE"}  # beat, host, defend a title, play together
GENERIC_MEASURES = {"measure", "penalty"}  # imposed, they punish only someone named against/on
PERSONAL = {"his", "her"}  # a person's kin; "its neighbour" is a state's
PATIENT_DEPS = {"dobj", "obj", "nsubjpass", "nsubj:pass"}


def quiet(event_type: str, trigger: Trigger, lang: str) -> bool:
    """The trigger tells no political act in this reading (see the module docstring)."""
    if lang != "en":
        return False
    token = trigger.token
    if event_type in CONTEST_TYPES and _contest(token, lang):
        return True  # not "Iran boycotted the Olympics" (a political act)
    if _background(token, lang) or _remembered(token, lang) or _endured(trigger, lang):
        return True
    if event_type == "ASSAULT" and (_market_level(token, lang) or _kin_harmed(token, lang) or _self_harmed(trigger, lang)
                                    or _electoral_win(trigger, lang)):
        return True
    if event_type == "SUPPORT" and (_currency_defended(token, lang) or _proposition_backed_up(token, lang)):
        return True
    if event_type == "SANCTION" and trigger.cue.words[-1] in GENERIC_MEASURES and not _aimed(token):
        return True  # "imposed new measures to curb inflation": policy, no one punished
    if event_type == "REQUEST" and _orders_an_act(trigger, lang):
        return True
    if event_type == "SUPPORT" and _unheld_right(trigger, lang):
        return True  # "standing by the right of self defence": a principle upheld, no actor supported
    if event_type == "CONSULT" and _routine_partners(token, lang):
        return True  # "approved the dates after discussions with the sport's stakeholders": business, not diplomacy
    if event_type == "THREATEN" and trigger.is_nominal and _danger_countered(token, lang):
        return True  # "efforts to combat the threat of China's transnational repression": a danger, no threat made
    if event_type == "ASSAULT" and trigger.is_nominal and _shielded_against(token, lang):
        return True  # "a modicum of protection to civilians against Russian airstrikes": harm guarded against
    if _training_purpose(trigger, lang):
        return True  # "has been training opposition forces to fight IS": what they are trained for
    if respondents_view(event_type, token, lang) or polled_share(event_type, token, lang):
        return True  # "44 percent of Americans say they want the House to impeach": a poll's finding, no act
    return event_type == "MOBILIZE" and _unit_attacked(trigger, lang)


def _phrase(verb: Token) -> list[Token]:
    """The verb's own phrase: its subtree without the clauses it governs."""
    out, stack = [], [c for c in verb.children if c.dep_ not in CLAUSES]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.children if c.dep_ not in CLAUSES)
    return out


def _contest(token: Token, lang: str) -> bool:
    """A score ("2-1") or a sporting contest in the verb's phrase ("in the opening match", "host the World Cup")."""
    if token.pos_ != "VERB":
        return False
    phrase = sorted(_phrase(token), key=lambda t: t.i)
    doc = token.doc
    for t in phrase:
        if SCORE.match(t.text) and t.i + 2 < len(doc) and doc[t.i + 1].text in {"-", "–"} and SCORE.match(doc[t.i + 2].text):
            return True
    contests = words("contest")
    played = [c for c in token.children if c.dep_ in {"dobj", "obj"}]  # "host the World Cup"
    played += [o for p in token.children if p.dep_ == "prep" and p.lower_ in {"in", "at"} for o in p.children if o.dep_ == "pobj"]
    return any(lemma(t, lang) in contests for t in played)  # "in the opening match"; not "ahead of the Olympics"


def _market_level(token: Token, lang: str) -> bool:
    """The verb reaches a level ("hit a record low", "struck a new high")."""
    levels = words("market_level")
    return any(c.dep_ in {"dobj", "obj"} and (lemma(c, lang) in levels or any(lemma(m, lang) in levels for m in c.children
                                                                              if m.dep_ in {"amod", "compound"}))
               for c in token.children)


def _currency_defended(token: Token, lang: str) -> bool:
    """What is defended or propped up is a currency ("to defend the real")."""
    money = words("currency")
    return any(c.dep_ in {"dobj", "obj"} and lemma(c, lang) in money for c in token.children)


def _proposition_backed_up(token: Token, lang: str) -> bool:
    """"back up the claim": the particle reading of "back" with a proposition as object."""
    particle = any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children)
    return particle and any(c.dep_ in PATIENT_DEPS and lemma(c, lang) in words("proposition") for c in token.children)


def _is_year(token: Token) -> bool:
    return token.like_num and len(token.text) == 4 and token.text.isdigit() and 1900 <= int(token.text) <= 2099


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _background(token: Token, lang: str) -> bool:
    """A long-running activity told as background (module docstring)."""
    return _perfect(token) and not any(c.dep_ in {"dobj", "obj"} for c in token.children) \
        and any(c.dep_ == "prep" and c.lower_ == "since" and any(_is_year(o) for o in c.children) for c in token.children)


def _remembered(token: Token, lang: str) -> bool:
    """An event noun in the "of" phrase of a remembrance ("the 60th anniversary of the German invasion")."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    return lemma(token.head.head, lang) in words("remembrance")


def _endured(trigger: Trigger, lang: str) -> bool:
    """An event noun that is a condition lived under ("has lived under U.N. sanctions", "remained under curfew"):
    a state endured (cue list ``enduring``), no act reported."""
    token = trigger.token
    return trigger.is_nominal and token.dep_ == "pobj" and token.head.lower_ == "under" \
        and lemma(token.head.head, lang) in words("enduring")


def _kin_harmed(token: Token, lang: str) -> bool:
    """Those harmed are the doer's own kin or neighbours ("shot dead his wife", "killed her husband")."""
    kin = words("kin")
    harmed = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    for child in token.children:  # "shot dead his wife": the object hangs under the predicate adjective
        harmed += [c for c in child.children if c.dep_ in {"dobj", "obj"}] if child.dep_ == "oprd" else []
    harmed += [c for h in list(harmed) for c in h.conjuncts]
    own = [h for h in harmed if lemma(h, lang) in kin]
    return bool(own) and any(c.dep_ == "poss" and c.lower_ in PERSONAL for h in own for c in h.children)


def _aimed(verb: Token) -> bool:
    """The measure is imposed against or on someone ("imposed new measures against Sudan")."""
    return any(c.dep_ == "prep" and c.lower_ in {"against", "on"} for t in [verb, *verb.children] for c in t.children)


def _orders_an_act(trigger: Trigger, lang: str) -> bool:
    """An order whose ordered thing is an event noun of the lexicon ("ordered the expulsion of", "the release was
    ordered"): that noun codes the act, with the orderer as its doer."""
    token = trigger.token
    if trigger.is_nominal or lemma(token, lang) not in ORDERING:
        return False
    lexicon = cues_by_trigger(lang)
    return any(c.dep_ in OBJECTS and any(cue.pos == "N" and cue.type != "REQUEST" for cue in lexicon.get(lemma(c, lang), ()))
               for c in token.children)


def _unit_attacked(trigger: Trigger, lang: str) -> bool:
    """A deployment noun that is what an attack verb hits ("the bomb hit an army patrol", "ambushed a convoy")."""
    token = trigger.token
    if not trigger.is_nominal or token.dep_ not in PATIENT_DEPS:
        return False
    return any(cue.type == "ASSAULT" and cue.pos == "V" for cue in cues_of(token.head, lang))


def _routine_partners(token: Token, lang: str) -> bool:
    """Every partner named ("with the sport's stakeholders", "consulted organisers") is a routine partner."""
    partners = [t for p in token.children if p.dep_ == "prep" and p.lower_ == "with" for t in p.children if t.dep_ == "pobj"]
    partners += [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    partners += [c for p in partners for c in p.children if c.dep_ == "conj"]
    return bool(partners) and all(lemma(p, lang) in words("routine_partner") for p in partners)



def _unheld_right(trigger: Trigger, lang: str) -> bool:
    """The supported thing is a right or power whose holder is not named (no "Israel's", no "of Ukraine")."""
    token = trigger.token
    held = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    held += [t for p in token.children if p.dep_ == "prep" for t in p.children if t.dep_ == "pobj"]
    held += [t for p in token.children if p.dep_ == "prt" for t in p.children if t.dep_ == "pobj"]
    rights = [t for t in held if t.pos_ == "NOUN" and t.text.islower() and lemma(t, lang) in words("capacity_noun")]  # not "the Palestinian Authority"
    return bool(rights) and not any(_holder(r) for r in rights)


def _holder(right: Token) -> bool:
    if any(c.dep_ == "poss" for c in right.children):
        return True
    # "of Ukraine", "of Russian troops", "of refugees": a named or plural holder; not "of self defence"
    return any(t.tag_ in {"NNS", "NNPS"} or any(w.pos_ in {"PROPN", "PRON"} or w.ent_type_ for w in t.subtree)
               for p in right.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.children if t.dep_ == "pobj")


REFLEXIVE = {"himself", "herself", "themselves", "itself", "myself", "yourself", "ourselves"}
PERSON_ENTITIES = {"PERSON"}


def _self_harmed(trigger: Trigger, lang: str) -> bool:
    """"killed himself", "shot herself": the only one harmed is the doer (no "himself and 20 others")."""
    token = trigger.token
    if trigger.is_nominal or lemma(token, lang) not in words("self_harm_verb"):
        return False
    harmed = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    return len(harmed) == 1 and harmed[0].lower_ in REFLEXIVE and not harmed[0].conjuncts


def _electoral_win(trigger: Trigger, lang: str) -> bool:
    """"the pathway to beating Donald Trump, the pathway to 270 electoral votes": a named person beaten in a
    sentence about an election."""
    token = trigger.token
    if trigger.is_nominal or lemma(token, lang) not in {"beat", "defeat"}:
        return False
    beaten = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    if not beaten or not all(b.ent_type_ in PERSON_ENTITIES for b in beaten):
        return False
    electoral = words("electoral")
    return any(lemma(t, lang) in electoral or t.lower_ in electoral for t in token.sent)


def _training_purpose(trigger: Trigger, lang: str) -> bool:
    """The trigger is the to-infinitive of a training verb with an object ("training forces to fight")."""
    token = trigger.token
    if trigger.is_nominal or token.dep_ not in {"xcomp", "advcl", "ccomp", "acl", "relcl"}:
        return False
    head = token.head
    if token.dep_ in {"acl", "relcl"} and head.dep_ in {"dobj", "obj"}:
        head = head.head  # "training the opposition forces ... to fight": the parser hangs the purpose on the object
    elif token.dep_ in {"acl", "relcl"}:
        return False
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return infinitive and lemma(head, lang) in words("training") and any(c.dep_ in {"dobj", "obj"} for c in head.children)


def _danger_countered(token: Token, lang: str) -> bool:
    """The threat noun is what a verb of countering acts on ("combat the threat", "the threat was countered")."""
    return token.dep_ in PATIENT_DEPS and lemma(token.head, lang) in words("countering")


def _shielded_against(token: Token, lang: str) -> bool:
    """The attack noun is the object of "against" after a word of protecting (or its object: "protect civilians
    against shelling")."""
    if token.dep_ != "pobj" or token.head.lower_ != "against":
        return False
    against = token.head
    shielding = words("shielding")
    holders = list(against.ancestors)[:3]  # "protection to civilians against": on the noun, its object or the verb
    if any(lemma(h, lang) in shielding for h in holders):
        return True
    # "provide a modicum of protection to civilians against ...": a protecting word the phrase's verb governs
    doc = token.doc
    verb = next((h for h in list(against.ancestors)[:5] if h.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and any(lemma(doc[i], lang) in shielding and verb.is_ancestor(doc[i])
                                    for i in range(verb.i + 1, against.i))
