"""General rules behind the seed article's arguments, on sentences written for these tests (not the seed text):
the state named on a revoked document is the one that revoked it, and listed acts share a missing target."""
from __future__ import annotations

from tests.analyze.test_events import analyse, countries


def sanctions(analysis):
    return [e for e in analysis.events if e.type == "SANCTION"]


def test_the_state_named_on_a_revoked_visa_revoked_it():
    event, = sanctions(analyse("The dispute worsened after the revocation of Maduro's US visa."))
    assert countries(event.source) == ["USA"] and countries(event.target) == ["VEN"]


def test_a_visa_without_an_issuer_gets_no_invented_source():
    event, = sanctions(analyse("The dispute worsened after the revocation of Maduro's visa."))
    assert event.source == [] and countries(event.target) == ["VEN"]


def test_a_named_agent_beats_the_issuer():
    event, = sanctions(analyse("The revocation of Maduro's US visa by the Treasury Department angered Caracas."))
    assert [a.name for a in event.source] == ["Treasury Department"]


def test_listed_acts_of_one_type_share_a_missing_target():
    analysis = analyse("The talks follow the revocation of Maduro's US visa, sanctions imposed by the Treasury "
                       "Department and Trump's accusations about the Colombian government.")
    by_trigger = {analysis.text[e.evidence.trigger.start:e.evidence.trigger.end]: e for e in analysis.events}
    assert countries(by_trigger["sanctions"].source) == ["USA"] and countries(by_trigger["sanctions"].target) == ["VEN"]
    assert countries(by_trigger["revocation"].target) == ["VEN"]
    assert [a.name for a in by_trigger["accusations"].target] == ["Colombian government"]


def test_an_act_alone_gets_no_borrowed_target():
    event, = sanctions(analyse("The talks follow sanctions imposed by the Treasury Department."))
    assert event.target == []


def test_a_warning_of_what_may_happen_is_no_threat():
    from detente.analyze.events.evaluation import code_text

    forecast = code_text("Analysts warn that disagreements over drug policy could put the relationship under strain again.",
                         "2026-02-04", "en")
    assert [e.type for e in forecast] == []
    threat = code_text("Russia warned Ukraine that it would respond to any attack.", "2026-02-04", "en")
    assert [e.type for e in threat] == ["THREATEN"]


def test_what_came_before_the_main_clause_keeps_only_its_month():
    # the stated day is the rally's; the statements came before it, some time that month
    analysis = analyse("On 9 January 2026, Maduro spoke at a rally after Donald Trump's statements suggesting a possible "
                       "military intervention in Venezuela.")
    threat = next(e for e in analysis.events if e.type == "THREATEN")
    assert (threat.date, threat.date_precision) == ("2026-01-01", "month")
    rally = next(e for e in analysis.events if e.type == "PROTEST")
    assert (rally.date, rally.date_precision) == ("2026-01-09", "day")


def test_statements_by_an_actor_suggesting_an_attack_are_its_threat():
    from detente.analyze.events.evaluation import code_text

    events = code_text("Statements by the Russian president suggesting a possible attack on Ukraine alarmed Europe.",
                       "2026-02-04", "en")
    threat = next(e for e in events if e.type == "THREATEN")
    assert [a.country for a in threat.source] == ["RUS"]
