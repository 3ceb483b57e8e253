"""The shortcuts that keep the actor stage cheap give the answers of the slow paths they replace."""
from __future__ import annotations

import pytest

from detente.analyze import nlp as nlp_stage
from detente.analyze.actors import resolve_text
from detente.analyze.actors.matcher import _space_prefixes, annotate, compile_lexicon, span_text, token_texts
from detente.analyze.coref import merge_surnames
from detente.knowledge.actors import default_knowledge


@pytest.fixture(scope="module")
def nlp():
    return nlp_stage.load_pipeline("en")


def test_span_text_matches_spacy_with_odd_spacing(nlp):
    doc = nlp("The  U.S.-backed forces ,said  officials\u00a0in\nKyiv .")
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            assert span_text(doc, start, end) == doc[start:end].text


def test_token_texts_are_the_token_strings(nlp):
    doc = nlp("Colombia’s Ministerio de Defensa said  so.")
    texts, keys = token_texts(doc)
    assert texts == [t.text for t in doc]
    assert keys[0] == "colombia" and keys[1] == "'s"


def test_space_prefixes_cut_at_word_boundaries_only():
    prefixes = _space_prefixes(["democratic republic of the congo", "un"])
    assert {"democratic", "democratic republic of", "democratic republic of the congo", "un"} <= prefixes
    assert "democ" not in prefixes and "u" not in prefixes


def test_longest_match_passes_through_prefixes_that_are_no_key(nlp):
    """'Democratic Republic of the' is no key on its own; the lookup must still reach the full name."""
    doc = nlp("Troops of the Democratic Republic of the Congo crossed the border.")
    units = annotate(doc, compile_lexicon(default_knowledge(), "en"))
    names = [(u.text, u.first("country").value if u.first("country") else None) for u in units]
    assert ("Democratic Republic of the Congo", "COD") in names


def test_case_sensitive_acronym_still_matches(nlp):
    code = resolve_text("US troops", "2024-01-01")
    assert code.country == "USA" and code.sector == "MIL"


class _Code:
    def __init__(self, name: str) -> None:
        self.name, self.kind, self.entity_id = name, "person", None


class _Draft:
    def __init__(self, name: str) -> None:
        self.code, self.mentions, self.pronouns = _Code(name), [name], []


def test_surname_joins_the_longest_name_ending_with_it():
    drafts = [_Draft("Roque"), _Draft("Martínez Roque"), _Draft("Julio Martínez Roque"), _Draft("Ana Pérez")]
    kept = merge_surnames(drafts)
    assert [d.code.name for d in kept] == ["Julio Martínez Roque", "Ana Pérez"]
    assert sorted(kept[0].mentions) == ["Julio Martínez Roque", "Martínez Roque", "Roque"]
