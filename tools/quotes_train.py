"""Train the direct-vs-partial quote decision (detente/knowledge/quotes/direct_model.json) on PolNeAR train only.

Steps: parse every train document once (cached as pickles, four quarters docs[k::4]); run the quotes stage with a
recorder in place of the model, which keeps each quote group's hand features and the rules' own call; label a group
direct when its words are exactly those of a fully quoted gold attribution (the bench's exact match; --label
overlap: when it overlaps one by half); fit gradient-boosted trees
(scikit-learn, training only) on three quarters and score the fourth with the bench's matching, for each tree
setting and threshold; keep the pair with the best pooled out-of-fold exact F1; fit on all of train and write
the trees as plain arrays. PolNeAR dev is never read here.

Example:
    .venv/bin/python tools/quotes_train.py --cache /tmp/polnear_train_cache
    .venv/bin/python tools/quotes_train.py --cache /tmp/polnear_train_cache --dry-run   # figures only
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import quotes_polnear as qp  # noqa: E402

from detente.analyze.quotes import direct_model  # noqa: E402

FOLDS = 4
SETTINGS = ((3, 100, 0.1), (4, 150, 0.05), (3, 300, 0.05), (5, 200, 0.05))  # tree depth, number of trees, learning rate
THRESHOLDS = tuple(round(0.2 + 0.02 * i, 2) for i in range(31))
OUT = ROOT / "detente" / "knowledge" / "quotes" / direct_model.MODEL_FILE


def parse_quarter(split: str, offset: int) -> list[tuple[str, str, list, object]]:
    """(text, annotation path, original paragraph offsets, analysis after parse and actors) for docs[offset::4]."""
    from detente.analyze import actors, nlp
    from detente.analyze.context import Analysis
    from detente.model import Article, Paragraph

    out = []
    for text, ann in qp.documents(split, None, 1)[offset::FOLDS]:
        original = qp.paragraphs_of(text)
        paragraphs, position = [], 0
        for start, end in original:
            paragraphs.append(Paragraph(text[start:end], "en", position, position + end - start))
            position += end - start + 2
        analysis = Analysis(Article("polnear", None, None, None, False, [], "en", [], [], paragraphs))
        nlp.parse(analysis)
        actors.resolve(analysis)
        for parsed in analysis.parsed:  # cached properties hold spaCy spans that do not pickle
            parsed.__dict__.pop("sents", None)
            parsed.__dict__.pop("sentence_starts", None)
        out.append((text, str(ann), original, analysis))
    return out


def load_quarter(cache: Path, offset: int) -> list:
    path = cache / f"train_{offset}.pkl"
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        started = time.time()
        data = parse_quarter("train", offset)
        with path.open("wb") as handle:
            pickle.dump(data, handle, protocol=5)
        print(f"parsed train[{offset}::4] in {time.time() - started:.0f}s", flush=True)
    with path.open("rb") as handle:
        return pickle.load(handle)


class Recorder:
    """Stands in for the model: keeps every group's features and pieces, and leaves the rules' call."""

    def __init__(self) -> None:
        self.groups: list[tuple[dict[str, float], list, bool]] = []

    def __call__(self, features, pieces, rule_direct):
        self.groups.append((features, list(pieces), rule_direct))
        return rule_direct


def collect(data: list, fold: int, label_by: str = "exact") -> list[dict]:
    """Per document: the final attributions, the recorded groups with labels, the gold, for offline scoring."""
    from detente.analyze import quotes

    docs = []
    for text, ann, original, analysis in data:
        recorder = Recorder()
        found = _run(quotes, analysis, recorder)
        revivable = [p for features, pieces, _ in recorder.groups if features["dropped"] for p in pieces]
        found = sorted(found + revivable, key=lambda a: a.spans[0][0])
        gold = qp.read_gold(Path(ann), text)
        convert = _converter(original, analysis)
        gold_direct = [g for g in gold if g.direct]
        groups = []
        for features, pieces, rule_direct in recorder.groups:
            content = convert([span for a in pieces for span in a.spans])
            chars = qp.trimmed_chars(text, content)
            if label_by == "overlap":
                label = any(_overlaps(chars, qp.trimmed_chars(text, g.content)) for g in gold_direct)
            else:
                label = any(qp.trimmed_text(text, content) == qp.trimmed_text(text, g.content) for g in gold_direct)
            groups.append({"features": features, "pieces": pieces, "rule": rule_direct, "label": label})
        docs.append({"text": text, "found": found, "revivable": {id(p) for p in revivable}, "groups": groups,
                     "gold_direct": gold_direct, "convert": convert, "fold": fold})
    return docs


def _run(quotes, analysis, recorder):
    """The quotes stage with the recorder standing in for the model."""
    original = direct_model.active_decider
    direct_model.active_decider = lambda: recorder
    try:
        return quotes.attributions(analysis)
    finally:
        direct_model.active_decider = original


def _overlaps(a: set[int], b: set[int]) -> bool:
    return bool(a) and bool(b) and len(a & b) / max(len(a), len(b)) >= 0.5


def _converter(original, analysis):
    paragraphs = analysis.article.paragraphs

    def to_original(offset: int) -> int:
        for (o_start, _), paragraph in zip(original, paragraphs):
            if paragraph.start <= offset <= paragraph.end:
                return o_start + offset - paragraph.start
        return offset

    return lambda spans: [(to_original(s), to_original(e)) for s, e in spans]


def prepare(doc: dict) -> None:
    """Precompute what the bench's direct-quote score needs, so that only the direct flags vary per threshold:
    the scorer's attributions (pieces sharing a cue), their trimmed text, and every pair that overlaps a gold one."""
    text, keys, content = doc["text"], [], {}
    index = {}
    for a in doc["found"]:
        key = ("cue", a.cue_start) if a.cue_start is not None else ("span", a.spans[0])
        if key not in content:
            keys.append(key)
            content[key] = []
        content[key].extend(doc["convert"](a.spans))
        index[id(a)] = keys.index(key)
    doc["piece_key"] = [index[id(a)] for a in doc["found"]]
    doc["piece_dropped"] = [id(a) in doc["revivable"] for a in doc["found"]]
    doc["group_pieces"] = [[i for i, a in enumerate(doc["found"]) if id(a) in {id(p) for p in g["pieces"]}]
                           for g in doc["groups"]]
    doc["n_keys"] = len(keys)
    predicted = [qp.trimmed_chars(text, content[k]) for k in keys]
    predicted_text = [qp.trimmed_text(text, content[k]) for k in keys]
    gold = [qp.trimmed_chars(text, g.content) for g in doc["gold_direct"]]
    gold_text = [qp.trimmed_text(text, g.content) for g in doc["gold_direct"]]
    pairs = []
    for i, pc in enumerate(predicted):
        for j, gc in enumerate(gold):
            if pc and gc and len(pc & gc) / max(len(pc), len(gc)) >= 0.5:
                pairs.append((len(pc & gc) / max(len(pc), len(gc)), i, j, predicted_text[i] == gold_text[j]))
    doc["pairs"] = sorted(pairs, key=lambda p: -p[0])


