"""Fallback targets of an event, read when its own arguments name none: the nearest actor of the clause, the
place of the act, the aim of a protest, the subject of a demanded/threatened clause and whoever must meet a threat's
condition (the target of a mobilisation: mobilized_targets.py). Also the dependency label sets the argument rules
share."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.attributions import attribution
from detente.analyze.events.blamed_acts import blamed_on
from detente.analyze.events.both_sides import both_sides
from detente.analyze.events.denials import accuser, inside_denied
from detente.analyze.events.actor_lookup import (
    PREP_DEPS, ActorHit, Frame, actor_at_token, actors_of, prep_objects, signing_place,
)
from detente.analyze.events.extra_roles import act_agents, act_type
from detente.analyze.events.held_things import holders, unit_owner, unit_site
from detente.analyze.events.named_recipients import recipient_named
from detente.analyze.events.objected_things import clause_doers
from detente.analyze.events.place_countries import named_or_placed
from detente.analyze.events.place_topics import occasion
from detente.analyze.events.recorded_acts import recording_clause
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import cues_of, words
from detente.analyze.events.triggers import Trigger
from detente.knowledge.actors.words import death_words, foreign_missions

SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "nsubj:pass", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj", "dative", "iobj"}
TARGET_PREPS = {"on", "against", "upon", "toward", "towards", "into", "contra", "hacia", "ante"}
PARTNER_PREPS = {"with", "con"}
RECIPIENT_PREPS = {"to", "a", "al"}
CLAUSE_BOUNDARIES = {"relcl", "advcl", "ccomp", "conj", "parataxis", "nsubj", "nsubjpass", "csubj", "acl", "appos", "punct", "cc"}


SEQUEL_PREPS = {"after", "before", "following", "since", "amid", "until"}


def nearest_in_clause(head: Token, frame: Frame, exclude: set[str], hostile: bool = False) -> list[ActorHit]:
    """Last resort for directed events: the closest actor below the trigger, breadth first, without entering
    other clauses ("promised to continue military aid to war-torn Mozambique"). When the act's object is named with
    its place, an after/following phrase holds another act, not its target ("retook a village in Cambodia after
    fighting with guerrillas"), and a time or reason phrase holding another act names that act's parties (only its
    doer, for a hostile answer: "retaliated after an attack by Hezbollah")."""
    if named := recipient_named(head, frame, exclude):  # "accusing it", "shot down or jammed 33 Ukrainian drones"
        return named
    if named := accuser(head, frame, exclude):  # "accused it of backing the attack, which Islamabad denies"
        return named[:1]
    if named := holders(head, frame, exclude):  # "struck camps used by militants": the militants
        return named
    if named := both_sides(head, frame, exclude):  # "called for restraint from both sides after India's strike ..."
        return named
    sequels = [c for c in head.children if c.dep_ == "prep" and c.lower_ in SEQUEL_PREPS]
    if sequels and any(_placed(c, frame) for c in head.children if c.dep_ in {"dobj", "obj"}):
        head_children = [c for c in head.children if c not in sequels]
    else:  # "refused to resign after being accused by prosecutors", "banned the group after an attack on
        # parliament": a time or reason phrase holding another act names that act's parties, not this one's
        head_children = [c for c in head.children if not _other_act(c, frame)]
    # "according to The Herald" names the reporter; "denied shelling the villages": the villages are the charge's
    head_children = [c for c in head_children if not attribution(c) and not inside_denied(c, head, frame.lang)]
    # "at a rally in Derry, N.H., Clinton rebuffed a heckler": the occasion's place is where, not whom (where() still
    # reads the place of an act that is not said, "a bomb went off at a rally in Kabul")
    head_children = [c for c in head_children if not _at_occasion(c, frame)]
    queue = [(child, 1) for child in head_children if child.dep_ not in CLAUSE_BOUNDARIES]
    while queue:
        token, depth = queue.pop(0)
        named = []
        if token.dep_ in {"compound", "nn"} and signing_place(token.head, frame):
            continue  # "withdrew from the Paris agreement": where it was signed, no party
        if token.dep_ == "compound" and frame.lang == "en" and unit_site(token, frame):
            continue  # "the Ohio chapter of the ACLU": where the unit is; the ACLU is the party
        if token.pos_ in {"PROPN", "NOUN"} and not own_thing(token):  # "pull its troops out of Lebanon": not its troops
            hits = [h for h in _act_aimed(token, frame) if h.actor.id not in exclude]
            if hits:
                return hits[:1]
            named = actors_of(token, frame, allow_poss=False, fallback=False)
            hits = [h for h in named if h.actor.id not in exclude]
            if hits:
                return hits[:1]
        if depth < 5:  # an apposition is no clause: it names its noun again ("the leader, Zimbabwe's president"),
            # unless the noun already named an actor (the apposition is that actor again: "Noble (Ed Skrein)")
            queue += [(child, depth + 1) for child in token.children if (child.dep_ not in CLAUSE_BOUNDARIES
                      or (child.dep_ == "appos" and token.pos_ in {"PROPN", "NOUN"} and not named and frame.lang == "en"))
                      and not attribution(child)
                      and not (token.pos_ in {"VERB", "AUX"} and _other_act(child, frame))]
    if hostile:  # "Israel retaliated after an attack by Hezbollah": a hostile answer is aimed at the earlier act's doer
        return [h for c in head.children if _other_act(c, frame) for o in prep_objects(c)[1]
                if act_type(o, frame) is not None for h in act_agents(o, frame, False) if h.actor.id not in exclude][:1]
    return []


REASON_PREPS = SEQUEL_PREPS | {"because", "during", "including"}  # not "despite pressure by X" (aimed at X) nor "over"


def _other_act(prep: Token, frame: Frame) -> bool:
    """A time or reason phrase whose object is a clause ("after being accused by X") or an act noun ("after an attack
    on X", "during a visit by Y")."""
    if prep.dep_ != "prep" or prep.lower_ not in REASON_PREPS:
        return False
    return any(c.dep_ == "pcomp" and c.pos_ in {"VERB", "AUX"} for c in prep.children) \
        or any(act_type(o, frame) is not None for o in prep_objects(prep)[1])


OCCASION_PREPS = {"at", "in", "during"}


def _at_occasion(prep: Token, frame: Frame) -> bool:
    """An at/in/during phrase whose object is an event noun or a speaking occasion ("at a rally", "at the summit in
    Warsaw", "in an interview with ABC News", "in a speech to Congress"): the occasion, with its interviewer or audience."""
    if prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPS or frame.lang != "en":
        return False
    return any(lemma(o, frame.lang) in words("occasion_nouns") or _gathering(o, frame) and not _partnered(o)
               for o in prep_objects(prep)[1])


GATHERING_TYPES = {"CONSULT", "PROTEST"}  # a rally, a summit, talks: not a demand or an offer one balks at


def _gathering(noun: Token, frame: Frame) -> bool:
    """An event noun that names a gathering (a meeting or a protest), so a phrase on it can be an occasion."""
    return occasion(noun, frame.lang) and any(c.type in GATHERING_TYPES and c.pos == "N" for c in cues_of(noun, frame.lang))


def _partnered(noun: Token) -> bool:
    """"during talks with Iran, Russia agreed ...": a meeting's partner may be whom the act is aimed at."""
    return any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in noun.children)


