"""Code one actor phrase as country + sector (+ known person or organization), at a given date.

Rules beat lists: an explicit title and nationality in the phrase ("Colombian President X") codes a
person who is in no list; known people get the position they held on the article date, and people
whose every position ended before it get the PLOVER sector ELI (former officials).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from detente.analyze.actors.backing import is_backer
from detente.analyze.actors.bodies import (ARMED_HEADS, _backers, _body_sector, _local_place, _owned_by_person_after,
                                           _owner_country, _unknown_owned_body)
from detente.analyze.actors.insurgents import insurgent_sector
from detente.analyze.actors.matcher import ORG_LABELS, PLACE_LABELS, Lexicon, Unit, token_texts
from detente.analyze.actors.person_names import (_affiliation, _head_by_surname, _name_origin, _official_by_surname,
                                                 _role_before, _titled_surname, _without_initials)
from detente.analyze.actors.phrases import (DETERMINERS, ETHNIC_WORDS, Phrase, is_agent, is_former, is_person,
                                            loyalty_link, rebel_people)
from detente.analyze.actors.chambers import chamber_title
from detente.analyze.actors.faith_heads import faith_head
from detente.analyze.actors.named_armies import named_army
from detente.analyze.actors.owned_titles import owned_title
from detente.analyze.actors.group_appositions import described_by_apposition
from detente.analyze.actors.readings import _countries, _entity_entries, _has_entity, _pick_entity
from detente.analyze.actors.typos import misspelled_person
from detente.knowledge.actors import (STATE_OFFICE_SECTORS, Entry, KnownEntity, dated_names, displacement_words,
                                     gender_words, kind_nouns, weapon_nouns)
from detente.knowledge.actors.normalize import phrase_key
from detente.knowledge.actors.words import dated_capitals, party_member_nouns

ARMED_GROUP_SECTORS = {"REB", "UAF", "PRM"}  # non-state armed groups: their dissidents are armed too
TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "don", "doña", "sr.", "sra."}


@dataclass
class ActorCode:
    """What a phrase resolves to; ``kind`` is person | org | group | country | place | unknown."""

    name: str
    country: str | None
    sector: str | None
    kind: str
    entity_id: str | None = None
    role: str | None = None
    gender: str | None = None
    head: bool = False  # holds (or is titled as) head of state or government
    titles: set[str] = field(default_factory=set)  # agent keys used for this actor ("president")
    title_kind: str | None = None  # head | person | group: the kind of the phrase's head agent
    homeland: str | None = None  # "ethnic Albanians": the demonym's country, used only when context names none
    country_from_context: bool = False  # the country was taken from the sentence, paragraph or article
    backers: tuple[str, ...] = ()  # "Iranian-backed militias": countries that support the actor, never its own
    region: str | None = None  # "Latin American leaders": the world region named, which has no country to give
    placed: bool = False  # "the Kurds": a people of several states, whose country only a place near them gives
    acts_where: bool = False  # "Shona rebels": a community's armed men, coded in the state they face (else homeland)

    @property
    def resolved(self) -> bool:
        return bool(self.country or self.sector or self.entity_id)

    @property
    def weapon(self) -> bool:
        """'missiles', 'Russian drones': headed by weapon words, an actor only through a country it names itself."""
        return self.kind == "group" and bool(self.titles) and self.titles <= weapon_nouns()


def today() -> str:
    return dt.date.today().isoformat()


def _before_of(phrase: Phrase, units: list[Unit]) -> list[Unit]:
    """English heads come before an 'of' complement: 'President of the European Council', 'leader of the
    rebels', 'Ministry of National Defense' (the complement's agent words only qualify the head)."""
    doc, kept = phrase.doc, []
    for unit in units:
        if kept and any(t.lower_ == "of" for t in doc[kept[-1].end:unit.start]) \
                and any(e.kind == "agent" for u in kept for e in u.entries):
            return kept + [u for u in units if u not in kept and not any(e.kind == "agent" for e in u.entries)]
        kept.append(unit)
    return units


def _head_agent(units: list[Unit], lang: str) -> tuple[Entry, Unit] | None:
    """The agent that heads the phrase: the last one in English, the first in Spanish."""
    agents = [(e, u) for u in units for e in u.entries if e.kind == "agent" and e.detail != "former"]
    if not agents:
        return None
    return agents[0] if lang == "es" else agents[-1]


def _clean_name(text: str) -> str:
    words = text.split()
    while words and (words[0].lower() in TITLES or words[0].lower() in DETERMINERS):
        words = words[1:]
    for suffix in ("'s", "’s"):
        if words and words[-1].endswith(suffix):
            words[-1] = words[-1][: -len(suffix)]
    return " ".join(words) or text


def code_phrase(phrase: Phrase, lexicon: Lexicon, date: str | None = None,
                preferred: frozenset[str] = frozenset(), fallback_country: str | None = None,
                places: frozenset[str] = frozenset(), named: frozenset[str] = frozenset()) -> ActorCode:
    """The code of one phrase; ``preferred`` are entity ids already found in the document, ``places`` the countries
    of places its sentence names (they pick between two states' organizations of one name), ``named`` those plus
    the states its demonyms name (they confirm a minister's bare surname). A phrase that names a world region and
    no country ("the Korean Peninsula", "Latin American leaders") carries the region."""
    code = _code_phrase(phrase, lexicon, date, preferred, fallback_country, places, named)
    code = faith_head(phrase, code, lexicon.kb, lexicon.lang, date or today()) or code  # "the Pope": VAT
    if lexicon.lang == "en":
        code = named_army(phrase, code) or code  # "the Army of Islam": a named armed group, not a state's army
        code = owned_title(phrase, code, lexicon) or code  # "the company's president": an officer, BUS
    if code.country is None and code.region is None:
        code.region = _world_region(phrase.all_units())
    return code


def _read_dated_names(units: list[Unit], date: str) -> None:
    """"Congo" in a 1995 text is Brazzaville's state (dated_names.tsv): the country and demonym readings of such a
    name are replaced in place (a document has one date, so its units keep one reading)."""
    names = dated_names()
    capitals = dated_capitals()
    for unit in units:
        seat = next((iso3 for iso3, start, end in capitals.get(phrase_key(unit.text), ()) if start <= date < end), None)
        if seat is not None and not any(e.kind not in ("city", "capital") for e in unit.entries):
            unit.entries = [Entry("capital", seat)]  # "Bonn said" in 1995, "Rangoon rejected": the state's government
        spans = names.get(phrase_key(unit.text)) if unit.entries else None
        if not spans:
            continue
        iso3 = next((code for code, start, end in spans if start <= date < end), None)
        if iso3 is not None:
            unit.entries = [Entry(e.kind, iso3, e.detail) if e.kind in {"country", "demonym"} else e
                            for e in unit.entries]


def _world_region(units: list[Unit]) -> str | None:
    for unit in units:
        for entry in unit.entries:
            if entry.kind == "world_region":
                return entry.value
    return None


def _code_phrase(phrase: Phrase, lexicon: Lexicon, date: str | None, preferred: frozenset[str],
                 fallback_country: str | None, places: frozenset[str] = frozenset(),
                 named: frozenset[str] = frozenset()) -> ActorCode:
    date = date or today()
    units = phrase.all_units()
    _read_dated_names(units, date)
    lang = lexicon.lang
    head = _head_agent(_before_of(phrase, units) if lang == "en" else units, lang)
    local = [u for u in units if _has_entity(u, "O:") and _local_place(u, head)]
    countries = _countries([u for u in units if not is_backer(phrase.doc, u)], local)
    homeland = None
    acts_where = False
    if countries and countries[0][1] == "demonym" and (_ethnic(phrase) or _rebels_located(phrase)):
        homeland = countries[0][0]  # "ethnic Albanians (in Macedonia)": a community, not the state
        countries = [c for c in countries if c != (homeland, "demonym")]
    elif countries and countries[0][1] == "ethnic" and head is not None and head[0].value in ARMED_GROUP_SECTORS:
        homeland = countries[0][0]  # "Shona rebels (in Mozambique)": armed men of a community, where they fight
        countries = [c for c in countries if c != (homeland, "ethnic")]
        acts_where = True
    country = countries[0][0] if countries else None
    agent_sector = head[0].value if head else None
    body_sector = _body_sector(phrase, head, lexicon, date, preferred) if head else None
    if body_sector is not None:
        agent_sector = body_sector  # "rebel leader" REB, "police chief" COP, "Taliban spokesman"
    if head is not None and agent_sector in ARMED_HEADS:  # "Chechen fighters" (1996): rebels
        before_head = token_texts(phrase.doc)[0][phrase.start:head[1].start]
        if not any(phrase_key(word) in lexicon.agents for word in before_head):  # not "Chechen police commandos"
            agent_sector = insurgent_sector(before_head, agent_sector, date)
    former = any(is_former(u) for u in units) or any(e.kind == "agent" and e.detail == "former" for u in units for e in u.entries)
    titles = {phrase_key(u.text) for u in units if is_agent(u)}
    is_head_title = any(e.detail == "head" for u in units for e in u.entries if e.kind == "agent") \
        and body_sector in (None, "GOV")
    gender = _gender(phrase, units)

    follower = _follower(phrase, head)
    if follower is not None:
        return _code_followers(phrase, follower[1], follower[0].value, lexicon, date, preferred, fallback_country, titles)
    if head is not None and head[0].detail == "kin" and len(phrase.units) > 1:
        return _code_relatives(phrase, head[1], lexicon, date, preferred, fallback_country, titles)
    person_units = [u for u in units if is_person(u)]
    if person_units and head is not None and head[0].detail == "group" and (
            head[1].start >= person_units[-1].end or _owned_by_person_after(phrase, head[1], person_units[0])):
        person = code_phrase(_without(phrase, head[1]), lexicon, date, preferred, fallback_country)
        return ActorCode(_group_name(phrase), person.country, agent_sector, "group", titles=titles, title_kind="group")
    if person_units:
        unit = person_units[0]
        entries = [] if unit.unlisted_person else \
            _entity_entries(unit, "P:") or _titled_surname(unit, titles | _role_before(phrase.doc, unit, lexicon),
                                                           lexicon, date) \
            or _without_initials(unit, lexicon) \
            or misspelled_person(phrase_key(unit.text).split(), lexicon.kb) \
            or _head_by_surname(unit, lexicon, date) \
            or _official_by_surname(unit, lexicon, date, named)
        entity = _pick_entity(lexicon, entries, country, date, preferred) if entries else None
        stated_countries = {c for c, kind in countries if kind != "city"}
        if entity is not None and country and not any(t.country == country for t in entity.terms) \
                and any(t.country for t in entity.terms) \
                and (len(phrase_key(unit.text).split()) == 1 or country in stated_countries):
            entity = None  # "the Chilean minister Sánchez", "Colombia's Defence Minister Pedro Sánchez": not Spain's
            # (a stateless person, such as the exiled Dalai Lama, stays himself: "Tibetan leader the Dalai Lama")
        if entity is not None:
            return _code_known(entity, date, former, agent_sector, titles, is_head_title, len(person_units) == 1)
        sector = agent_sector
        if head is not None and head[0].detail == "kin":  # "Lady Starmer, the Prime Minister's wife"
            sector = _relative_sector(phrase, unit, head[1], lexicon, date, preferred) or sector
        if former and (sector in STATE_OFFICE_SECTORS or sector is None):
            sector = "ELI"
        affiliation = _affiliation(units, lexicon, date, preferred)
        if affiliation is not None and not country:
            country = affiliation.country  # "Arab League Secretary-General X" works for the Arab League
            sector = sector or affiliation.sector
        origin = None if country or fallback_country else _name_origin(phrase, unit)
        if origin and not titles:
            country = origin  # an untitled "He Zhihua": no context rule would give a country
        return ActorCode(_clean_name(unit.text), country or fallback_country, sector, "person",
                         gender=gender, head=is_head_title, titles=titles, homeland=origin if titles else None,
                         country_from_context=bool(origin and not titles))  # the name's form, not the text, gave it

    org_units = [u for u in units if _has_entity(u, "O:") and u not in local]
    if org_units:
        unit = org_units[0]
        entity = _pick_entity(lexicon, _entity_entries(unit, "O:"), country, date, preferred, places)
        other_countries = [c for c, kind in countries if kind != "city"]
        generic = is_agent(unit) and other_countries and entity is not None and \
            all(t.country not in other_countries for t in entity.terms)
        if entity is not None and not generic:
            term, _ = entity.term_at(date)
            org_country = term.country if term else None
            sector = term.sector if term else None
            owner = _owner_country(phrase, unit, lexicon)
            if owner and org_country in lexicon.kb.countries and all(t.country != owner for t in entity.terms):
                # "the Ministry of Defence of Ukraine", "Ukraine's Ministry of Defence": a same-named body elsewhere
                return ActorCode(_group_name(phrase), owner, agent_sector or sector, "group", titles=titles,
                                 title_kind="group")
            if head is not None and head[1] is not unit and not (sector and _kind_noun(head[1])) \
                    and not (sector and described_by_apposition(phrase, head[1])) \
                    and not (sector == "PTY" and phrase_key(head[1].text) in party_member_nouns()):
                # dissidents of an armed group still bear arms: "disidentes de las FARC" are REB, not OPP
                sector = sector if agent_sector == "OPP" and sector in ARMED_GROUP_SECTORS else agent_sector
            return ActorCode(entity.name, org_country, sector, "org", entity.id, titles=titles)

    if head is not None:
        sector = agent_sector
        if former and sector in STATE_OFFICE_SECTORS:
            sector = "ELI"
        return ActorCode(_group_name(phrase), country or fallback_country, sector, "group",
                         head=is_head_title, titles=titles, gender=gender, title_kind=head[0].detail,
                         homeland=homeland, backers=_backers(phrase, units), acts_where=acts_where)
    if homeland is not None:
        return ActorCode(_group_name(phrase), country or fallback_country, "CVL", "group",
                         title_kind="group", homeland=homeland)
    if not countries and any(u.first("people") for u in units):  # "Kurds", "los tuaregs": where, places say
        return ActorCode(_group_name(phrase), fallback_country, "CVL", "group", title_kind="group", placed=True)

    owned = _unknown_owned_body(phrase, units)
    if owned is not None and countries:
        return ActorCode(_group_name(phrase), countries[0][0], None, "org")  # "Ukraine's Security Service"
    if countries:
        iso3, kind = countries[0]
        if kind == "ethnic":  # "Rohingya", "los mapuches": people of a community, in its country
            return ActorCode(_group_name(phrase), iso3, "CVL", "group", title_kind="group")
        sector = {"capital": "GOV", "city": "CVL"}.get(kind)
        if kind == "demonym" and (_plural_people(units) or _invariant_people(phrase, units)
                                  or _spanish_people(phrase, units, lang)):
            sector = "REF" if _displaced(phrase) else "CVL"  # "ordinary Kazakhs", "Israelis", "los hondureños"
        name = lexicon.kb.country_name(iso3) if kind in {"country", "demonym"} else _clean_name(phrase.text)
        return ActorCode(name or iso3, iso3, sector, "country" if kind in {"country", "demonym"} else "place")

    labels = {u.label for u in units}
    if labels & ORG_LABELS and (chamber := chamber_title(phrase)) is not None:  # "The House voted": a legislature
        return ActorCode(_clean_name(phrase.text), fallback_country, "LEG", "group", titles={chamber}, title_kind="group")
    kind = "org" if labels & ORG_LABELS else "place" if labels & PLACE_LABELS else "unknown"
    return ActorCode(_clean_name(phrase.text), fallback_country, None, kind)


def _follower(phrase: Phrase, head: tuple[Entry, Unit] | None) -> tuple[Entry, Unit] | None:
    """The follower word that heads the phrase: the head agent, or the first unit ("Supporters of President X");
    a group loyal to someone follows them too ("troops loyal to Assad")."""
    if head is not None and head[0].detail == "follower":
        return head
    if head is not None and _loyal(phrase, head[1]):
        return head
    first = phrase.units[0] if phrase.units else None
    entry = next((e for e in first.entries if e.kind == "agent" and e.detail == "follower"), None) if first else None
    return (entry, first) if entry is not None and len(phrase.units) > 1 else None


def _loyal(phrase: Phrase, unit: Unit) -> bool:
    """The group unit is followed, inside the phrase, by 'loyal to' and what it is loyal to."""
    doc = phrase.doc
    return unit.end + 2 < phrase.end and loyalty_link(doc[unit.end:unit.end + 2])


FOLLOWED_SECTORS = {"PTY", "OPP"}  # members of a party or of the opposition are that; other followers keep their own


def _code_followers(phrase: Phrase, unit: Unit, sector: str, lexicon: Lexicon, date: str,
                    preferred: frozenset[str], fallback_country: str | None, titles: set[str]) -> ActorCode:
    """'supporters of Imran Khan', 'seguidores del partido': the country of whom they follow; a party's
    (or the opposition's) sector, else the follower word's own sector (CVL for supporters)."""
    rest = [u for u in phrase.units if u is not unit]
    country = None
    if rest or phrase.locations or phrase.borrowed:
        followed = code_phrase(Phrase(phrase.doc, rest, phrase.start, phrase.end, phrase.locations, phrase.borrowed),
                               lexicon, date, preferred, fallback_country)
        country = followed.country
        if followed.sector in FOLLOWED_SECTORS and followed.kind != "person":  # a party, not its leader
            sector = followed.sector
    return ActorCode(_group_name(phrase), country or fallback_country, sector, "group", titles=titles, title_kind="group")


RELATIVE_ELITE_SECTORS = STATE_OFFICE_SECTORS | {"ELI"}


def _code_relatives(phrase: Phrase, unit: Unit, lexicon: Lexicon, date: str, preferred: frozenset[str],
                    fallback_country: str | None, titles: set[str]) -> ActorCode:
    """'the president's wife', 'Putin's daughter', 'the son of Muammar Gaddafi': family members of (former)
    officials are ELI (PLOVER codebook), in the relative's country; relatives of anyone else are CVL."""
    rest = [u for u in phrase.units if u is not unit]
    relative = code_phrase(Phrase(phrase.doc, rest, phrase.start, phrase.end, phrase.locations, phrase.borrowed),
                           lexicon, date, preferred, fallback_country)
    sector = "ELI" if relative.sector in RELATIVE_ELITE_SECTORS or relative.head else "CVL"
    return ActorCode(_group_name(phrase), relative.country or fallback_country, sector, "group", titles=titles,
                     title_kind="kin")


def _relative_sector(phrase: Phrase, person: Unit, kin: Unit, lexicon: Lexicon, date: str,
                     preferred: frozenset[str]) -> str | None:
    """A named person described as someone's relative: ELI when the relative is an official, else None."""
    for part in [phrase, *phrase.appositions]:
        owner = [u for u in part.units if u is not person and u is not kin]
        if kin in part.units and owner:
            code = code_phrase(Phrase(part.doc, owner, part.start, part.end), lexicon, date, preferred)
            return "ELI" if code.sector in RELATIVE_ELITE_SECTORS or code.head else "CVL"
    return None


def _ethnic(phrase: Phrase) -> bool:
    """'ethnic Albanians', 'los serbios étnicos': the people of a nation living where the text says."""
    texts, _ = token_texts(phrase.doc)  # cached strings: no Token objects
    return any(text.lower() in ETHNIC_WORDS for text in texts[max(phrase.start - 1, 0):phrase.end])


def _rebels_located(phrase: Phrase) -> bool:
    """'rebel Serbs in Krajina': a people that rebels, placed by the text, takes the place's country."""
    return bool(phrase.locations) and rebel_people(phrase.units)


def _without(phrase: Phrase, unit: Unit) -> Phrase:
    """The phrase minus one unit: 'the Trump administration' → 'Trump', to code the person it names."""
    return Phrase(phrase.doc, [u for u in phrase.units if u is not unit], phrase.start, unit.start)


def _gender(phrase: Phrase, units: list[Unit]) -> str | None:
    """Gender from a gendered title in the phrase ('Mrs.', 'presidenta'), else from the first name."""
    words = gender_words()
    texts, _ = token_texts(phrase.doc)  # Token objects only for the gendered words
    for i in range(phrase.start, phrase.end):
        lower = texts[i].lower()
        if lower in words and not phrase.doc[i].ent_type_:
            return words[lower]
    for unit in units:
        if is_person(unit):
            first = unit.text.split()[0].lower() if unit.text.split() else ""
            if len(unit.text.split()) > 1 and first in words:
                return words[first]
    return None


def _code_known(entity: KnownEntity, date: str, former: bool, agent_sector: str | None,
                titles: set[str], is_head_title: bool, sole_person: bool = True) -> ActorCode:
    term, ended = entity.term_at(date)
    if term is None:
        return ActorCode(entity.name, None, agent_sector, "person", entity.id, gender=entity.gender)
    titled = _titled_term(entity, titles, date) if ended and not former else None
    if titled is not None:  # "Minister Juan Carlos Jobet" a month after he left: the text names him in office
        return ActorCode(entity.name, titled.country, titled.sector, "person", entity.id, titled.describe(),
                         entity.gender, is_head_title, titles)
    sector = term.sector
    upcoming = term.start is not None and term.start > date
    if upcoming:
        sector = agent_sector
    if ended and not former and sole_person and agent_sector in STATE_OFFICE_SECTORS and agent_sector == term.sector \
            and titles and term.country:
        # "Turkish Foreign Minister Tansu Ciller" a year after her premiership: the text's own state title names
        # an office of the same branch that the lists lack; it holds in the country of her last listed office (the
        # title is hers only when the phrase names no one else: "Obama's opponent, Sen. Mitt Romney"; a title of
        # another branch, "U.S. Sen. Barack Obama" after his presidency, recalls an earlier office)
        return ActorCode(entity.name, term.country, agent_sector, "person", entity.id, None,
                         entity.gender, is_head_title, titles)
    if (ended or former) and (sector in STATE_OFFICE_SECTORS or sector is None):
        sector = "ELI"
    head = term.is_head and not ended and not upcoming
    return ActorCode(entity.name, term.country, sector, "person", entity.id, term.describe(),
                     entity.gender, head or is_head_title, titles)


def _titled_term(entity, titles: set[str], date: str):
    """The ended term of a state office that the phrase's own title names ("President Barack Obama", "Foreign
    Minister Heiko Maas"): a text that gives the title without "former" speaks of the holder in office (the NGEC
    convention); None when no title names an ended term."""
    words = [set(title.split()) for title in titles]
    for term in sorted(entity.terms, key=lambda t: t.end or "", reverse=True):
        if not (term.end and term.end < date[:10] and term.role and term.sector in STATE_OFFICE_SECTORS):
            continue
        role = set(phrase_key(term.role).split())
        if any(title <= role for title in words):
            return term
    return None


def _plural_people(units: list[Unit]) -> bool:
    """A capitalised plural demonym used as a noun: 'Kazakhs', 'Israelis' (people, not the state)."""
    demonyms = [u for u in units if u.first("demonym") is not None]
    if not demonyms:
        return False
    text = demonyms[-1].text
    return text[-1:] == "s" and text[:1].isupper() and text.lower() not in {"swiss"}


PEOPLE_LEADS = {"the", "los", "las"}


def _invariant_people(phrase: Phrase, units: list[Unit]) -> bool:
    """'the Japanese', 'the Swiss', 'Lebanese' alone: a demonym whose plural is the word itself, standing as a
    noun for the people (not 'the Japanese economy', 'spoke in Japanese', 'Japanese-made', 'the Swedish and
    Finnish guides'; but 'the Japanese and the Chinese')."""
    if len(units) != 1 or units[0].first("demonym") is None or not units[0].text[:1].isupper():
        return False
    unit, doc = units[0], phrase.doc
    texts, _ = token_texts(doc)
    before = texts[unit.start - 1].lower() if unit.start > 0 else None
    after = doc[unit.end] if unit.end < len(doc) else None
    if after is not None and (after.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"} or after.text in {"-", "–"}):
        return False
    if after is not None and after.lower_ in {"and", "or", ","} and unit.end + 1 < len(doc) \
            and doc[unit.end + 1].lower_ not in PEOPLE_LEADS:
        return False  # "the Russian and Syrian claims", "the Swedish and Finnish guides"
    if before is None:
        return after is None or after.is_punct  # a short text that is only the demonym
    return before in PEOPLE_LEADS and (unit.start < 2 or texts[unit.start - 2].lower() not in {"in", "into", "from"})


PLURAL_ARTICLES_ES = {"los", "las", "unos", "unas"}


def _spanish_people(phrase: Phrase, units: list[Unit], lang: str) -> bool:
    """'los hondureños', 'miles de venezolanos', 'a dos colombianos': a Spanish plural demonym standing as a noun
    is the people (Spanish writes it in lower case, so the English capitalised test misses it); not the adjective
    of 'periodistas mexicanos' nor 'la ofensiva israelí'."""
    if lang != "es" or len(units) != 1 or units[0].first("demonym") is None or units[0].end - units[0].start != 1:
        return False
    token = phrase.doc[units[0].start]
    if token.lower_.endswith("s") and not token.lower_.endswith("és") and token.i > 0 \
            and phrase.doc[token.i - 1].lower_ in PLURAL_ARTICLES_ES:
        return True  # "los británicos residentes": an article makes the plural demonym a noun, whatever the tagger says
    if not token.lower_.endswith("s") or token.lower_.endswith("és") or token.pos_ != "NOUN" or token.dep_ == "amod":
        return False  # "inglés", "holandés": singular (and the language in "en inglés")
    return token.i == 0 or phrase.doc[token.i - 1].pos_ not in {"NOUN", "PROPN"}


def _displaced(phrase: Phrase) -> bool:
    """'displaced Kenyans', 'colombianos desplazados': a modifier of the people's word makes them displaced."""
    doc, words = phrase.doc, displacement_words()
    return any(child.lower_ in words and child.dep_ in {"amod", "acl", "compound"}
               for token in doc[phrase.start:phrase.end] for child in token.children)


def _kind_noun(unit: Unit) -> bool:
    """'agency' in 'the Inter-Services Intelligence agency': the noun names the body's kind, not who acts."""
    return phrase_key(unit.text) in kind_nouns()


def _group_name(phrase: Phrase) -> str:
    tokens = [t for t in phrase.doc[phrase.start:phrase.end]]
    while tokens and tokens[0].lower_ in DETERMINERS:
        tokens = tokens[1:]
    text = "".join(t.text_with_ws for t in tokens).strip()
    return text or phrase.text

