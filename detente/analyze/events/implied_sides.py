"""The side a sentence leaves unnamed, where the codebook's conventions imply it: the recipient of a protest or of a
coercive measure, the doer of an arrest or of a bombing in a country.

- A protest is carried out against authorities (PLOVER PROTEST: "collective actions carried out as protests against
  the recipient"): "Algerian landowners began a hunger strike outside Parliament" protests against Algeria's rulers.
- A curfew, ban, restriction or mass deportation with no named recipient ("troops imposed a curfew in Hebron")
  falls on the people of the place; not an arrest, a seizure or a destruction, whose recipient is someone the
  sentence did not resolve ("Judi is still held captive"), nor land occupied (its owner is another).
- An arrest or a curfew told without its doer (a passive or a noun: "a missionary was arrested in Lebanon", "the
  arrests of 40 suspects") is the act of the authorities of the country where it happens.
- A conviction, charge or investigation told without its doer ("a journalist was sentenced to ten years in Iran")
  is the act of the authorities of the country where it happens.
- When the sentence of such an arrest or court's act names no place, the country is the case's that the sentences
  just before tell (case_country.py: "died at a detention centre in Manhattan. ... a month after he was arrested").
- A bombing, shooting, assassination or kidnapping with no named perpetrator ("a roadside bomb near Samarra killed a
  U.S. soldier") is coded, as event data conventionally do, to unidentified attackers of the country where it
  happens; air strikes, shelling and drone strikes are not (their doer is often a foreign state).
- Victims the actor layer gave no country ("83 people were wounded in the attack") are of the country where a foreign
  attack hit them (struck_country.py): that country joins the targets.

The country is the event's place's (for a recipient, else the one country its actors share). The side is the
article's actor for that state when there is one ("the French government", "Algeria"; not a person or a province), else an implied actor
(``country_inferred``, no mention) standing for its authorities, its people or its unidentified attackers.
"""
from __future__ import annotations

from detente.analyze.context import Analysis
from detente.analyze.events.case_country import case_country
from detente.analyze.events.continued_authorities import continue_authorities
from detente.analyze.events.lexicon import words
from detente.analyze.events.named_as import named_group_recipient
from detente.analyze.events.paired_parties import add_pair_parties
from detente.analyze.events.protest_venues import home_venue
from detente.analyze.events.self_targets import not_self
from detente.analyze.events.stance_modifiers import stance_actor, stance_recipient
from detente.analyze.events.struck_country import countryless, struck_country
from detente.analyze.events.recalled_attacks import recall_attackers
from detente.analyze.events.story_attacker import recall_story_attacker
from detente.model import Actor, Event

AUTHORITIES = "Authorities (implied)"
POPULATION = "Population (implied)"
ATTACKERS = "Unidentified attackers (implied)"
IMPLIED_NAMES = {AUTHORITIES, POPULATION, ATTACKERS}
RECIPIENT_OF = {"PROTEST": (AUTHORITIES, "GOV"), "COERCE": (POPULATION, "CVL")}
DOER_OF = {"COERCE": (AUTHORITIES, "GOV"), "ASSAULT": (ATTACKERS, "UAF"), "SANCTION": (AUTHORITIES, "GOV"),
           "ACCUSE": (AUTHORITIES, "GOV")}
LEGAL_MODES = {"SANCTION": {"convict"}, "ACCUSE": {"allege", "investigate"}}  # courts and prosecutors: the state's own
# acts of courts, prosecutors and investigators ("was sentenced", "was charged"); not blame or accusation by anyone
LEGAL_ACTS = {"charge", "indict", "prosecute", "try", "sentence", "convict", "investigate", "probe", "interrogate", "question",
              "find", "jail", "imprison", "fine", "arraign", "acquit",
              "charges", "indictment", "prosecution", "trial", "conviction", "investigation", "inquiry"}
