"""Calibrated event confidence: the shipped model scores every coded event as a probability, from the same traits
whether the event comes from the pipeline or from a judged corpus-dump line (what the model was fitted on)."""
from __future__ import annotations

import json

import pytest

from bench._judged import JudgedLine
from bench.events_confidence_train import shape_of_line
from bench.events_corpus_dump import event_line
from detente.analyze.events import calibration
from tests.analyze.test_events import analyse, only

MEETING = "Colombian President Gustavo Petro met U.S. President Donald Trump at the White House on Tuesday."


def test_the_shipped_model_weighs_every_trait():
    weights = json.loads(calibration.MODEL_PATH.read_text(encoding="utf-8"))["weights"]
    shape = calibration.EventShape("CONSULT", (), (), "", "met", MEETING, False)
    assert set(weights) == set(calibration.traits(shape))


def test_pipeline_events_carry_a_probability_not_the_reading_strength(monkeypatch):
    calibrated = only(analyse(MEETING), "CONSULT")
    monkeypatch.setenv(calibration.SWITCH, "0")
    reading = only(analyse(MEETING), "CONSULT")
    assert 0.0 < calibrated.confidence < 1.0
    assert calibrated.confidence != reading.confidence
    shape = calibration.shape_of(calibrated, "met", spanish=False)
    assert calibrated.confidence == pytest.approx(calibration.load_model(calibration.MODEL_PATH).probability(shape),
                                                  abs=1e-3)


def test_an_event_scores_the_same_from_the_pipeline_and_from_its_dump_line():
    analysis = analyse(MEETING)
    event = only(analysis, "CONSULT")
    fields = event_line("en/000000000001", event, analysis.text).split("\t")
    line = JudgedLine(fields[0], "held-out", fields[1], fields[3], fields[4], fields[5], fields[6], fields[7],
                      True, "test")
    assert shape_of_line(line) == calibration.shape_of(event, fields[6], spanish=False)


def test_resolved_sides_raise_the_probability():
    model = calibration.load_model(calibration.MODEL_PATH)
    state = calibration.Side("COL", "GOV")
    bare = calibration.EventShape("CONSULT", (), (), "", "met", MEETING, False)
    sided = calibration.EventShape("CONSULT", (state,), (calibration.Side("USA", "GOV"),), "", "met", MEETING, False)
    assert model.probability(sided) > model.probability(bare)
