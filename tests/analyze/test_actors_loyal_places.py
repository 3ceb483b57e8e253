"""Groups loyal to someone take that person's country, people of a city or region take its country, short texts
typed in lower case keep their country words, listed towns are places, and the person phrase ruler tags what
spaCy's EntityRuler tags. Phrases written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze import nlp as nlp_stage
from detente.analyze.actors import resolve_text
from detente.analyze.actors.ruler import PERSON_LABEL, RULER_NAME, person_aliases
from detente.knowledge.actors import default_knowledge
from tests.analyze.test_actors import analyse, find


def code(text: str, date: str = "2022-06-01", lang: str = "en") -> tuple:
    found = resolve_text(text, date, lang)
    return (found.country, found.sector) if found else (None, None)


@pytest.mark.parametrize("text, expected", [
    ("troops loyal to Assad", ("SYR", "MIL")),
    ("forces loyal to Haftar", ("LBY", "MIL")),
    ("soldiers loyal to Maduro", ("VEN", "MIL")),
])
def test_a_group_loyal_to_someone_takes_their_country(text: str, expected: tuple) -> None:
    assert code(text) == expected


def test_loyal_groups_in_running_text() -> None:
    analysis = analyse([("en", "Forces loyal to Haftar attacked Tripoli on Monday.")])
    assert (find(analysis, "Forces loyal to Haftar").country, find(analysis, "Forces loyal to Haftar").sector) == \
        ("LBY", "MIL")
    spanish = analyse([("es", "Las milicias leales a Maduro reprimieron a los manifestantes.")])
    assert find(spanish, "Las milicias leales a Maduro").country == "VEN"


@pytest.mark.parametrize("text, expected", [
    ("Londoners", ("GBR", "CVL")), ("Muscovites", ("RUS", "CVL")), ("New Yorkers", ("USA", "CVL")),
    ("Texans", ("USA", "CVL")), ("Muscovite officials", ("RUS", "GOV")),
])
def test_people_of_a_city_or_region_take_its_country(text: str, expected: tuple) -> None:
    assert code(text) == expected


def test_the_magazine_is_not_new_yorkers() -> None:
    assert code("The New Yorker")[0] is None


@pytest.mark.parametrize("text, expected", [
    ("saudi-led coalition forces", ("SAU", "MIL")),
    ("us-led coalition forces", ("USA", "MIL")),
    ("ukraine's armed forces", ("UKR", "MIL")),
    ("the u.s. air force", ("USA", "MIL")),
])
def test_lower_case_texts_keep_their_country_words(text: str, expected: tuple) -> None:
    assert code(text) == expected


@pytest.mark.parametrize("text, country", [
    ("Srebrenica", "BIH"), ("Sderot", "ISR"), ("Charlottesville", "USA"), ("Davos", "CHE"),
])
def test_listed_towns_are_places_whatever_their_size(text: str, country: str) -> None:
    assert code(text) == (country, "CVL")


def test_a_country_name_after_a_place_cue_is_the_country() -> None:
    """'Niger' is the country, not Nigeria's Niger State; 'Liberia' the country, not the Costa Rican town."""
    assert code("refugees fleeing the civil war in Liberia")[0] == "LBR"
    assert code("a village in Niger")[0] == "NER"


def test_the_phrase_ruler_tags_what_the_entity_ruler_tags() -> None:
    from spacy.pipeline import EntityRuler

    texts = ["The revocation of Petro's visa angered Petro and Gustavo Petro.",
             "Maduro met Lula da Silva and Sheinbaum in Brasilia; Trump called Zelensky.",
             "Nothing here names a person at all."]
    nlp = nlp_stage.load_pipeline("en")
    stock = EntityRuler(nlp, name="stock", phrase_matcher_attr="ORTH", overwrite_ents=False)
    with nlp.select_pipes(enable=[]):
        stock.add_patterns([{"label": PERSON_LABEL["en"], "pattern": a} for a in person_aliases(default_knowledge())])
    names = [name for name, _ in nlp.pipeline]
    for text in texts:
        doc = nlp.make_doc(text)
        for name in names[:names.index(RULER_NAME)]:
            doc = nlp.get_pipe(name)(doc)
        theirs = stock(doc.copy())
        mine = nlp.get_pipe(RULER_NAME)(doc)
        assert [(e.start, e.end, e.label_) for e in mine.ents] == [(e.start, e.end, e.label_) for e in theirs.ents]
        assert mine.ents or not theirs.ents
