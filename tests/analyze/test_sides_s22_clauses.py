"""Doers read across clauses (stop 22): a gerund joined to a gerund of means, an opening time phrase before a
carried "it", a message noun inside a prepositional phrase, and a name the parser took for a noun phrase's head; an
object pronoun is not its own clause's subject (coref_binding.py). Sentences written for these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en, countries, event_at, names


def test_gerund_joined_to_a_gerund_of_means_is_the_subjects_and_him_is_the_other():
    text = "Hunter Biden spoke on Monday. Pence began the evening by swiping at Obama, blaming him for the slow recovery."
    event = event_at(text, "ACCUSE", "blaming")
    assert names(event.source) == {"Mike Pence"} and names(event.target) == {"Barack Obama"}


def test_object_pronoun_of_a_conjoined_verb_is_not_the_shared_subject():
    event = event_at("Obama met Modi in Delhi and praised him.", "SUPPORT", "praised")
    assert names(event.target) == {"Narendra Modi"}


def test_object_pronoun_of_a_reported_clause_is_the_reporter_not_its_own_subject():
    event = event_at("Obama said Putin had insulted him.", "ACCUSE", "insulted")
    assert names(event.target) == {"Barack Obama"}


def test_it_after_an_opening_date_continues_the_previous_subject():
    text = ("The Israeli military widened its offensive in southern Gaza on Thursday. "
            "On Friday, it ordered tens of thousands of residents to leave their homes.")
    assert countries(event_at(text, "COERCE", "ordered").source) == {"ISR"}


def test_it_after_an_opening_clause_is_not_carried():  # neighbour: "After the talks," may name another antecedent
    text = ("The Israeli military widened its offensive in southern Gaza on Thursday. "
            "After the talks, it ordered residents to leave their homes.")
    assert not event_at(text, "COERCE", "ordered").source


def test_calls_heard_by_someone_are_not_his():
    text = "Two Conservative councillors have called on Rishi Sunak to quit over his failure to listen to calls urging the government to back a ceasefire."
    for event in coded_en(text):
        assert "Rishi Sunak" not in names(event.source)


def test_statement_issued_is_the_issuers():  # neighbour: a message that is the object of issuing stays the issuer's
    text = "The Egyptian foreign ministry issued a statement urging Israel to halt the offensive."
    assert countries(event_at(text, "REQUEST", "urging").source) == {"EGY"}


def test_calls_responded_to_are_not_the_responders():
    text = "The Egyptian foreign ministry responded to calls urging Israel to halt the offensive."
    assert "EGY" not in countries(event_at(text, "REQUEST", "urging").source)


def test_opening_name_misparsed_as_a_noun_phrase_is_the_subject():
    text = "Trump imposed duties on Canadian lumber in 2019 during his first term in office, prompting Canada to announce countermeasures."
    assert names(event_at(text, "SANCTION", "imposed").source) == {"Donald Trump"}


def test_condemned_attack_aims_at_the_one_it_is_blamed_on():
    text = "Erdogan on Monday condemned a bomb attack on a police station in eastern Turkey, which Ankara blamed on the PKK."
    assert "Kurdistan Workers' Party" in names(event_at(text, "ACCUSE", "condemned").target)


def test_condemned_attack_still_spares_its_victims():  # neighbour: a relative on the victims keeps them victims
    text = "The ministry condemned the attack on journalists who were working in the open."
    assert not any("journalists" in n for n in names(event_at(text, "ACCUSE", "condemned").target))


def test_rejected_offer_recalls_the_previous_proposer():
    text = "The Kremlin proposed a ceasefire over Easter. Kyiv rejected the offer."
    assert countries(event_at(text, "REJECT", "rejected").target) == {"RUS"}


def test_objected_idea_recalls_the_proposer_in_the_same_sentence():
    text = "Mnuchin has suggested a smaller package for airlines, but Pelosi has repeatedly objected to this idea."
    assert names(event_at(text, "ACCUSE", "objected").target) == {"Steven Mnuchin"}


def test_an_offer_with_its_own_content_is_not_recalled():  # neighbour: "the offer of talks" names its own thing
    text = "The Kremlin proposed a ceasefire over Easter. Kyiv rejected the offer of talks."
    assert "RUS" not in countries(event_at(text, "REJECT", "rejected").target)
