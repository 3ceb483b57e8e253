"""Country from context for group words and titled strangers that name none ("protesters", "police",
"the government", "Minister X", "manifestantes"): the country named in the same sentence, else in the
same paragraph, else the article's dominant country. The event coder needs a country on both sides.

Refugees are left alone (they are usually from elsewhere), and so are organizations and untitled people.
Victims ("killing three people", "31 people died"; see victims.py) take the country of the place where they were
hit, or none: never the attacker's.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from detente.analyze.actors.coding import ActorCode
from detente.analyze.actors.acted_on import not_acted_on
from detente.analyze.actors.foreign_groups import is_foreign_group
from detente.analyze.actors.invaded import attacker_range, invaded_possessive
from detente.analyze.actors.first_person import is_first_person_government, outside_own_sentence
from detente.analyze.actors.monarchs import ceremony_country, is_bare_monarch, monarchy_evidence
from detente.analyze.actors.neighbours import is_state_neighbour, neighbour_country
from detente.analyze.actors.resolve import ActorDraft, MentionSite
from detente.analyze.actors.victims import city_in_sentence, is_victim_token, origin_place
from detente.analyze.context import ParsedParagraph
from detente.knowledge.actors import (STATE_OFFICE_SECTORS, ActorKnowledge, counterpart_prepositions,
                                     diplomat_titles, foreign_missions, local_bodies, reason_prepositions)

NO_CONTEXT_SECTORS = {"REF", "IGO", "NGO", "MNC"}  # foreigners and international bodies


@dataclass(frozen=True)
class CountryEvidence:
    """A country named at article offset ``start`` (by any actor or place phrase)."""

    paragraph: int
    sentence: int  # sentence start (character offset in the paragraph)
    start: int
    country: str
    weight: float = 1.0  # places named as destinations or sites ("viajó a Washington") count half
    abroad: bool = False  # named by a mission abroad ("the US embassy in Caracas"): no evidence of where others are
    state: bool = False  # named as a state or its government ("Mozambique", "the Mozambican government")
    sector: str | None = None  # the naming actor's sector ("Israeli military officials" MIL, "Hamas" REB)
    nationality: bool = False  # named by a demonym alone ("turistas británicos"), not by a place ("people of Iloilo")
    meeting: bool = False  # the venue of talks or a meeting ("the talks in Geneva"): where parties met, not whose
    topic: bool = False  # the subject of its sentence, or the dateline: whose story the next sentences tell
    destination: bool = False  # where someone went ("viajó a Washington"): no evidence of whose anyone is
    person: bool = False  # named by a person's own name ("Julian Assange"): his nationality, no one else's


def sentence_key(parsed: ParsedParagraph, start: int) -> int:
    sent = parsed.sentence_at(start - parsed.offset)
    return sent.start_char if sent is not None else -1


def is_foreign_mission(code: ActorCode) -> bool:
    """'the US embassy', 'la embajada de Estados Unidos', 'a consulate spokesman', 'the US ambassador': a state's body
    or diplomat abroad, whose country is not that of the place or people around it ("protesters outside the US
    embassy in Caracas" are VEN)."""
    missions, diplomats = foreign_missions(), diplomat_titles()
    return any(title in diplomats or any(word in missions or word in diplomats for word in title.split())
               for title in code.titles)


def is_local_body(code: ActorCode) -> bool:
    """'el Ayuntamiento', 'the mayor', 'city council': a town's own government (local_bodies.txt)."""
    return code.sector == "GOV" and bool(code.titles & local_bodies())


def _not_abroad_near(site: MentionSite, evidence: list[CountryEvidence]) -> list[CountryEvidence]:
    """The evidence less missions abroad named in the site's own sentence: people "outside the US embassy in
    Caracas" stand in Venezuela (further away, "the U.S. Embassy situation" still tells whose story it is)."""
    sentence = sentence_key(site.parsed, site.start)
    return [e for e in evidence if not (e.abroad and e.paragraph == site.parsed.index and e.sentence == sentence)]


def needs_context(code: ActorCode) -> bool:
    """Groups headed by an agent word, and people known only by a title, with no country of their own."""
    if code.country or code.sector is None or code.region:
        return False  # "Gulf states", "Latin American leaders": the region says they belong to no one country
    if code.sector in NO_CONTEXT_SECTORS and not _internally_displaced(code):
        return False
    if code.kind == "group":
        return True
    return code.kind == "person" and not code.entity_id and bool(code.titles)


STATE_NOUNS = {"country", "nation"}
GENITIVES = {"'s", "’s"}


def _the_countrys(draft: ActorDraft) -> bool:
    """'the country's oldest rights group', 'the nation's largest bank': a body with no country of its own that a
    possessive "the country's" gives to the state just named (NGOs and companies included, which context alone
    never places)."""
    code = draft.code
    if code.country or code.sector is None or code.region or code.kind != "group" or not draft.mentions:
        return False
    for site in draft.mentions:
        doc, start = site.span.doc, site.span.start
        words = [t.lower_ for t in doc[max(0, start - 3):start]]
        if len(words) < 3 or words[0] != "the" or words[1] not in STATE_NOUNS or words[2] not in GENITIVES:
            return False
    return True


def _internally_displaced(code: ActorCode) -> bool:
    """'displaced civilians', 'IDPs', 'los desplazados': refugees inside their own country, so the context gives it."""
    return code.sector == "REF" and any("displaced" in title or title.startswith(("idp", "desplazad"))
                                        for title in code.titles)


def dominant_country(evidence: list[CountryEvidence]) -> str | None:
    """The country named most often (places count half), if strictly more often than any other."""
    totals: Counter = Counter()
    for item in evidence:
        totals[item.country] += item.weight
    counts = totals.most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


def _pick(candidates: list[CountryEvidence], position: int, dominant: str | None) -> str | None:
    countries = {e.country for e in candidates}
    if len(countries) == 1:
        return countries.pop()
    if dominant in countries:
        return dominant
    before = [e for e in candidates if e.start < position]
    nearest = max(before, key=lambda e: e.start) if before else min(candidates, key=lambda e: e.start)
    return nearest.country


POSSESSIVES = {"su", "sus", "his", "her", "its", "their"}


def _possessive(site: MentionSite) -> bool:
    """'su gobierno', 'their supporters': the group belongs to someone named just before."""
    span = site.span
    before = span.doc[span.start - 1] if span.start > 0 else None
    owner = span[0] if span[0].lower_ in POSSESSIVES else before
    return owner is not None and owner.lower_ in POSSESSIVES and owner.pos_ in {"DET", "PRON"}


FORCE_SECTORS = {"MIL", "COP", "SPY"}  # a state's forces often stand abroad, in wars told by both sides' actors


def _of_states(evidence: list[CountryEvidence]) -> list[CountryEvidence]:
    """Evidence named by states or their bodies, not by rebels, companies or people."""
    return [e for e in evidence if e.state or e.sector in STATE_OFFICE_SECTORS]


CIVIL_SECTORS = {"GOV", "LEG", "JUD"}


def _of_civil_states(evidence: list[CountryEvidence]) -> list[CountryEvidence]:
    """Evidence named by states or their civil bodies: a head of state or government belongs to the state whose
    cabinet, parliament or courts the story names, not to foreign troops in it ("Turkish lawmakers rejected the
    deployment of US troops. The prime minister ...")."""
    return [e for e in evidence if e.state or e.sector in CIVIL_SECTORS]


OBJECTS = {"dobj", "obj", "iobj"}
SUBJECTS = {"nsubj", "csubj"}
DOER_MODIFIERS = {"amod", "compound", "poss", "nmod"}


def _reason_doers(verb) -> list:
    """'blamed Iran for Houthi attacks': when the verb has an object, the modifiers naming the doer of the reason
    ('Houthi') are on the object's side; people named deeper in ('the deaths of Israeli soldiers') are not."""
    if not any(child.dep_ in OBJECTS for child in verb.children):
        return []
    reasons = reason_prepositions()
    doers = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in reasons:
            for noun in prep.children:
                if noun.dep_ == "pobj":
                    doers += [t for t in noun.children if t.dep_ in DOER_MODIFIERS]
    return doers


def _counterpart_ranges(site: MentionSite) -> list[tuple[int, int]]:
    """Article ranges naming the other party of a group word: objects of 'with/against/contra/con' inside its own
    phrase ("people suspected of collaborating with Israel"), and the object or with/against phrase of the verb it
    is the subject of ("Critics accused Iran", "an official accused Russia"); a country named there is not its own."""
    preps, root = counterpart_prepositions(), site.span.root
    heads = [t for t in root.subtree if t.dep_ == "prep" and t.lower_ in preps]
    heads += [t.head for t in root.subtree if t.dep_ == "case" and t.lower_ in preps]
    if root.dep_ in SUBJECTS and root.head.i != root.i:
        for child in root.head.children:
            if child.dep_ in OBJECTS or (child.dep_ == "prep" and child.lower_ in preps) \
                    or any(c.dep_ == "case" and c.lower_ in preps for c in child.children):
                heads.append(child)
        heads += _reason_doers(root.head)
    offset = site.parsed.offset
    ranges = []
    for head in heads:
        tokens = list(head.subtree)
        ranges.append((offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1])))
    return ranges


