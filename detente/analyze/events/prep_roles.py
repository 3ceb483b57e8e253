"""Which role a prepositional phrase gives its actors: "sanctions on X" (target), "attacked by X" (source),
"talks between X and Y" (both, in text order), "met with X", "aid from X", "an intervention in X". Split from
arguments.py, which reads the other arguments of a trigger."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.analyze.events.attributions import attribution
from detente.analyze.events.actor_lookup import (
    OF_PREPS, PREP_DEPS, ActorHit, Frame, actors_of, place_under, prep_objects,
    preposition,
)
from detente.analyze.events.clause_sides import relative_object
from detente.analyze.events.place_topics import holding_place, occasion
from detente.analyze.events.clause_shape import has_agent, has_subject, is_passive, oblique, verb_phrases
from detente.analyze.events.extra_roles import act_agents, act_type
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.place_countries import place_country_actor
from detente.analyze.events.targets import PARTNER_PREPS, RECIPIENT_PREPS, TARGET_PREPS, own_thing

if TYPE_CHECKING:
    from detente.analyze.events.found_roles import Participants

AIMED_PREPS = {"at"}  # "fired at X" aims; "met at X" locates
AIMED_TYPES = {"ASSAULT", "COERCE", "THREATEN", "ACCUSE"}  # "lashed out at Guyana"
TOPIC_PREPS = {"about", "over", "regarding", "sobre", "por"}
AGENT_PREPS = {"by", "por"}
BETWEEN_PREPS = {"between", "among", "entre"}
IN_PREPS = {"in", "en"}
PARTNER_TYPES = {"CONSULT", "AGREE", "COOPERATE", "ASSAULT", "REJECT", "SUPPORT"}
RECIPIENT_TYPES = {"AID", "CONCEDE", "CONSULT", "REQUEST", "SUPPORT", "AGREE", "SANCTION", "THREATEN", "ACCUSE", "RETREAT", "COOPERATE"}
TOPIC_TYPES = {"ACCUSE", "PROTEST", "REQUEST", "SANCTION", "REJECT"}
IN_TYPES = {"ASSAULT", "MOBILIZE"}
BLOCKING_MODES = {"obstruct", "boycott"}
OF_IS_SOURCE = {"CONSULT", "PROTEST", "SUPPORT", "AGREE", "THREATEN", "MOBILIZE", "AID", "COOPERATE", "REJECT"}
EXPEL_MODES = {"expel", "deport"}
OF_DOER_MODES = {"resign"}  # a RETREAT noun of these modes names its doer in its of-phrase (one resigns oneself)
TIME_ENTITIES = {"DATE", "TIME"}
STANCE_PREPS = {"in", "en"}  # "in support of", "en apoyo de": the preposition that makes a stance phrase
GIVING_TYPES = {"AID", "COOPERATE"}  # the direct object is the thing given ("extradited a drug lord to the US")


def _stance_phrase(noun: Token) -> bool:
    """The event noun heads an "in X of Y" / "en X de Y" stance phrase ("a statement in support of Israel", "marched in
    defence of the law", "en apoyo de los huelguistas"): its of-phrase is what the stance is for, never the doer."""
    stance = words("stance_nouns")
    if noun.lower_ not in stance and noun.lemma_.lower() not in stance:
        return False  # "participating in a meeting of states parties": the of-phrase is who meets
    return noun.dep_ in {"pobj", "nmod", "obl"} and noun.head.lower_ in STANCE_PREPS \
        or any(c.dep_ == "case" and c.lower_ in STANCE_PREPS for c in noun.children)


def prepositions(head: Token, event_type: str, frame: Frame, found: Participants, nominal: bool,
                 only: Token | None = None) -> None:
    """Adds the actors of ``head``'s prepositional phrases (or of ``only``) to the side their preposition names. A
    topic phrase that names the doer's own people ("protested to Russia over the detention of its fishermen") is no
    target when another phrase names one."""
    topics: list[ActorHit] = []
    for child in (head.children if nominal else verb_phrases(head)):
        if only is not None and child.i != only.i:
            continue
        if child.dep_ not in PREP_DEPS and not oblique(child):
            continue
        if attribution(child):
            continue  # "according to The Herald": the reporter, no side of the act
        prep, objects = prep_objects(child)
        objects = [o for o in objects if o.ent_type_ not in TIME_ENTITIES]  # "warned on Monday of ...": a date, no target
        objects = [relative_object(o) for o in objects]  # "Saddam, with whom the king met": Saddam
        if prep in LEFT_PREPS and frame.lang == "en":
            objects = [o for o in objects if not holding_place(o)]  # "released from prison": where, not who
        if prep in AIMED_PREPS and (nominal or event_type not in AIMED_TYPES):
            objects = [o for o in objects if not occasion(o, frame.lang)]  # "killed at a Tel Aviv rally": the occasion
        if not objects:
            continue
        used = _role_prep(child, prep, head, event_type, nominal, frame.lang)
        groups = frame.groups
        frame.groups = groups or (prep in BETWEEN_PREPS and event_type == "ASSAULT")  # "clashes between police and students"
        hits = [hit for obj in objects for hit in actors_of(obj, frame, fallback=used)]
        frame.groups = groups
        if not hits and prep in IN_PREPS and event_type in IN_TYPES:
            hits = [hit for obj in objects for hit in _country_of_place(obj, frame)]
        if not hits:
            continue
        if prep == "by" and child.dep_ == "prep" and not nominal and not is_passive(head) and has_subject(head):
            continue  # "condemned the killings by troops": the doer of the condemned act (accused_doers), not the source
        if child.dep_ in {"agent", "obl:agent"} or (prep in AGENT_PREPS and is_passive(head)) or (prep == "by"):
            found.sources += hits
            for obj in objects:  # "imposed by the Treasury on Petro": the parser often hangs "on Petro" on the agent
                for grandchild in obj.children:
                    inner, inner_objects = prep_objects(grandchild) if grandchild.dep_ in PREP_DEPS else (None, [])
                    if inner in TARGET_PREPS:
                        found.targets += [h for o in inner_objects for h in actors_of(o, frame)]
        elif prep in BETWEEN_PREPS and event_type in PARTNER_TYPES and frame.mediating:
            found.targets += hits  # "a mediation effort between the Emirates and Saudi Arabia": both are mediated
        elif prep in BETWEEN_PREPS and event_type in PARTNER_TYPES:
            hits = sorted(hits, key=lambda h: h.start)  # "between Indian and Pakistani officials": in text order
            found.sources += hits[:1]
            found.targets += hits[1:]
        elif prep in AIMED_PREPS and event_type in VERBAL_AIMED_TYPES and not nominal and _aimed_elsewhere(head, frame):
            continue  # "criticized him at an NBC News debate": the one criticized is the object, "at" is the venue
        elif prep in TARGET_PREPS or (prep in AIMED_PREPS and event_type in AIMED_TYPES):
            found.targets += hits
        elif prep in PARTNER_PREPS and event_type in PARTNER_TYPES | {"SANCTION"}:
            found.targets += hits  # "met with X"; "downgraded ties with Lithuania over Taiwan": Lithuania too
        elif prep in PARTNER_PREPS and event_type == "MOBILIZE" and _exercise(head, nominal, frame.lang):
            found.targets += hits  # "conducted drills with South Korea": the partner of an exercise
        elif prep in RECIPIENT_PREPS and (event_type in RECIPIENT_TYPES or frame.lang == "es" and not nominal):
            found.targets += hits
        elif prep == "to" and event_type == "PROTEST" and frame.lang == "en" and not nominal:
            found.targets += hits  # "protested to Russia": the one the protest is addressed to
        elif prep in TOPIC_PREPS and event_type in TOPIC_TYPES and prep not in AGENT_PREPS:
            topics += hits
        elif prep in OF_PREPS and nominal:
            # "Belgrade's rejection of the U.N. plan": with its doer already a possessor, the of-phrase is what it acts on
            # ("announced its recognition of Haiti": a possessive pronoun stands for the doer too)
            owned = frame.lang == "en" and any(c.dep_ == "poss" for c in head.children)
            resigned = event_type == "RETREAT" and frame.mode in OF_DOER_MODES  # "the resignation of X": X resigns
            if (event_type in OF_IS_SOURCE or resigned) and frame.mode not in BLOCKING_MODES and not owned \
                    and not _stance_phrase(head):  # "el bloqueo de los
                found.sources += hits  # puertos": the ports
            else:
                found.targets += hits
        elif prep == "from" and frame.mode in EXPEL_MODES and frame.lang == "en" and is_passive(head) and not has_agent(head):
            found.sources += hits  # "two aid workers were expelled from Sudan": Sudan expelled them
        elif prep == "from" and nominal and event_type in GIVING_TYPES and frame.lang == "en":
            found.sources += hits  # "more economic aid from Japan": the giver
        elif prep in {"from"} and event_type in {"RETREAT", "SANCTION"}:
            found.targets += hits
        elif prep in IN_PREPS and event_type == "ASSAULT" and not nominal and frame.lang == "en" \
                and any(act_type(o, frame) == "ASSAULT" for o in objects):
            # "Palestinians killed in Israeli strikes": the attack is the means, whoever made it is the doer
            found.sources += [h for o in objects for h in act_agents(o, frame, of_is_doer=False)]
        elif prep in IN_PREPS and event_type in IN_TYPES:
            found.targets += [hit for hit in hits if hit.actor.sector in (None, "GOV")]
    own = {h.actor.country for h in found.sources} - {None} if found.targets else set()
    found.targets += [h for h in topics if h.actor.country not in own]


VERBAL_AIMED_TYPES = {"ACCUSE", "THREATEN"}


def _exercise(head: Token, nominal: bool, lang: str) -> bool:
    """The act is a military exercise, named by ``head`` or by the object of its light verb ("conducted joint drills
    with South Korea"): read as a show of force (MOBILIZE) until a partner or "joint" makes it cooperation, its
    with-phrase names that partner."""
    nouns = [head] if nominal else [c for c in head.children if c.dep_ in {"dobj", "obj"}]
    return lang == "en" and any(lemma(n, lang) in words("exercise") for n in nouns)


def _aimed_elsewhere(verb: Token, frame: Frame) -> bool:
    """The verb's direct object is a person or party (a pronoun or an actor), so an "at" phrase only places the act
    ("lashed out at X" has none; "pointed the finger at X" has a thing)."""
    return any(c.dep_ in {"dobj", "obj"} and (c.pos_ == "PRON" or actors_of(c, frame, fallback=False))
               for c in verb.children)


def aim_preps(event_type: str) -> set[str]:
    """The prepositions that name whom an act of ``event_type`` is aimed at or sent to."""
    return TARGET_PREPS | (AIMED_PREPS if event_type in AIMED_TYPES else set()) | (
        RECIPIENT_PREPS if event_type in RECIPIENT_TYPES else set())


def _role_prep(child: Token, prep: str | None, head: Token, event_type: str, nominal: bool, lang: str) -> bool:
    """Whether ``_prepositions`` gives this prepositional phrase a role (only then may it add a fallback actor)."""
    return bool(
        child.dep_ in {"agent", "obl:agent"} or (prep in AGENT_PREPS and is_passive(head)) or prep == "by"
        or (prep in BETWEEN_PREPS | PARTNER_PREPS and event_type in PARTNER_TYPES)
        or (prep in PARTNER_PREPS and event_type == "SANCTION")
        or prep in TARGET_PREPS or (prep in AIMED_PREPS and event_type in AIMED_TYPES)
        or (prep in RECIPIENT_PREPS and (event_type in RECIPIENT_TYPES or lang == "es" and not nominal))
        or (prep in TOPIC_PREPS and event_type in TOPIC_TYPES and prep not in AGENT_PREPS)
        or (prep == "to" and event_type == "PROTEST" and lang == "en" and not nominal)
        or (prep in OF_PREPS and nominal)
        or (prep == "from" and event_type in {"RETREAT", "SANCTION"})
        or (prep == "from" and nominal and event_type in GIVING_TYPES and lang == "en")
        or (prep in IN_PREPS and event_type in IN_TYPES)
    )


def _country_of_place(token: Token, frame: Frame) -> list[ActorHit]:
    """"an intervention in Colombia" where Colombia was read as a place: the article's actor for that country."""
    place = place_under(token, frame)
    if place is None:
        return []
    for actor in frame.analysis.actors:
        if actor.country == place.place.country and actor.sector is None:
            return [ActorHit(actor, place.start, place.end)]
    return []



LEFT_PREPS = {"from", "de", "desde"}
WITHDRAWN_TYPES = {"RETREAT", "SANCTION"}
PERSONAL_A = {"a", "al"}  # "retiró a su embajador": the small parser labels the personal-a object obl


def left_posting(verb: Token, frame: Frame, found: "Participants") -> None:
    """"France recalled its ambassador from Mali", "retiró a su embajador de Venezuela": the doer's own envoy or
    forces are what it withdraws, not whom it acts on; the country of the posting they leave is the target (read
    off the from/de phrase first: the actor layer may give the envoy either country)."""
    for obj in (c for c in verb.children if (c.dep_ in {"dobj", "obj"} or preposition(c) in PERSONAL_A) and own_thing(c)):
        low = frame.offset + obj.left_edge.idx
        high = frame.offset + obj.idx + len(obj.text)
        left: list[ActorHit] = []
        for phrase in (c for c in (*obj.children, *verb_phrases(verb)) if c.dep_ in PREP_DEPS or oblique(c)):
            prep, objects = prep_objects(phrase)
            posted = LEFT_PREPS | (IN_PREPS if phrase.head.i == obj.i else set())  # "su embajador en Bolivia"
            for place in objects if prep in posted else []:
                named = [h for h in actors_of(place, frame) if h.start >= high and prep in LEFT_PREPS]  # not the envoy
                left += named or place_country_actor(place, frame)
        left = [h for h in left if h.actor.country not in {s.actor.country for s in found.sources}]  # a home region
        if left:  # ("withdrew its troops from Chechnya") keeps the reading the phrase had
            found.targets = [h for h in found.targets if not (h.start < high and h.end > low)] + left[:1]
            return