CARRIED_MODES = {"arrest"}  # an arrest, not an eviction or deportation (often another state's: see case_country.py)
TAKING_GROUND = {"occupy", "annex"}  # territory taken has an owner other than the place's people
PERSONAL_MODES = {"arrest", "seize", "destroy"}  # those held, what is seized or destroyed: someone unresolved's
LOCAL_ATTACK_MODES = {"explosives", "suicide-attack", "firearms", "targeted", "assassinate", "abduct"}  # not aerial, drone, heavy-weapons
LOCAL_WEAPON_NOUNS = {"bombing", "explosion", "blast", "shooting", "ambush", "gunman", "gunmen", "sniper", "minefield"}
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "along", "off", "into"}
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
LANGUAGES = {"en"}  # measured on the English PLOVER records; Spanish coding keeps unnamed sides empty for now
NOT_COUNTRIES = {"IGO", "NGO", "UNO", "EUR", "IMG", "ISM", "MNC"}


def add_implied_sides(analysis: Analysis) -> None:
    """Give every event the codebook's implied recipient or doer where the sentence names none (see module doc)."""
    recall_attackers(analysis, IMPLIED_NAMES)  # "wounded in the attack": the war's attacker the article already named
    recall_story_attacker(analysis, IMPLIED_NAMES)  # "the attack" ten sentences on, in a story of one attacker
    continue_authorities(analysis, IMPLIED_NAMES)  # "The FBI announced arrests. X and Y were charged": the FBI's case
    made: dict[tuple[str, str, str], Actor] = {}  # implied actors have no mention, so the actor index needs no rebuild
    add_pair_parties(analysis, lambda country: _country_side(analysis, made, country))  # "Israeli-Palestinian talks"
    inferred = {a.id for a in analysis.actors if a.country_inferred}  # countries guessed from the context
    for event in analysis.events:
        event.target = not_self(event)  # "Giuffre's allegations have been investigated": no one is their own recipient
        if (opposed := stance_actor(analysis, event)) is not None and (not event.target or home_venue(analysis, event)):
            event.target = [opposed.ref()]  # "an anti-Trump protest": against Trump, not a place's authorities
            event.evidence.target = None
        country = stance_recipient(analysis, event)
        if country is not None and (not event.target or home_venue(analysis, event)):
            event.target = [_side(analysis, made, RECIPIENT_OF["PROTEST"], country, event.source, False).ref()]
            event.evidence.target = None  # "an anti-India rally in Karachi": against India
        elif (country := home_venue(analysis, event)) is not None:  # "a rally in Karachi": Pakistan's authorities
            event.target = [_side(analysis, made, RECIPIENT_OF["PROTEST"], country, event.source, False).ref()]
            event.evidence.target = None
        if event.negated or event.type not in RECIPIENT_OF and event.type not in DOER_OF:
            continue
        parsed = analysis.paragraph_at(event.evidence.trigger.start)
        if parsed is None or parsed.lang not in LANGUAGES:
            continue
        if (country := struck_country(event, inferred)) is not None:  # "83 people were wounded in the attack" (Kyiv)
            event.target = countryless(event.target) + [_country_side(analysis, made, country).ref()]
        if event.source and not event.target and event.type in RECIPIENT_OF and event.mode not in PERSONAL_MODES \
                and not _takes_ground(analysis, event) and not _unresolved_recipient(analysis, event):
            # protesters abroad protest their own rulers ("Iranians rallied in London"); a measure falls on the place
            country = _place_country(event) or (_shared_country(event.source) if event.type == "PROTEST"
                                                else _home_country(analysis, event))
            if country is not None:
                event.target = [_side(analysis, made, RECIPIENT_OF[event.type], country, event.source,
                                      event.type != "PROTEST").ref()]
        elif event.target and not event.source and event.type in DOER_OF:
            if event.type == "ASSAULT" and event.mode not in LOCAL_ATTACK_MODES and not _local_weapon(analysis, event):
                continue
            if event.type == "COERCE" and not _agentless(analysis, event):
                continue  # "Israel's decision to ban UNRWA": a doer the sentence names but the rules missed
            legal = event.type in LEGAL_MODES
            if legal and (event.mode not in LEGAL_MODES[event.type] or not _agentless(analysis, event) or not _legal_act(analysis, event)):
                continue
            country = _court_country(analysis, event) if legal else _place_country(event) or _sentence_country(analysis, event)
            if country is None and (legal or event.mode in CARRIED_MODES):  # "a month after he was arrested": the
                country = case_country(analysis, event, _locative)  # country of the case the sentences before tell
            if country is not None:
                event.source = [_side(analysis, made, DOER_OF[event.type], country, event.target).ref()]


