"""Codebook precedence: which PLOVER type an act takes when its trigger word alone would say another.

- A promise to fight a scourge, to help another fight, or to act together is AGREE, not THREATEN.
- A blockade by a state or its forces is a restriction (COERCE restrict, CAMEO 191), not a protest.
- Expelling or deporting thousands of people at once is a mass expulsion (ASSAULT cleansing, CAMEO 201).
- Violence by protesters is a riot (PROTEST riot), not an armed assault; a boycott by civilians (journalists, unions,
  students) is a protest (PROTEST boycott, CAMEO 143), not a sanction.
- Letting people or goods in ("allowed aid trucks to cross into Gaza") is RETREAT access, not a verbal concession.
- Mobilizing supporters to demonstrate is the protest (codebook MOBILIZE note): the mobilization is not coded.
- A promise to keep up or raise pressure on someone is a coercive warning (THREATEN), not an offer to cooperate.
- Armed forces seizing or capturing a town or territory take it by force (ASSAULT), not a police seizure ("occupied
  Kuwait" holds ground: COERCE seize, CAMEO 192); combatants
  captured by armed forces are ASSAULT abduct, not an arrest (manual, COERCE notes).
- Captives freed by the state's police or army are rescued (AID, manual AID and RETREAT notes: "Police in Barcelona
  freed 10 human trafficking victims"), not released by their captors (RETREAT release).
- An order that sends one's own forces somewhere ("ordered 2,000 Marines to the Gulf") is the deployment (MOBILIZE),
  not a request.
- Banning another state's officials (from entering) curtails relations with that state (SANCTION discontinue).
- Denying inspectors or observers access refuses international involvement (REJECT, CAMEO 1245), not a restriction.
- Troops sent as peacekeepers are provided to others (AID, CAMEO 074), not a show of force.
- A state (named by its country alone) quitting a named organization cuts ties (SANCTION withdraw), not a resignation.
- Forces sent to protect, guard or escort foreigners, embassies, refugee camps or convoys give protection (AID, CAMEO 074).
- Attacking someone "as" something, or attacking words, plans or policies, is verbal criticism (ACCUSE disapprove);
  so is one person attacking another in a debate, and a vow of war is a threat (sparring.py).
- War games held by one side alone are a show of force (MOBILIZE); joint exercises are COOPERATE.
- Approving or granting an extradition is judicial cooperation (COOPERATE); a member expelled by a legislature or a
  party (by its members, from the body) is sanctioned (SANCTION expel), not deported (session 21).
- Closing the border with another country curtails exchanges with it (SANCTION discontinue); cutting internet, power
  or water at home withholds public services (COERCE withhold), not a sanction.

The mode an act takes is in force_modes.py, acts told as decisions or stances in stated_acts.py, cue words that code
nothing in uncoded_acts.py.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.damages_suits import damages_claim
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.public_warnings import public_warning
from detente.analyze.events.refusal_types import chamber_block, protest_walkout, words_rejected
from detente.analyze.events.evacuation_orders import evacuation_order
from detente.analyze.events.sparring import debate_attack, vowed_war
from detente.analyze.events.sector_groups import ARMED, CIVILIAN_GROUPS, STATE_FORCES
from detente.analyze.events.triggers import Trigger

STATE_SECTORS = {None, "GOV", "MIL", "COP"}


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
    if debate_attack(event_type, trigger, lang, sources):
        return "ACCUSE", "disapprove"  # "Mr. Ramaswamy attacked Ms. Haley over her support for ..." (sparring.py)
    if damages_claim(event_type, trigger, lang):
        return "ACCUSE", "allege"  # "has sought $10 million in damages from Nunberg": a lawsuit (damages_suits.py)
    if words_rejected(event_type, trigger, lang):
        return "ACCUSE", "disapprove"  # "vocal in rejecting several of Trump's comments" (refusal_types.py)
    if chamber_block(event_type, trigger, sources, lang):
        return "REJECT", None  # "Senate Democrats blocked a $1.1 billion funding package" (refusal_types.py)
    if protest_walkout(event_type, trigger, lang):
        return "PROTEST", "boycott"  # "walked out of parliament in protest at the budget" (refusal_types.py)
    if evacuation_order(event_type, trigger, sources, lang):
        return "COERCE", "restrict"  # "the military ordered all residents to evacuate" (evacuation_orders.py)
    if public_warning(event_type, trigger, lang, sources, targets):
        return "REQUEST", None  # "officials warned people to stay away from infected areas" (public_warnings.py)
    if vowed_war(event_type, trigger, lang):
        return "THREATEN", "violence"  # "Israel has vowed to continue the war until ..." (sparring.py)
    if event_type in {"SUPPORT", "AGREE"} and not trigger.is_nominal and _judicial(trigger.token, lang):
        return "COOPERATE", None  # "the Home Secretary approved an extradition request from the US" (codebook COOPERATE)
    if event_type == "COERCE" and not trigger.is_nominal and lemma(trigger.token, lang) == "expel" \
            and _expelled_by_body(trigger.token, lang):
        return "SANCTION", "expel"  # "was expelled by his colleagues", "expelled from the party": no deportation
    if event_type == "COERCE" and mode in {"seize", "arrest"} and not trigger.is_nominal and all(a.sector in FORCES for a in actors):
        if _takes_place(trigger.token, lang) and lemma(trigger.token, lang) not in words("holding_ground"):
            return "ASSAULT", None  # "rebels seized the town of Goma", "Russian troops captured Bakhmut"
        held = [hit.actor for hit in targets]
        if actors and lemma(trigger.token, lang) in CAPTURE_VERBS and held and all(a.sector in FORCES for a in held):
            return "ASSAULT", "abduct"  # "combatants captured during conflict" (manual, COERCE notes); "arrested" stays
    if event_type == "COERCE" and mode == "seize" and lemma(trigger.token, lang) == "occupy" and actors \
            and all(a.sector in CIVILIAN_GROUPS for a in actors):
        return "PROTEST", "obstruct"  # "students occupied the rector's office": a sit-in, not a seizure by force
    if event_type == "COERCE" and mode == "deport" and not trigger.is_nominal and _en_masse(trigger.token, lang):
        return "ASSAULT", "cleansing"  # "drove tens of thousands of Albanians out of Kosovo" (CAMEO 201)
    if event_type == "SANCTION" and lemma(trigger.token, lang) in words("boycotting") and actors \
            and all(a.sector in CIVILIAN_GROUPS for a in actors):
        return "PROTEST", "boycott"  # "journalists boycotted government news conferences": a protest, not a sanction
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
    if event_type == "MOBILIZE" and not trigger.is_nominal and _peacekeepers(trigger.token, lang):
        return "AID", None  # "Fiji sent a battalion to join the U.N. peacekeeping force in Lebanon" (CAMEO 074)
    if event_type == "RETREAT" and mode == "resign" and not trigger.is_nominal and actors \
            and all(a.country and a.sector is None for a in actors) and _named_body(trigger.token):
        return "SANCTION", "withdraw"  # "Qatar quit OPEC": a state leaving an organization cuts ties (CAMEO 16x)
    if event_type == "MOBILIZE" and not trigger.is_nominal and _sent_to_guard(trigger.token, lang):
        return "AID", None  # "France sent troops to protect the foreign nationals in Ivory Coast" (CAMEO 074)
    if event_type == "MOBILIZE" and _abroad_in_support(trigger.token, actors, [hit.actor for hit in targets], lang):
        return "AID", None  # "sent 800 paratroopers to Sierra Leone to help the government fight rebels" (codebook AID)
    if event_type == "RETREAT" and mode == "release" and not trigger.is_nominal and actors \
            and all(a.sector in STATE_FORCES for a in actors) and _rescues(trigger.token, lang):
        return "AID", None  # "police freed 10 trafficking victims during an operation": a rescue
    if event_type == "REQUEST" and not trigger.is_nominal and _sends_forces(trigger.token, targets, lang):
        return "MOBILIZE", "police" if {hit.actor.sector for hit in targets} == {"COP"} else "troops"
    if event_type == "ASSAULT" and not trigger.is_nominal and actors \
            and all(a.sector in SPEAKERS or (a.sector is None and a.country) for a in actors) and verbal_attack(trigger.token, lang):
        return "ACCUSE", "disapprove"  # "Chinese newspapers attacked the Dalai Lama as a separatist"
    if event_type in {"COERCE", "SANCTION"} and not trigger.is_nominal and lemma(trigger.token, lang) in {"deny", "refuse"} \
            and any(lemma(t, lang) in words("observers") for t in trigger.token.subtree):
        return "REJECT", None  # "Iraq denied U.N. inspectors access to the site": international involvement refused
    if event_type == "COERCE" and mode in {"ban", "restrict"} and not trigger.is_nominal and _foreign_officials(actors, targets):
        return "SANCTION", "discontinue"  # "the United States banned Iraqi officials from entering the country"
    if event_type == "MOBILIZE" and trigger.is_nominal and lemma(trigger.token, lang) in words("exercise") \
            and any(lemma(c, lang) in {"joint", "combined"} for c in trigger.token.children):
        return "COOPERATE", None  # "Russia and China held joint naval maneuvers": military cooperation
    if _lone_war_games(event_type, trigger, sources, targets, lang):
        return "MOBILIZE", "troops"  # "Iran launched war games in the Strait of Hormuz"
    if event_type == "COERCE" and mode == "restrict" and _closed_with_country(trigger, actors, targets, lang):
        return "SANCTION", "discontinue"  # "Egypt closed its border with Libya"
    if event_type == "SANCTION" and _utility_cut(trigger, actors, targets, lang):
        return "COERCE", "withhold"  # "authorities cut off internet access in Kashmir"
    return event_type, mode


def _lone_war_games(event_type: str, trigger: Trigger, sources: list, targets: list, lang: str) -> bool:
    """A COOPERATE exercise word ("war games", "launched war games") held by actors of one country with no partner
    named and no "joint": a show of force (MOBILIZE troops), not military cooperation."""
    if event_type != "COOPERATE" or targets or not sources:
        return False
    cue_words = set(trigger.cue.words)
    if not cue_words & words("exercise") or "joint" in cue_words:
        return False
    if len({hit.actor.country for hit in sources}) != 1 or None in {hit.actor.country for hit in sources}:
        return False
    around = [c for t in trigger.tokens for c in t.children]
    return not any(lemma(c, lang) in words("reciprocal") | {"joint", "combined"} or c.lower_ == "with" for c in around)


SPEAKERS = {"GOV", "OPP", "MED", "JRN", "PTY", "LEG", "JUD", "IGO", "NGO", "REL", "ELI"}  # official and public voices


def verbal_attack(verb: Token, lang: str) -> bool:
    """An attack verb (cue list ``verbal_attack``) whose object is labelled "as" something ("attacked the Dalai Lama
    as a separatist", not "as part of an offensive") or is something said or decided (cue list ``stance``: "attacked the decision")."""
    if lemma(verb, lang) not in words("verbal_attack"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ == "pobj" and o.pos_ == "NOUN" and not any(
            g.dep_ == "prep" for g in o.children) for o in c.children) for c in verb.children):
        return True
    return any(c.dep_ in {"dobj", "obj"} and lemma(c, lang) in words("stance") for c in verb.children)