def _placed(thing: Token, frame: Frame) -> bool:
    """The object is a thing named with the country it is in ("a village in western Cambodia")."""
    return not actors_of(thing, frame, fallback=False) and any(
        h.actor.country and h.actor.sector is None for c in thing.children if c.dep_ == "prep" and c.lower_ in {"in", "of", "near"}
        for o in prep_objects(c)[1] for h in named_or_placed(o, frame) or (actors_of(o, frame) if o.pos_ == "PROPN" else []))


def _act_aimed(token: Token, frame: Frame) -> list[ActorHit]:
    """"warned of possible U.N. sanctions against North Korea": an act noun's against/on phrase names whom it is aimed
    at; its own modifiers ("U.N.") name its doer, no target."""
    if frame.lang != "en" or not any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in token.children) \
            or act_type(token, frame) is None:
        return []
    return [h for c in token.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
            for o in prep_objects(c)[1] for h in actors_of(o, frame, fallback=False)]


PLACE_PREPS = {"in", "into", "inside", "at", "to", "en", "a", "hacia"}


SITE_PREPS = {"outside", "at", "near", "before", "in front of", "to", "frente", "ante", "en"}


def embassy_aim(head: Token, frame: Frame, exclude: set[str]) -> list[ActorHit]:
    """"protested outside the U.S. embassy in Seoul": a protest held at a country's embassy is aimed at that country."""
    for child in head.children:
        if child.dep_ not in PREP_DEPS:
            continue
        prep, objects = prep_objects(child)
        for obj in objects:
            if prep in SITE_PREPS and lemma(obj, frame.lang) in foreign_missions():  # the actors layer's one list
                hits = [h for m in obj.children if m.dep_ in {"compound", "amod", "poss", "nmod:poss", "nmod"}
                        for h in actors_of(m, frame, fallback=False) if h.actor.country and h.actor.id not in exclude]
                if hits:
                    return hits[:1]
    return []