def _side(analysis: Analysis, made: dict, wanted: tuple[str, str], country: str, other: list,
          bare_country: bool = True) -> Actor:
    """The article's own actor for the country's authorities, else the implied actor (made once per article).
    ``bare_country``: the country itself ("Ukraine") may stand for them; not for a protest's recipient, where the
    country's name reads as the place protested in, not the rulers protested against (dev audits s22-s26)."""
    name, sector = wanted
    if sector == "GOV":
        own = {a.id for a in other}
        found = next((a for a in analysis.actors if a.country == country and a.id not in own and _the_state(a)
                      and (bare_country or a.sector == "GOV" and _named_government(a))), None)
        if found is not None:
            return found
    actor = made.get((name, country, sector))
    if actor is None:
        actor = Actor(id=analysis.next_actor_id(), text=name, name=name, country=country, sector=sector, mentions=[],
                      country_inferred=True)
        analysis.actors.append(actor)
        made[(name, country, sector)] = actor
    return actor


def _country_side(analysis: Analysis, made: dict, country: str) -> Actor:
    """The article's actor for the country itself ("Ukraine"), else an implied one named after it."""
    from detente.knowledge.actors import default_knowledge

    found = next((a for a in analysis.actors if a.country == country and a.sector is None and _the_state(a)), None)
    name = default_knowledge().country_name(country) or country
    return found or _side(analysis, made, (name, None), country, [])


def _the_state(actor: Actor) -> bool:
    """The actor is the country itself ("Poland") or its government ("the Polish government"), not a person, a
    ministry or a province ("Volodymyr Zelensky", "Washington State")."""
    from detente.knowledge.actors import default_knowledge

    if actor.sector is None:
        return actor.name == default_knowledge().country_name(actor.country)
    return actor.sector == "GOV" and actor.name.lower().endswith("government")


PLAIN_GOVERNMENTS = {"government", "federal government"}  # not "the central government": Beijing in a Hong Kong story


def _named_government(actor: Actor) -> bool:
    """A government named by its state or as the government ("the Polish government", "the federal government"), not
    one described ("a strong government")."""
    return actor.name[:1].isupper() or actor.name.lower() in PLAIN_GOVERNMENTS


def _place_country(event: Event) -> str | None:
    country = event.location.country if event.location is not None else None
    return country if country and country not in NOT_COUNTRIES else None


def _sentence_country(analysis: Analysis, event: Event) -> str | None:
    """The one country the places of the event's sentence name as where something is ("near the town of
    Samarra", "in Baghdad"; not "a U.S. citizen")."""
    named = {p.place.country for p in analysis.places if event.evidence.start <= p.start < event.evidence.end
             and p.place.country and p.place.country not in NOT_COUNTRIES and _locative(analysis, p.start, p.end)}
    if len(named) > 1:  # "a bomb in Peshawar near the Afghan border": the country of those it hit, if one of them
        named &= {a.country for a in event.target}
    return named.pop() if len(named) == 1 else None