def _not_counterparts(site: MentionSite, evidence: list[CountryEvidence]) -> list[CountryEvidence]:
    ranges = _counterpart_ranges(site)
    if not ranges:
        return evidence
    paragraph = site.parsed.index  # places stay: "clashed with police in Nairobi" still says where they are,
    # and so do towns the tagger reads as actors ("attacked positions around Gorazde")
    return [e for e in evidence
            if e.paragraph != paragraph or e.weight < 1.0 or _town(e) or not any(a <= e.start < b for a, b in ranges)]


def _town(evidence: CountryEvidence) -> bool:
    """A town read as an actor (sector CVL, named by no demonym and no state): where, not who."""
    return evidence.sector == "CVL" and not evidence.nationality and not evidence.state


PEOPLE_SECTORS = {"CVL", "REF"}  # tourists, citizens, migrants: often foreigners where they are named


def context_country(site: MentionSite, evidence: list[CountryEvidence], dominant: str | None,
                    force: bool = False, local: bool = False, head: bool = False, body: bool = False) -> str | None:
    """``force``: soldiers and police belong to a state, so a state or state body named near them beats other
    actors ("Israeli officials say 137 soldiers were killed ... Hamas": the soldiers are Israel's), and people
    named by their nationality say nothing of whose they are ("police detained two British tourists in Málaga"):
    places and the article's country come before them. ``local``: a town's council or mayor takes no country from
    people named by nationality ("el Ayuntamiento ... un hotel de turistas británicos", "una de las parejas
    británicas"); people named by their town ("the people of Iloilo") still count. The group's
    other party ("collaborating with Israel", "critics accused Iran") is no evidence of its own country. ``head``:
    a bare head title ("the prime minister") takes a civil state body's country before a force's."""
    evidence = [e for e in _not_counterparts(site, evidence) if not e.meeting]
    evidence = _not_private_nationals(site, evidence)
    if local:  # "una de las parejas británicas" says nothing of whose the council is
        kept = [e for e in evidence if not e.nationality or e.state or e.sector in STATE_OFFICE_SECTORS]
        found = _context_country(site, kept, dominant_country(kept) or dominant, force)
        if found is not None:
            return found
    if force and not _possessive(site):  # "the Israelis ... their forces": the owner, people or not
        kept = [e for e in evidence if e.sector not in PEOPLE_SECTORS or e.weight < 1.0]
        found = _context_country(site, kept, dominant, force)
        if found is not None:
            return found
    return _context_country(site, evidence, dominant, force, head, body)


