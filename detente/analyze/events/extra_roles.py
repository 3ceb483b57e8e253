"""Participant readings for wordings the core argument rules miss (English): an attack noun as the subject of a
harm verb, the subject of "came under attack", and the country of a target that has none of its own."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import PREP_DEPS, ActorHit, Frame, actors_of, place_under, prep_objects
from detente.analyze.events.inner_clauses import content_clause, inner_clause_place
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.sentence_words import token_at
from detente.analyze.events.lexicon import cues_by_trigger, words

AGENT_MODIFIERS = {"poss", "nmod:poss", "compound", "amod"}
AIM_PREPS = {"on", "against", "upon"}
PLACE_PREPS = {"in", "from", "near", "inside", "across", "of", "outside", "at", "to"}
PLACE_DEPTH = 3


def act_type(noun: Token, frame: Frame) -> str | None:
    """The event type of ``noun`` when it names an event the lexicon knows ("the bombing", "Russia's shelling")."""
    if noun.pos_ != "NOUN":
        return None
    cues = [c for c in cues_by_trigger(frame.lang).get(lemma(noun, frame.lang), ()) if c.pos == "N" and len(c.words) == 1]
    return cues[0].type if cues else None


def act_agents(noun: Token, frame: Frame, of_is_doer: bool) -> list[ActorHit]:
    """Who did the act an event noun names: its possessor or nationality modifier, or its by-phrase ("the bombing
    of a school by Israeli jets killed 20": the jets, not the school, killed). Its of-complement is its object,
    except for acts whose of-complement is the doer ("the deployment of NATO troops", ``of_is_doer``)."""
    hits: list[ActorHit] = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of" and of_is_doer:
            hits += [h for obj in prep_objects(child)[1] for h in actors_of(obj, frame)]
        elif child.dep_ in AGENT_MODIFIERS and child.i < noun.i:
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


def placed_targets(targets: list[ActorHit], sources: list[ActorHit], doc_tokens, frame: Frame) -> list[ActorHit]:
    """A target with no country of its own ("refugees fleeing the war in Liberia", "the Europe Bridge spanning the
    Rhine from France to Germany", the city "Kharkiv") is aimed at the country of the place it is named with or
    is: that country joins the targets (PLOVER codes the location's country when the target has none)."""
    source_countries = {h.actor.country for h in sources}
    if not targets or any(_own_country(h, source_countries) for h in targets):
        return targets
    taken = {h.actor.id for h in targets} | {h.actor.id for h in sources}
    kept: list[ActorHit] = []
    added: list[ActorHit] = []
    for hit in targets:
        head = _head_token(hit, doc_tokens, frame)
        place = None
        for found in _place_country(head, frame) if head is not None else []:
            if found.actor.id not in taken and found.actor.country and found.actor.country not in source_countries:
                place = found
                break
        if place is not None:
            added.append(place)
            taken.add(place.actor.id)
        if place is None or not hit.actor.country:
            kept.append(hit)  # a country only guessed from the context gives way to the place ("rebel-held districts of Aleppo")
    return kept + added


def _own_country(hit: ActorHit, source_countries: set) -> bool:
    """The target has a country of its own: not none, and not one the actor layer only inferred from the context
    that is the doers' own ("Russian jets bombed rebel-held districts": the rebels took Russia from the context)."""
    return bool(hit.actor.country) and not (hit.actor.country_inferred and hit.actor.country in source_countries)


PLACED_TYPES = {"ASSAULT"}  # not a measure ("imposed a curfew in Dili"): implied_sides reads its place


def placed_objects(verb: Token, frame: Frame) -> list[ActorHit]:
    """"Kurdish rebel bases in northern Iraq were bombed by Turkish jets": an object (or passive subject) of an
    attack or coercion that names no actor is aimed at the country of the place it is, or is named with."""
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    deps = {"dobj", "obj"} | ({"nsubjpass"} if passive else set())
    for child in verb.children:
        if child.dep_ in deps and child.pos_ in {"NOUN", "PROPN"} and not actors_of(child, frame, fallback=False):
            hits = _place_of(child, frame)
            if hits:
                return hits
    return []


def _place_of(head: Token, frame: Frame) -> list[ActorHit]:
    """The country of ``head`` when it is a place, else of a place in its in/of/near phrases, two deep ("bases in
    northern Iraq", "districts of Aleppo"): only place mentions, not other actors named there."""
    own = place_country_actor(head, frame)
    if own:
        return own
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS):
        for obj in prep_objects(prep)[1]:
            hits = place_country_actor(obj, frame) or [h for p in obj.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
                                                       for o in prep_objects(p)[1] for h in place_country_actor(o, frame)]
            if hits:
                return hits[:1]
    return []


def _head_token(hit: ActorHit, doc_tokens, frame: Frame) -> Token | None:
    """The syntactic head of the hit's span in the sentence's tokens."""
    inside = [t for t in doc_tokens if hit.start <= frame.offset + t.idx < hit.end]
    return next((t for t in inside if not (hit.start <= frame.offset + t.head.idx < hit.end) or t.head.i == t.i), None)


def _place_country(head: Token, frame: Frame) -> list[ActorHit]:
    """The country of ``head`` when it is a place, else of the first place or country named in its phrase."""
    own = place_country_actor(head, frame)
    if own:
        return own
    queue = [(c, 1) for c in head.children if c.dep_ in PREP_DEPS | {"acl", "relcl", "poss", "compound"}]
    while queue:
        token, depth = queue.pop(0)
        if token.dep_ in PREP_DEPS:
            prep, objects = prep_objects(token)
            if prep in PLACE_PREPS:
                for obj in objects:
                    hits = [h for h in actors_of(obj, frame, allow_poss=True, fallback=False) if h.actor.country]
                    hits = hits or place_country_actor(obj, frame)
                    if hits:
                        return hits
        elif token.dep_ in {"poss", "compound"}:
            hits = [h for h in actors_of(token, frame, fallback=False) if h.actor.country] or place_country_actor(token, frame)
            if hits:
                return hits
        elif token.dep_ in {"dobj", "obj"} and token.head.dep_ == "acl":  # "refugees fleeing Ghana": the place left
            hits = [h for h in actors_of(token, frame, fallback=False) if h.actor.country and h.actor.sector is None]
            hits = hits or place_country_actor(token, frame)
            if hits:
                return hits
        if depth < PLACE_DEPTH:
            queue += [(c, depth + 1) for c in token.children if c.dep_ in PREP_DEPS | {"pobj", "dobj", "acl", "poss", "compound"}]
    return []


def named_or_placed(token: Token, frame: Frame) -> list[ActorHit]:
    """The actors ``token``'s phrase names, else the country of the place it names (a country the actor layer read
    only as a place stands for itself: "the claims that came from Bolivia")."""
    return actors_of(token, frame, fallback=False) or place_country_actor(token, frame)


def place_country_actor(token: Token, frame: Frame) -> list[ActorHit]:
    """An actor for the country of the place mention covering ``token`` (an existing country actor when the
    article has one, else one added for the place with its country)."""
    place = place_under(token, frame)
    if place is None:
        return []
    return [_country_actor(place.place.country, place, frame, unlike=place.text)]


def _country_actor(country: str, mention, frame: Frame, unlike: str | None = None) -> ActorHit:
    """The article's actor for ``country`` (one with no sector, not named ``unlike``), else one added for the place
    ``mention`` with that country; either way found at the mention."""
    from detente.analyze.actors.coding import ActorCode
    from detente.analyze.events.fallback import add_actor

    for actor in frame.analysis.actors:
        if actor.country == country and actor.sector is None and actor.name != unlike:
            return ActorHit(actor, mention.start, mention.end)
    code = ActorCode(name=mention.text, country=country, sector=None, kind="place")
    return ActorHit(add_actor(frame, code, mention.text, mention.start, mention.end), mention.start, mention.end)


def fold_outcomes(coded: list, analysis) -> list:
    """"The bombing of a school by Israeli jets killed 20 people": the harm verb whose subject is the attack noun
    tells the outcome of that one act; the verb's event folds into the noun's (its victims become the noun's
    targets when the noun names none with a country), so the sentence has one attack, told by its own words.
    Victims whose country the actor layer only inferred from the context and that is the doers' own are left out
    ("Russia's shelling of Kharkiv killed five civilians" does not make Russia the target)."""
    if len(coded) < 2:
        return coded  # nothing to fold into
    inferred = {actor.id for actor in analysis.actors if actor.country_inferred}
    by_token = {trigger.token.i: (trigger, event) for trigger, event in coded}
    folded: set[int] = set()
    for trigger, event in coded:
        if trigger.is_nominal:
            continue
        subjects = [c for c in trigger.token.children if c.dep_ in {"nsubj", "nsubjpass"}]
        host = next((by_token[s.i] for s in subjects if s.i in by_token and by_token[s.i][1].type == event.type), None)
        if host is None:
            continue
        _, noun_event = host
        doers = {a.country for a in noun_event.source or event.source}
        victims = [a for a in event.target if not (a.id in inferred and a.country in doers)]
        if not any(a.country for a in noun_event.target) and victims:
            noun_event.target = victims
            noun_event.evidence.target = event.evidence.target
        noun_event.source = noun_event.source or event.source
        noun_event.confidence = max(noun_event.confidence, event.confidence)
        folded.add(id(event))
    return [(t, e) for t, e in coded if id(e) not in folded]


# acts two parties do together, at a venue that is no party: "Ethiopia and Eritrea signed a ceasefire in Algiers",
# "Sudan and Chad restored relations in Tripoli" (not AID: "in Rwanda" is where the aid goes)
JOINT_ACTS = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "RETREAT", "CONCEDE"}
LOCATED_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "PROTEST", "CONCEDE"}


