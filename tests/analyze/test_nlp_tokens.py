"""Tokenizer adjustments on top of the stock spaCy models."""
from __future__ import annotations

import pytest

from detente.analyze.nlp import load_pipeline


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("text, expected", [
    ('Gowdy:"Who knew?"', ["Gowdy", ":", '"', "Who"]),
    ("Ellison:“We will.”", ["Ellison", ":", "“", "We"]),
])
def test_colon_glued_to_a_quotation_is_split(lang: str, text: str, expected: list[str]) -> None:
    assert [t.text for t in load_pipeline(lang).tokenizer(text)][:4] == expected


@pytest.mark.parametrize("text", ["at 10:30 today", "see https://news.example/a:b"])
def test_colons_elsewhere_are_left_alone(text: str) -> None:
    tokens = [t.text for t in load_pipeline("en").tokenizer(text)]
    assert ":" not in tokens
