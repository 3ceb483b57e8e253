"""Who did what to whom (session 19): phrases hung on a verb particle ("pulled back from"), the addressee of a
protest, topic phrases naming the doer's own people once another target is read, a possessive pronoun marking the
doer of a nominal act, a dative that receives an act noun, the maker of an act named in a relative clause, the aim
of an act a delivering verb carries ("flew raids into"), a proper-noun subject the parser labels npadvmod, forces
massed at another country's place. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import coded_en as events
from tests.analyze.event_helpers import countries, first_en as of_type


@pytest.mark.parametrize("text, event_type, source, target", [
    # a from-phrase the parser hangs on the particle "back" is the verb's
    ("Syrian troops pulled back from the Jordanian border on Thursday.", "RETREAT", "SYR", "JOR"),
    ("Uganda pulled its soldiers back from a Congolese town on Friday.", "RETREAT", "UGA", "COD"),
    # the addressee of a protest, not the topic phrase that names the protester's own people
    ("Poland protested to Belarus over the arrest of its citizens.", None, "POL", "BLR"),
    # "its recognition of X": the possessive pronoun stands for the doer, the of-phrase is what is recognised
    ("Brazil announced its recognition of Croatia's independence.", "SUPPORT", "BRA", "HRV"),
    # a dative receives the act noun the verb hands over
    ("Paris gave Morocco its full support in the dispute.", "SUPPORT", "FRA", "MAR"),
    # a relative clause whose light verb has the act noun as object names the doer
    ("The food aid that Canada sent to Ethiopia was unloaded on Monday.", "AID", "CAN", "ETH"),
    # a delivering verb carries its object act: its into-phrase is the aim, its subject the doer
    ("Iraqi helicopters flew bombing raids into southern Iran on Saturday.", "ASSAULT", "IRQ", "IRN"),
    # a sentence-initial proper-noun subject the parser labels npadvmod
    ("Turkey massed troops on its border with Syria on Sunday.", "MOBILIZE", "TUR", "SYR"),
    # forces massed at another country's place are mobilised against it
    ("Croatian forces massed tanks outside the Bosnian town of Livno.", "MOBILIZE", "HRV", "BIH"),
])
def test_sides(text, event_type, source, target):
    event = of_type(text, event_type) if event_type else max(events(text), key=lambda e: e.confidence)
    assert source in countries(event.source), (countries(event.source), countries(event.target))
    assert target in countries(event.target), (countries(event.source), countries(event.target))


def test_topic_still_names_target_alone():
    # with no other target, the topic phrase still names it
    event = of_type("Chile protested on Monday over Argentina's new fishing limits.", "ACCUSE") \
        if any(e.type == "ACCUSE" for e in events("Chile protested on Monday over Argentina's new fishing limits.")) \
        else max(events("Chile protested on Monday over Argentina's new fishing limits."), key=lambda e: e.confidence)
    assert "ARG" in countries(event.target)


def test_only_delivering_verbs_carry_an_act():
    # "could bolster the investigation into X": the subject of bolster did not investigate
    for event in events("The Dade county audio recording could bolster the federal investigation by special counsel Ann "
                        "Moss into Senator Ray Lopez."):
        assert not (event.type == "ACCUSE" and event.source and event.target), (countries(event.source), event.type)


def test_forces_massed_at_home_have_no_place_target():
    # a place of the doer's own country is no target
    event = of_type("Peru massed troops near the Peruvian city of Tumbes.", "MOBILIZE")
    assert "PER" not in countries(event.target)


def test_received_aid_clause_names_no_giver():
    # "the aid that Rwanda received": receiving is no light verb, so Rwanda does not become the giver
    for event in events("The aid that Rwanda received from Belgium arrived on Tuesday."):
        if event.type == "AID":
            assert "RWA" not in countries(event.source)


def test_topic_naming_own_people_is_no_second_target():
    # the protester's own citizens in the over-phrase are no target once the addressee is read
    event = max(events("Poland protested to Belarus over the arrest of its citizens."), key=lambda e: e.confidence)
    assert countries(event.target) == {"BLR"}


def test_hyphenated_participle_names_no_subject():
    # "Syria-backed militia": the npadvmod of a participle is no misparsed subject (no SUPPORT by the militia)
    assert not [e for e in events("The Syria-backed militia said it fired rockets at the town.")
                if e.type == "SUPPORT" and not countries(e.target)]
