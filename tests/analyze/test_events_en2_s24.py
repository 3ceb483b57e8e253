"""Stop-24 English rules, second round (PolNeAR train audit s24 classes N1/N5, corpus dev audit s24 classes A1, A4,
A6): a policy position described, a law's content, a rule of life stated of an indefinite kind, a related-link line
and a comment withheld report no act. Each rule is checked with a neighbour that must stay coded. Sentences are
written for these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en


def types(text: str) -> list[str]:
    return sorted(e.type for e in coded_en(text))


def test_position_on_a_course_of_action_is_no_support():
    assert types("Senator Warren supports raising taxes on the wealthy Americans.") == []
    assert types("Senator Warren opposes raising taxes on the wealthy.") == []
    assert "SUPPORT" in types("Senator Warren supports Israel.")
    assert "REJECT" in types("Senator Warren opposed the Iran deal.")


def test_denial_with_a_gerund_stays_coded():
    assert "REJECT" in types("The Israeli military has denied targeting the hospitals.")


def test_participle_describing_a_body_is_no_support():
    assert types("In a poll by Free Ukraine, a political advocacy organization supporting Zelensky, he leads.") == []
    assert "SUPPORT" in types("Syrsky issued a brief response thanking Fedorov for his work.")


def test_what_a_law_says_is_no_act():
    assert types("The Digital Markets Act allows the European Commission to fine Apple.") == []
    assert types("The new law requires the government to consult the tribes.") == []
    assert "RETREAT" in types("Israel allows aid trucks into Gaza.")
    assert "ASSAULT" in types("The agreement requires both sides to hold talks, but Russia attacked Kharkiv on Monday.")


def test_possibility_stated_of_an_indefinite_kind_is_no_act():
    assert types("In Texas, a landlord can be sued by the tenant for damages.") == []
    assert "MOBILIZE" in types("Russian troops can be deployed to Belarus within days.")


def test_related_link_line_is_no_event():
    assert types("SEE MORE: Kenya protests: police fire tear gas at students in Nairobi") == []
    assert types("Read more: Russian forces shelled Kharkiv overnight") == []
    assert "ASSAULT" in types("Police fired tear gas at students in Nairobi.")


def test_declining_to_comment_is_no_rejection():
    assert types("The State Department declined to comment on the report.") == []
    assert types("The minister refused to say whether Israel would retaliate.") == []
    assert "REJECT" in types("Hungary refused to sign the joint statement on Ukraine.")


def test_warning_the_public_to_keep_safe_is_a_request():
    assert types("Chinese officials have warned people to stay away from infected areas.") == ["REQUEST"]
    assert types("The United States warned Russia to stay out of Ukraine.") == ["THREATEN"]
    # a foreign power telling a population to move holds force out against it
    assert types("The Russian defence minister warned Ukrainian residents to leave the city now.") == ["THREATEN"]


def test_act_recurring_every_year_is_a_habit():
    assert types("Each year the European Union condemns Israel at the UN assembly.") == []
    assert "ASSAULT" in types("Russia shelled Kharkiv every day last week.")