def located_targets(events: list, sent, frame: Frame) -> None:
    """Last resort for acts done somewhere (attacks, arrests, deployments, protests, concessions), once the
    sentence's events are merged: with no recipient read, the country of the event's resolved location is the
    target (PLOVER codes the location when no one else is named): "Bashir shortened the curfew imposed in
    Sudan". The event's confidence is left as it was (a fallback, not a read argument)."""
    from detente.model import Span

    for event in events:
        if event.target or not event.source or event.type not in LOCATED_TYPES:
            continue
        hit = _location_actor(event.location, sent, frame)
        parties = {a.country for a in event.source} - {None}
        if hit is not None and event.type in JOINT_ACTS and len(parties) > 1 and hit.actor.country not in parties:
            continue  # "Ethiopia and Eritrea signed a ceasefire in Algiers": a third country's venue is no party
        trigger = event.evidence.trigger
        doer = event.evidence.source
        if hit is not None and (doer is not None and hit.start < doer.end and doer.start < hit.end
                                or hit.end <= trigger.start and _modifies(hit, trigger, sent, frame)):
            continue  # "Yemen's missile attack": the place names the doer, not where it struck
        if hit is not None and any(a.id == hit.actor.id or a.sector is None and a.country == hit.actor.country
                                   for a in event.source):
            continue  # "Pakistan banned the group": a state acting at home is not its own recipient
        if hit is not None and _names_group(trigger, sent, frame):
            continue  # "a militant group outlawed by Musharraf": the group, unresolved, is the recipient
        if hit is not None and inner_clause_place(hit, trigger, sent, frame):
            continue  # "apologized for a report that troops inside a hospital in Gaza shot": another act's place
        if hit is not None:
            event.target = [hit.actor.ref()]
            event.evidence.target = Span(hit.start, hit.end)


