"""Codebook precedence: which PLOVER type an act takes when its trigger word alone would say another.

- A promise to fight a scourge, to help another fight, or to act together is AGREE, not THREATEN.
- A blockade by a state or its forces is a restriction (COERCE restrict, CAMEO 191), not a protest.
- Violence by protesters is a riot (PROTEST riot), not an armed assault.
- Letting people or goods in ("allowed aid trucks to cross into Gaza") is RETREAT access, not a verbal concession.
- Mobilizing supporters to demonstrate is the protest (codebook MOBILIZE note): the mobilization is not coded.
- A promise to keep up or raise pressure on someone is a coercive warning (THREATEN), not an offer to cooperate.
- A legal, diplomatic or media "offensive" or "battle" is no use of force: it codes nothing as an ASSAULT.
- Armed forces seizing or capturing a town or territory take it by force (ASSAULT), not a police seizure; combatants
  captured by armed forces are ASSAULT abduct, not an arrest (manual, COERCE notes).
- A sanction announced as decided ("announced it would prohibit all aid to X") is the SANCTION, marked future; only
  a sanction held out as a warning is a THREATEN.
- Money given or released through a funding word is AID only to a recipient abroad; at home it is budgeting.
- Lifting a requirement, quota, limit or emergency is a concession only towards a named recipient with a country
  ("waived the visa requirement for Chinese tourists"); "waived means-testing requirements" is administration.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger

ARMED = {"MIL", "COP", "REB", "PRM", "UAF"}
STATE_SECTORS = {None, "GOV", "MIL", "COP"}
CIVILIAN_GROUPS = {"LAB", "EDU", "MED", "CVL", "AGR", "BUS", "OPP", "JRN", "REF"}


def joint_fight(act: Token, promise: Token, lang: str) -> bool:
    """A promise to fight a scourge ("pledged to fight drug trafficking", "to combat terrorism"), to help another
    fight ("promised to help Syria fight the rebels") or to act together is cooperation (AGREE), not a threat."""
    between = []
    current = act
    while current.head.i != current.i and current.i != promise.i and len(between) < 4:
        current = current.head
        between.append(current)
    if any(lemma(t, lang) in words("helping") for t in between[:-1]):
        return True
    if any(lemma(c, lang) in words("reciprocal") for t in (act, promise) for c in t.children):
        return True
    aims = [c for c in act.children if c.dep_ in {"dobj", "obj"}]
    aims += [o for c in act.children if c.dep_ == "prep" and c.lower_ in {"on", "against"} for o in c.children if o.dep_ == "pobj"]
    return bool(aims) and all(lemma(a, lang) in words("scourge") for a in aims)


FORCES = {"MIL", "REB", "PRM", "UAF"}  # armed forces, police left out
CAPTURE_VERBS = {"capture", "seize"}  # taking combatants in battle, not the law-enforcement "arrest", "detain"


def retype(event_type: str, mode: str | None, trigger: Trigger, sources: list, lang: str,
           targets: list = ()) -> tuple[str, str | None]:
    """The (type, mode) the codebook gives this act, given who did it; unchanged when no rule applies."""
    actors = [hit.actor for hit in sources]
    if event_type == "COERCE" and mode in {"seize", "arrest"} and not trigger.is_nominal and all(a.sector in FORCES for a in actors):
        if _takes_place(trigger.token, lang):
            return "ASSAULT", None  # "rebels seized the town of Goma", "Russian troops captured Bakhmut"
        held = [hit.actor for hit in targets]
        if actors and lemma(trigger.token, lang) in CAPTURE_VERBS and held and all(a.sector in FORCES for a in held):
            return "ASSAULT", "abduct"  # "combatants captured during conflict" (manual, COERCE notes); "arrested" stays
    if event_type == "COERCE" and mode == "seize" and lemma(trigger.token, lang) == "occupy" and actors \
            and all(a.sector in CIVILIAN_GROUPS for a in actors):
        return "PROTEST", "obstruct"  # "students occupied the rector's office": a sit-in, not a seizure by force
    if event_type == "PROTEST" and mode == "obstruct" and actors and all(
            a.country and a.sector in STATE_SECTORS for a in actors):
        return "COERCE", "restrict"  # "Israel tightened the blockade of Gaza"
    if event_type == "ASSAULT" and actors and all(_crowd(a) for a in actors):
        return "PROTEST", "riot"  # "demonstrators clashed with police", "rioters set cars on fire"
    if event_type == "AGREE" and not trigger.is_nominal and promises_pressure(trigger.token, lang):
        return "THREATEN", None  # "Israel vows to keep up pressure on Hamas"
    if event_type == "CONCEDE" and not trigger.is_nominal and lemma(trigger.token, lang) in words("permissive") \
            and _lets_in(trigger.token, lang):
        return "RETREAT", "access"
    if event_type == "MOBILIZE" and _abroad_in_support(trigger.token, actors, [hit.actor for hit in targets], lang):
        return "AID", None  # "sent 800 paratroopers to Sierra Leone to help the government fight rebels" (codebook AID)
    return event_type, mode


def _abroad_in_support(verb: Token, doers: list, recipients: list, lang: str) -> bool:
    """Forces sent to another country for the purpose of backing it (cue list ``backing``): military assistance."""
    if not doers or not recipients or {a.country for a in recipients} & {a.country for a in doers}:
        return False
    return any(child.dep_ in {"advcl", "xcomp"} and lemma(child, lang) in words("backing")
               and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) for child in verb.children)


def labour_strike(trigger: Trigger, sources: list, lang: str) -> bool:
    """A strike held by civilian groups ("a strike by teachers", "the dockers struck"); a strike verb with an
    object ("protesters struck a policeman") stays a blow."""
    if lemma(trigger.token, lang) not in words("labor_strike") or not sources or len(trigger.tokens) > 1:
        return False  # "a drone strike", "air strikes": the weapon names an attack
    if not trigger.is_nominal and any(c.dep_ in {"dobj", "obj"} for c in trigger.token.children):
        return False
    return all(hit.actor.sector in CIVILIAN_GROUPS for hit in sources)


def figurative_attack(trigger: Trigger, lang: str) -> bool:
    """An attack noun whose modifier makes it a non-violent campaign ("waged a legal offensive", "a charm
    offensive", "a diplomatic battle")."""
    if trigger.cue.type != "ASSAULT" or not trigger.is_nominal:
        return False
    noun = trigger.token
    return any(c.dep_ in {"amod", "compound"} and lemma(c, lang) in words("figurative") for c in noun.children)


def promises_pressure(verb: Token, lang: str) -> bool:
    """The promise's complement keeps up, raises or applies pressure ("vowed to keep up pressure on Hamas",
    "pledged to increase the pressure")."""
    pressure = words("pressure")
    for clause in verb.children:
        if clause.dep_ not in {"xcomp", "ccomp"}:
            continue
        for noun in clause.subtree:
            governor = noun.head.head if noun.dep_ == "pobj" else noun.head
            if noun.dep_ in {"dobj", "obj", "pobj"} and lemma(noun, lang) in pressure and lemma(governor, lang) in words("pressing"):
                return True  # not "promised to relieve pressure on farmers"
    return False


def _crowd(actor) -> bool:
    """A protest crowd named as such ("demonstrators", "anti-government protesters", "rioters"), unarmed."""
    if actor.sector in ARMED:
        return False
    names = {word.strip(".,").lower() for word in (actor.name or "").split()}
    return bool({n[:-1] if n.endswith("s") else n for n in names} & words("crowd"))


def _lets_in(verb: Token, lang: str) -> bool:
    """"allowed aid trucks to cross into Gaza", "let observers enter": the complement is an entry."""
    return any(c.dep_ in {"ccomp", "xcomp"} and lemma(c, lang) in words("entry") for c in verb.children)


def drop_mobilized_protest(triggers: list[Trigger], lang: str) -> list[Trigger]:
    """"The union mobilized its supporters to demonstrate": the protest is the event, not a MOBILIZE."""
    protests = {t.token.i for t in triggers if t.cue.type == "PROTEST"}
    return [t for t in triggers if not (
        t.cue.type == "MOBILIZE" and not t.is_nominal
        and any(c.i in protests and c.dep_ in {"xcomp", "advcl", "ccomp"} for c in t.token.children))]


def _takes_place(verb: Token, lang: str) -> bool:
    """The verb's object is a town, territory or military position ("seized the town of Goma", "captured Bakhmut")."""
    places = words("taken_place")
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "obj"}):
        if lemma(obj, lang) in places or lemma(obj, lang) in words("military_position"):
            return True
        if obj.pos_ == "PROPN" and obj.ent_type_ in {"GPE", "LOC", "FAC"}:
            return True
    return False


