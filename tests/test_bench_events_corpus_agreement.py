"""bench/events_corpus_agreement.py: Cohen's kappa and the matching of two judges' audit rows, on hand-made rows."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.events_corpus_agreement import agreement, kappa, match  # noqa: E402


def row(sentence, event="y", type_="y", source="y", target="y", flags="y", split="dev", trigger="hit"):
    return {"split": split, "page": "en/000000000000", "type": "ASSAULT", "trigger": trigger, "sentence": sentence,
            "event_ok": event, "type_ok": type_, "source_ok": source, "target_ok": target, "flags_ok": flags}


def test_kappa_hand_computed():
    # observed 3/4; marginals y 3/4 + n 1/4 vs y 1/2 + n 1/2 -> chance 1/2; kappa (0.75 - 0.5) / 0.5
    raw, k = kappa([("y", "y"), ("y", "y"), ("y", "n"), ("n", "n")])
    assert raw == 0.75 and abs(k - 0.5) < 1e-9


def test_kappa_undefined_with_one_label_and_negative_when_opposed():
    assert kappa([("y", "y"), ("y", "y")]) == (1.0, None)
    assert kappa([("y", "n"), ("n", "y")])[1] == -1.0


def test_match_and_agreement_count_only_events_both_call_real():
    first = [row("A"), row("B", source="n"), row("C"), row("D", event="y"), row("E", split="held-out")]
    second = [row("A"), row("B"), row("C", event="n", type_="NONE", source="-", target="-", flags="-"),
              row("D", flags="n"), row("unmatched")]
    pairs = match(first, second)
    assert [a["sentence"] for a, _ in pairs] == ["A", "B", "C", "D"]
    fig = agreement(pairs)
    assert fig["real"] == 3  # C is real for judge 1 only
    assert fig["disagree"] == {"event": 1, "type": 0, "source": 1, "target": 0, "flags": 1,
                               "right in every respect": 3}
    assert fig["precision"] == (3, 2)  # judge 1: A C D; judge 2: A B
    assert fig["kappa"]["source (both real)"][:2] == (3, 2 / 3)
    assert fig["directions"] == {"event y/n": 1, "flags y/n": 1, "source n/y": 1}
