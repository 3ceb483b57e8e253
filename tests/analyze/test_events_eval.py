"""The evaluation harness on tiny gold files written here (old PLOVER names, dev/held-out split, Spanish scoring)."""
from __future__ import annotations

import json

from click.testing import CliRunner

from detente.analyze.events.evaluation import evaluate_spanish, plover_type, split_of
from detente.cli import main


def test_old_plover_names_map_to_current_types():
    assert [plover_type(n) for n in ["DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "SACTION", "CRIME", "CONSULT"]] == [
        "REQUEST", "ACCUSE", "ACCUSE", "ASSAULT", "SANCTION", None, "CONSULT"]
    assert [split_of(i) for i in range(3)] == ["dev", "held-out", "dev"]


def test_eval_events_command_scores_a_gsr_file(tmp_path):
    records = [
        {"id": "t1", "date": "2026-01-05", "event": "FIGHT", "text": "The United States attacked Venezuela.",
         "source": [{"actorText": "United States", "code": "USA"}], "target": [{"actorText": "Venezuela", "code": "VEN"}]},
        {"id": "t2", "date": "2026-01-05", "event": "DEMAND", "text": "The weather was mild in the valley.",
         "source": [{"actorText": "Colombia", "code": "COL"}], "target": []},
    ]
    path = tmp_path / "plover_gsr_tiny.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "events", str(path)])
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line for line in result.output.splitlines() if line.startswith("  ") and "n=" in line}
    assert "type acc 1.000" in lines["dev"] and "source country 1.000" in lines["dev"]
    assert "type acc 0.000" in lines["held-out"]  # nothing coded for the weather sentence: counted wrong


def test_spanish_scoring_counts_spurious_and_missed():
    records = [{"id": "s1", "date": "20260105", "lang": "es", "text": "Estados Unidos atacó Venezuela.",
                "events": [{"plover": "FIGHT"}, {"plover": "DEMAND"}]}]
    tally = evaluate_spanish(records)["all"]
    assert (tally.tp, tally.fn) == (1, 1) and tally.fp == 0
