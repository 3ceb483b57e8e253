"""Stop-26 non-events (nonevents-s26, TimeBank and pages dev audits): company business (company_business.py),
options, capabilities and conditions (unrealized_scenarios.py), the accounting "charge" and markets that "decline"
(market_idioms.py). Each rule has counter-examples that must still code. Sentences are written for these tests,
not taken from any audit or gold file."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en


def types(text: str) -> list[str]:
    return sorted(e.type for e in coded_en(text))


def test_company_deal_is_no_event():
    assert types("Acme Holdings Inc. agreed to sell two snack divisions to Kraft for $200 million.") == []
    assert types("Kellogg Co. agreed to merge with Ralston Purina Co. on Monday.") == []
    assert types("Today only, Amazon offers Apple's new iPad in refurbished condition for $300.") == []


def test_company_sides_only_is_no_event():
    assert types("Zenith Bank is offering a one-time bonus to its employees.") == []
    assert types("Kellogg is suspending work on a new cereal plant.") == []


def test_company_toward_a_state_and_state_deals_stay():
    assert "REQUEST" in types("Timex asked the Commerce Department for duty-free treatment of its watches.")
    assert "REQUEST" in types("Ford sought U.S. antitrust clearance to buy Volvo shares.")
    assert "AGREE" in types("Russia agreed to sell S-400 missile systems to Turkey.")
    assert "AGREE" in types("The government agreed to sell its stake in the national airline.")
    assert "SUPPORT" in types("The Federal Reserve approved the bank's acquisition of Starpoint Savings.")
    assert "REJECT" in types("The International Monetary Fund refused on Friday to release the next installment of its "
                             "loan to Russia.")  # a body of states, whatever sector the actor layer gives it


def test_labour_and_lawsuits_stay():
    assert "PROTEST" in types("Workers at the plant went on strike against the company.")
    assert "REJECT" in types("The union rejected the company's wage offer.")
    assert "ACCUSE" in types("Shareholders sued the chief executive for fraud.")


BUSINESS_REPORT = (
    "Orion Corp. said quarterly earnings rose and it raised its dividend. "
    "Shareholders cheered the merger talks, and the stock gained 3%. "
    "Analysts said revenue from the unit beat forecasts. "
    "Brokers Morgan Lane and Halsey Partners praised the board's decision. "
    "Miners at the company's West Virginia pits went on strike on Monday. "
    "The Securities and Exchange Commission sued Orion Corp. for fraud."
)


def test_business_report_keeps_only_political_or_labour_acts():
    coded = coded_en(BUSINESS_REPORT)
    assert "SUPPORT" not in [e.type for e in coded]  # brokers praising a board
    assert "PROTEST" in [e.type for e in coded]
    assert "ACCUSE" in [e.type for e in coded]


def test_options_capabilities_and_conditions_are_no_events():
    assert types("The first would be to launch a direct invasion of Kuwait, analysts said.") == []
    assert types("The other option is to blockade the port of Basra.") == []
    assert types("Army commanders said they were capable of deploying 200,000 troops to the border.") == []
    assert types("The navy is adequate to carry out a blockade of Iran.") == []
    assert types("If the government succeeds in seizing his assets, he will have no lawyers.") == []
    assert "RETREAT" not in types("Bush said he sees no hope until sanctions force Saddam to withdraw his army.")


def test_acts_beside_a_condition_stay():
    assert "RETREAT" in types("The rebels fought on until the army withdrew its troops from the valley.")
    assert "THREATEN" in types("Iran warned it would retaliate against Israel if Israel attacked its nuclear sites.")
    assert "COERCE" in types("Police arrested 20 protesters in Paris on Monday.")


def test_accounting_charge_is_no_accusation():
    assert types("The bank charged $30 million against earnings to cover bad loans.") == []
    assert "ACCUSE" in types("Prosecutors charged the former minister with fraud on Tuesday.")
    assert "ACCUSE" in types("Police charged three men with murder after the riot.")


def test_market_decline_is_no_refusal():
    assert types("Japan's Nikkei declined 0.4%, while Hong Kong's Hang Seng fell 1%.") == []
    assert types("Shares of the bank declined 12 cents in early trading.") == []
    assert "REJECT" in types("Iran declined the invitation to attend the talks.")