def protest_aim(trigger: Trigger, frame: Frame, exclude: set[str]) -> list[ActorHit]:
    """"staged demonstrations to demand the resignation of President X": a protest is against whom its
    purpose clause demands something from (PLOVER codes the demand inside the PROTEST)."""
    return purpose_aim(trigger, frame, exclude, {"advcl", "xcomp", "acl"})


SENT_TO_PREPS = {"to", "into"}


def purpose_aim(trigger: Trigger, frame: Frame, exclude: set[str], deps: set[str], places: bool = False) -> list[ActorHit]:
    """The nearest actor in the purpose clause of the act ("opened the bridge to allow the delivery of grain to
    Afghanistan", "sent personnel to investigate ..."): whom the act is done for, when its own phrase names no one."""
    head = trigger.token
    holders = list(trigger.tokens) + ([head.head] if head.dep_ in {"dobj", "obj"} else [])
    for holder in holders:
        for clause in holder.children:
            purpose = any(c.dep_ in {"aux", "mark"} and c.lower_ in {"to", "para"} for c in clause.children)
            if clause.dep_ in deps and purpose:
                hits = sent_to(clause, frame, exclude) if places else nearest_in_clause(clause, frame, exclude)
                if hits:
                    return hits
    return []


def sent_to(clause: Token, frame: Frame, exclude: set[str]) -> list[ActorHit]:
    """"... to allow the delivery of grain to Afghanistan": the one something is sent or delivered to in the clause
    (an actor, or the country of a place), not any actor the clause names ("to import British cheeses")."""
    return [h for t in clause.subtree if t.dep_ == "pobj" and t.head.lower_ in SENT_TO_PREPS
            for h in named_or_placed(t, frame) if h.actor.id not in exclude][:1]


SAID_TYPES = {"ACCUSE", "SUPPORT", "REQUEST", "REJECT"}  # "in Colombia, critics praised ...": where it was said


