"""Who did what to whom in long wire leads (session 19, round 2): a pronoun target whose antecedent is in an earlier
clause of the sentence (matching in number), the doer of a condemned or protested act whose by-phrase the parser
hangs on the act's object, an after-phrase that holds another act, a speech act the parser joins to the reported
clause, a sole party's agreement to a hostile act, "the country" standing for the country named before it, and the
destination of forces whose to/into phrase hangs on what is sent. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import coded_en as events
from tests.analyze.event_helpers import countries, first_en as of_type


@pytest.mark.parametrize("text, event_type, source, target", [
    # "it"/"them" aimed at: the earlier clause's subject of the same number
    ("Iran tested a long-range missile in March, and on Friday the European Union imposed sanctions on it.",
     "SANCTION", "EUR", "IRN"),
    # a plural subject cannot be "it": the earlier clause's object (a place) is
    ("Chechen fighters have used the Pankisi valley of Georgia for years, and on Monday Russian jets bombed it.",
     "ASSAULT", "RUS", "GEO"),
    # the by-phrase of a condemned act, hung by the parser on the act's object, names whom it is aimed at
    ("The State Department on Friday protested the detention of an Iranian-born professor by Iraqi security police "
     "in Basra.", "ACCUSE", "USA", "IRQ"),
    # a protest whose object is an act aims at the act's doer
    ("Thailand protested the seizure of a Thai fishing boat by Burmese gunboats on Monday.", "ACCUSE", "THA", "MMR"),
    # an after-phrase holds another act: the place of the act's object is its target
    ("Thai-led forces have retaken a hilltop base in Western Cambodia after fierce fighting with guerrillas who "
     "seized it in May.", "ASSAULT", "THA", "KHM"),
    # a speech act joined to the reported clause continues the reporting one
    ("Greece's Foreign Ministry said Turkish jets had violated its airspace over the Aegean on Tuesday, and lodged "
     "a formal protest with Ankara.", "ACCUSE", "GRC", "TUR"),
    ("Kenyan officials said Somali gunmen had kidnapped two aid workers near the border, and accused the Somali "
     "government of failing to act.", "ACCUSE", "KEN", "SOM"),
    # a sole party's agreement to a hostile act is aimed at whom the act is; a partner's common foe stays no target
    ("The Arab League agreed on Sunday to an arms embargo against Somalia.", "AGREE", "IGO", "SOM"),
    # "the country" in the act's from-phrase stands for the country named last before it
    ("Russia has kept 3,000 soldiers in the Transdniester region of Moldova since 1992, but Moscow said on Friday it "
     "would withdraw them from the country by 2003.", None, "RUS", "MDA"),
    # forces sent: the into-phrase the parser hangs on a participle describing them
    ("Russia on Friday sent hundreds of paratroopers backed by armored vehicles into eastern Georgia.",
     "MOBILIZE", "RUS", "GEO"),
])
def test_sides(text, event_type, source, target):
    event = of_type(text, event_type) if event_type else max(events(text), key=lambda e: e.confidence)
    assert source in countries(event.source), (countries(event.source), countries(event.target))
    assert target in countries(event.target), (countries(event.source), countries(event.target))


def test_reported_conjunct_sharing_the_auxiliary_keeps_its_subject():
    # "had killed ... and wounded": no speech act, the reported clause's subject did both
    for event in events("Police said rebels had attacked a convoy near the capital and burned two trucks."):
        if event.type == "ASSAULT":
            assert "CVL" not in {a.sector for a in event.source}


def test_after_phrase_still_names_a_target_without_an_object():
    # "retaliated after an attack by X": with no object of its own, the act is aimed at the one in the after-phrase
    event = of_type("Israel retaliated on Monday after an attack by Hezbollah guerrillas.", "ASSAULT")
    assert "LBN" in countries(event.target)


def test_plural_pronoun_needs_a_plural_antecedent():
    # "them": the plural object, not the singular subject, of the earlier clause
    event = of_type("Indonesia arrested twelve East Timorese students in Dili last week and released them on Friday.",
                    "RETREAT")
    assert "IDN" not in countries(event.target)


def test_common_foe_of_partners_is_no_target():
    # "cooperate with X against Y": Y is a common foe, X the party
    event = of_type("Egypt agreed on Monday to cooperate with Sudan against armed smugglers from Libya.", "AGREE")
    assert "LBY" not in countries(event.target)


