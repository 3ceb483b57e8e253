"""Stop-21 round-3 English rules (real-news audit s21, classes A1, A3, A4, B3, E), on sentences written for these
tests: advice and forecast warnings, warnings that condemn conduct, promises of a state of the world, promises in a
relative clause over generic people, visits to private places, and the flags of a threat or a promise made now; their
political neighbours stay coded. The real pipeline runs up to the events stage."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en


def types(text: str) -> list[str]:
    return sorted(e.type for e in coded_en(text))


def test_advice_warning_is_no_threat():
    assert "THREATEN" not in types("Macron was warned by his chief of staff that his pension reform could cost him the election.")
    assert "THREATEN" not in types("The minister warned Germany that rising energy prices could damage its industry.")


def test_warning_against_conduct_is_a_protest():
    found = types("Islamabad said the Afghan envoy was warned that such provocative behaviour endangers regional peace.")
    assert "THREATEN" not in found and "ACCUSE" in found


def test_warnings_of_the_warners_own_act_stay_threats():
    assert "THREATEN" in types("Iran warned Israel that any attack would be met with a crushing response.")
    assert "THREATEN" in types("China warned Japan that it will cut off rare earth exports.")
    assert "THREATEN" in types("Russia warned Finland that the move would have serious consequences.")
    assert "THREATEN" in types("Iran warned Washington that the whole region would burn.")


def test_promise_of_a_state_of_the_world_is_no_agreement():
    assert "AGREE" not in types("Obama promised Democrats would be proud of the new health law.")
    assert "AGREE" not in types("The senator promised that the new bridge in Ohio would be the finest in America.")
    assert "AGREE" in types("Germany promised that it would send tanks to Ukraine.")
    assert "AGREE" in types("Japan pledged to provide aid to the Philippines.")
    assert "AGREE" in types("The government promised the veterans that their pensions would be safe.")


def test_promise_to_generic_people_inside_a_norm_is_no_agreement():
    assert "AGREE" not in types("Sunak said that workers who had been promised pensions should receive them in full.")
    assert "AGREE" not in types("Most Britons don't think the government delivered what they were promised.")


def test_visit_to_a_private_place_is_no_consultation():
    assert "CONSULT" not in types("President Biden visited one of his beach houses in Delaware on Sunday.")
    assert "CONSULT" not in types("Trump ended the week with a visit to a golf course in New Jersey.")
    assert "CONSULT" in types("President Biden visited Poland on Sunday.")
    assert "CONSULT" in types("Modi visited the French president in Paris.")


def test_threat_or_promise_made_now_carries_no_future_flag():
    threat = [e for e in coded_en("Hezbollah and Iran say they will retaliate against Israel.") if e.type == "THREATEN"]
    assert threat and not any(e.future for e in threat)
    promise = [e for e in coded_en("France said it will provide military aid to Ukraine.") if e.type == "AGREE"]
    assert promise and not any(e.future for e in promise)


def test_a_plan_reported_without_speech_keeps_its_future():
    plan = [e for e in coded_en("The foreign ministers of the G-7 will meet in Ottawa next month.") if e.type == "AGREE"]
    assert plan and all(e.future for e in plan)
