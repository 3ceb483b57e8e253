"""bench/events_polnear_audit.py: metadata reading, the seeded draw and the matching of current events to judged rows,
on hand-made strings."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._pools import published, read_metadata  # noqa: E402
from bench.events_polnear_audit import draw, match  # noqa: E402

META = ("compartment\tfilename\tpublisher\tpublication_date\n"
        "train\tfox_2016-01-02_a\tfox\t2016-01-02\n"
        "dev\tcnn_2016-02-03_b\tcnn\t2016-02-03\n"
        "train\tap_2015-12-01_c\tap\tNone\n")


def test_metadata_keeps_one_compartment_and_dates():
    rows = read_metadata(META)
    assert sorted(rows) == ["ap_2015-12-01_c", "fox_2016-01-02_a"]
    assert published(rows["fox_2016-01-02_a"]) == "2016-01-02"
    assert published(rows["ap_2015-12-01_c"]) is None
    assert published(None) is None


def test_draw_is_seeded_and_sorted():
    names = [f"doc{i:02d}" for i in range(40)]
    assert draw(names, 5, 1) == draw(list(reversed(names)), 5, 1)
    assert draw(names, 5, 1) == sorted(draw(names, 5, 1))
    assert len(draw(names, 100, 1)) == 40


def row(type_, trigger, source="USA/GOV:Obama", flags=""):
    return {"doc": "d1", "type": type_, "trigger": trigger, "sentence": "Obama  met Putin.", "source": source,
            "target": "RUS/GOV:Putin", "flags": flags}


def test_match_sorts_judged_rows_into_kept_changed_gone_and_new():
    judged = [row("CONSULT", "met"), row("ACCUSE", "met"), row("SUPPORT", "met", flags="")]
    now = [["d1", "CONSULT", "None", "USA/GOV:Obama", "RUS/GOV:Putin", "", "met", "Obama met Putin."],
           ["d1", "SUPPORT", "None", "USA/GOV:Obama", "RUS/GOV:Putin", "F", "met", "Obama met Putin."],
           ["d1", "AGREE", "None", "USA/GOV:Obama", "RUS/GOV:Putin", "", "met", "Obama met Putin."],
           ["d2", "AGREE", "None", "", "", "", "met", "Another sentence."]]
    found = match(judged, now)
    assert [r["type"] for r in found["kept"]] == ["CONSULT"]
    assert [r["type"] for r in found["changed"]] == ["SUPPORT"]
    assert [r["type"] for r in found["gone"]] == ["ACCUSE"]
    assert [f[1] for f in found["new"]] == ["AGREE"]


def test_timebank_dev_and_held_out_pools_are_disjoint_halves():
    import pytest

    from bench._data import EVAL
    from bench._pools import pool_ids

    if not (EVAL / "time" / "tempeval3" / "TimeBank").is_dir():
        pytest.skip("../shared/eval is absent")
    dev, held_out = set(pool_ids("timebank")), set(pool_ids("timebank_heldout"))
    assert dev and held_out and not dev & held_out
    assert abs(len(dev) - len(held_out)) <= 1
