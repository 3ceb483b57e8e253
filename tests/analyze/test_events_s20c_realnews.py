"""Stop-20 round-3 English rules from the real-news audits, on sentences written for these tests: poll respondents'
views, a body's talks with its stakeholders, a right upheld with no holder, a promised end to a protest (CONCEDE +
future, codebook) and an acceptance and a rejection both denied. Near neighbours stay coded. The real pipeline runs up
to the events stage."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en, coded_es


def _types(events) -> list[str]:
    return sorted(e.type for e in events)


def test_poll_respondents_views_are_no_request():
    assert _types(coded_en("A new survey found that 52 percent of Canadians say they want parliament to ban the sale.")) == []
    assert _types(coded_en("Most voters want the legislature to raise the minimum wage, a poll showed.")) == []
    assert _types(coded_en("A majority of Australians say the premier should resign.")) == []


def test_actors_wishes_stay_requests():
    events = coded_en("Ottawa also wants Washington to eliminate the tariffs on Canadian steel.")
    assert "REQUEST" in _types(events)
    assert "REJECT" in _types(coded_en("Most senators say they will reject the treaty with Iran."))


def test_talks_with_stakeholders_are_no_consultation():
    text = "The cycling federation moved the race after long discussions with the sport's stakeholders and sponsors."
    assert "CONSULT" not in _types(coded_en(text))
    assert "CONSULT" in _types(coded_en("The Kenyan president held talks with the Somali foreign minister in Nairobi."))


def test_a_right_upheld_with_no_holder_supports_no_one():
    assert _types(coded_en("The Dutch premier said The Hague was standing by the right of self defence.")) == []
    event = next(e for e in coded_en("Poland stands by Ukraine's right to defend itself.") if e.type == "SUPPORT")
    assert [a.country for a in event.target] == ["UKR"]
    assert "SUPPORT" in _types(coded_en("Washington defended the right of Georgian police to use force against smugglers."))
    assert "SUPPORT" in _types(coded_en("The European Union adopted an aid package to support the Palestinian Authority."))


def test_a_promised_end_to_a_protest_stays_a_concession():
    events = coded_en("Hungarian truckers said they would suspend their blockade of the border crossing from Monday.")
    concessions = [e for e in events if e.type == "CONCEDE"]
    assert len(concessions) == 1 and concessions[0].future
    assert "AGREE" in _types(coded_en("The rebels said they will release the hostages on Friday."))


def test_neither_accepted_nor_rejected_is_no_refusal():
    events = coded_en("The Serbian government neither accepted nor rejected the mediators' proposal.")
    assert all(e.negated for e in events) and "AGREE" in _types(events)
    events = coded_es("El gobierno boliviano no rechazó ni aceptó la oferta de los mineros.")
    assert all(e.negated for e in events) and "AGREE" in _types(events)
    assert _types(coded_en("The Serbian government did not accept the proposal.")) == ["REJECT"]
