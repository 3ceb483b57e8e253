"""Short and hyphenated country names news uses that the generated country table lacks (places/aliases.tsv);
sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.analyze.test_places_coverage import analysed, country_of


@pytest.mark.parametrize(
    "text, lang, name",
    [
        ("The alliance flew more supplies into Bosnia on Monday.", "en", "Bosnia"),
        ("Serbs in Bosnia-Herzegovina protested against the plan.", "en", "Bosnia-Herzegovina"),
        ("Los cascos azules llegaron a Bosnia y Herzegovina el lunes.", "es", "Bosnia y Herzegovina"),
    ],
)
def test_short_names_of_bosnia_are_the_country(text, lang, name):
    assert country_of(analysed(text, lang), name) == "BIH"
