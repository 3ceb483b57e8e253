"""Word lists of the actor layer (collective, body, weapon and condition nouns, harm verbs, death words, generic
roles, first names, venue towns), each read once from its data file in this folder."""
from __future__ import annotations

from functools import lru_cache

from detente.knowledge.actors.forms import english_plurals, spanish_forms
from detente.knowledge.actors.normalize import phrase_key
from detente.knowledge.actors.tables import HERE, read_tsv, read_words


def _lowered(name: str) -> frozenset[str]:
    """The lower-cased words of one of this folder's word lists."""
    return frozenset(word.lower() for word in read_words(HERE / name))


@lru_cache(maxsize=1)
def ambiguous_aliases() -> frozenset[str]:
    return frozenset(phrase_key(word) for word in read_words(HERE / "ambiguous_aliases.txt"))


@lru_cache(maxsize=1)
def site_nouns() -> frozenset[str]:
    """'school', 'mosque', 'consulate': sites that, modifying an attack noun, are where it struck, not its doer."""
    return _lowered("site_nouns.txt")


@lru_cache(maxsize=1)
def force_areas() -> dict[str, frozenset[str]]:
    """Key of an area that names a police force ("cleveland") → the countries of such forces (force_areas.tsv)."""
    areas: dict[str, set[str]] = {}
    for row in read_tsv(HERE / "force_areas.tsv"):
        areas.setdefault(phrase_key(row["name"]), set()).add(row["iso3"])
    return {key: frozenset(countries) for key, countries in areas.items()}


@lru_cache(maxsize=1)
def collective_nouns() -> frozenset[str]:
    """'group', 'forces', 'members': heads that keep the sector of the agent word modifying them."""
    words = read_words(HERE / "collective_nouns.txt")
    return frozenset(phrase_key(form) for word in words for form in english_plurals(word))


@lru_cache(maxsize=1)
def condition_nouns() -> frozenset[str]:
    """'emergency', 'sitio': after "state of" / "estado de" they name a condition, not a government."""
    return _lowered("condition_nouns.txt")


@lru_cache(maxsize=1)
def abstract_nouns_es() -> frozenset[str]:
    """Spanish feminine agent forms that are abstract nouns ('política', 'crítica'): not derived as agents."""
    return _lowered("abstract_nouns_es.txt")


@lru_cache(maxsize=1)
def body_nouns() -> frozenset[str]:
    """Last words of the names of bodies ('service', 'ministry', 'forces'), singular and plural."""
    return frozenset(form for word in read_words(HERE / "body_nouns.txt") for form in english_plurals(word.lower()))


@lru_cache(maxsize=1)
def weapon_nouns() -> frozenset[str]:
    """Keys of weapon words and their plurals ('missiles', 'drones', 'misiles'): not actors unless they name a country."""
    words = read_words(HERE / "weapon_nouns.txt")
    return frozenset(phrase_key(form) for word in words for form in (*english_plurals(word), *spanish_forms(word)))


@lru_cache(maxsize=1)
def harm_verbs() -> frozenset[str]:
    """Lemmas of verbs whose object is a victim ('kill', 'wound', 'herir')."""
    return _lowered("harm_verbs.txt")


@lru_cache(maxsize=1)
def death_words() -> dict[str, str]:
    """Lemma → role (dies | toll | count | dead) of the words that make people victims without a harm verb."""
    return {row["word"].lower(): row["role"] for row in read_tsv(HERE / "death_words.tsv")}


@lru_cache(maxsize=1)
def generic_roles() -> dict[str, frozenset[str]]:
    """lang -> keys of role words that take the sector of the body modifying them ('rebel leader', 'jefe policial')."""
    roles: dict[str, set[str]] = {}
    for row in read_tsv(HERE / "generic_roles.txt"):
        forms = spanish_forms(row["word"]) if row["lang"] == "es" else english_plurals(row["word"])
        roles.setdefault(row["lang"], set()).update(phrase_key(form) for form in forms)
    return {lang: frozenset(keys) for lang, keys in roles.items()}