POLITICAL_SECTORS = STATE_OFFICE_SECTORS | {"ELI", "OPP", "PTY", "REB", "UAF", "PRM", "IGO"}  # people whose
# country is their side's, so it may be the country of the party around them ("Sinwar ... the man")


def _private_national(evidence: CountryEvidence) -> bool:
    """A person named by name who holds no political role ("Julian Assange", a reporter, a celebrity)."""
    return evidence.person and evidence.sector is not None and evidence.sector not in POLITICAL_SECTORS


def _not_private_nationals(site: MentionSite, evidence: list[CountryEvidence]) -> list[CountryEvidence]:
    """"A judge rejected Assange's attempt ... at Westminster Magistrate's Court in London", "accused by a woman ...
    in Stockholm": a private person's nationality is his own, so it gives no country to others in his sentence when
    that sentence names a place or a state; the person stays evidence otherwise, and inside the group's own phrase
    ("supporters of X")."""
    sentence = sentence_key(site.parsed, site.start)
    here = [e for e in evidence if e.paragraph == site.parsed.index and e.sentence == sentence]
    if not any(_private_national(e) for e in here) or not any(not _private_national(e) for e in here):
        return evidence
    tokens = list(site.span.root.subtree)
    low = site.parsed.offset + tokens[0].idx
    high = site.parsed.offset + tokens[-1].idx + len(tokens[-1])
    return [e for e in evidence if not (_private_national(e) and e in here and not low <= e.start < high)]


