"""English trigger coverage: the WordNet expansion file (its provenance, how it loads and at what confidence) and
the general hand-lexicon entries added from the codebook modes. Sentences are written for these tests."""
from __future__ import annotations

import csv
import sys
from importlib import resources
from pathlib import Path

import pytest

from detente.analyze.events import calibration, lexicon
from tests.analyze.test_events import analyse, countries, only

ROOT = Path(__file__).resolve().parents[2]


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files(lexicon.KNOWLEDGE).joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader([l for l in text.splitlines() if l.strip() and not l.startswith("#")], delimiter="\t"))


def _trigger(cue: str) -> str:
    words = cue.split()
    return next((w for w in words if w.startswith("*")), words[0]).lstrip("*")


@pytest.fixture
def expansion_switch(monkeypatch):
    """Set DETENTE_WORDNET_CUES and reload the cached lexicon; restored afterwards."""
    def switch(value: str) -> None:
        monkeypatch.setenv("DETENTE_WORDNET_CUES", value)
        for cached in (lexicon.derived_rows, lexicon.cues_by_trigger, lexicon.word_lists):
            cached.cache_clear()

    yield switch
    monkeypatch.delenv("DETENTE_WORDNET_CUES", raising=False)
    for cached in (lexicon.derived_rows, lexicon.cues_by_trigger, lexicon.word_lists):
        cached.cache_clear()


def test_every_derived_cue_names_its_hand_seed_and_synset_and_is_new():
    hand = _rows("lexicon_en.tsv")
    hand_triggers = {_trigger(r["cue"]).lower() for r in hand}
    seeds_by_type = {(r["type"], r["cue"]) for r in hand}
    rejected = {r["cue"] for r in _rows("lexicon_en_wordnet_rejected.tsv")}
    derived = _rows("lexicon_en_wordnet.tsv")
    assert len(derived) > 100
    types_per_cue: dict[str, set[str]] = {}
    hand_cues = {r["cue"] for r in hand}
    for row in derived:
        assert row["cue"].replace("*", "") not in rejected and row["cue"] not in hand_cues, row
        assert row["synset"].count(".") >= 2, row
        if row["relation"].startswith("object-"):  # "hold detainee" from the hand cue "hold prisoner"
            assert (row["type"], row["seed"]) in seeds_by_type and row["seed"].split()[0] == row["cue"].split()[0], row
            continue
        assert row["relation"] in {"synonym", "hyponym", "derivation"}, row
        assert _trigger(row["cue"]) not in hand_triggers, row
        assert all((row["type"], seed) in seeds_by_type for seed in row["seed"].split(",")), row
        types_per_cue.setdefault(row["cue"], set()).add(row["type"])
    assert all(len(types) == 1 for types in types_per_cue.values())


def test_derived_cues_load_after_hand_cues_and_can_be_switched_off(expansion_switch):
    expansion_switch("1")
    cues = lexicon.cues_by_trigger("en")
    assert all(c.derived for c in cues["incarcerate"]) and cues["incarcerate"][0].type == "COERCE"
    assert not any(c.derived for c in cues["imprison"])  # a hand word keeps only its hand entries
    assert "incarcerate" not in lexicon.cues_by_trigger("es")
    hold = {c.words: c for c in cues["hold"]}  # a verb+object cue joins the hand cues of its verb
    assert hold[("hold", "detainee")].derived and hold[("hold", "detainee")].type == "COERCE"
    assert not hold[("hold", "captive")].derived
    expansion_switch("0")
    assert "incarcerate" not in lexicon.cues_by_trigger("en")
    assert ("hold", "detainee") not in {c.words for c in lexicon.cues_by_trigger("en")["hold"]}


def test_derived_trigger_takes_its_seeds_trigger_properties(expansion_switch):
    expansion_switch("1")
    assert "pelt" in lexicon.words("needs_source")  # derived from "bombard": harm needs a resolved doer too
    assert "slay" not in lexicon.words("needs_source")  # its seed "murder" is not on that list either
    expansion_switch("0")
    assert "pelt" not in lexicon.words("needs_source")


def test_derived_cue_codes_its_seeds_type_less_confidently_than_a_hand_cue(expansion_switch, monkeypatch):
    monkeypatch.setenv(calibration.SWITCH, "0")  # the coder's reading strengths, before calibration
    expansion_switch("1")
    derived = only(analyse("The United States incarcerated Nicolás Maduro."), "COERCE")
    hand = only(analyse("The United States imprisoned Nicolás Maduro."), "COERCE")
    assert derived.mode == hand.mode == "arrest"
    assert countries(derived.source) == ["USA"] and countries(derived.target) == ["VEN"]
    assert derived.confidence == pytest.approx(hand.confidence - lexicon.DERIVED_CONFIDENCE_PENALTY)
    expansion_switch("0")
    assert "COERCE" not in [e.type for e in analyse("The United States incarcerated Nicolás Maduro.").events]


def test_rejected_readings_are_not_triggers(expansion_switch):
    expansion_switch("1")
    assert "conference" not in lexicon.cues_by_trigger("en")  # "a news conference" is no consultation
    types = [e.type for e in analyse("Donald Trump spoke at a news conference in Colombia.").events]
    assert "CONSULT" not in types


@pytest.mark.parametrize("sentence, event_type, mode", [
    ("Venezuela ruled out talks with Colombia.", "REJECT", None),
    ("Donald Trump hit out at Gustavo Petro over drug trafficking.", "ACCUSE", "disapprove"),
    ("The United States held Nicolás Maduro responsible for the attack.", "ACCUSE", "allege"),
    ("Venezuela repealed the ban on Colombian imports.", "CONCEDE", None),
    ("Colombia and Venezuela agreed to a prisoner exchange.", "AGREE", None),
    ("Venezuela expropriated the assets of the Colombian government.", "COERCE", "seize"),
    ("Gustavo Petro paid tribute to Donald Trump.", "SUPPORT", None),
])
def test_general_hand_entries_from_the_codebook_modes(sentence, event_type, mode):
    events = analyse(sentence).events
    assert event_type in [e.type for e in events], [(e.type, e.mode) for e in events]
    if mode:
        assert only(analyse(sentence), event_type).mode == mode


def test_hit_out_is_criticism_not_an_attack():
    types = [e.type for e in analyse("Donald Trump hit out at Gustavo Petro.").events]
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_expansion_tool_renders_provenance_rows_deterministically():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import expand_lexicon
    finally:
        sys.path.remove(str(ROOT / "tools"))
    rows = [expand_lexicon.Derived("ASSAULT", "", "V", "slay", "", "kill,murder", "murder.v.01", "synonym")]
    text = expand_lexicon.render(rows)
    assert text == expand_lexicon.render(list(rows))
    assert text.splitlines()[-1] == "ASSAULT\t\tV\tslay\t\tkill,murder\tmurder.v.01\tsynonym"
    seeds, known = expand_lexicon.hand_entries()
    assert "kill" in known and any(s.word == "kill" and s.type == "ASSAULT" for s in seeds)


def test_verb_object_cue_matches_its_object_as_passive_subject():
    analysis = analyse("Petro's US visa was revoked by the State Department on Friday.")
    event = only(analysis, "SANCTION")
    assert countries(event.source) == ["USA"] and countries(event.target) == ["COL"]
    assert all(e.type != "SANCTION" for e in analyse("Petro's visa application was revised by the embassy.").events)
