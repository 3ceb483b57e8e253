"""Learned last word on whether a quote is a direct quotation or a partial one (borrowed words in the writer's
sentence).

The rules in :mod:`detente.analyze.quotes` find the quoted pieces, their cue and speaker, and make a first call
(short or lower-case pieces are partial). Where the rules cannot separate the cases ("called it “an absolute
disgrace”" vs "said, “we will win”"), small gradient-boosted trees over hand features of the quote and its cue
make the final call, and may take back a quote the rules left out (no cue, title-like). Pieces that share a cue are decided together (a statement split by its attribution is direct as a whole).
The weights live in ``detente/knowledge/quotes/direct_model.json``, trained on PolNeAR train only by
``tools/quotes_train.py``; inference is plain Python. Without the file the rules' call stands.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Callable, Protocol

from detente.analyze.quotes.attribution import Attribution, Locator
from detente.analyze.quotes.locate import SPACES
from detente.analyze.quotes.lexicon import lemma, reporting_kind

KNOWLEDGE = "detente.knowledge.quotes"
MODEL_FILE = "direct_model.json"
QUOTE_MARKS = "\"'“”‘’«»„"
NAMING_VERBS = {"call", "dub", "describe", "label", "term", "brand", "refer", "characterize", "deem", "name"}
FIRST_SECOND_PERSON = {"i", "we", "me", "us", "my", "our", "you", "your", "i'm", "we're", "i’m", "we’re"}
PREVIOUS_WORDS = ("said", "says", "as", "the", "of", "a", "called", "saying", "and", "to", "is", "was", "about", "for")
CUE_LEMMAS = ("say", "tell", "write", "tweet", "add", "ask", "call", "describe", "continue", "declare")
SPOKEN_OPENERS = {"well", "look", "yes", "no", "oh", "listen", "and", "but", "so"}


class Decider(Protocol):
    def __call__(self, features: dict[str, float], pieces: list[Attribution], rule_direct: bool) -> bool: ...


@dataclass(frozen=True)
class Tree:
    """One regression tree as flat tuples (plain Python numbers: walking numpy arrays element by element is ten
    times slower): a node is a leaf where ``left`` is -1."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    value: tuple[float, ...]

    def predict(self, x: list[float]) -> float:
        left, node = self.left, 0
        while left[node] != -1:
            node = left[node] if x[self.feature[node]] <= self.threshold[node] else self.right[node]
        return self.value[node]


@dataclass(frozen=True)
class DirectModel:
    """Gradient-boosted trees: P(direct) = sigmoid(init + rate * sum of the trees' leaf values)."""

    names: tuple[str, ...]
    init: float
    rate: float
    trees: tuple[Tree, ...]
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        x = [float(features[name]) for name in self.names]
        z = self.init + self.rate * self.tree_sum(x)
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    @cached_property
    def tree_sum(self) -> Callable[[list[float]], float]:
        """Sum of the trees' leaf values for ``x``, added tree by tree in order (compiled on first use)."""
        return _compiled(self)

    def __call__(self, features: dict[str, float], pieces: list[Attribution], rule_direct: bool) -> bool:
        return self.probability(features) >= self.threshold

    @classmethod
    def from_dict(cls, data: dict) -> "DirectModel":
        trees = tuple(Tree(tuple(int(v) for v in t["left"]), tuple(int(v) for v in t["right"]),
                           tuple(int(v) for v in t["feature"]), tuple(float(v) for v in t["threshold"]),
                           tuple(float(v) for v in t["value"])) for t in data["trees"])
        return cls(tuple(data["features"]), float(data["init"]), float(data["learning_rate"]), trees,
                   float(data["threshold"]))


def _compiled(model: DirectModel) -> Callable[[list[float]], float]:
    """The trees as one generated Python function of nested ifs: walking tuples node by node was most of the
    model's cost; the comparisons and the order of the additions are the same, so are the sums."""
    lines = ["def tree_sum(x):", " total = 0.0"]
    for tree in model.trees:
        _emit(tree, 0, 1, lines)
    lines.append(" return total")
    namespace: dict = {}
    exec(compile("\n".join(lines), "<direct_model trees>", "exec"), namespace)  # noqa: S102 (numbers we wrote)
    return namespace["tree_sum"]