def score(docs: list[dict], verdicts: list[bool]) -> dict[str, float]:
    """The bench's direct-quote exact and overlap F1 (same greedy matching) with each group's flag from ``verdicts``;
    a left-out quote that is not taken back is no attribution at all."""
    n_pred = n_gold = exact = overlap = 0
    position = 0
    for doc in docs:
        flags = [a.direct for a in doc["found"]]
        for pieces in doc["group_pieces"]:
            for i in pieces:
                flags[i] = verdicts[position]
            position += 1
        direct, present = [True] * doc["n_keys"], [False] * doc["n_keys"]
        for i, key in enumerate(doc["piece_key"]):
            if doc["piece_dropped"][i] and not flags[i]:
                continue
            present[key] = True
            direct[key] = direct[key] and flags[i]
        direct = [d and p for d, p in zip(direct, present)]
        n_pred += sum(direct)
        n_gold += len(doc["gold_direct"])
        used_p, used_g = set(), set()
        for _, i, j, same in doc["pairs"]:
            if direct[i] and i not in used_p and j not in used_g:
                used_p.add(i)
                used_g.add(j)
                overlap += 1
                exact += same

    def f1(hits: int) -> tuple[float, float, float]:
        p, r = hits / max(n_pred, 1), hits / max(n_gold, 1)
        return p, r, 2 * p * r / (p + r) if p + r else 0.0

    (ep, er, ef), (op, orr, of) = f1(exact), f1(overlap)
    return {"exact_P": ep, "exact_R": er, "exact_F1": ef, "overlap_P": op, "overlap_R": orr, "overlap_F1": of}