def _names_group(trigger, sent, frame: Frame) -> bool:
    from detente.analyze.events.named_as import named_group_recipient

    head = token_at(sent.doc, trigger.start - frame.offset)
    return head is not None and named_group_recipient(head)


def _modifies(hit: ActorHit, trigger, sent, frame: Frame) -> bool:
    """The place mention is a possessor or modifier of the trigger noun ("Yemen's missile attack")."""
    head = token_at(sent.doc, trigger.start - frame.offset)
    if head is None or frame.offset + head.idx != trigger.start or not sent.start <= head.i < sent.end:
        return False
    return any(hit.start <= frame.offset + t.idx < hit.end for c in head.children if c.dep_ in {"poss", "compound", "amod"}
               for t in c.subtree)


def _location_actor(location, sent, frame: Frame) -> ActorHit | None:
    """An actor for the country of ``location`` (the article's country actor, else one for the place mention)."""
    if location is None or not location.country:
        return None
    start, end = frame.offset + sent.start_char, frame.offset + sent.end_char
    mention = next((p for p in frame.analysis.places if start <= p.start < end and p.place.country == location.country), None)
    return None if mention is None else _country_actor(location.country, mention, frame)


OBJECTED_PREPS = {"over", "against", "about", "at", "on", "into", "of", "for", "to"}
MAKER_PREPS = {"by", "from"}
REPORT_NOUNS = {"report", "claim", "allegation", "charge", "rumour", "rumor", "story"}  # what a medium carries
UNDERTAKING_TYPES = {"AGREE", "SUPPORT", "AID", "COOPERATE"}  # promises, pledges, commitments, agreements  # who made the thing objected to: "a law passed by parliament", "demands from Washington"