def _emit(tree: Tree, node: int, depth: int, lines: list[str]) -> None:
    pad = " " * depth
    if tree.left[node] == -1:
        lines.append(f"{pad}total += {tree.value[node]!r}")
        return
    lines.append(f"{pad}if x[{tree.feature[node]}] <= {tree.threshold[node]!r}:")
    _emit(tree, tree.left[node], depth + 1, lines)
    lines.append(f"{pad}else:")
    _emit(tree, tree.right[node], depth + 1, lines)


@lru_cache(maxsize=1)
def load_model() -> DirectModel | None:
    """The shipped model, or None when the knowledge file is absent (the rules' call then stands)."""
    path = resources.files(KNOWLEDGE).joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    return DirectModel.from_dict(json.loads(path.read_text(encoding="utf-8")))


def active_decider() -> Decider | None:
    """The decider used by the quotes stage (tools/quotes_train.py swaps in a recorder while collecting features)."""
    return load_model()


def decide_direct(analysis, locator: Locator, direct: list[Attribution], dropped: list[Attribution] = (),
                  decider: Callable[[], Decider | None] | None = None) -> list[Attribution]:
    """Set ``direct`` on quote attributions group by group (pieces sharing a cue), where the pieces are the quoted
    words alone (a named object taken in, "called the merger “a deal”", stays partial); return the quotes the rules
    left out (titles, quotes with no cue) that the model takes back as direct quotations."""
    model = (decider or active_decider)()
    if model is None:
        return []
    groups: dict[object, list[Attribution]] = {}
    for attribution in direct:
        key = ("cue", attribution.cue_start) if attribution.cue_start is not None else ("span", attribution.spans[0])
        groups.setdefault(key, []).append(attribution)
    for pieces in groups.values():
        if not all(_quoted_alone(a) for a in pieces):
            continue
        rule_direct = all(a.direct for a in pieces)
        verdict = model(group_features(analysis, locator, pieces, rule_direct), pieces, rule_direct)
        for attribution in pieces:
            attribution.direct = verdict
    revived = []
    for attribution in dropped:
        if ("cue", attribution.cue_start) in groups:
            continue  # its cue reports a quote kept already: the rules' grouping stands
        if _quoted_alone(attribution) and model(
                group_features(analysis, locator, [attribution], False, dropped=True), [attribution], False):
            attribution.direct = True
            revived.append(attribution)
    return revived


def _quoted_alone(attribution: Attribution) -> bool:
    return len(attribution.spans) == 1 and bool(attribution.quoted) \
        and attribution.spans[0] == (attribution.quoted[0].start, attribution.quoted[0].end)


def _class_before(text: str, start: int) -> str:
    position = start - 1
    while position >= 0 and (text[position] in QUOTE_MARKS or text[position] in SPACES):
        position -= 1
    if position < 0 or text[position] == "\n":
        return "open"
    char = text[position]
    if char in ".!?":
        return "open"
    if char == ",":
        return "comma"
    if char in ":;—–-(":
        return "colon"
    return "word"


def _class_after(text: str, end: int) -> str:
    position = end
    while position < len(text) and (text[position] in QUOTE_MARKS or text[position] in SPACES):
        position += 1
    if position >= len(text) or text[position] == "\n":
        return "end"
    char = text[position]
    if char in ".!?":
        return "period"
    if char == ",":
        return "comma"
    if char.isalnum():
        return "word"
    return "other"


