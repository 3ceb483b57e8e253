"""Stop 20 of the actor layer (sentences written for these tests): 1990s-2000s wire actors: a term's last day,
period state media, parties, monitors and armed movements, officials of the period, Kosovo towns by date."""
from __future__ import annotations

import pytest

from detente.knowledge.actors import Term
from tests.analyze.test_actors import analyse


def coded(lang: str, sentence: str, date: str) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (a.country, a.sector) for a in analyse([(lang, sentence)], date).actors for m in a.mentions}


def test_a_term_is_held_on_its_last_day():
    term = Term("IDN", "GOV", "President of Indonesia", "1967-03-12", "1998-05-21")
    assert term.active("1998-05-21") and term.active("1998-05-21T09:30:00")
    assert not term.active("1998-05-22")


@pytest.mark.parametrize("sentence, mention, date, want", [
    # a leader named on the day his term ends is still in office; the day after he is a former official
    ("Mahuad fled the presidential palace as soldiers joined the protesters.", "Mahuad", "2000-01-21", ("ECU", "GOV")),
    ("Mahuad flew to the United States.", "Mahuad", "2000-01-25", ("ECU", "ELI")),
])
def test_last_day_of_a_term(sentence, mention, date, want):
    assert coded("en", sentence, date)[mention] == want


@pytest.mark.parametrize("sentence, mention, date, want", [
    ("Tass reported heavy snow in Siberia.", "Tass", "1993-01-12", ("RUS", "JRN")),
    ("The Tanjug agency quoted a ministry statement.", "The Tanjug agency", "1998-06-01", ("SRB", "JRN")),
    ("UNSCOM said the documents had been destroyed.", "UNSCOM", "1996-06-14", ("UNO", "GOV")),
    ("The Khmer Rouge ambushed a train near Kampot.", "The Khmer Rouge", "1994-07-26", ("KHM", "REB")),
    ("Leaders of the SPS met in Belgrade.", "Leaders of the SPS", "1996-11-20", ("SRB", "PTY")),
    ("The HDZ chose a new leader after Tudjman's death.", "The HDZ", "2000-04-29", ("HRV", "PTY")),
    ("Tupac Amaru guerrillas freed two hostages.", "Tupac Amaru guerrillas", "1996-12-20", ("PER", "REB")),
])
def test_period_media_parties_and_movements(sentence, mention, date, want):
    assert coded("en", sentence, date)[mention] == want


@pytest.mark.parametrize("lang, sentence, mention, date, want", [
    ("en", "Deputy President Thabo Mbeki opened the talks in Pretoria.", "Deputy President Thabo Mbeki",
     "1996-02-01", ("ZAF", "GOV")),
    ("es", "El gobernador Ulises Ruiz pidió apoyo federal.", "El gobernador Ulises Ruiz", "2006-07-01", ("MEX", "GOV")),
])
def test_period_officials_and_movements(lang, sentence, mention, date, want):
    assert coded(lang, sentence, date)[mention] == want


def test_spanish_comuneros_are_civilians():
    assert coded("es", "Los comuneros de Juliaca bloquearon el puente.", "2004-05-02")["Los comuneros de Juliaca"] \
        == ("PER", "CVL")


@pytest.mark.parametrize("town", ["Srbica", "Malisevo", "Djakovica"])
def test_kosovo_towns_place_armed_men_in_serbia_before_2008(town):
    got = coded("en", f"Ethnic Albanian gunmen attacked a police station near {town}.", "1998-07-01")
    assert got["Ethnic Albanian gunmen"][0] == "SRB"


@pytest.mark.parametrize("sentence, mention, date, want", [
    # a sitting minister's bare surname, with his state named in the sentence
    ("Sergeyev said the Russian fleet would sail next week.", "Sergeyev", "1999-02-10", ("RUS", "GOV")),
    ("Kharrazi told Iranian television the talks had failed.", "Kharrazi", "2001-03-01", ("IRN", "GOV")),
])
def test_bare_surname_of_a_sitting_official_whose_state_the_sentence_names(sentence, mention, date, want):
    assert coded("en", sentence, date)[mention] == want


@pytest.mark.parametrize("sentence, mention, date", [
    ("Sergeyev scored twice for the home side.", "Sergeyev", "1999-02-10"),  # no state named
    ("Sergeyev said the Russian fleet would sail next week.", "Sergeyev", "2012-02-10"),  # not in office then
])
def test_bare_surname_without_its_state_or_office_stays_unread(sentence, mention, date):
    assert coded("en", sentence, date).get(mention, (None, None))[0] is None


@pytest.mark.parametrize("sentence, mention, want", [
    ("Athens protested to Ankara over the airspace violation.", "Ankara", ("TUR", "GOV")),
    ("Belgrade appealed to Moscow for fuel.", "Moscow", ("RUS", "GOV")),
])
def test_capital_addressed_by_to_is_its_government(sentence, mention, want):
    assert coded("en", sentence, "1998-05-10")[mention] == want


def test_capital_as_destination_stays_a_place():
    assert "Ankara" not in coded("en", "The Greek minister flew to Ankara on Monday.", "1998-05-10")


@pytest.mark.parametrize("sentence, mention, want", [
    # the text's own state title beats a list that holds only her earlier office
    ("Turkish Foreign Minister Tansu Ciller flew to Athens.", "Turkish Foreign Minister Tansu Ciller", ("TUR", "GOV")),
    ("Former Prime Minister Tansu Ciller flew to Athens.", "Former Prime Minister Tansu Ciller", ("TUR", "ELI")),
    ("Tansu Ciller flew to Athens.", "Tansu Ciller", ("TUR", "ELI")),
])
def test_state_title_of_a_listed_former_official(sentence, mention, want):
    assert coded("en", sentence, "1997-02-10")[mention] == want


@pytest.mark.parametrize("sentence, mention, date, want", [
    ("Bonn said it would not send troops to Bosnia.", "Bonn", "1995-06-28", ("DEU", "GOV")),
    ("Rangoon rejected the criticism of the junta.", "Rangoon", "1997-03-01", ("MMR", "GOV")),
    ("Bonn hosted the climate talks.", "Bonn", "2015-06-28", ("DEU", "CVL")),  # no longer a seat of government
])
def test_former_seats_of_government_by_date(sentence, mention, date, want):
    assert coded("en", sentence, date)[mention] == want


def test_bolivian_coca_region_places_the_police():
    got = coded("es", "La Policía Nacional desalojó a los cocaleros del Chapare.", "2000-09-25")
    assert got["La Policía Nacional"] == ("BOL", "COP")


def test_a_title_of_another_person_in_the_phrase_is_not_the_former_officials():
    got = coded("en", "Voters backed Obama's rival, Republican Sen. John McCain of Arizona.", "2020-11-10")
    assert got["Obama"] == ("USA", "ELI")


@pytest.mark.parametrize("sentence, mention, want", [
    ("El prefecto de Oruro pidió diálogo a los mineros.", "El prefecto de Oruro", ("BOL", "GOV")),
    ("El intendente de Rosario recibió a los vecinos.", "El intendente de Rosario", ("ARG", "GOV")),
])
def test_spanish_regional_and_town_chiefs(sentence, mention, want):
    assert coded("es", sentence, "2003-10-15")[mention] == want


def test_a_title_of_another_branch_recalls_an_earlier_office():
    got = coded("en", "The county had backed U.S. Sen. Barack Obama in 2008.", "2024-05-01")
    assert got["U.S. Sen. Barack Obama"] == ("USA", "ELI")