def _foreign_officials(actors: list, targets: list) -> bool:
    """Those banned or restricted are all officials or forces of another state than the one acting."""
    own = {a.country for a in actors}
    held = [hit.actor for hit in targets]
    return bool(actors) and bool(held) and None not in own and all(
        a.country and a.country not in own and a.sector in {"GOV", "MIL"} for a in held)


def _rescues(verb: Token, lang: str) -> bool:
    """The freed are victims or captives of others (cue list ``captive``: "victims", "hostages", "kidnapped
    workers"), or are freed in an operation or raid (cue list ``rescue_setting``)."""
    captive, setting = words("captive"), words("rescue_setting")
    for child in verb.children:
        if child.dep_ in {"dobj", "obj"}:
            if lemma(child, lang) in captive or any(lemma(m, lang) in captive for m in child.children if m.dep_ in {"amod", "compound"}):
                return True
        if child.dep_ == "prep" and child.lower_ in {"in", "during"}:
            if any(o.dep_ == "pobj" and lemma(o, lang) in setting for o in child.children):
                return True
    return False


def _sends_forces(verb: Token, targets: list, lang: str) -> bool:
    """A command verb whose object is a force sent to a place ("ordered 2,000 Marines to the Gulf", "ordered an
    aircraft carrier into the region"), with no clause of what the force must do ("ordered troops to withdraw")."""
    if lemma(verb, lang) not in words("command") or any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if not objects:
        return False
    forces = all(lemma(o, lang) in words("deployed") | words("armed_group") for o in objects) \
        or (targets and all(hit.actor.sector in STATE_FORCES for hit in targets))
    destined = any(c.dep_ == "prep" and c.lower_ in {"to", "into", "toward", "towards"} for c in verb.children)
    return bool(forces) and destined