def group_features(analysis, locator: Locator, pieces: list[Attribution], rule_direct: bool,
                   dropped: bool = False) -> dict[str, float]:
    """Hand features of a quote (one or more pieces sharing a cue): length, case, punctuation around the marks,
    where and what the cue is, whether a speaker was found, and what the quoted words look like."""
    from detente.analyze.quotes import _has_clause, _looks_like_title  # the rules' own tests

    text = analysis.text
    pieces = sorted(pieces, key=lambda a: a.spans[0][0])
    first_start, first_end = pieces[0].spans[0]
    last_start, last_end = pieces[-1].spans[0]
    chunks = [text[a.spans[0][0]:a.spans[0][1]] for a in pieces]
    words = [w for chunk in chunks for w in chunk.split()]
    n_words = len(words)
    first_alpha = next((c for c in chunks[0] if c.isalpha()), "")
    inner_end = chunks[-1].rstrip(QUOTE_MARKS + " \n")[-1:]
    before, after = _class_before(text, first_start), _class_after(text, last_end)
    mark = text[first_start - 1] if first_start > 0 else ""
    lowered = {w.strip(".,;:!?…—-()[]\"'“”‘’").lower() for w in words}
    features = {
        "rule_direct": float(rule_direct),
        "dropped": float(dropped),
        "log_words": math.log1p(n_words),
        "words_lt4": float(n_words < 4),
        "words_lt2": float(n_words < 2),
        "pieces_gt1": float(len(pieces) > 1),
        "first_lower": float(first_alpha.islower()),
        "ends_sentence": float(inner_end in ".!?…" or after == "period"),
        "ends_inner_period": float(inner_end in ".!?…"),
        "ends_comma": float(inner_end == "," or after == "comma"),
        "before_open": float(before == "open"),
        "before_comma": float(before == "comma"),
        "before_colon": float(before == "colon"),
        "before_word": float(before == "word"),
        "after_word": float(after == "word"),
        "after_end": float(after == "end"),
        "after_comma": float(after == "comma"),
        "single_mark": float(mark in "‘'" and not text[max(0, first_start - 2):first_start] == "''"),
        "first_second_person": float(bool(lowered & FIRST_SECOND_PERSON)),
        "spoken_opener": float(bool(words) and words[0].strip(",.").lower() in SPOKEN_OPENERS),
        "title_like": float(_looks_like_title(text, first_start, last_end) and len(pieces) == 1),
        "has_clause": float(any(_has_clause(locator, *a.spans[0]) for a in pieces)),
    }
    features.update(_cue_features(analysis, locator, pieces[0], first_start, last_end))
    features.update(_sentence_features(text, locator, first_start, first_end))
    features.update(_layout_features(text, pieces, first_start, last_end))
    return features


def _layout_features(text: str, pieces: list[Attribution], start: int, end: int) -> dict[str, float]:
    """Where the quote sits among the writer's words: the cue between its pieces, a quote filling its paragraph,
    a digest line ("HEADLINE “…” [Source.]"), a previous paragraph ending in a colon, the quote just before it."""
    cue = pieces[0].cue_start
    paragraph_start = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    lead = text[paragraph_start:start]
    tail = text[end:paragraph_end].lstrip(QUOTE_MARKS + " ,.")
    previous_text = text[:paragraph_start].rstrip()
    last_mark = max(text.rfind(mark, max(paragraph_start - 400, 0), start - 1) for mark in "”’\"»")
    gap = start - last_mark if last_mark >= 0 else 1000
    inner = text[start:end]
    return {
        "cue_between": float(cue is not None and len(pieces) > 1 and pieces[0].spans[0][1] <= cue < pieces[-1].spans[0][0]),
        "fills_paragraph": float(not any(c.isalnum() for c in lead) and not any(c.isalnum() for c in tail)),
        "after_bracket": float(tail[:1] in ("[", "(")),
        "caps_lead": float(sum(1 for w in lead.split() if len(w) > 1 and w.isupper()) >= 2),
        "previous_paragraph_colon": float(paragraph_start > 0 and previous_text.endswith(":")
                                          and not any(c.isalnum() for c in lead)),
        "log_gap_previous_quote": math.log1p(min(gap, 1000)),
        "log_sentences": math.log1p(sum(inner.count(p) for p in (". ", "? ", "! ")) + 1),
        "lead_words": math.log1p(len(lead.split())),
    }