def objected_doers(head: Token, frame: Frame, reports: bool = True) -> list[ActorHit]:
    """Whom a protest, refusal or demand is aimed at when what it objects to is a thing someone did: "protested
    against a law passed by parliament", "stopped work over a bill signed by the labour minister", "demanded the
    return of property seized by government forces": the doer named in the thing's by-phrase."""
    things = [c for c in head.children if c.dep_ in {"dobj", "obj"}]
    things += [o for c in head.children if c.dep_ == "prep" and c.lower_ in OBJECTED_PREPS for o in prep_objects(c)[1]]
    things += [o for t in list(things) for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in prep_objects(c)[1]]
    agents = [c for t in things for c in t.children if c.dep_ in {"prep", "agent"} and c.lower_ in MAKER_PREPS]
    # "the demands that came from the European Union", "a law passed by parliament"
    agents += [g for t in things for c in t.children if c.dep_ in {"acl", "relcl"} for g in c.children
               if g.dep_ in {"agent", "prep"} and g.lower_ in MAKER_PREPS]
    # "the claims that came from Bolivia": a country the actor layer read only as a place stands for itself
    hits = [h for agent in agents for obj in prep_objects(agent)[1]
            for h in named_or_placed(obj, frame)]
    hits = hits or [h for t in things for h in clause_doers(t, frame)]
    # ``reports``: the medium a denied report appeared in (a refusal or protest, not an acceptance)
    return hits or [h for t in things for h in (_reporters(t, frame) if reports else []) + _promised_to(t, frame)]


def _reporters(thing: Token, frame: Frame) -> list[ActorHit]:
    """"denied reports which appeared in the Israeli press": the medium a report or claim appeared in made it."""
    if lemma(thing, frame.lang) not in words("communication") | REPORT_NOUNS:
        return []
    holders = [thing] + [c for c in thing.children if c.dep_ in {"acl", "relcl"}]
    return [h for holder in holders for c in holder.children if c.dep_ == "prep" and c.lower_ == "in"
            for o in prep_objects(c)[1] for h in actors_of(o, frame, fallback=False)][:1]


def _promised_to(thing: Token, frame: Frame) -> list[ActorHit]:
    """"reneged on its promise to the miners", "backed out of its agreement with Russia": an undertaking is broken
    towards whom it was made to or with."""
    if act_type(thing, frame) not in UNDERTAKING_TYPES:
        return []
    holders = [thing] + ([thing.head] if thing.dep_ in {"dobj", "obj"} else [])  # "rejected its pledge to Togo": the
    holders += [thing.head.head] if thing.dep_ == "pobj" and thing.head.head.pos_ == "VERB" else []  # parser hangs
    return [h for holder in holders for c in holder.children  # "to Togo" on the verb ("reneged on its pledge to ...")
            if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "with"}
            for o in prep_objects(c)[1] for h in named_or_placed(o, frame)][:1]