def _closed_with_country(trigger: Trigger, actors: list, targets: list, lang: str) -> bool:
    """A border closed "with" a country other than the closer's own."""
    if not any(lemma(t, lang) == "border" for t in trigger.tokens) or not targets:
        return False
    own = {a.country for a in actors}
    foreign = [hit for hit in targets if hit.actor.country and hit.actor.country not in own]
    border = next(t for t in trigger.tokens if lemma(t, lang) == "border")
    # "with" on the noun, or on the verb ("sealed its border with Armenia" is often parsed so)
    return bool(foreign) and any(c.dep_ == "prep" and c.lower_ == "with" for c in [*border.children, *trigger.token.children])


def _utility_cut(trigger: Trigger, actors: list, targets: list, lang: str) -> bool:
    """A cut of a public service (cue list ``utility``) with no recipient abroad."""
    if trigger.is_nominal or not actors:
        return False
    cut = [c for c in trigger.token.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    if not any(lemma(c, lang) in words("utility") or any(lemma(m, lang) in words("utility") for m in c.children
               if m.dep_ in {"compound", "amod"}) for c in cut):
        return False
    own = {a.country for a in actors}
    return not any(hit.actor.country and hit.actor.country not in own for hit in targets)


def _peacekeepers(verb: Token, lang: str) -> bool:
    """What the verb sends, or the force it sends them to join, is a peacekeeping force (cue list ``peacekeeping``)."""
    keeping = words("peacekeeping")
    for child in verb.children:
        if child.dep_ in {"dobj", "obj", "nsubjpass", "xcomp", "advcl"} and any(lemma(t, lang) in keeping for t in child.subtree):
            return True
    return False


def _named_body(verb: Token) -> bool:
    """The verb's object is a named organization ("quit OPEC"), not an office ("quit his post")."""
    return any(c.dep_ in {"dobj", "obj"} and c.ent_type_ == "ORG" for c in verb.children)


def _sent_to_guard(verb: Token, lang: str) -> bool:
    """Forces sent to protect, guard or escort people or posts abroad (cue lists ``guarding``, ``guarded_abroad``):
    foreigners, embassies, refugee camps, aid convoys; protecting "villagers" or "the border" stays a deployment."""
    for clause in verb.children:
        if clause.dep_ in {"advcl", "xcomp"} and lemma(clause, lang) in words("guarding"):
            guarded = words("guarded_abroad")
            return any(c.dep_ in {"dobj", "obj"} and lemma(c, lang) in guarded for c in clause.children)
    return False


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


def _en_masse(verb: Token, lang: str) -> bool:
    """Thousands driven out by force ("tens of thousands of", "more than 1,000 refugees"); deportations (an
    administrative process, often a yearly tally) stay COERCE deport."""
    moved = [t for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass", "nsubj:pass"} for t in c.subtree]
    return lemma(verb, lang) in words("driving_out") and any(
        t.lemma_.lower() in {"thousand", "million"} or t.like_num and t.text.replace(",", "").isdigit()
        and int(t.text.replace(",", "")) >= 1000 for t in moved)


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


def _judicial(verb: Token, lang: str) -> bool:
    """An approving or granting verb whose object names an extradition (cue list ``judicial_cooperation``)."""
    if lemma(verb, lang) not in words("approving") | {"grant", "accept"}:
        return False
    return any(lemma(t, lang) in words("judicial_cooperation") for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}
               for t in c.subtree)


def _expelled_by_body(verb: Token, lang: str) -> bool:
    """The expeller (by-agent) or the body left (from-object) is a legislature, a party or their members."""
    bodies = words("expelling_body")
    named = [o for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "from"
             for o in c.children if o.dep_ == "pobj"]
    return any(lemma(o, lang) in bodies for o in named)
