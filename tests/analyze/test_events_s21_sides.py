"""Who did it to whom on real-news shapes (stop 21, round 2; audit-s21-dev classes C1, C2, D1, D2, D3): gerunds of
means, quoted third persons, reporting pronouns, possessors bound by an object pronoun, passive relatives and
by-agents, whose-objects, captions, attacks as means, pronoun aims of a complement, letters' addressees, the
speaker's own state, and reduced passive participles. Sentences written for these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en, coded_es, countries, names


def of_type(events, event_type: str, trigger: str | None = None):
    found = [e for e in events if e.type == event_type and (trigger is None or trigger in _trigger(e))]
    assert found, [(e.type, _trigger(e), countries(e.source), countries(e.target)) for e in events]
    return found[0]


def _trigger(event) -> str:
    ev = event.evidence
    return ev.sentence[ev.trigger.start - ev.start : ev.trigger.end - ev.start]


def test_gerund_of_means_is_done_by_the_clause_subject():  # C1
    event = of_type(coded_en("The rebels marked the anniversary by firing rockets at Turkish positions."), "ASSAULT", "firing")
    assert "rebels" in " ".join(names(event.source))


def test_accused_gerund_is_not_the_accusers():  # neighbour: "accused X of firing" is X's act, never the accuser's
    for event in coded_en("The army accused the rebels of firing rockets at the town."):
        if _trigger(event) == "firing":
            assert "army" not in " ".join(names(event.source))


def test_quoted_third_person_is_not_the_speaker():  # C2
    event = of_type(coded_en('"She welcomed the delegation into Texas," the senator said.'), "SUPPORT")
    assert not any("senator" in n for n in names(event.source))


def test_reporting_pronoun_continues_the_previous_subject():  # C1
    text = "The Turkish army held talks with Russian officers on Monday. It says it has killed dozens of Kurdish fighters."
    assert countries(of_type(coded_en(text), "ASSAULT", "killed").source) == {"TUR"}


def test_possessor_bound_by_the_object_pronoun_is_the_target():  # C2 + D3 (venue)
    event = of_type(coded_en("Netanyahu's main rivals criticized him at a Channel 12 debate."), "ACCUSE")
    assert "Benjamin Netanyahu" not in names(event.source)
    assert "Benjamin Netanyahu" in names(event.target)
    assert not any("Channel" in n for n in names(event.target))


def test_passive_relative_clause_names_the_one_acted_on():  # D2
    event = of_type(coded_en("The Serbian ministry, which was criticized by human rights groups, defended the law."),
                    "ACCUSE", "criticized")
    assert countries(event.target) == {"SRB"} and "SRB" not in countries(event.source)


def test_agent_owned_by_a_pronoun_is_not_the_patient():  # C2
    event = of_type(coded_en("Viktor Orban was criticized by his colleagues in Brussels."), "ACCUSE")
    assert "HUN" not in countries(event.source) and "HUN" in countries(event.target)


def test_attack_as_by_agent_strikes_the_passive_subject_not_the_place():  # D3
    for event in coded_en("The Hamas commander was killed by a drone strike in Beirut."):
        assert "LBN" not in countries(event.target)


def test_whose_object_aims_at_the_antecedent():  # D1
    event = of_type(coded_en("Former Chancellor Angela Merkel, whose policies Trump often criticized, retired in 2021."), "ACCUSE")
    assert countries(event.target) == {"DEU"}


def test_caption_name_talks_with():  # C1
    event = of_type(coded_en("Chancellor Olaf Scholz, right, talks with President Emmanuel Macron in Berlin."), "CONSULT")
    assert countries(event.source) == {"DEU"} and countries(event.target) == {"FRA"}


def test_caption_name_greets_during_a_meeting():  # C1
    event = of_type(coded_en("Zelensky greets soldiers during a meeting with Polish officials in Kyiv."), "CONSULT")
    assert countries(event.source) == {"UKR"}


def test_caption_shape_needs_a_name_and_an_s_verb():  # neighbour: a compound "peace talks" is no caption
    event = of_type(coded_en("Ukraine peace talks with Russia resumed."), "CONSULT")
    assert countries(event.source) == {"UKR"}


def test_weapon_used_in_an_attack_names_its_maker():  # C1
    event = of_type(coded_en("Russia used cruise missiles during an overnight attack on Odesa."), "ASSAULT", "attack")
    assert countries(event.source) == {"RUS"} and countries(event.target) == {"UKR"}


def test_pronoun_aim_of_a_threatened_act():  # D1
    event = of_type(coded_en("Belarusian police surrounded the protesters and threatened to use tear gas on them."),
                    "THREATEN")
    assert "protesters" in names(event.target)


def test_letter_addressee_is_asked():  # D1
    event = of_type(coded_en("The Senate committee sent a letter to Attorney General Merrick Garland demanding answers."),
                    "REQUEST")
    assert "Merrick Garland" in names(event.target)


def test_speakers_own_state_is_no_target_in_spanish():  # D3
    event = of_type(coded_es("La canciller alemana garantizó que Alemania seguirá apoyando los esfuerzos de paz."), "AGREE")
    assert "DEU" not in countries(event.target)


def test_attack_in_phrase_is_the_means():  # D3: "killed in Saudi airstrikes": Saudi Arabia struck, was not struck
    event = of_type(coded_en("Dozens of Yemenis were killed in Saudi airstrikes on Sanaa."), "ASSAULT", "killed")
    assert countries(event.source) == {"SAU"} and "SAU" not in countries(event.target)


def test_reduced_passive_participle_names_the_victims():  # D1
    event = of_type(coded_en("Syrian civilians killed in Russian strikes were buried on Friday."), "ASSAULT", "killed")
    assert countries(event.source) == {"RUS"} and "SYR" in countries(event.target)


def test_troops_sent_are_no_patient():  # neighbour: a participle of a non-hostile act keeps its noun out of the target
    for event in coded_en("Troops deployed to the border clashed with rebels."):
        if event.type == "MOBILIZE":
            assert "Troops" not in names(event.target)


def test_condemned_attacks_victims_are_not_accused():  # D3
    event = of_type(coded_en("The union condemned the attack on journalists."), "ACCUSE")
    assert "journalists" not in names(event.target)


def test_condemned_attacks_named_doer_is_accused():  # neighbour: a named attacker stays the target
    event = of_type(coded_en("The union condemned Russia's attack on Kyiv."), "ACCUSE")
    assert countries(event.target) == {"RUS"}


def test_outlawed_group_is_the_target_not_the_population():  # was an own-country case in test_events_s20b_sides
    event = of_type(coded_en("Jamaat-ul-Ahrar, a militant faction outlawed by President Musharraf in 2002, denied the charge."),
                    "COERCE")
    assert names(event.target) == {"Jamaat-ul-Ahrar"}