def where(head: Token, frame: Frame, exclude: set[str], event_type: str) -> list[ActorHit]:
    """Last resort: the place the act happens in or is directed at ("imposed a curfew in Algiers", "blew up
    power lines leading into Kabul"); PLOVER codes the location as the target when nobody else is."""
    heads = [head] + [c for c in head.children if c.dep_ == "xcomp"]  # "threatened to institute a curfew in Algiers"
    for entry in (c for c in head.children if c.dep_ in {"ccomp", "xcomp"} and lemma(c, frame.lang) in words("entry")):
        entered = [h for c in entry.children if c.dep_ in {"dobj", "obj"} for h in actors_of(c, frame, allow_poss=False)
                   if h.actor.id not in exclude]
        if entered:
            return entered[:1]  # "let aid trucks enter Gaza": the place let into
        heads.append(entry)  # "allowed the convoy to cross into Syria"
    said = lemma(head.head, frame.lang) in words("communication")  # "afirmó X en el Palacio Nacional": where it was said
    if head.dep_ in {"dobj", "obj", "xcomp"} and head.head.pos_ in {"VERB", "AUX"} and not said:
        heads.append(head.head)  # the light verb or the verb the act is the complement of
    queue = [(c, 0) for h in heads for c in h.children if c.dep_ in PREP_DEPS | {"dobj", "obj", "acl"}]
    while queue:
        child, depth = queue.pop(0)
        if attribution(child) or inside_denied(child, head, frame.lang):
            continue  # "according to The Herald": who reports it; "denied shelling villages in X": the charge
        if child.dep_ in PREP_DEPS:
            prep, objects = prep_objects(child)
            said_where = depth == 0 and event_type in SAID_TYPES and child.head == head
            if prep == "en" and event_type == "PROTEST" and frame.lang == "es":
                continue  # "desfilaron en París": where they marched (the event's location), not against whom
            if prep in PLACE_PREPS and not said_where:
                hits = [h for obj in objects for h in actors_of(obj, frame, allow_poss=False) if h.actor.id not in exclude]
                if hits:
                    return hits[:1]
            if prep in PLACE_PREPS and said_where:
                continue  # "signed the accord at the Casa de Nariño in Bogotá": all of it is where it was done
        if depth < 2:
            queue += [(c, depth + 1) for c in child.children if c.dep_ in PREP_DEPS | {"pobj", "acl", "obl", "nmod"}]
    return []


