"""Stop 26, round 2 actor classes of the TimeBank and pages dev audits: colon datelines ("NEW DELHI: ...") are cut
off the first sentence, titles owned by a company or other non-state body are its officers, and a police force named
after a big town takes the country its article's towns name. Fixture sentences are our own."""
from __future__ import annotations

from detente.analyze.actors.owned_titles import owned_title  # noqa: F401  (the module under test)
from detente.analyze.events.evaluation import code_text
from detente.analyze.nlp import dateline_end
from tests.analyze.test_actors import analyse, find


def _sources(text: str, published: str = "2019-11-20") -> list[tuple]:
    return [(a.country, a.sector, a.name) for e in code_text(text, published, "en") for a in e.source]


# --- colon datelines (nlp.dateline_end) ---

def test_a_colon_dateline_of_a_known_place_is_cut_off() -> None:
    assert dateline_end("LAHORE: Police arrested three men on Tuesday.") == len("LAHORE: ")
    assert dateline_end("NEW DELHI: Farmers blocked the highway.") == len("NEW DELHI: ")


def test_a_colon_label_that_names_no_place_is_no_dateline() -> None:
    for text in ("UPDATE: Police arrested three men.", "WATCH: The minister speaks.", "EXCLUSIVE: The army said"):
        assert dateline_end(text) is None


def test_a_speaker_named_like_a_small_town_is_no_dateline() -> None:
    assert dateline_end("CLINTON: We will not back down.") is None


def test_the_colon_dateline_place_is_no_source() -> None:
    sources = _sources("KARACHI: Police arrested three protesters outside the press club on Tuesday.")
    assert sources and all(name != "KARACHI" for _, _, name in sources)


# --- titles owned by a company or other body (owned_titles.py) ---

def test_a_companys_president_is_no_head_of_state() -> None:
    sources = _sources("The firm's president criticized the government on Monday.")
    assert sources and all(sector == "BUS" for _, sector, _ in sources)


def test_an_unknown_organisations_president_is_business() -> None:
    actor = find(analyse([("en", "Globex Corporation's president criticized the tax plan.")], published="2019-11-20"),
                 "president")
    assert actor is not None and actor.sector != "GOV"


def test_a_unions_president_is_labour() -> None:
    sources = _sources("The union's president denounced the government.")
    assert sources and all(sector == "LAB" for _, sector, _ in sources)


def test_a_countrys_president_stays_government() -> None:
    sources = _sources("France's president criticized the plan on Monday.")
    assert ("FRA", "GOV") in {(c, s) for c, s, _ in sources}


def test_a_bare_president_stays_government() -> None:
    sources = _sources("The president criticized the plan on Monday.")
    assert sources and all(sector == "GOV" for _, sector, _ in sources)


# --- police forces named after a town (article_towns.py, force_areas.tsv) ---

def test_a_force_named_like_a_foreign_city_takes_the_articles_country() -> None:
    analysis = analyse([("en", "Riots broke out in Middlesbrough and Sunderland on Sunday. Cleveland Police arrested "
                               "40 people in Middlesbrough.")], published="2024-08-05")
    assert find(analysis, "Cleveland Police").country == "GBR"


def test_a_force_in_a_story_naming_no_other_country_keeps_its_town() -> None:
    analysis = analyse([("en", "Cleveland Police arrested 40 people on Sunday after a protest downtown.")],
                       published="2024-08-05")
    assert find(analysis, "Cleveland Police").country == "USA"


def test_a_visitors_country_does_not_move_a_force() -> None:
    analysis = analyse([("en", "Cleveland Police arrested a British tourist on Sunday. Police said the man had flown in "
                               "from Britain.")], published="2024-08-05")
    assert find(analysis, "Cleveland Police").country == "USA"