def _context_country(site: MentionSite, evidence: list[CountryEvidence], dominant: str | None,
                     force: bool, head: bool = False, body: bool = False) -> str | None:
    paragraph = site.parsed.index
    sentence = sentence_key(site.parsed, site.start)
    in_paragraph = [e for e in evidence if e.paragraph == paragraph and not (e.destination and e.sentence == sentence)]
    in_sentence = [e for e in in_paragraph if e.sentence == sentence]
    if _possessive(site):  # the owner is the last country-bearing actor named before, in this sentence or paragraph
        for candidates in (in_sentence, in_paragraph):
            owners = [e for e in candidates if e.weight >= 1.0 and e.start < site.start]
            if owners:
                return max(owners, key=lambda e: e.start).country
    if body and not any(e.weight >= 1.0 for e in in_sentence):
        topics = [e for e in in_paragraph if e.topic and e.start < site.start and e.weight >= 1.0
                  and (e.state or e.sector in STATE_OFFICE_SECTORS)]
        if topics:  # "Moscow condemned the strikes on Yugoslavia. The defence ministry said ...": Moscow's
            return max(topics, key=lambda e: e.start).country
    for candidates in (in_sentence, in_paragraph):
        if candidates:
            actors = [e for e in candidates if e.weight >= 1.0]  # an actor's country beats a place's:
            if head:
                actors = _of_civil_states(actors) or _of_states(actors) or actors
            elif force:  # "Israeli general visits troops in Gaza"
                actors = _of_states(actors) or actors
            return _pick(actors or candidates, site.start, dominant)
    return dominant


def backed_country(site: MentionSite, evidence: list[CountryEvidence], backers: tuple[str, ...]) -> str | None:
    """'Iranian-backed militias attacked US troops in Iraq': a proxy is coded where it is active (the place
    named in its sentence, else paragraph, else the article's most named place), never by its backer nor
    by the actors around it, who are often its targets; None when no place is named."""
    places = [e for e in evidence if e.weight < 1.0 and e.country not in backers]
    sentence = sentence_key(site.parsed, site.start)
    in_paragraph = [e for e in places if e.paragraph == site.parsed.index]
    for candidates in ([e for e in in_paragraph if e.sentence == sentence], in_paragraph):
        if candidates:
            before = [e for e in candidates if e.start < site.start]
            return (max(before, key=lambda e: e.start) if before else min(candidates, key=lambda e: e.start)).country
    return dominant_country(places)