def complement_targets(head: Token, frame: Frame) -> list[ActorHit]:
    """Whom a demand, threat, promise or refusal is about: "demanded that the US cancel ..." (the
    complement's subject), "threatened to break relations with Russia", "threatened action against Russia"."""
    hits: list[ActorHit] = []
    for child in head.children:
        if inside_denied(child, head, frame.lang):
            continue  # "denied targeting Gaza's hospitals": the hospitals are in the charge, not addressed
        that_clause = child.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ in {"that", "que"} for c in child.children)
        # "its call for Japan to compensate victims": the for-clause's subject is asked
        for_clause = frame.lang == "en" and child.dep_ in {"advcl", "acl"} and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in child.children)
        # "China's threat to use force against Taiwan": a noun's to-infinitive is its content, like a verb's xcomp
        noun_infinitive = frame.lang == "en" and child.dep_ == "acl" and head.pos_ == "NOUN" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        # "threatened on Sunday to shoot down U.S. planes": the parser often makes the content infinitive an advcl
        to_advcl = frame.lang == "en" and child.dep_ == "advcl" and not any(c.dep_ in SUBJECT_DEPS | {"mark"} for c in child.children) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.dep_ == "ccomp" or that_clause or for_clause:  # "demanded that the US cancel", "its demand that Israel ease"
            subjects = [c for c in child.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
            hits += [h for subject in subjects for h in actors_of(subject, frame)]
            if not hits and frame.lang == "en":  # "warned that any attack on its territory by Israel would be met ..."
                hits += [h for subject in subjects if act_type(subject, frame) is not None
                         for h in act_agents(subject, frame, of_is_doer=False)]
            own = frame.lang == "en" and subjects and all(s.tag_ == "PRP" for s in subjects) and _speaker_again(head, hits, frame)
            # "denied that its troops had entered Lebanon", "the Turkish premier warned that Turkey would ...": the
            # speaker's own forces or state act; whom they act on is aimed at
            own = own or subjects and _speakers_own(head, hits, frame, all(own_thing(s) for s in subjects))
            if own:
                hits = []  # "warned that it would cut off water to Syria": the speaker itself acts; whom it aims at
            if not hits:
                hits += [h for c in child.children if c.dep_ in OBJECT_DEPS for h in actors_of(c, frame)]
            if not hits and own:
                hits += aimed(child, frame)
                hits += [h for c in child.children if c.dep_ in OBJECT_DEPS for h in aimed(c, frame)]
            if not hits and frame.lang == "en":  # "said lifting the sanctions on Cuba is out of the question"
                acts = [o for c in child.children if c.dep_ == "csubj" for o in c.children if o.dep_ in OBJECT_DEPS]
                hits += [h for o in acts for h in actors_of(o, frame) or aimed(o, frame)]
        elif child.dep_ == "xcomp" or noun_infinitive or to_advcl:
            hits += [h for c in child.children if c.dep_ in OBJECT_DEPS and not own_thing(c) for h in actors_of(c, frame)]
            hits += aimed(child, frame)
            hits += [h for c in child.children if c.dep_ in OBJECT_DEPS for h in aimed(c, frame)]
            if not hits and frame.lang == "en":  # "refused to let French troops stay": the subject of the inner clause
                hits += [h for c in child.children if c.dep_ in {"ccomp", "xcomp"}
                         for s in c.children if s.dep_ in SUBJECT_DEPS for h in actors_of(s, frame)]
            if not hits:  # "vowed to continue the war until Hamas is removed"
                hits += fought_until(child, frame)
        elif child.dep_ in OBJECT_DEPS:
            hits += aimed(child, frame)
            if not hits and frame.lang == "en":  # "accepted an invitation to visit China": the inner act's object
                acts = [c for c in child.children if c.dep_ == "acl" and any(a.lower_ == "to" for a in c.children)]
                hits += [h for c in acts for o in c.children if o.dep_ in OBJECT_DEPS and not own_thing(o)
                         for h in actors_of(o, frame)]
                # "accepted a proposal to end its border war with Ethiopia": whom the inner act's object is with
                hits += [h for c in acts for o in c.children if o.dep_ in OBJECT_DEPS for h in aimed(o, frame)] if not hits else []
        if hits:
            return hits
    return hits


OWN_POSSESSIVES = {"its", "their", "his", "her", "our", "su", "sus"}


def own_thing(token: Token) -> bool:
    """"pull its troops out of Lebanon", "recall their ambassador": what the actor itself owns is what it acts with,
    not whom it acts on (the target is in the phrase's from/out of/to complement)."""
    return any(c.dep_ in {"poss", "nmod:poss", "det"} and c.lower_ in OWN_POSSESSIVES for c in token.children)


def asked_for(head: Token, frame: Frame) -> list[ActorHit]:
    """"called for the Security Council to impose sanctions": the object of "for" that a to-infinitive follows is the
    one asked to act (the parser hangs the infinitive on the verb); else the subject of a clause on that object."""
    for child in head.children:
        if child.dep_ != "prep" or child.lower_ != "for":
            continue
        for obj in prep_objects(child)[1]:
            after = obj.right_edge.i + 1
            if after < len(obj.doc) and obj.doc[after].lower_ == "to" and obj.doc[after].dep_ == "aux":
                return actors_of(obj, frame)
            # "called for measures Iraq must take", "for a vote in which Timorese would decide": whom the clause on
            # the thing asked for makes act
            doers = [h for c in obj.children if c.dep_ in {"acl", "relcl"} for s in c.children
                     if s.dep_ in SUBJECT_DEPS and s.tag_ not in {"WDT", "WP"} and s.pos_ != "PRON" for h in actors_of(s, frame)]
            if doers:
                return doers
    return []


def _speakers_own(head: Token, hits: list[ActorHit], frame: Frame, owned: bool) -> bool:
    """The complement's subject belongs to the speaker's own country: a thing it owns ("its troops", ``owned``), or
    its state when the speaker speaks for the state ("Turkish Prime Minister Ciller warned that Turkey would ...";
    not "the opposition warned that the government would ...")."""
    speakers = [h for c in head.children if c.dep_ in SUBJECT_DEPS for h in actors_of(c, frame)]
    # a country the actor layer only inferred from the sentence ("the minister said Russia had ...") is no evidence
    countries = {h.actor.country for h in speakers if not h.actor.country_inferred} - {None}
    if not hits or not {h.actor.country for h in hits} <= countries:
        return False
    return owned or all(h.actor.sector in SPEAKING_SECTORS for h in speakers) and all(h.actor.sector in STATE_SECTORS for h in hits)


STATE_SECTORS = {None, "GOV"}  # a country named as such, or its government
SPEAKING_SECTORS = STATE_SECTORS | {"ELI"}  # "Borrell garantizó que la UE seguirá apoyando": its official speaks for it


def _speaker_again(head: Token, hits: list[ActorHit], frame: Frame) -> bool:
    """The complement's pronoun subject is the speaker itself ("Turkey warned that it would ...") or unresolved."""
    speakers = {h.actor.id for c in head.children if c.dep_ in SUBJECT_DEPS for h in actors_of(c, frame)}
    return not hits or {h.actor.id for h in hits} <= speakers


CONDITION_MARKS = {"if", "unless", "si", "menos", "salvo"}
END_MARKS = {"until", "till", "hasta"}
CAPTIVE_SECTORS = {"CVL", "REF", "JRN"}  # "until the hostages are freed": people to be freed are no foe


def condition_subject(head: Token, frame: Frame) -> list[ActorHit]:
    """"threatened to ban voting if Hamas ran", "unless Baghdad accepted": a threat is aimed at whoever must meet
    its condition."""
    clauses = [head] + [c for c in head.children if c.dep_ in {"xcomp", "ccomp"}]
    for clause in clauses:
        for child in clause.children:
            marks = {c.lower_ for c in child.children if c.dep_ in {"mark", "advmod", "case"}}
            if child.dep_ == "advcl" and marks & CONDITION_MARKS:
                subjects = [c for c in child.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
                hits = [h for subject in subjects for h in actors_of(relative_antecedent(subject), frame)]
                if hits:
                    return hits

    return []


HOSTILE_ACTS = {"ASSAULT", "COERCE"}  # besides the violence words of the actor layer ("war", "fighting")


def fought_until(clause: Token, frame: Frame) -> list[ActorHit]:
    """"vowed to continue the war until Hamas is removed from power": a promised or threatened fight that goes on
    until someone is beaten is aimed at that one (the until-clause's subject); not at people to be freed ("until the
    hostages are released")."""
    if frame.lang != "en":
        return []
    fights = [clause] + [c for c in clause.children if c.dep_ in OBJECT_DEPS | {"xcomp"}]
    if not any(act_type(f, frame) in HOSTILE_ACTS or death_words().get(lemma(f, frame.lang)) == "attack" for f in fights):
        return []
    for child in clause.children:
        marks = {c.lower_ for c in child.children if c.dep_ in {"mark", "advmod"}}
        if child.dep_ == "advcl" and marks & END_MARKS:
            subjects = [c for c in child.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
            hits = [h for subject in subjects for h in actors_of(subject, frame, fallback=False)
                    if h.actor.sector not in CAPTIVE_SECTORS]
            if hits:
                return hits
    return []


def aimed(token: Token, frame: Frame) -> list[ActorHit]:
    """Actors in the against/on/with/to/from/into complements of ``token``."""
    hits: list[ActorHit] = []
    for child in token.children:
        if child.dep_ in PREP_DEPS:
            prep, objects = prep_objects(child)
            if prep in TARGET_PREPS | PARTNER_PREPS | RECIPIENT_PREPS | {"from"}:  # "the Ohio chapter of the ACLU"
                hits += [h for obj in objects for h in (frame.lang == "en" and unit_owner(obj, frame)) or actors_of(obj, frame)]
    return hits


def reached_receivers(trigger: Trigger, frame: Frame, exclude: set[str]) -> list[ActorHit]:
    """"Aid from the EU reached the refugees", "food aid went to Somali villagers": an aid noun that is the subject of
    a verb of arriving (cue list ``arriving``) is received by that verb's object or to-phrase."""
    noun = trigger.token
    if not trigger.is_nominal or noun.dep_ != "nsubj" or lemma(noun.head, frame.lang) not in words("arriving"):
        return []
    verb = noun.head
    receivers = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    receivers += [o for c in verb.children if c.dep_ in PREP_DEPS and prep_objects(c)[0] == "to" for o in prep_objects(c)[1]]
    return [h for r in receivers for h in actors_of(r, frame) if h.actor.id not in exclude]


def relative_antecedent(subject: Token) -> Token:
    """"who"/"que" subjects of relative clauses stand for the noun the clause modifies."""
    if subject.tag_ in {"WDT", "WP"} or subject.lower_ in {"que", "quien", "quienes", "who", "which", "that"}:
        clause = subject.head
        if clause.dep_ in {"relcl", "acl"}:
            return clause.head
    return subject


def issuing_state(trigger: Trigger, frame: Frame) -> list[ActorHit]:
    """Who withdrew a document a state issues ("the revocation of Petro's US visa", "la visa estadounidense de X"):
    the state named on the document (its compound or adjective), when no agent is named. A visa is revoked by the
    state that granted it, not by its holder."""
    documents = words("issued_document")
    token = trigger.token
    candidates = list(trigger.tokens[1:]) + [c for c in token.children if c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    candidates += [o for c in token.children if c.dep_ in PREP_DEPS for o in prep_objects(c)[1]]
    hits: list[ActorHit] = []
    for noun in candidates:
        if lemma(noun, frame.lang) not in documents and noun.lower_ not in documents:
            continue
        for child in noun.children:
            if child.dep_ not in {"compound", "amod", "nn"}:
                continue  # "Petro's visa", "la visa de Petro": the possessor holds it
            hit = actor_at_token(child, frame)
            if hit is not None and hit.actor.country and hit.actor.sector in {None, "GOV"}:
                hits.append(hit)
    return hits


def accused_doers(head: Token, frame: Frame, clauses: bool = True) -> list[ActorHit]:
    """Whom an accusation or investigation is aimed at when its object is an act with a doer: "condemned the
    killings of civilians by Ethiopian troops", "investigating war crimes committed by Russian soldiers",
    "an investigation into abuses by the police" (the doer, not the victims, is accused). ``clauses``: also doers
    named in a clause on the act ("the killings committed by X", "the decision Israel announced")."""
    acts = [c for c in head.children if c.dep_ in {"dobj", "obj"}]
    acts += [o for c in head.children if c.dep_ == "prep" and c.lower_ in {"into", "of", "over", "for"}
             for o in c.children if o.dep_ == "pobj"]
    agents = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "by"] if _active_with_subject(head) else []
    for act in acts:
        agents += [c for c in act.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"]
        if act_type(act, frame) is not None:  # "protested the detention of a scholar by Chinese police": the parser
            agents += [g for o in _of_objects(act) for g in o.children  # hangs the act's by-phrase on its object
                       if g.dep_ in {"prep", "agent"} and g.lower_ == "by"]
        agents += [g for c in act.children if c.dep_ in {"acl", "relcl"} and clauses
                   and not recording_clause(c, frame.lang)  # "the killings documented by HRW": HRW is no doer
                   for g in c.children if g.dep_ in {"agent", "prep"} and g.lower_ == "by"]
        agents += blamed_on(act) if clauses else []  # "a drone strike on a dormitory, which Moscow blamed on Kyiv"
    hits = [h for agent in agents for obj in prep_objects(agent)[1] for h in actors_of(obj, frame, fallback=False)]
    if hits or not clauses:
        return hits
    return [h for act in acts for h in clause_doers(act, frame)]  # "condemned the decision Israel announced"


def _of_objects(act: Token) -> list[Token]:
    return [o for c in act.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]


def _active_with_subject(verb: Token) -> bool:
    """An active verb naming its own subject: a "by" phrase on it is no agent of it ("condemned the killings
    by troops" is parsed with "by troops" on "condemned")."""
    passive = any(c.dep_ in {"auxpass", "aux:pass", "nsubjpass", "nsubj:pass"} for c in verb.children)
    return verb.pos_ in {"VERB", "AUX"} and not passive and any(c.dep_ in SUBJECT_DEPS for c in verb.children)

