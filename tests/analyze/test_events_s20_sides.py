"""Who did what to whom when wire copy names a side in another sentence or far from the verb (session 20): a
sentence-opening "It"/"They" continues the previous sentence's named subject; a passive's by-agent that the parser
hangs on a noun of an earlier phrase, at the end of the clause, is the doer; a reported act's object owned by a
"their"/"its" that cannot be the doer's is the reporter's, and aimed at; "the two sides"/"both countries" stand for
the pair named before; "its neighbour" is never the doer itself. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import countries, first_en as of_type


@pytest.mark.parametrize("text, event_type, source, target", [
    # "It"/"They" opening a sentence: the previous sentence's subject
    ("Syria closed its border crossings on Monday. It also accused Turkey of arming the rebels.",
     "ACCUSE", "SYR", "TUR"),
    ("Ethiopia moved more tanks to the front on Friday. They shelled Eritrean positions near Zalambessa.",
     "ASSAULT", "ETH", "ERI"),
    ("Venezuela held elections on Sunday. But it rejected Colombian demands for international observers.",
     "REJECT", "VEN", "COL"),
    # a by-agent stranded on the noun of a time/place phrase
    ("Kenya was criticised on Friday at a conference in Geneva by Amnesty International.", "ACCUSE", "NGO", "KEN"),
    ("Zimbabwe was suspended on Monday at a summit in Abuja by the Commonwealth.", "SANCTION", "IGO", "ZWE"),
    # "their"/"its" of another number than the doer: the reporter owns the object
    ("Chinese diplomats said Vietnam had ignored their protest over the oil rig.", "REJECT", "VNM", "CHN"),
    ("Iran said the rebels had rejected its offer of talks.", "REJECT", "IRN", "IRN"),
    # "the two sides", "both countries": the pair named before, in the sentence or the one before it
    ("Armenian and Azerbaijani troops exchanged fire on Sunday. Both countries accused each other of breaking the truce.",
     "ACCUSE", "ARM", "AZE"),
    ("Sudan and Chad restored relations in Tripoli, and the two sides agreed to reopen their embassies.",
     "AGREE", "SDN", "TCD"),
    ("Putin met Japanese Prime Minister Mori in Irkutsk. The two leaders agreed to speed up peace treaty talks.",
     "AGREE", "RUS", "JPN"),
    # the by-phrase of an act noun hung on its of-object
    ("The expulsion of three Iranian diplomats by Germany drew protests in Tehran.", "SANCTION", "DEU", "IRN"),
    # a received act in a participle clause: the clause's subject undergoes it
    ("North Korea fired a missile over Japan, drawing sharp criticism from Tokyo.", "ACCUSE", "JPN", "PRK"),
])
def test_sides_s20(text, event_type, source, target):
    event = of_type(text, event_type)
    assert source in countries(event.source)
    assert target in countries(event.target)


def test_plural_noun_is_no_antecedent_of_it():
    # "it" does not take the rebels; no subject is invented for the accusation
    event = of_type("The rebels seized two towns on Friday. It accused Uganda of arming them.", "ACCUSE")
    assert not countries(event.source) or "UGA" not in countries(event.source)



@pytest.mark.parametrize("text, event_type, source", [
    ("Iraq threatened its neighbours with missile strikes.", "THREATEN", "IRQ"),
    ("Armenia accused its neighbour of shelling border villages.", "ACCUSE", "ARM"),
])
def test_its_neighbour_is_not_the_doer(text, event_type, source):
    # a relational noun owned by "its"/"their" names another party than its owner
    event = of_type(text, event_type)
    assert source in countries(event.source)
    assert source not in countries(event.target)


@pytest.mark.parametrize("text, event_type, parties, venue", [
    ("Ethiopia and Eritrea signed a ceasefire in Algiers.", "RETREAT", {"ETH", "ERI"}, "DZA"),
    ("Sudan and Chad restored relations in Tripoli.", "SUPPORT", {"SDN", "TCD"}, "LBY"),
])
def test_venue_of_a_joint_act_is_no_target(text, event_type, parties, venue):
    # two parties acting together somewhere: the venue's country is no last-resort target
    event = of_type(text, event_type)
    assert parties <= set(countries(event.source)) | set(countries(event.target))
    assert venue not in countries(event.target)


@pytest.mark.parametrize("text, event_type, source, target", [
    ("Vietnam and Cambodia restored diplomatic ties on Monday.", "SUPPORT", "VNM", "KHM"),
    ("Egypt and Sudan held joint naval exercises in the Red Sea on Sunday.", "COOPERATE", "EGY", "SDN"),
])
def test_mutual_act_makes_each_party_the_others_partner(text, event_type, source, target):
    # relations, exercises are had and held with each other: the first named is the source, the other the target
    event = of_type(text, event_type)
    assert source in countries(event.source)
    assert target in countries(event.target)


def test_backing_an_accord_is_no_mutual_act():
    event = of_type("Britain and France backed the peace accord on Monday.", "SUPPORT")
    assert not {"GBR", "FRA"} & set(countries(event.target))
