"""Material aid told by a giving verb and what is given (events/gifts.py): sentences written for these tests, full
analysis (real actor layer) up to the events stage."""
from __future__ import annotations

import pytest

from detente.analyze.events.evaluation import code_text


def coded(text: str) -> list[tuple[str, list, list]]:
    return [(e.type, [a.country for a in e.source], [a.country for a in e.target]) for e in code_text(text, "2026-02-04", "en")]


@pytest.mark.parametrize("text, expected", [
    ("The United States sent Ukraine another package of artillery shells and missiles.", ("AID", ["USA"], ["UKR"])),
    ("Russia shipped weapons to Syria.", ("AID", ["RUS"], ["SYR"])),
    ("Germany will deliver 50 tanks to Poland.", ("AGREE", ["DEU"], ["POL"])),  # a promised gift is AGREE
])
def test_giving_arms_or_goods_to_someone_is_aid(text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text", [
    "The Spanish president sent a letter to the Moroccan king.",  # not goods
    "The Kenyan government ordered new tanks for its army.",  # no giving verb
])
def test_other_giving_is_no_event(text):
    assert "AID" not in [t for t, _, _ in coded(text)]