def placed_country(site: MentionSite, evidence: list[CountryEvidence]) -> str | None:
    """'Kurds in Turkey marched': a people of several states is where the one place named in its sentence (else
    paragraph) lies; the actors around it, often its adversaries or patrons, say nothing of it."""
    sentence = sentence_key(site.parsed, site.start)
    in_paragraph = [e for e in evidence if e.weight < 1.0 and e.paragraph == site.parsed.index]
    for candidates in ([e for e in in_paragraph if e.sentence == sentence], in_paragraph):
        countries = {e.country for e in candidates}
        if countries:
            return countries.pop() if len(countries) == 1 else None
    return None


def faced_country(site: MentionSite, evidence: list[CountryEvidence], homeland: str | None) -> str | None:
    """'The Mozambique government accepted demands from Shona rebels': a community's armed men fight in the state
    their sentence (else paragraph) names as the one they face, unless it names their homeland too; places are
    left out, since shells and raids land across borders ("Kachin rebels fired shells into China")."""
    sentence = sentence_key(site.parsed, site.start)
    in_paragraph = [e for e in evidence if e.paragraph == site.parsed.index and not e.abroad]
    for candidates in ([e for e in in_paragraph if e.sentence == sentence], in_paragraph):
        if any(e.country == homeland for e in candidates):
            return homeland
        states = {e.country for e in candidates if e.state}
        if len(states) == 1:
            return states.pop()
    return homeland


def _bare_head(code: ActorCode) -> bool:
    """'the president', 'el mandatario': a head of state or government known by the title alone."""
    return code.head and code.sector == "GOV" and not code.entity_id


def _state_body(code: ActorCode) -> bool:
    """'the government', 'the foreign ministry', 'officials', 'el canciller': a civil body or official of a state
    known by its title alone (a town's council aside)."""
    return code.sector in CIVIL_SECTORS and not code.entity_id and not is_local_body(code)


def is_victim(site: MentionSite, code: ActorCode) -> bool:
    """'killing three people', 'civilians were wounded', '31 people died', 'matando a tres civiles'."""
    return is_victim_token(site.span.root, code.sector)


def victim_country(site: MentionSite, evidence: list[CountryEvidence], kb: ActorKnowledge | None) -> str | None:
    """Where victims were hit: a place named in their sentence (a place phrase, else a well-known city the
    tagger missed, as in "attacked Kharkiv"), else in their paragraph (place phrases, else well-known cities);
    else none: the actors around them are usually the attackers."""
    sentence = sentence_key(site.parsed, site.start)
    in_paragraph = [e for e in evidence if e.weight < 1.0 and e.paragraph == site.parsed.index]
    countries = {e.country for e in in_paragraph if e.sentence == sentence}
    if len(countries) > 1:  # "stormed from the Gaza Strip into Israel, killed 1,400 people": hit where they went
        countries = {e.country for e in in_paragraph if e.sentence == sentence and not origin_place(site, e.start)} \
            or countries
    if not countries and kb is not None:
        city = city_in_sentence(site.span.sent, kb)
        countries = {city} if city else {e.country for e in in_paragraph}
        if not countries:
            city = city_in_sentence(site.span.doc[:], kb)  # "Russian forces attacked Kharkiv. 31 people died."
            countries = {city} if city else set()
    if not countries:
        return invaded_country(site, evidence)
    return countries.pop() if len(countries) == 1 else None


