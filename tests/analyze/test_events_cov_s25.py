"""Stop-25 trigger coverage (events-cov-s25, blind wire sweep s25): wire verbs, phrasal verbs and light-verb phrases
added to the English lexicon, -ied and doubled-consonant past forms the small model lemmatises wrongly, and the
everyday senses of "rally" and "strike" (market_idioms.py). Each rule has a neighbour that must stay as it was.
Sentences are written for these tests, not taken from any gold file."""
from __future__ import annotations

from detente.analyze.events.lemmas import english_lemma
from tests.analyze.event_helpers import coded_en


def types(text: str) -> list[str]:
    return sorted(e.type for e in coded_en(text))


def test_light_verb_accusations():
    assert "ACCUSE" in types("Chile lodged a formal complaint with Bolivia over the border incident.")
    assert "ACCUSE" in types("Hungary laid the blame for the crisis on Romania.")
    assert "ACCUSE" not in types("Peru lodged its application with the court registry in May.")


def test_threat_vowed_and_agreement_vowed():
    assert "THREATEN" in types("Turkey vowed to crush the rebels in northern Iraq.")
    assert "AGREE" in types("Turkey vowed to cooperate with Iraq on border security.")


def test_signing_inked_and_agreement_sealed():
    assert "SUPPORT" in types("Brazil and Argentina inked a trade pact on Friday.")
    assert "AGREE" in types("Brazil and Argentina sealed an accord on nuclear inspections.")
    assert types("The striker inked a new contract with the club.") == []


def test_exchange_of_fire_and_ships_sunk():
    assert "ASSAULT" in types("Indian and Pakistani troops traded fire across the border in Kashmir.")
    assert "ASSAULT" in types("An Iraqi warplane sank an Iranian ship in the Gulf.")
    assert types("Both countries traded goods worth 2 billion dollars last year.") == []


def test_lending_money_is_aid_lending_a_player_is_not():
    assert "AID" in types("Japan lent Thailand 4 billion dollars to prop up the baht.")
    assert types("Real Madrid lent the striker to a French club for the season.") == []


def test_training_forces_is_military_aid():
    assert "AID" in types("British instructors trained Kenyan soldiers in bomb disposal.")
    assert "AID" not in types("The Kenyan team trained in Nairobi for the marathon.")


def test_concessions_in_phrasal_verbs():
    assert "CONCEDE" in types("The Bulgarian government caved in to the protesters and scrapped the tax.")
    assert "CONCEDE" in types("Greece dropped its objection to Albania's membership talks.")
    assert "CONCEDE" not in types("Greece dropped its team from the tournament.")


def test_past_forms_lemmatised_to_known_cues():
    assert english_lemma("readie", "readied", "VBD") == "ready"
    assert english_lemma("extoll", "extolled", "VBD") == "extol"
    assert english_lemma("slat", "slated", "VBN") != "slay"  # no "-ied", no doubled consonant


def test_markets_rallying_is_no_protest():
    assert types("Shares rallied on the Tokyo stock exchange on Monday.") == []
    assert types("Oil prices rallied on Tuesday after the report.") == []
    assert "PROTEST" in types("Farmers rallied in Paris on Tuesday against the trade deal.")


def test_striking_oil_or_a_tone_is_no_attack():
    assert types("A British company struck oil off the coast of Namibia.") == []
    assert types("The president struck a conciliatory tone in his speech.") == []
    assert "ASSAULT" in types("Rebels struck an army convoy near Goma on Monday.")


def test_vowed_retaliation_is_a_threat():
    assert "THREATEN" in types("Syria vowed to hit back at Israel if its positions were attacked.")
    assert "THREATEN" not in types("Syria vowed to work with Israel on the water dispute.")


def test_resumed_relations_and_resumed_fighting():
    assert "SUPPORT" in types("Egypt and Qatar resumed diplomatic relations on Tuesday.")
    assert "SUPPORT" not in types("Egypt and Qatar resumed their football league on Tuesday.")


def test_proposal_shot_down_is_a_rejection_a_plane_shot_down_an_attack():
    assert "REJECT" in types("Venezuela shot down the American proposal for a transition.")
    assert "ASSAULT" in types("Syrian air defences shot down an Israeli jet on Sunday.")