def matrix(docs: list[dict], names: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows = [g for d in docs for g in d["groups"]]
    x = np.array([[g["features"][n] for n in names] for g in rows], dtype=float)
    y = np.array([g["label"] for g in rows], dtype=int)
    folds = np.array([d["fold"] for d in docs for _ in d["groups"]])
    return x, y, folds


def fit(x: np.ndarray, y: np.ndarray, setting: tuple[int, int, float]):
    """Gradient-boosted shallow trees (depth, trees, learning rate), fixed seed."""
    from sklearn.ensemble import GradientBoostingClassifier

    depth, trees, rate = setting
    return GradientBoostingClassifier(max_depth=depth, n_estimators=trees, learning_rate=rate, random_state=0).fit(x, y)


def export(model, names: list[str]) -> dict:
    """The trees as plain arrays for inference without scikit-learn (see DirectModel)."""
    trees = []
    for estimator in model.estimators_[:, 0]:
        tree = estimator.tree_
        trees.append({"left": tree.children_left.tolist(), "right": tree.children_right.tolist(),
                      "feature": tree.feature.tolist(), "threshold": [round(float(t), 6) for t in tree.threshold],
                      "value": [round(float(v), 6) for v in tree.value[:, 0, 0]]})
    prior = model.init_.class_prior_[1]
    return {"features": names, "init": round(float(np.log(prior / (1 - prior))), 6),
            "learning_rate": model.learning_rate, "trees": trees}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/polnear_train_cache"),
                        help="folder for the parsed train quarters (train_0.pkl .. train_3.pkl)")
    parser.add_argument("--label", choices=["exact", "overlap"], default="exact",
                        help="a group is direct when its words are exactly a fully quoted gold content (default), "
                             "or when it overlaps one by half")
    parser.add_argument("--dry-run", action="store_true", help="print the cross-validated figures, write nothing")
    args = parser.parse_args()
    if not (qp.EVAL / "train").is_dir():
        print(f"PolNeAR not found at {qp.EVAL}: skipping")
        return 0
    docs = []
    for fold in range(FOLDS):
        docs += collect(load_quarter(args.cache, fold), fold, args.label)
    for doc in docs:
        prepare(doc)
    names = sorted({n for d in docs for g in d["groups"] for n in g["features"]})
    x, y, folds = matrix(docs, names)
    print(f"train: {len(docs)} documents, {len(y)} quote groups, {y.sum()} labelled direct")
    rules = score(docs, [bool(v) for v in x[:, names.index("rule_direct")]])
    print(f"rules only: exact P/R/F1 {rules['exact_P']:.3f}/{rules['exact_R']:.3f}/{rules['exact_F1']:.4f}, "
          f"overlap F1 {rules['overlap_F1']:.4f}")
    best = None
    for setting in SETTINGS:
        probabilities = np.zeros(len(y))
        for fold in range(FOLDS):
            model = fit(x[folds != fold], y[folds != fold], setting)
            probabilities[folds == fold] = model.predict_proba(x[folds == fold])[:, 1]
        for threshold in THRESHOLDS:
            figures = score(docs, list(probabilities >= threshold))
            if best is None or figures["exact_F1"] > best[0]["exact_F1"]:
                best = (figures, setting, threshold)
        print(f"{setting}: best so far exact F1 {best[0]['exact_F1']:.4f} ({best[1]}, threshold {best[2]})", flush=True)
    figures, setting, threshold = best
    print(f"chosen {setting} threshold {threshold}: out-of-fold exact P/R/F1 {figures['exact_P']:.3f}/"
          f"{figures['exact_R']:.3f}/{figures['exact_F1']:.4f}, overlap F1 {figures['overlap_F1']:.4f}")
    model = fit(x, y, setting)
    weights = {"about": "P(direct) for a quote group: gradient-boosted trees trained on PolNeAR train by "
                        "tools/quotes_train.py (never on dev)",
               **export(model, names), "threshold": threshold, "setting": list(setting),
               "label": args.label, "cv_exact_f1": round(figures["exact_F1"], 4),
               "cv_overlap_f1": round(figures["overlap_F1"], 4), "rules_exact_f1": round(rules["exact_F1"], 4)}
    if not args.dry_run:
        OUT.write_text(json.dumps(weights, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