def clause_doers(thing: Token, frame: Frame) -> list[ActorHit]:
    """The subject of a relative clause on ``thing`` that tells who made or did it ("the proposal, which North Korea
    made", "the plan Israel announced"): the one whose thing is objected to or condemned. Not a relative pronoun
    subject ("the law that bans ...": the thing itself) nor a personal pronoun. The parser labels some relative
    clauses acl with "that" as their object ("the plan that Washington proposed"); a content clause ("claims that Iran
    armed the rebels") has "that" as its mark and names no maker."""
    return [h for c in thing.children if (c.dep_ == "relcl" or c.dep_ == "acl" and _object_relative(c))
            and c.pos_ in {"VERB", "AUX"} and not content_clause(c)
            for s in c.children if s.dep_ in {"nsubj"} and s.pos_ != "PRON" and s.tag_ not in {"WDT", "WP"}
            for h in actors_of(s, frame, fallback=False)]


def _object_relative(clause: Token) -> bool:
    """An acl whose object is a relative word: a relative clause the parser did not label relcl."""
    return any(c.dep_ in {"dobj", "obj"} and c.tag_ in {"WDT", "IN"} and c.lower_ in {"that", "which"}
               for c in clause.children)


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


def placed_aims(head: Token, preps: set, frame: Frame) -> list[ActorHit]:
    """"fired rockets into Israel", "sent aid to Gaza": the place a directed act is aimed at or sent to, when the actor
    layer read it only as a place, stands for its country (PLOVER codes the country of a place that is acted on)."""
    for child in head.children:
        if child.dep_ not in PREP_DEPS:
            continue
        prep, objects = prep_objects(child)
        if prep not in preps:
            continue
        hits = [h for o in objects if not actors_of(o, frame, fallback=False) for h in place_country_actor(o, frame)]
        if hits:
            return hits[:1]
    return []


RECIPROCAL_VERBS = {"trade", "exchange", "swap"}  # "traded accusations", "exchanged fire": each side at the other
RECIPROCAL_PRONOUNS = {"each other", "one another"}
FOE_PREPS = {"against", "contra"}


def reciprocal(head: Token, frame: Frame) -> bool:
    """The act is done by each party to the other: a verb of exchange carries it ("traded accusations", "exchanged
    fire"), or "each other" / "one another" is its object ("accused each other")."""
    verb = head.head if head.dep_ in {"dobj", "obj"} else head
    if lemma(verb, frame.lang) in RECIPROCAL_VERBS or lemma(head, frame.lang) in RECIPROCAL_VERBS:
        return True
    words_after = " ".join(t.lower_ for t in verb.subtree if t.i > verb.i)
    return any(pronoun in words_after for pronoun in RECIPROCAL_PRONOUNS)


def common_foes(head: Token, frame: Frame, sole: bool = False) -> set[int]:
    """Article offsets of the words in the against/contra phrases below a cooperative act: "would cooperate with
    Washington against the armed groups" names a common foe, not a party to the cooperation. A ``sole`` party's
    agreement to a hostile act ("the Council agreed to sanctions against Libya") is aimed at whom that act is."""
    foes = _words_in_phrases(head, frame, FOE_PREPS)
    if sole and foes and frame.lang == "en":
        foes -= {frame.offset + t.idx for act in head.subtree if act.dep_ == "pobj" and act.head.lower_ == "to"
                 and act.head.head.i == head.i and act_type(act, frame) in HOSTILE_ACTS
                 for c in act.children if c.dep_ == "prep" and c.lower_ in FOE_PREPS for t in c.subtree}
    return foes


HOSTILE_ACTS = {"ASSAULT", "COERCE", "SANCTION"}


CONCESSIVE_PREPS = {"despite", "notwithstanding"}


def conceded(head: Token, frame: Frame) -> set[int]:
    """Article offsets of the words in the despite-phrases below the trigger: "agreed to extend the mandate
    despite Israel's wish for a shorter period" names who is overridden, not a party to the act."""
    return _words_in_phrases(head, frame, CONCESSIVE_PREPS)


def _words_in_phrases(head: Token, frame: Frame, preps: set[str]) -> set[int]:
    """Article offsets of the words of every ``preps`` phrase below ``head``."""
    from detente.analyze.events.clause_shape import mentions_any, oblique  # clause_shape reads targets, which reads us

    if not mentions_any(head, preps):
        return set()  # no such preposition in the paragraph: the subtree walk is saved
    return {frame.offset + t.idx for child in head.subtree if child.dep_ in PREP_DEPS or oblique(child)
            for prep, objects in [prep_objects(child)] if prep in preps for o in objects for t in o.subtree}