@lru_cache(maxsize=1)
def gender_words() -> dict[str, str]:
    """First names and gendered titles ('Mrs.', 'presidenta', 'spokeswoman') → 'f' or 'm'."""
    return {row["word"].lower(): row["gender"] for row in read_tsv(HERE / "gender_words.tsv")}


@lru_cache(maxsize=1)
def venue_towns() -> frozenset[str]:
    """Keys of towns the news names mostly as meeting venues ('Davos', 'Camp David'): they say little of whose
    story it is."""
    return frozenset(phrase_key(word) for word in read_words(HERE / "venue_towns.txt"))


@lru_cache(maxsize=1)
def meeting_nouns() -> frozenset[str]:
    """'talks', 'summit', 'cumbre': a place in their locative phrase is where parties met, not where they are from."""
    return _lowered("meeting_nouns.txt")


@lru_cache(maxsize=1)
def foreign_missions() -> frozenset[str]:
    """Keys of words for a state's missions abroad ('embassy', 'consulado'): their country is not where they stand."""
    return frozenset(phrase_key(word) for word in read_words(HERE / "foreign_missions.txt"))


@lru_cache(maxsize=1)
def dated_names() -> dict[str, list[tuple[str, str, str]]]:
    """Phrase key → (iso3, start, end): country names that meant another state for a span of time ("Congo" was
    Brazzaville's while Kinshasa's state was Zaire)."""
    names: dict[str, list[tuple[str, str, str]]] = {}
    for row in read_tsv(HERE / "dated_names.tsv"):
        names.setdefault(phrase_key(row["name"]), []).append((row["iso3"], row["start"], row["end"]))
    return names


@lru_cache(maxsize=1)
def dated_capitals() -> dict[str, list[tuple[str, str, str]]]:
    """Phrase key → (iso3, start, end): cities that were a state's seat of government for a span of time ("Bonn")."""
    names: dict[str, list[tuple[str, str, str]]] = {}
    for row in read_tsv(HERE / "dated_capitals.tsv"):
        names.setdefault(phrase_key(row["name"]), []).append((row["iso3"], row["start"], row["end"]))
    return names


@lru_cache(maxsize=1)
def local_bodies() -> frozenset[str]:
    """Keys of words for a town's own government ('ayuntamiento', 'mayor', 'city council'): of the town's country."""
    return frozenset(phrase_key(word) for word in read_words(HERE / "local_bodies.txt"))


@lru_cache(maxsize=1)
def counterpart_prepositions() -> frozenset[str]:
    """Prepositions whose object is a group's other party ('with', 'against', 'contra'), not its own country."""
    return frozenset(read_words(HERE / "counterpart_prepositions.txt"))


@lru_cache(maxsize=1)
def displacement_words() -> frozenset[str]:
    """Modifiers that make a people displaced ('displaced Kenyans', 'colombianos desplazados'): sector REF."""
    return frozenset(read_words(HERE / "displacement_words.txt"))


@lru_cache(maxsize=1)
def rank_prefixes() -> frozenset[str]:
    """First words of a longer title held by someone else than the bare title's holder ('deputy', 'vice')."""
    return frozenset(read_words(HERE / "rank_prefixes.txt"))


@lru_cache(maxsize=1)
def kind_nouns() -> frozenset[str]:
    """Nouns naming only a body's kind ('the ISI agency', 'the Taliban movement'): the named body's sector stands."""
    return frozenset(phrase_key(word) for word in read_words(HERE / "kind_nouns.txt"))


@lru_cache(maxsize=1)
def reason_prepositions() -> frozenset[str]:
    """Prepositions of an act's reason ('blamed Iran for Houthi attacks'): its doer is on the object's side."""
    return frozenset(read_words(HERE / "reason_prepositions.txt"))


