"""Calibrated confidence: the probability that a coded event is right in every respect (a real act, the right type,
source, target and flags), estimated from what the event looks like.

The rules' own confidence ranks the readings of one sentence; it says little about how often an event is right. Analysts
filter on `confidence`, so it should mean a probability. A small logistic model over traits of the coded event (its
type, how its sides resolved, its flags, the shape of its sentence) is fitted on events judged by hand on the HELD-OUT
half of the real-news corpus, whose errors no rule was written from (bench/events_confidence_train.py), and checked out
of fold: fitted on half of those pages, scored on the other half (bench/events_confidence_eval.py). The traits are computed from the same fields whether they come from an Event or from
a judged dump line, so the model is trained on exactly what it scores.
"""
from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from detente.analyze.events.learned import QUOTE_MARKS
from detente.model import ActorRef, Event

MODEL_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "plover" / "confidence.json"
SWITCH = "DETENTE_CALIBRATED_CONFIDENCE"  # "0": keep the rules' own confidence (bench/events_confidence_eval.py --rules)
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "ELI", "PTY", "COP", "SPY", "IGO"})
SAYING = re.compile(r"\b(said|says|say|told|tells|added|according to|stated|argued|claimed|wrote|insisted|dijo|"
                    r"afirmó|señaló|según)\b", re.I)
MODAL = re.compile(r"\b(could|would|might|may|should|must|can|if|whether|unless|podría|debería|si)\b", re.I)
STANCE = re.compile(r"\b(think|thinks|believe|believes|want|wants|hope|hopes|likely|possible|need|needs|"
                    r"cree|quiere|espera)\b", re.I)


@dataclass(frozen=True)
class Side:
    """One resolved actor of a side, as the traits see it."""

    country: str | None
    sector: str | None


@dataclass(frozen=True)
class EventShape:
    """The fields of a coded event the calibration reads (all present in a corpus dump line)."""

    type: str
    sources: tuple[Side, ...]
    targets: tuple[Side, ...]
    flags: str  # letters N, H, F, P
    trigger: str
    sentence: str
    spanish: bool


def flag_letters(event: Event) -> str:
    """N negated, H hypothetical, F future, P historical: the flags as a corpus dump line writes them."""
    return "".join(code for code, on in (("N", event.negated), ("H", event.hypothetical), ("F", event.future),
                                         ("P", event.historical)) if on)


def evidence_sentence(event: Event) -> str:
    """The evidence sentence as a corpus dump line holds it: its first 200 characters, spaces normalised."""
    return " ".join(event.evidence.sentence[:200].split())


def trigger_text(event: Event, text: str) -> str:
    """The trigger's words in the article ``text`` (empty without a trigger span or a text)."""
    trigger = event.evidence.trigger
    return text[trigger.start:trigger.end] if trigger and text else ""


def shape_of(event: Event, trigger_words: str, spanish: bool) -> EventShape:
    def sides(actors: list[ActorRef]) -> tuple[Side, ...]:
        return tuple(Side(a.country, a.sector) for a in actors)

    return EventShape(event.type, sides(event.source), sides(event.target), flag_letters(event), trigger_words,
                      evidence_sentence(event), spanish)


def traits(shape: EventShape) -> dict[str, float]:
    """Named 0..1 traits of one event; the model's weights are keyed by these names."""
    sentence, trigger = shape.sentence, shape.trigger
    position = sentence.find(trigger)
    found = {
        "bias": 1.0,
        "source": float(bool(shape.sources)),
        "target": float(bool(shape.targets)),
        "source_country": float(any(side.country for side in shape.sources)),
        "target_country": float(any(side.country for side in shape.targets)),
        "source_state": float(any(side.sector in STATE_SECTORS for side in shape.sources)),
        "source_no_sector": float(any(not side.sector for side in shape.sources)),
        "several_sources": float(len(shape.sources) > 1),
        "several_targets": float(len(shape.targets) > 1),
        "reported": float(bool(SAYING.search(sentence))),
        "quoted": float(bool(QUOTE_MARKS & set(sentence))),
        "modal": float(bool(MODAL.search(sentence))),
        "stance": float(bool(STANCE.search(sentence))),
        "question": float("?" in sentence),
        "length": min(len(sentence.split()), 60) / 60,
        "phrase_trigger": float(" " in trigger),
        "capital_trigger": float(trigger[:1].isupper()),
        "past_trigger": float(trigger.endswith("ed")),
        "gerund_trigger": float(trigger.endswith("ing")),
        "trigger_position": position / max(1, len(sentence)) if position >= 0 else 0.5,
        "spanish": float(shape.spanish),
    }
    found.update({f"flag_{code}": float(code in shape.flags) for code in "NHFP"})
    found.update({f"type_{name}": float(shape.type == name) for name in TYPES})
    return found


@dataclass(frozen=True)
class ConfidenceModel:
    weights: dict[str, float]

    def probability(self, shape: EventShape) -> float:
        score = sum(self.weights.get(name, 0.0) * value for name, value in traits(shape).items())
        return 1.0 / (1.0 + math.exp(-score))


def model() -> ConfidenceModel | None:
    """The fitted model, or None when it is switched off or no model file ships (then the rules' confidence stays)."""
    if os.environ.get(SWITCH, "1") == "0":
        return None
    return load_model(MODEL_PATH)


@lru_cache(maxsize=4)
def load_model(path: Path) -> ConfidenceModel | None:
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return ConfidenceModel({name: float(value) for name, value in data["weights"].items()})


def calibrate(events: list[Event], text: str, spanish: bool) -> None:
    """Set each event's confidence to the model's probability that it is right in every respect."""
    fitted = model()
    if fitted is None:
        return
    for event in events:
        event.confidence = round(fitted.probability(shape_of(event, trigger_text(event, text), spanish)), 3)