def invaded_country(site: MentionSite, evidence: list[CountryEvidence]) -> str | None:
    """Victims of a raid across "its border": the state named last before the possessive in their sentence, outside
    the attackers' phrase (see invaded.py)."""
    root = site.span.root
    owner = invaded_possessive(root)
    if owner is None:
        return None
    offset = site.parsed.offset
    attackers = attacker_range(root)
    doc = site.span.doc
    low, high = (offset + doc[attackers[0]].idx, offset + doc[attackers[1] - 1].idx) if attackers else (-1, -1)
    sentence = sentence_key(site.parsed, site.start)
    states = [e for e in evidence if e.paragraph == site.parsed.index and e.sentence == sentence and e.state
              and e.start < offset + owner.idx and not low <= e.start <= high]
    return max(states, key=lambda e: e.start).country if states else None


def assign_context_countries(drafts: list[ActorDraft], evidence: list[CountryEvidence],
                             kb: ActorKnowledge | None = None) -> list[ActorDraft]:
    """Fill the country of drafts that need one from context; a draft whose mentions sit in contexts
    of different countries ("police" in a Kenyan and in a Ugandan paragraph) becomes one draft per country."""
    dominant = dominant_country([e for e in evidence if not e.abroad and not e.meeting])
    abroad = any(e.abroad for e in evidence)
    result: list[ActorDraft] = []
    for draft in drafts:
        if not (needs_context(draft.code) or _the_countrys(draft)) or not draft.mentions:
            result.append(draft)
            continue
        by_country: dict[str | None, list[MentionSite]] = {}
        neighbour = False
        for site in draft.mentions:
            if draft.code.backers:
                found = backed_country(site, evidence, draft.code.backers)
            elif draft.code.placed:
                found = placed_country(site, evidence)
            elif draft.code.acts_where:
                found = faced_country(site, evidence, draft.code.homeland)
            elif is_state_neighbour(draft.code, site):  # "its northern neighbour": another state, never the owner
                found = neighbour_country(site, evidence)
                neighbour = True
            elif draft.code.kind == "group" and draft.code.sector != "CVL" \
                    and is_foreign_group(site, draft.code.titles):
                found = None  # "western oil companies": not the story's country
            elif is_victim(site, draft.code):
                found = victim_country(site, evidence, kb)
            else:  # "an embassy spokesman" belongs to the embassy named before, not to the country it stands in
                known = _not_abroad_near(site, evidence) if abroad and not is_foreign_mission(draft.code) else evidence
                reign = dominant
                if is_bare_monarch(draft.code):  # "the King": of a monarchy, never of a republic named near him
                    known, reign = monarchy_evidence(known, dominant)
                elif is_first_person_government(draft.code, site):  # "My Government will support Ukraine"
                    known = outside_own_sentence(site, known)
                elif _state_body(draft.code) or _bare_head(draft.code):  # "the ministry condemned Indian strikes"
                    kept = not_acted_on(site, known)
                    if len(kept) < len(known):
                        known, reign = kept, dominant_country([e for e in _not_counterparts(site, kept)
                                                               if not e.abroad and not e.meeting])
                found = context_country(site, known, reign, draft.code.sector in FORCE_SECTORS,
                                        is_local_body(draft.code), _bare_head(draft.code),
                                        _state_body(draft.code)) or draft.code.homeland
                if found is None and is_bare_monarch(draft.code):
                    found = ceremony_country(site)  # "In the King's Speech, the monarch said": the British King
            by_country.setdefault(found, []).append(site)
        first = True
        for country, sites in sorted(by_country.items(), key=lambda item: min(s.start for s in item[1])):
            code = replace(draft.code, country=country, titles=set(draft.code.titles),
                           country_from_context=country is not None and country != draft.code.homeland)
            if neighbour:  # a state, not people living next door
                code.sector, code.kind = None, "country"
                code.name = country and (kb.country_name(country) if kb is not None else country) or code.name
            part = ActorDraft(draft.key + (country,), code, sites, draft.pronouns if first else [])
            first = False
            result.append(part)
    return result