@lru_cache(maxsize=1)
def addressee_verbs() -> frozenset[str]:
    """Lemmas whose 'to' names an addressee ('protested to Ankara'): the capital there is its government."""
    return _lowered("addressee_verbs.txt")


@lru_cache(maxsize=1)
def diplomat_titles() -> frozenset[str]:
    """Keys of titles of diplomats posted abroad ('ambassador', 'cónsul'): like a mission, not where they come from."""
    return frozenset(phrase_key(word) for word in read_words(HERE / "diplomat_titles.txt"))


@lru_cache(maxsize=1)
def title_words() -> dict[str, str]:
    """Short or gendered titles → the word listed roles use ('sen.' → 'senator', 'congresswoman' → 'representatives')."""
    return {row["title"].lower(): row["role_word"].lower() for row in read_tsv(HERE / "title_words.tsv")}


@lru_cache(maxsize=1)
def common_word_acronyms() -> frozenset[str]:
    """Acronyms that are also ordinary lower-case words ('bin', 'far', 'raw'): never recased."""
    return _lowered("common_word_acronyms.txt")


@lru_cache(maxsize=1)
def action_nouns_es() -> frozenset[str]:
    """Spanish nouns of acts whose "de X" names the doer ("los ataques de Rusia"), not a place (action_nouns_es.txt)."""
    return _lowered("action_nouns_es.txt")


@lru_cache(maxsize=1)
def town_first_country_names() -> frozenset[str]:
    """Country exonyms that news uses far more for a town (town_first_country_names.txt: Spanish "Granada")."""
    return frozenset(read_words(HERE / "town_first_country_names.txt"))


@lru_cache(maxsize=1)
def accented_english_demonyms() -> frozenset[str]:
    """English demonyms spelt with accents ("Burkinabé", "Réunionese"), lower case: in English text any other
    accented word that folds to a demonym is a name ("Germán" is no German)."""
    from detente.knowledge.actors.forms import english_demonym_plurals
    from detente.knowledge.actors.tables import split_list

    found = set()
    for name in ("country_words.tsv", "place_demonyms.tsv"):
        for row in read_tsv(HERE / name):
            for word in split_list(row["demonyms_en"]):
                if not word.isascii():
                    found.update(form.lower() for form in english_demonym_plurals(word))
    return frozenset(found)


@lru_cache(maxsize=1)
def dated_states() -> dict[str, tuple[str, str]]:
    """Code → (state before, first day of independence): "XKX" in a 1999 text is Serbia's (dated_states.tsv)."""
    return {row["iso3"]: (row["state"], row["until"]) for row in read_tsv(HERE / "dated_states.tsv")}


@lru_cache(maxsize=1)
def settled_territories() -> dict[str, str]:
    """Territory → the state whose citizens settle it ("PSE" → "ISR"; settled_territories.tsv)."""
    return {row["territory"]: row["settlers"] for row in read_tsv(HERE / "settled_territories.tsv")}


@lru_cache(maxsize=1)
def settler_words() -> frozenset[str]:
    """Keys of settler nouns and their English plurals and Spanish forms ("settlers", "colonos")."""
    words = read_words(HERE / "settler_words.txt")
    return frozenset(phrase_key(form) for word in words for form in english_plurals(word) + spanish_forms(word))


@lru_cache(maxsize=1)
def party_member_nouns() -> frozenset[str]:
    """'workers', 'militantes' after a party's name: its members, so the party's sector stands."""
    return frozenset(phrase_key(word) for word in read_words(HERE / "party_member_nouns.txt"))


@lru_cache(maxsize=1)
def kin_minorities() -> frozenset[tuple[str, str]]:
    """(nation, state) pairs: the nation's kin form an armed community in that state (kin_minorities.tsv)."""
    return frozenset((row["nation"], row["state"]) for row in read_tsv(HERE / "kin_minorities.tsv"))


