"""Finding the known person behind a name the lists do not hold whole: initials dropped, a titled surname
("President Petro"), a head of state by surname, the body a person speaks for, the country a name's form gives."""
from __future__ import annotations

from functools import lru_cache

from detente.analyze.actors.matcher import PERSON_LABELS, Lexicon, Unit, token_texts
from detente.analyze.actors.name_origin import name_country
from detente.analyze.actors.phrases import Phrase
from detente.analyze.actors.readings import _entity_entries, _pick_entity
from detente.knowledge.actors import STATE_OFFICE_SECTORS, Entry, Term, gender_words, generic_roles
from detente.knowledge.actors.words import title_words as title_words_map
from detente.knowledge.actors.normalize import phrase_key


def _name_origin(phrase: Phrase, unit: Unit) -> str | None:
    """Country from a family-name-first name; a surname the tagger left out of the entity ("He Zhihua",
    where "He" was read as a pronoun) is taken back in."""
    doc = phrase.doc
    words = " ".join(doc[unit.start:unit.end].text.split()).split()
    if len(words) == 1 and unit.start > 0:
        before = doc[unit.start - 1]
        if before.text[:1].isupper() and before.whitespace_ and len(before.text) <= 6:
            words = [before.text, *words]
    return name_country(words)


NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def _without_initials(unit: Unit, lexicon: Lexicon) -> list[Entry]:
    """'Joseph R. Biden', 'Ferdinand Marcos Jr.': a listed person once middle initials and Jr./III are dropped."""
    words = [w for w in unit.text.replace(",", " ").split()]
    kept = [w for i, w in enumerate(words)
            if not (0 < i < len(words) - 1 and len(w.rstrip(".")) == 1) and w.lower() not in NAME_SUFFIXES]
    if len(kept) < 2 or len(kept) == len(words):
        return []
    return [e for e in lexicon.kb.phrases.get(phrase_key(" ".join(kept)), ()) if e.kind == "entity" and e.value.startswith("P:")]


def _titled_surname(unit: Unit, titles: set[str], lexicon: Lexicon, date: str) -> list[Entry]:
    """'Deputy Secretary Hicks': a title plus a known surname names the person holding that title."""
    words = phrase_key(unit.text).split()
    if len(words) != 1 or not titles:
        return []
    title_words = {w for t in titles for w in t.split()}
    title_words |= {title_words_map()[w] for w in title_words if w in title_words_map()}  # "sen." → "senator"
    matches = []
    for entity_id in lexicon.kb.surnames.get(words[0], ()):
        entity = lexicon.kb.entities[entity_id]
        term, _ = entity.term_at(date)
        role_words = set(phrase_key(term.role).split()) if term and term.role else set()
        if title_words & role_words:
            matches.append((term is not None and term.active(date), len(title_words & role_words),
                            Entry("entity", entity_id, unit.text)))
    active = [(overlap, entry) for is_active, overlap, entry in matches if is_active]
    best = [entry for overlap, entry in active if overlap == max(o for o, _ in active)] if active else []
    if len(best) == 1:
        return best  # "Foreign Minister Wang": Wang Yi, not the ministry's spokesman Wang Wenbin
    return [matches[0][2]] if len(matches) == 1 else []


def _head_by_surname(unit: Unit, lexicon: Lexicon, date: str) -> list[Entry]:
    """A bare surname too common to be an alias ("Johnson", "Ortega", "Sharif") that exactly one known person
    bearing it carries as sitting head of state or government on the date, or that only one listed bearer had held
    as head by the date when all its bearers are of one country ("Carter" in 2000; not "Brown", British and
    American, nor "Connolly" before the Irish president took office): that person (the article names no other
    bearer in full, or the surname would have joined that one). A word that is also a common first name
    ("Hassan", "Ibrahim", "Ali") names anyone: only the article's full name can tie it to a listed person."""
    words = phrase_key(unit.text).split()
    if len(words) != 1 or len(words[0]) < 4 or unit.label not in PERSON_LABELS or not unit.text[:1].isupper():
        return []
    if words[0] in first_name_keys():
        return []
    heads, bearers = [], []
    for entity_id in lexicon.kb.surnames.get(words[0], ()):
        entity = lexicon.kb.entities[entity_id]
        if phrase_key(entity.name).split()[-1] != words[0]:
            continue  # family-name-first index entries ("Li", "Yoon") are too common for this
        bearers.append(entity)
        term, _ = entity.term_at(date)
        if term is not None and term.is_head and term.active(date):
            heads.append(Entry("entity", entity_id, unit.text))
    if not heads and bearers:
        past = [e for e in bearers if any(t.is_head and t.sector == "GOV" and t.start and t.start <= date for t in e.terms)]
        countries = {t.country for e in bearers for t in e.terms}
        if len(past) == 1 and len(countries) == 1:  # "Carter" in 2000: Jimmy Carter (Ash Carter is American too)
            return [Entry("entity", past[0].id, unit.text)]
    return heads if len(heads) == 1 else []




def _official_by_surname(unit: Unit, lexicon: Lexicon, date: str, named: frozenset[str]) -> list[Entry]:
    """A bare surname ("Sergeyev told reporters the Russian paratroopers would stay", "Cook said Britain would
    back force") that exactly one listed person bears while holding a state office, on the date, of a state the
    sentence names by place or demonym: wire leads drop the title of a minister once the story is his. Without
    that state in the sentence a surname stays anyone's (a namesake minister elsewhere is no evidence)."""
    words = phrase_key(unit.text).split()
    if not named or len(words) != 1 or len(words[0]) < 4 or unit.label not in PERSON_LABELS \
            or not unit.text[:1].isupper() or words[0] in first_name_keys():
        return []
    holders = set()
    for entity_id in lexicon.kb.surnames.get(words[0], ()):
        entity = lexicon.kb.entities[entity_id]
        if phrase_key(entity.name).split()[-1] != words[0]:
            continue  # family-name-first index entries ("Li", "Yoon") are too common for this
        if any(t.active(date) and t.sector in STATE_OFFICE_SECTORS for t in entity.terms):
            holders.add(entity_id)
            if not any(t.active(date) and t.country in named for t in entity.terms):
                return []  # a sitting namesake of a state the sentence does not name: ambiguous
    return [Entry("entity", holder, unit.text) for holder in holders] if len(holders) == 1 else []


@lru_cache(maxsize=1)
def first_name_keys() -> frozenset[str]:
    """Keys of the listed first names ('hasan' for Hassan, as person names are keyed)."""
    return frozenset(phrase_key(word) for word in gender_words() if " " not in word and "." not in word)


def _role_before(doc, unit: Unit, lexicon: Lexicon) -> set[str]:
    """A generic role word right before a name that is no agent word by itself ("Chairman Kim", "Director
    Wray"): a title for finding the person by surname."""
    if unit.start == 0:
        return set()
    _, keys = token_texts(doc)
    key = keys[unit.start - 1]
    return {key} if key in generic_roles().get(lexicon.lang, ()) and key not in lexicon.agents else set()


def _affiliation(units: list[Unit], lexicon: Lexicon, date: str, preferred: frozenset[str]) -> Term | None:
    """The current position of a known organization named next to a person."""
    for unit in units:
        entries = _entity_entries(unit, "O:")
        entity = _pick_entity(lexicon, entries, None, date, preferred) if entries else None
        if entity is not None:
            return entity.term_at(date)[0]
    return None