def _cue_features(analysis, locator: Locator, attribution: Attribution, start: int, end: int) -> dict[str, float]:
    """Where the cue stands, what kind of verb it is, and whether it found a named speaker."""
    cue_start, speaker = attribution.cue_start, attribution.speaker
    features = {
        "has_cue": float(cue_start is not None),
        "cue_colon": float(attribution.cue == ":"),
        "cue_before": float(cue_start is not None and cue_start < start),
        "cue_after": float(cue_start is not None and cue_start >= end),
        "log_cue_distance": 0.0,
        "has_speaker": float(speaker is not None),
        "speaker_named": float(speaker is not None and speaker.name is not None),
        "cue_naming": 0.0,
        "cue_cognition": 0.0,
        "quote_is_object": 0.0,
        "quote_is_complement": 0.0,
        "that_before": 0.0,
        "prev_det_adp": 0.0,
        "prev_verb": 0.0,
    }
    text = analysis.text
    if cue_start is not None:
        distance = start - cue_start if cue_start < start else cue_start - end
        features["log_cue_distance"] = math.log1p(max(distance, 0))
        parsed, cue_tokens = locator.tokens(cue_start, cue_start + 1)
        if parsed is not None and cue_tokens:
            cue = cue_tokens[0]
            features["cue_naming"] = float(lemma(cue, parsed.lang) in NAMING_VERBS)
            features["cue_cognition"] = float(reporting_kind(cue, parsed.lang) == "cognition")
            quote_parsed, first, last = locator.token_range(start, end)
            if quote_parsed is parsed:  # the quoted words hanging on the cue, found from the cue's side
                roots = [] if first <= cue.i < last else [c for c in cue.children if first <= c.i < last]
            else:
                inside = list(quote_parsed.doc[first:last]) if quote_parsed is not None and first < last else []
                roots = [t for t in inside if t.head.i == cue.i and t.head not in inside]
            features["quote_is_object"] = float(any(t.dep_ in ("dobj", "obj", "oprd", "xcomp", "attr", "pobj")
                                                    for t in roots))
            features["quote_is_complement"] = float(any(t.dep_ in ("ccomp", "parataxis") for t in roots))
    position = start - 1
    while position >= 0 and (text[position] in QUOTE_MARKS or text[position] in SPACES + ","):
        position -= 1
    word_start = position
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    previous = text[word_start:position + 1].lower()
    features["that_before"] = float(previous == "that")
    for word in PREVIOUS_WORDS:
        features[f"previous_{word}"] = float(previous == word)
    cue_lemma = ""
    if cue_start is not None:
        parsed_cue, cue_tokens = locator.tokens(cue_start, cue_start + 1)
        cue_lemma = lemma(cue_tokens[0], parsed_cue.lang) if cue_tokens else ""
    for word in CUE_LEMMAS:
        features[f"cue_{word}"] = float(cue_lemma == word)
    parsed, tokens = locator.tokens(position, position + 1) if position >= 0 else (None, [])
    if tokens:
        features["prev_det_adp"] = float(tokens[-1].pos_ in ("DET", "ADP", "ADJ"))
        features["prev_verb"] = float(tokens[-1].pos_ in ("VERB", "AUX"))
    return features


def _sentence_features(text: str, locator: Locator, start: int, end: int) -> dict[str, float]:
    """How much of its sentence the quote fills, and whether it opens the paragraph."""
    parsed, sent = locator.sentence(start)
    share = 0.0
    if parsed is not None and sent is not None:
        sent_start, sent_end = parsed.offset + sent.start_char, parsed.offset + sent.end_char
        length = max(sent_end - sent_start, 1)
        share = max(0, min(end, sent_end) - max(start, sent_start)) / length
    paragraph_start = text.rfind("\n", 0, start) + 1
    opens_paragraph = not any(c.isalnum() for c in text[paragraph_start:start])
    return {"sentence_share": share, "opens_paragraph": float(opens_paragraph)}