@lru_cache(maxsize=1)
def kin_armed_nouns() -> frozenset[str]:
    """Keys of irregular armed men's nouns and their English plurals ("gunmen", "rebels"; kin_armed_nouns.txt)."""
    return frozenset(phrase_key(form) for word in read_words(HERE / "kin_armed_nouns.txt")
                     for form in english_plurals(word))


@lru_cache(maxsize=1)
def motion_verbs() -> frozenset[str]:
    """Lemmas whose 'to' / 'a' phrase is a destination ('travelled to Washington', 'viajó a Madrid'): where someone
    went, not whose they are."""
    return _lowered("motion_verbs.txt")


@lru_cache(maxsize=1)
def chamber_names() -> frozenset[str]:
    """Keys of chamber names used without their country ('House', 'the Commons'): a legislature of the story's
    country."""
    return frozenset(phrase_key(word) for word in read_words(HERE / "chamber_names.txt"))


@lru_cache(maxsize=1)
def chamber_bodies() -> frozenset[str]:
    """Keys of the last words of a chamber's bodies and groups ('committee', 'panel', 'Democrats')."""
    return frozenset(phrase_key(word) for word in read_words(HERE / "chamber_bodies.txt"))


@lru_cache(maxsize=1)
def directional_neighbours() -> dict[tuple[str, str], str]:
    """(country, direction) → its one neighbour that way ('KOR', 'north') → 'PRK' (neighbours.tsv)."""
    return {(row["country"], row["direction"]): row["neighbour"] for row in read_tsv(HERE / "neighbours.tsv")}


@lru_cache(maxsize=1)
def congress_states() -> dict[str, tuple[str, str]]:
    """Country → (sector, name) of the body a bare "Congress" means in its stories (congress_states.tsv)."""
    return {row["country"]: (row["sector"], row["name"]) for row in read_tsv(HERE / "congress_states.tsv")}


@lru_cache(maxsize=1)
def trade_nouns() -> dict[str, str]:
    """Lemma → sector of the trades and professions whose councils and associations are no state organ."""
    return {row["noun"]: row["sector"] for row in read_tsv(HERE / "trade_nouns.tsv")}


@lru_cache(maxsize=1)
def monarchies() -> frozenset[str]:
    """ISO3 codes of states whose head of state is a monarch (monarchies.txt)."""
    return frozenset(read_words(HERE / "monarchies.txt"))


@lru_cache(maxsize=1)
def monarch_ceremonies() -> dict[str, str]:
    """Capitalised ceremony name → the monarchy it belongs to ("King's Speech" → GBR)."""
    return {row["phrase"]: row["country"] for row in read_tsv(HERE / "monarch_ceremonies.tsv")}


@lru_cache(maxsize=1)
def apposition_group_nouns() -> frozenset[str]:
    """Last words of an indefinite apposition describing a named group ("a militant group", "an armed faction")."""
    return _lowered("apposition_group_nouns.txt")


@lru_cache(maxsize=1)
def foreign_modifiers() -> frozenset[str]:
    """Modifiers of a group from outside the story's country ("foreign", "western", "extranjeros")."""
    return _lowered("foreign_modifiers.txt")


@lru_cache(maxsize=1)
def aim_verbs() -> frozenset[str]:
    """Lemmas of verbs of firing at someone ("fired at journalists", "dispararon contra"): the "at" object is hit."""
    return _lowered("aim_verbs.txt")


@lru_cache(maxsize=1)
def territory_nouns() -> frozenset[str]:
    """Nouns for a state's territory ("its border", "su territorio"): a raid across it hits that state's people."""
    return _lowered("territory_nouns.txt")


@lru_cache(maxsize=1)
def us_state_abbreviations() -> frozenset[str]:
    """US state abbreviations of the party-state tag after a US politician's name ("R-N.H.", "D-Calif.", "R-TX")."""
    return frozenset(read_words(HERE / "us_state_abbreviations.txt"))