def _court_country(analysis: Analysis, event: Event) -> str | None:
    """Where a court or prosecutor acted: a place the clause names as where ("was investigated in France"), never one
    inside the description of the person tried ("a former senator in Haiti's parliament was sentenced")."""
    found = analysis.trigger_of(event)
    if found is None:
        return None
    parsed, token = found
    described = [(parsed.offset + t.idx, parsed.offset + t.idx + len(t)) for c in token.children
                 if c.dep_ in {"nsubj", "nsubjpass", "poss"} for t in (c.left_edge, c.right_edge)]
    spans = [(described[i][0], described[i + 1][1]) for i in range(0, len(described), 2)]
    named = {p.place.country for p in analysis.places if event.evidence.start <= p.start < event.evidence.end
             and p.place.country and p.place.country not in NOT_COUNTRIES and _locative(analysis, p.start, p.end)
             and not any(lo <= p.start < hi for lo, hi in spans)}
    return named.pop() if len(named) == 1 else None


def _locative(analysis: Analysis, start: int, end: int) -> bool:
    """The place mention hangs, within three steps, on a locative preposition ("near the town of Samarra")."""
    parsed = analysis.paragraph_at(start)
    if parsed is None:
        return False
    span = parsed.doc.char_span(start - parsed.offset, end - parsed.offset, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _ in range(3):
        if token.dep_ != "pobj":
            return False
        prep = token.head
        if prep.lower_ in LOCATIVE_PREPS:
            return True
        if prep.lower_ != "of":
            return False
        token = prep.head  # "near the town of Samarra", "outside the offices of X in": the outer phrase decides
        if token.lemma_.lower() in COMPASS:
            return True  # "south of Kabul"
    return False


def _agentless(analysis: Analysis, event: Event) -> bool:
    """The act is told without its doer: a passive verb ("was arrested in Iran") or a noun ("the arrests of 40
    suspects"), not an active verb whose subject the rules did not resolve."""
    found = analysis.trigger_of(event)
    if found is None:
        return False
    token = found[1]
    return token.pos_ in {"NOUN", "PROPN"} or any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)


def _legal_act(analysis: Analysis, event: Event) -> bool:
    """The trigger is an act of courts, prosecutors or investigators ("was sentenced", "was charged"), not blame."""
    found = analysis.trigger_of(event)
    return found is not None and found[1].lemma_.lower() in LEGAL_ACTS


def _local_weapon(analysis: Analysis, event: Event) -> bool:
    """The attack's subject is a bomb, mine or gunfire ("a roadside bombing killed", "a landmine wounded")."""
    found = analysis.trigger_of(event)
    if found is None:
        return False
    weapons = words("explosive") | LOCAL_WEAPON_NOUNS  # not missiles, rockets or shells: often a foreign state's
    return any(c.dep_ in {"nsubj", "nsubjpass"} and (c.lemma_.lower() in weapons or c.lower_ in weapons)
               for c in found[1].children)


def _unresolved_recipient(analysis: Analysis, event: Event) -> bool:
    """The act names its recipient as a group the actor layer did not resolve ("Pakistan banned the group"): the
    group, not the place's people, is the recipient (named_as.named_group_recipient)."""
    found = analysis.trigger_of(event)
    return found is not None and named_group_recipient(found[1])


def _takes_ground(analysis: Analysis, event: Event) -> bool:
    """"Iran occupied three islands": the land's owner is the recipient, not the people of the occupier."""
    found = analysis.trigger_of(event)
    return found is not None and found[1].lemma_.lower() in TAKING_GROUND


def _home_country(analysis: Analysis, event: Event) -> str | None:
    """The one other country the sentence's places name ("Israel's blockade on aid entering Gaza" falls on Gaza, which
    the places layer did not make the event's location), else the actors' own one country."""
    country = _shared_country(event.source)
    if country is None:
        return None
    elsewhere = {p.place.country for p in analysis.places if event.evidence.start <= p.start < event.evidence.end
                 and p.place.country not in (None, country) and p.place.country not in NOT_COUNTRIES}
    if not elsewhere:
        return country
    return elsewhere.pop() if len(elsewhere) == 1 else None


def _shared_country(actors: list) -> str | None:
    """The one country all the actors share."""
    countries = {a.country for a in actors}
    country = countries.pop() if len(countries) == 1 else None
    return country if country and len(country) == 3 and country not in NOT_COUNTRIES else None
