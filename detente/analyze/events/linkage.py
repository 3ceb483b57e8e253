"""Links between an event word and actors its own phrase does not name: the doer governing an actorless event word in
a sentence that coded nothing else, the country a refuge is sought in, the two sides of aid received, and the one aid
or support is for when an adjoining, purpose or joined clause names it."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actor_at_token, actors_of, prep_objects
from detente.analyze.events.place_countries import named_or_placed
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.targets import SUBJECT_DEPS, relative_antecedent
from detente.analyze.events.triggers import Trigger

IN_PREPS = {"in", "en"}
PASSIVE_DEPS = {"auxpass", "nsubjpass", "aux:pass", "nsubj:pass"}
REFUGE_WORDS = {"asylum", "refuge", "sanctuary"}
LINK_UP_DEPS = {"pobj", "prep", "pcomp", "acl", "dobj", "obj", "nmod", "amod", "advcl", "xcomp", "conj", "ccomp", "compound"}
LINK_UP_STEPS = 2  # "took the lead in the talks", "completed preparations for exercises": the event word's own verb
LINKED_SECTORS = {None, "GOV", "MIL", "COP", "REB", "IGO"}  # states, their forces and armed groups; not people or parties
BLOCKING_VERB_CLASSES = ("suffering", "receiving", "communication", "averting")  # verbs whose subject is no doer


def refuge_country(trigger: Trigger, frame: Frame) -> list[ActorHit]:
    """The country a refuge or asylum is sought in: the request is made to it."""
    return _prepositional_actors(trigger.tokens, IN_PREPS, frame)


def _prepositional_actors(heads, preps: set[str], frame: Frame) -> list[ActorHit]:
    """The actors the objects of ``preps`` under ``heads`` name, else the country of the place each object is."""
    return [hit for head in heads for child in head.children if child.dep_ == "prep" and child.lower_ in preps
            for obj in prep_objects(child)[1] for hit in named_or_placed(obj, frame)]


def governing_subject(token: Token, frame: Frame) -> list[ActorHit]:
    """The subject of the verb ``token`` hangs on (within two steps) when it is a state, its forces or an armed
    group (not a person): the last resort by which a sentence that codes nothing links its event word to a doer
    through long clauses. Not across a verb of saying (its subject is the speaker), not for a passive event word, not
    from the subject of a verb of receiving ("received aid"), of averting ("averted a recession ... willingness") or of
    suffering ("died in an ambush")."""
    if any(c.dep_ in PASSIVE_DEPS for c in token.children):
        return []
    current = token
    for _ in range(LINK_UP_STEPS):
        if current.dep_ not in LINK_UP_DEPS or current.head.i == current.i:
            return []
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            own = lemma(current, frame.lang)
            if any(own in words(kind) for kind in BLOCKING_VERB_CLASSES):
                return []
            subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
            if any(c.dep_ == "neg" for c in current.children) or not _main_clause(current):
                return []  # "did not respond to a request": no act; "before the government can take steps": no telling
            # the subject word itself names the state ("Israel", "the Kenyan army"), not a thing of it ("the Wayne
            # county recording") nor a person
            hits = [h for s in subjects for m in (relative_antecedent(s), *relative_antecedent(s).conjuncts)
                    if m.ent_type_ != "PERSON" and lemma(m, frame.lang) not in words("role")  # no person, no minister
                    and (h := actor_at_token(m, frame)) is not None and _collective_state(h.actor)]
            if subjects:
                return hits
    return []


def _main_clause(verb: Token) -> bool:
    """The verb heads the sentence, a clause coordinated with it or a reported clause ("said Iran had ..."): what the
    sentence tells, not a side clause ("before the government can take steps", "as Israel hopes")."""
    told = verb.dep_ in {"ROOT", "conj", "ccomp", "xcomp"}
    return told and not any(c.dep_ == "mark" and c.lower_ not in {"that"} for c in verb.children)


def _collective_state(actor) -> bool:
    """A country itself, or its government, forces or an armed group named as a body (no person's role)."""
    from detente.knowledge.actors import default_knowledge

    if not actor.country or actor.role is not None or actor.sector not in LINKED_SECTORS:
        return False
    return actor.sector is not None or actor.name == default_knowledge().country_name(actor.country)


def received_aid(noun: Token, frame: Frame) -> tuple[list[ActorHit], list[ActorHit]]:
    """(givers, receivers) of aid that is the object of a verb of receiving ("Cuba received military aid from the
    Soviet Union"): the subject receives, the from-phrase gives."""
    for _ in range(2):  # "large amounts of military aid", "50 million dollars in aid": the counted noun is the object
        if noun.dep_ == "pobj" and noun.head.lower_ in {"of", "in"} and noun.head.head.pos_ in {"NOUN", "NUM"}:
            noun = noun.head.head
    verb = noun.head
    if noun.dep_ not in {"dobj", "obj"} or verb.pos_ not in {"VERB", "AUX"} or lemma(verb, frame.lang) not in words("receiving"):
        return [], []
    receivers = [h for c in verb.children if c.dep_ in SUBJECT_DEPS for h in actors_of(relative_antecedent(c), frame)]
    return _prepositional_actors([verb], {"from"}, frame), receivers


RECEIVING_ACTS = {"receive", "get", "face", "draw", "attract", "incur", "suffer", "endure"}  # the subject is acted on


def received_act(noun: Token, frame: Frame) -> tuple[list[ActorHit], list[ActorHit]]:
    """(doers, receivers) of an act that is the object of a verb of undergoing with a from/by-phrase ("Russia faced
    sharp criticism from the United States", "Qatar drew condemnation from its neighbours"): the phrase acts, the
    subject undergoes it. Without the phrase nothing is read (the doer is unknown)."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "obj"} or verb.pos_ not in {"VERB", "AUX"} or lemma(verb, frame.lang) not in RECEIVING_ACTS:
        return [], []
    # the parser hangs "from X" on the noun or on the verb ("drew sharp criticism from Tokyo")
    doers = _prepositional_actors([noun], {"from", "by"}, frame) or _prepositional_actors([verb], {"from"}, frame)
    receivers = [h for c in verb.children if c.dep_ in SUBJECT_DEPS for h in actors_of(relative_antecedent(c), frame)]
    if doers and not receivers and verb.dep_ in {"advcl", "conj"} and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        from detente.analyze.events.sources import inherited_subject

        receivers = inherited_subject(verb, frame)  # "Pakistan tested bombs, drawing sanctions from Washington"
    return doers, [h for h in receivers if h.actor.id not in {d.actor.id for d in doers}]


RESISTING_VERBS = {"repel", "repulse", "fend", "withstand", "resist", "survive", "endure", "weather", "thwart", "foil",
                   "counter", "defeat", "face", "suffer"}  # the subject is the one a hostile act is aimed at
HOSTILE_TYPES = {"ASSAULT", "COERCE", "THREATEN", "SANCTION"}


def resisted_act(noun: Token, frame: Frame) -> list[ActorHit]:
    """"help Ukraine fend off Russia's invasion", "Taiwan faces Chinese sanctions": the subject of the verb that
    resists or undergoes a hostile act named as its object is the one the act is aimed at."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "obj"} or verb.pos_ not in {"VERB", "AUX"} or lemma(verb, frame.lang) not in RESISTING_VERBS:
        return []
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and verb.dep_ in {"xcomp", "ccomp"}:  # "help Ukraine fend off": the helped one is the subject
        subjects = [c for c in verb.head.children if c.dep_ in {"dobj", "obj"} and c.i < verb.i]
    return [h for c in subjects for h in actors_of(relative_antecedent(c), frame)]


NEEDY_SECTORS = {"REF", "CVL"}  # refugees and civilians: those aid is brought to


def needy_in_clause(verb: Token, frame: Frame, exclude: set[str]) -> list[ActorHit]:
    """"France flew in food as Rwandan refugees streamed into Goma", "sent aid after Somali civilians fled the
    fighting", "sent aid after Ghana appealed for help": aid with no named recipient goes to the refugees or civilians
    whose plight an adjoining clause tells, or to whoever asked for it there (not to the states or forces otherwise
    named there: "sent aid after Iraq invaded Kuwait")."""
    from detente.analyze.events.lexicon import cues_by_trigger

    cues = cues_by_trigger(frame.lang)
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        asked = any(c.type == "REQUEST" and c.pos == "V" for c in cues.get(lemma(clause, frame.lang), ()))
        hits = [h for s in clause.children if s.dep_ in SUBJECT_DEPS | {"nsubjpass"}
                for h in actors_of(s, frame, fallback=False)
                if (asked or h.actor.sector in NEEDY_SECTORS) and h.actor.country and h.actor.id not in exclude]
        if hits:
            return hits[:1]
    return []


SENT_TO_PREPS = {"to", "into"}


def carried_on_to(verb: Token, frame: Frame, exclude: set[str]) -> list[ActorHit]:
    """"will send food and medicine and fly them to Rwanda": a giving verb with no recipient of its own gives to where
    the verb joined to it carries the goods on to (the to/into phrase of its conjunct)."""
    return [h for conj in verb.children if conj.dep_ == "conj" and conj.pos_ == "VERB"
            for c in conj.children if c.dep_ == "prep" and c.lower_ in SENT_TO_PREPS
            for o in prep_objects(c)[1] for h in named_or_placed(o, frame) if h.actor.id not in exclude][:1]


CARGO_PREPS = {"with", "con"}  # "sent two ships with relief supplies to Sri Lanka"
ONWARD_PREPS = {"to", "into", "a", "hacia"}


def sent_onward(verb: Token, frame: Frame, exclude: set[str], own: set[str]) -> list[ActorHit]:
    """"India sent two navy ships with relief supplies to Sri Lanka": what is sent is the sender's own (its ships,
    its troops), so the recipient is where the to-phrase sends it, also when the parser hangs that phrase on the
    object or on the cargo phrase."""
    holders = [verb] + [o for c in verb.children if c.dep_ in {"dobj", "obj"} for o in (c, *c.conjuncts)]
    holders += [o for h in list(holders) for c in h.children if c.dep_ == "prep" and c.lower_ in CARGO_PREPS
                for o in prep_objects(c)[1]]
    return [h for holder in holders for c in holder.children if c.dep_ in {"prep", "dative", "obl", "nmod"}
            for prep, objects in [prep_objects(c)] if prep in ONWARD_PREPS for o in objects
            for h in named_or_placed(o, frame)
            if h.actor.id not in exclude and h.actor.country and h.actor.country not in own][:1]


BENEFIT_TYPES = {"AID", "SUPPORT", "COOPERATE"}  # acts done for someone: "to help", "to support", "to assist"


def helped_in_purpose(verb: Token, frame: Frame, exclude: set[str]) -> list[ActorHit]:
    """"endorsed the plan, hoping to help the people of Haiti", "sent food to help the people of Somalia": support or aid
    with no recipient of its own is for whom its purpose clause helps (only a verb of helping, the ``backing`` list:
    "backed the resolution, seeking to punish Iraq" does not back Iraq)."""
    clauses = [c for c in _carrier(verb).children if c.dep_ in {"advcl", "xcomp"}]
    clauses += [x for c in clauses if c.tag_ == "VBG" for x in c.children if x.dep_ == "xcomp"]  # "hoping to help"
    clauses += [x for c in clauses if c.dep_ == "xcomp" for x in c.children if x.dep_ == "advcl"]  # "agreed to provide
    for clause in clauses:  # loans to help ..."
        purpose = any(c.dep_ in {"aux", "mark"} and c.lower_ == "to" for c in clause.children)
        if purpose and lemma(clause, frame.lang) in words("backing"):
            # "to help Indonesia recover": the parser makes the one helped the subject of the bare infinitive
            helped = [o for o in clause.children if o.dep_ in {"dobj", "obj"}] + [
                s for c in clause.children if c.dep_ in {"ccomp", "xcomp"} and c.tag_ == "VB"
                for s in c.children if s.dep_ in {"nsubj", "dobj"} and s.i < c.i]
            hits = [h for o in helped for h in actors_of(o, frame) if h.actor.id not in exclude]
            if hits:
                return hits[:1]
    return []


def _carrier(trigger: Token) -> Token:
    """The verb whose purpose clause serves the act: the trigger verb, or the verb an act noun is the object of,
    directly or through a counted amount ("approved a loan to help ...", "provided $500 million in loans to help ...")."""
    token = trigger
    for _ in range(3):
        if token.pos_ in {"VERB", "AUX"}:
            return token
        if token.dep_ not in {"dobj", "obj", "pobj", "prep"}:
            return trigger
        token = token.head
    return token if token.pos_ in {"VERB", "AUX"} else trigger


RELATIVE_WORDS = {"that", "which", "whom"}
AIM_PREPS = {"on", "against", "upon", "into", "toward", "towards"}
CARRIER_VERBS = {"fly", "drop", "put", "place", "slap", "rain", "unleash", "heap", "pile"}  # deliver the act they carry


def made_in_clause(noun: Token, frame: Frame) -> list[ActorHit]:
    """"The aid that France sent to Rwanda", "the raids Israel launched": a relative clause whose light verb (send,
    launch, impose ...) has the event noun as its object names the doer in its subject. Not a clause whose subject is
    the relative word ("the aid that arrived"), nor one of receiving ("the aid Rwanda received": no light verb)."""
    return [h for c in noun.children if c.dep_ in {"relcl", "acl"} and c.pos_ == "VERB"
            and lemma(c, frame.lang) in words("light")
            and not any(o.dep_ in {"dobj", "obj"} and o.lower_ not in RELATIVE_WORDS for o in c.children)
            for s in c.children if s.dep_ == "nsubj" and s.pos_ != "PRON" and s.lower_ not in RELATIVE_WORDS
            for h in actors_of(s, frame, fallback=False)]


def carrier_aims(verb: Token, frame: Frame) -> list[ActorHit]:
    """"Turkish jets flew bombing raids into northern Iraq", "putting tariffs on Mexican steel": a verb that
    delivers its object act (no light verb, no event word) has its on/against/into phrase name whom the act is
    aimed at. Only such delivering verbs: "could bolster the investigation into Trump" does not investigate."""
    if verb.pos_ != "VERB" or lemma(verb, frame.lang) not in CARRIER_VERBS:
        return []
    return [h for c in verb.children if c.dep_ == "prep" and c.lower_ in AIM_PREPS
            for obj in prep_objects(c)[1] for h in named_or_placed(obj, frame)]