def administrative_easing(trigger: Trigger, targets: list, lang: str) -> bool:
    """A lifted restriction of the kind governments also lift at home ("waived the requirement", "ended the
    emergency", cue list ``soft_restriction``) with no recipient that has a country: no political concession."""
    if trigger.cue.type != "CONCEDE" or "@restriction" not in trigger.cue.words:
        return False
    lifted = [lemma(t, lang) for t in trigger.tokens[1:] if lemma(t, lang) in words("restriction")]
    if not lifted or lifted[0] not in words("soft_restriction"):
        return False
    return not any(hit.actor.country for hit in targets)


def decided_measure(verb: Token, lang: str) -> bool:
    """The act is the content of a decision or announcement ("announced it would prohibit all aid ... and would deny
    entry", "decided to suspend aid"), not of a warning: a measure decided is imposed, if later (PLOVER SANCTION)."""
    if lemma(verb, lang) in words("departure") | {"pull", "recall"}:
        return False  # "announced he will withdraw the inspectors": pulling one's own people out warns (THREATEN relations)
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in {"ccomp", "xcomp"} and verb.head.i != verb.i and lemma(verb.head, lang) in words("decision")


def domestic_funding(trigger: Trigger, sources: list, targets: list) -> bool:
    """Money given, released or approved ("provided two-thirds of the requested funding", cue class ``funding``)
    with no recipient abroad: budgeting at home, not PLOVER AID to another party."""
    if trigger.cue.type != "AID" or "@funding" not in trigger.cue.words:
        return False
    own = {hit.actor.country for hit in sources}
    return not any(hit.actor.country and hit.actor.country not in own for hit in targets)
