"""Rule-based coreference: surnames of unknown people, titles, pronouns (gender, quotes, Spanish)."""
from __future__ import annotations

from tests.analyze.test_actors import analyse, find


def test_unknown_person_surname_and_pronoun_chain() -> None:
    analysis = analyse([
        ("en", "Lithuanian Foreign Minister Dovile Sakaliene Petrauskaite arrived in Riga on Monday."),
        ("en", "Petrauskaite said she would meet her Latvian counterpart. Later she left."),
    ])
    minister = find(analysis, "Dovile Sakaliene Petrauskaite")
    assert (minister.country, minister.sector) == ("LTU", "GOV")
    assert find(analysis, "Petrauskaite said") is minister
    assert find(analysis, "she would") is minister
    assert find(analysis, "her") is minister


def test_pronoun_gender_picks_the_compatible_person() -> None:
    analysis = analyse([
        ("en", "German Chancellor Friedrich Merz met Italian Prime Minister Giorgia Meloni in Rome. "
               "She said the talks were useful, and he agreed."),
    ], published="2025-09-01")
    assert find(analysis, "She").name == "Giorgia Meloni"
    assert find(analysis, "he agreed").name == "Friedrich Merz"


def test_pronouns_inside_quotes_are_left_alone() -> None:
    analysis = analyse([
        ("en", "Gustavo Petro spoke to reporters. “He is a friend,” Petro said of the visitor."),
    ])
    start = analysis.text.index("He is")
    assert analysis.actor_at(start, start + 2) is None


def test_title_needs_matching_country() -> None:
    analysis = analyse([
        ("en", "Colombian President Gustavo Petro met US President Donald Trump."),
        ("en", "The US president later praised the talks."),
    ])
    assert find(analysis, "The US president").name == "Donald Trump"


def test_spanish_pronoun_and_title() -> None:
    analysis = analyse([
        ("es", "La presidenta mexicana Claudia Sheinbaum habló con el presidente colombiano Gustavo Petro."),
        ("es", "Ella dijo que la reunión fue positiva. El mandatario colombiano agradeció el gesto."),
    ], published="2025-06-01")
    sheinbaum = find(analysis, "Claudia Sheinbaum")
    assert (sheinbaum.country, sheinbaum.sector) == ("MEX", "GOV")
    assert find(analysis, "Ella") is sheinbaum
    assert find(analysis, "El mandatario colombiano").name == "Gustavo Petro"


def test_first_name_gives_gender_to_people_in_no_list() -> None:
    analysis = analyse([
        ("en", "Trade minister Carlos Huanca Mamani met opposition leader Maria Quispe Condori in La Paz. "
               "She demanded new elections, and he refused."),
    ])
    assert find(analysis, "She").name == "Maria Quispe Condori"
    assert find(analysis, "he refused").name == "Carlos Huanca Mamani"
