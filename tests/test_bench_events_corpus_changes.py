"""bench/events_corpus_changes.py: the tally of judged changed lines, on a hand-made changes file."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.events_corpus_changes import read_changes, tally  # noqa: E402

ROWS = [
    "# a comment",
    "sign\tpage\ttype\tmode\tsource\ttarget\tflags\ttrigger\tsentence\tevent_ok\tall_right\tnote",
    "-\ten/0\tASSAULT\tNone\tUSA/GOV:X\t\t\tattacked\tX attacked Y in the debate.\ty\tn\twrong type",
    "+\ten/0\tACCUSE\tNone\tUSA/GOV:X\t\t\tattacked\tX attacked Y in the debate.\ty\ty\t",
    "-\ten/1\tAGREE\tNone\t\t\t\toffers\tThe feature offers value.\tn\tn\tnot an event",
]


def test_tally_counts_lines_events_and_right_per_sign(tmp_path):
    path = tmp_path / "events_corpus_changes_x.tsv"
    path.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    rows = read_changes(path)
    assert [r["sign"] for r in rows] == ["-", "+", "-"]
    sides = tally(rows)
    assert (sides["-"].lines, sides["-"].events, sides["-"].right) == (2, 1, 0)
    assert (sides["+"].lines, sides["+"].events, sides["+"].right) == (1, 1, 1)
