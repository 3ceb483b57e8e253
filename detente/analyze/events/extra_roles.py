"""Who did or suffered an act told by a noun or a harm clause (English), wordings the core argument rules miss: an
attack noun as the subject of a harm verb, the subject of "came under attack", "died in an ambush", the doer of
"when an IED emplaced by militants detonated", and the country an attack came from."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of, prep_objects
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import cues_of, words
from detente.analyze.events.place_countries import named_or_placed
from detente.analyze.events.site_modifiers import names_site

AGENT_MODIFIERS = {"poss", "nmod:poss", "compound", "amod"}
AIM_PREPS = {"on", "against", "upon"}


def act_type(noun: Token, frame: Frame) -> str | None:
    """The event type of ``noun`` when it names an event the lexicon knows ("the bombing", "Russia's shelling")."""
    if noun.pos_ != "NOUN":
        return None
    cues = [c for c in cues_of(noun, frame.lang) if c.pos == "N" and len(c.words) == 1]
    return cues[0].type if cues else None


def act_agents(noun: Token, frame: Frame, of_is_doer: bool) -> list[ActorHit]:
    """Who did the act an event noun names: its possessor or nationality modifier, or its by-phrase ("the bombing
    of a school by Israeli jets killed 20": the jets, not the school, killed). Its of-complement is its object,
    except for acts whose of-complement is the doer ("the deployment of NATO troops", ``of_is_doer``)."""
    hits: list[ActorHit] = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of" and of_is_doer:
            hits += [h for obj in prep_objects(child)[1] for h in actors_of(obj, frame)]
        elif child.dep_ in AGENT_MODIFIERS and child.i < noun.i and not (frame.lang == "en" and names_site(child)):
            hits += actors_of(child, frame, fallback=False)
        elif child.dep_ in {"prep", "agent"} and child.lower_ == "by":
            hits += [h for obj in prep_objects(child)[1] for h in actors_of(obj, frame)]
        elif child.dep_ == "prep" and child.lower_ in AIM_PREPS:  # "any attack on its territory by Israel": the
            hits += [h for obj in prep_objects(child)[1] for g in obj.children  # parser hangs "by" on the aim
                     if g.dep_ in {"prep", "agent"} and g.lower_ == "by"
                     for o in prep_objects(g)[1] for h in actors_of(o, frame)]
        elif child.dep_ in {"acl", "relcl"}:  # "the attack carried out by militants"
            hits += [h for g in child.children if g.dep_ in {"agent", "prep"} and g.lower_ == "by"
                     for obj in prep_objects(g)[1] for h in actors_of(obj, frame)]
    return hits


SUFFERER_NOUNS = {"target", "victim"}  # "X were the target / victims of an attack"
HARMED_TYPES = {"ASSAULT", "COERCE"}


def under_attack(noun: Token, frame: Frame, event_type: str | None = None) -> list[ActorHit]:
    """"Kharkiv came under heavy Russian bombardment", "the minister is under investigation": the subject of the
    verb whose under-phrase names the act is its target. So, for attacks and coercion, is the passive subject of a
    verb whose by-agent is the act ("a Turkish convoy was hit by an air strike") and the subject that is the
    target or victim of the act ("Pakistani police were the target of a suicide attack")."""
    if noun.dep_ != "pobj" or noun.head.head.pos_ not in {"VERB", "AUX", "NOUN"}:
        return []
    governor = noun.head.head
    if noun.head.lower_ == "under" and governor.pos_ != "NOUN":
        if lemma(governor, frame.lang) not in words("under_fire"):
            return []
        return [h for c in governor.children if c.dep_ in {"nsubj", "nsubjpass"} for h in actors_of(c, frame)]
    if event_type not in HARMED_TYPES or frame.lang != "en":
        return []
    if noun.head.lower_ == "by" and noun.head.dep_ == "agent":
        return [h for c in governor.children if c.dep_ == "nsubjpass" for h in actors_of(c, frame)]
    if suffered_of(noun, frame.lang) and governor.dep_ == "attr" and lemma(governor.head, frame.lang) in {"be", "become"}:
        return [h for c in governor.head.children if c.dep_ == "nsubj" for h in actors_of(c, frame)]
    return []


# "died in an ambush": the subject suffered the attack (not "killed"/"wounded", triggers of their own whose event
# the attack noun merges with)
VICTIM_VERBS = {"die", "perish", "suffer", "survive", "escape"}
HARM_PREPS = {"in", "during", "by", "from", "after", "on", "amid"}  # "died on the second day of fighting"


def harmed_in(noun: Token, frame: Frame) -> list[ActorHit]:
    """"Three Israeli soldiers died in a Palestinian ambush", "two soldiers died in a wave of attacks": an attack
    named in the phrase that tells how the subject died is aimed at that subject."""
    current = noun
    for _ in range(2):
        if current.dep_ != "pobj" or current.head.lower_ not in HARM_PREPS | {"of"}:
            return []
        holder = current.head.head
        if holder.pos_ in {"VERB", "AUX"} and current.head.lower_ in HARM_PREPS:
            if lemma(holder, frame.lang) not in VICTIM_VERBS:
                return []
            return [h for c in holder.children if c.dep_ == "nsubj" for h in actors_of(c, frame)]
        if holder.pos_ not in {"NOUN", "NUM"}:
            return []
        current = holder  # "a wave of attacks", "a series of bombings"
    return []


def suffered_of(noun: Token, lang: str) -> bool:
    """The act noun is the of-complement of "target" or "victim" ("the victims of a drone strike")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
        and lemma(noun.head.head, lang) in SUFFERER_NOUNS


ARMED_SECTORS = {"MIL", "COP", "REB", "PRM", "UAF", "CRM"}
WHEN_MARKS = {"when", "as", "after", "while"}


def harm_doers(verb: Token, frame: Frame) -> list[ActorHit]:
    """"Eleven people were killed when an IED emplaced by militants detonated": the doer named in the clause that
    tells how the harm came about (its by-agent, or an armed subject) did the harm."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.lower_ in WHEN_MARKS for c in clause.children if c.dep_ in {"advmod", "mark"}):
            continue
        hits = [h for c in clause.subtree if c.dep_ in {"agent"} or (c.dep_ == "prep" and c.lower_ == "by")
                for obj in prep_objects(c)[1] for h in actors_of(obj, frame)]
        hits += [h for c in clause.children if c.dep_ == "nsubj" for h in actors_of(c, frame, fallback=False)
                 if h.actor.sector in ARMED_SECTORS]
        if hits:
            return hits
    return []


def participle_agents(subject: Token, frame: Frame) -> list[ActorHit]:
    """"An explosive emplaced by UNLF militants detonated": a subject that names no actor but carries a participle
    with a by-agent was set to act by that agent."""
    return [h for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN"
            for g in c.children if g.dep_ in {"agent", "prep"} and g.lower_ == "by"
            for obj in prep_objects(g)[1] for h in actors_of(obj, frame)]


def origin_doers(token: Token, frame: Frame) -> list[ActorHit]:
    """"Two soldiers were killed by shelling from Lebanese territory", "Israel was attacked from Syria", "rockets fired
    from Gaza hit Sderot": an attack with no named doer comes from the country it is launched from (the from-phrase
    of the act, or of the participle on the weapon that is its subject)."""
    holders = [token] + [a for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}
                         for a in c.children if a.dep_ == "acl" and a.tag_ == "VBN"]
    # "were killed by shelling from across the Lebanese border": the from-phrase of the act named in the agent
    holders += [o for c in token.children if c.dep_ == "agent" for o in prep_objects(c)[1]]
    for holder in holders:
        for child in holder.children:
            if child.dep_ != "prep":
                continue
            prep, objects = prep_objects(child)
            if prep != "from":
                continue
            # "from across the border", "from inside Syria": the place after the inner preposition
            objects = objects or [o for c in child.children if c.dep_ == "prep" for o in prep_objects(c)[1]]
            hits = [h for o in objects for h in named_or_placed(o, frame)
                    if h.actor.country]
            if hits:
                return hits[:1]
    return []
