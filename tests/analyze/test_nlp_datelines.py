"""Wire datelines (detente/analyze/nlp.py): where a paragraph's dateline ends, for the stages that read the article's
place from it (implicit protesters' country). Lines written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze.nlp import dateline_end, load_pipeline


@pytest.mark.parametrize("text, head", [
    ("WASHINGTON — The Senate met on Tuesday.", "WASHINGTON — "),
    ("MADRID.- El Gobierno aprobó el plan.", "MADRID.- "),
    ("Bruselas, 7 oct (EFE).- El alto representante habló.", "Bruselas, 7 oct (EFE).- "),
    ("KYIV, Dec 24 (Reuters) - Polish farmers ended their blockade.", "KYIV, Dec 24 (Reuters) - "),
    ("BEIRUT/THE HAGUE, March 7 (Reuters) - A tank crew fired.", "BEIRUT/THE HAGUE, March 7 (Reuters) - "),
    ("JEDDAH, Saudi Arabia -- If there was any doubt, it is gone.", "JEDDAH, Saudi Arabia -- "),
])
def test_the_dateline_ends_after_its_dash(text: str, head: str) -> None:
    assert text[: dateline_end(text)] == head


@pytest.mark.parametrize("text", [
    "NATO said - without naming anyone - that it would act.",
    "The protest - a peaceful one - ended at noon.",
    "(CNN) — Joe Biden said Thursday he would run.",
    "Las protestas continuaron en Quito.",
])
def test_no_dateline_no_end(text: str) -> None:
    assert dateline_end(text) is None


@pytest.mark.parametrize("text, first", [
    ("DUBLIN — She has slammed NATO and voted against EU treaties.", "DUBLIN —"),
    ("MIAMI – Two rivals criticized Donald Trump at the debate.", "MIAMI –"),
])
def test_a_dateline_with_no_date_is_a_sentence_of_its_own(text: str, first: str) -> None:
    """The place of the dateline is no subject of the first sentence ("DUBLIN voted against EU treaties")."""
    assert [s.text for s in load_pipeline("en")(text).sents][0] == first
