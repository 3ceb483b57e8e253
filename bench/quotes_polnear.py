"""Quote attribution on PolNeAR (brat Source/Cue/Content), Détente next to textacy's direct_quotations.

Usage: .venv/bin/python bench/quotes_polnear.py [--split dev|train] [--limit N] [--every K] [--rules-only]
Develop on train (e.g. --split train --every 2: even-numbered documents); report on dev (held out).

Content match: spans are compared after trimming spaces, quote marks and edge punctuation from each fragment;
"exact" = the same trimmed text, "overlap" = shared characters >= 50% of the longer of the two.
Speaker accuracy (matched attributions whose gold Source exists): the predicted speaker span overlaps the gold one.
"direct" compares fully quoted gold contents with predicted direct quotes (textacy emits only direct quotes);
Détente's pieces that share a cue are one attribution, direct only when every piece is a direct quote (the gold's
own definition: content that is quoted throughout). A gold content is quoted throughout when its first fragment
opens and its last closes with a quotation mark, counting a mark the annotator's span stops just inside of and a
curly opening mark typed as the closer (“Is it?“); brat lines that carry on a span's text over several lines are
skipped (the whole train split used to crash on one). An attribution's content is its Content span together with
any Content2, Content3 ... spans: brat marks a role filled more than once with a number (one annotator writes
“A,” X said, “B.” as Content A + Content2 B).
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "quotes" / "polnear"
EDGE = " \n\t.,;:!?\"'“”‘’«»—–-()"
OPEN_MARKS, CLOSE_MARKS = "\"'“‘«", "\"'”’»"


@dataclass
class Attr:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    direct: bool = False
    cue: str | None = None


def parse_spans(field_text: str) -> list[tuple[int, int]]:
    return [tuple(int(x) for x in part.split()) for part in field_text.split(";")]


def read_gold(ann: Path, text: str) -> list[Attr]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if not re.match(r"[TE]\d+\t", line):
            continue  # a span's text over several lines goes on in lines of its own ("The number of ...")
        if line.startswith("T"):
            tid, info, _ = line.split("\t", 2)
            kind, offsets = info.split(" ", 1)
            spans[tid] = (kind, parse_spans(offsets))
        elif line.startswith("E"):
            relations.append(dict(part.split(":") for part in line.split("\t")[1].split()))
    gold = []
    for rel in relations:
        if "Content" not in rel or rel["Content"] not in spans:
            continue
        content = [span for role, tid in sorted(rel.items()) if re.fullmatch(r"Content\d*", role) and tid in spans
                   for span in spans[tid][1]]  # brat numbers repeated roles: Content2 is more of the same content
        source = spans[rel["Source"]][1] if rel.get("Source") in spans else []
        gold.append(Attr(content, source, is_fully_quoted(text, content)))
    return gold


def is_fully_quoted(text: str, fragments: list[tuple[int, int]]) -> bool:
    """Content that opens and closes with quotation marks (fragments split at sentences or by "he said").

    The marks count whether the annotator's span takes them in or stops just inside them (“Note to muslim
    terrorists: Over my dead body,” annotated without its opening mark), and an opening curly mark typed as the
    closer (“Is it?“) closes; a fragment holding nothing but a mark is left aside."""
    ordered = [f for f in sorted(fragments) if any(c.isalnum() for c in text[f[0]:f[1]])] or sorted(fragments)
    (first_start, first_end), (last_start, last_end) = ordered[0], ordered[-1]
    first = text[first_start:first_end].strip().lstrip("(—- ")
    last = text[last_start:last_end].strip().rstrip(".,;:!?—-").strip()
    opened = len(first) > 1 and first[0] in OPEN_MARKS or _mark_before(text, first_start)
    closed = len(last) > 1 and last[-1] in CLOSE_MARKS + "“" or _mark_after(text, last_end)
    return opened and closed


def _mark_before(text: str, start: int) -> bool:
    """An opening mark right before the span (a straight one only where a quote can open: after a space)."""
    position = start - 1
    while position >= 0 and text[position] in " \t":
        position -= 1
    if position < 0 or text[position] not in OPEN_MARKS:
        return False
    return text[position] in "“‘«" or position == 0 or text[position - 1].isspace() or text[position - 1] in "([—–-"


def _mark_after(text: str, end: int) -> bool:
    """A closing mark right after the span, past its final punctuation (a straight one only before a non-letter)."""
    position = end
    while position < len(text) and text[position] in " .,;:!?":
        position += 1
    if position >= len(text) or text[position] not in CLOSE_MARKS + "“":
        return False
    return text[position] in "”’»“" or position + 1 == len(text) or not text[position + 1].isalnum()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def trimmed_chars(text: str, fragments: list[tuple[int, int]]) -> set[int]:
    chars: set[int] = set()
    for start, end in fragments:
        chars.update(range(*_trim(text, start, end)))
    return chars


def trimmed_text(text: str, fragments: list[tuple[int, int]]) -> str:
    pieces = [text[slice(*_trim(text, s, e))] for s, e in sorted(fragments)]
    return re.sub(r"\W+", " ", " ".join(pieces)).strip().lower()


def match(text: str, predicted: list[Attr], gold: list[Attr]) -> list[tuple[Attr, Attr, bool]]:
    """Greedy one-to-one matching by overlap; each pair says whether it is also an exact match."""
    pairs = []
    for p in predicted:
        pc = trimmed_chars(text, p.content)
        for g in gold:
            gc = trimmed_chars(text, g.content)
            if not pc or not gc:
                continue
            shared = len(pc & gc)
            if shared / max(len(pc), len(gc)) >= 0.5:
                pairs.append((shared / max(len(pc), len(gc)), p, g))
    used_p, used_g, result = set(), set(), []
    for _, p, g in sorted(pairs, key=lambda x: -x[0]):
        if id(p) in used_p or id(g) in used_g:
            continue
        used_p.add(id(p))
        used_g.add(id(g))
        result.append((p, g, trimmed_text(text, p.content) == trimmed_text(text, g.content)))
    return result


def speaker_ok(p: Attr, g: Attr) -> bool:
    return any(ps < ge and gs < pe for ps, pe in p.source for gs, ge in g.source)


class Score:
    def __init__(self) -> None:
        self.n_pred = self.n_gold = self.exact = self.overlap = self.spk_total = self.spk_ok = 0

    def add(self, text: str, predicted: list[Attr], gold: list[Attr]) -> None:
        self.n_pred += len(predicted)
        self.n_gold += len(gold)
        for p, g, exact in match(text, predicted, gold):
            self.overlap += 1
            self.exact += exact
            if g.source:
                self.spk_total += 1
                self.spk_ok += speaker_ok(p, g)

    def figures(self) -> dict[str, float]:
        def f1(hits: int) -> tuple[float, float, float]:
            p = hits / self.n_pred if self.n_pred else 0.0
            r = hits / self.n_gold if self.n_gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        ep, er, ef = f1(self.exact)
        op, orr, of = f1(self.overlap)
        return {"exact_P": ep, "exact_R": er, "exact_F1": ef, "overlap_P": op, "overlap_R": orr, "overlap_F1": of,
                "speaker_acc": self.spk_ok / self.spk_total if self.spk_total else 0.0}


def paragraphs_of(text: str) -> list[tuple[int, int]]:
    """Original offsets of the non-blank paragraphs (blank-line separated)."""
    found = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            found.append((start, end))
    return found


def detente_attributions(text: str) -> tuple[list[Attr], list]:
    """Détente's attributions in original offsets, plus the parsed paragraphs (reused by the peer)."""
    from detente.analyze import actors, nlp, quotes
    from detente.analyze.context import Analysis
    from detente.model import Article, Paragraph

    original = paragraphs_of(text)
    paragraphs, position = [], 0
    for start, end in original:
        paragraphs.append(Paragraph(text[start:end], "en", position, position + end - start))
        position += end - start + 2
    article = Article("polnear", None, None, None, False, [], "en", [], [], paragraphs)
    analysis = Analysis(article)
    nlp.parse(analysis)
    actors.resolve(analysis)

    def to_original(offset: int) -> int:
        for (o_start, _), paragraph in zip(original, paragraphs):
            if paragraph.start <= offset <= paragraph.end:
                return o_start + offset - paragraph.start
        return offset

    def convert(spans):
        return [(to_original(s), to_original(e)) for s, e in spans]

    grouped: dict[object, Attr] = {}
    for a in quotes.attributions(analysis):
        source = [(a.speaker.start, a.speaker.end)] if a.speaker and a.speaker.end > a.speaker.start else []
        key = ("cue", a.cue_start) if a.cue_start is not None else ("span", a.spans[0])
        if key in grouped:
            grouped[key].content.extend(convert(a.spans))
            grouped[key].direct = grouped[key].direct and a.direct  # direct = every piece quoted, as for gold
        else:
            grouped[key] = Attr(convert(a.spans), convert(source), a.direct, a.cue)
    return list(grouped.values()), analysis.parsed


def textacy_attributions(text: str, nlp) -> list[Attr]:
    """textacy.extract.triples.direct_quotations on the whole document, else paragraph by paragraph."""
    from textacy.extract.triples import direct_quotations

    def run(doc, offset: int) -> list[Attr]:
        found = []
        for triple in direct_quotations(doc):
            content = [(offset + triple.content.start_char, offset + triple.content.end_char)]
            speaker = [(offset + t.idx, offset + t.idx + len(t)) for t in triple.speaker]
            source = [(min(s for s, _ in speaker), max(e for _, e in speaker))] if speaker else []
            found.append(Attr(content, source, True))
        return found

    try:
        return run(nlp(text), 0)
    except ValueError:
        found = []
        for start, end in paragraphs_of(text):
            try:
                found.extend(run(nlp(text[start:end]), start))
            except ValueError:
                continue  # odd number of quote marks in the paragraph: textacy bails out
        return found


def documents(split: str, limit: int | None, every: int) -> list[tuple[str, Path]]:
    texts = sorted((EVAL / split / "text").glob("*.txt"))[::every]
    if limit:
        texts = texts[:limit]
    docs = []
    for path in texts:
        annotations = sorted((EVAL / split / "attributions").glob(path.stem + "_*.ann"))
        if annotations:
            docs.append((path.read_text(encoding="utf-8"), annotations[0]))
    return docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--every", type=int, default=1, help="take every K-th document (train development subsets)")
    parser.add_argument("--no-peer", action="store_true", help="skip textacy")
    parser.add_argument("--rules-only", action="store_true",
                        help="leave out the learned direct/partial decision (knowledge/quotes/direct_model.json)")
    args = parser.parse_args()
    if args.rules_only:
        from detente.analyze.quotes import direct_model

        direct_model.active_decider = lambda: None
    if not (EVAL / args.split).is_dir():
        print(f"PolNeAR not found at {EVAL}: skipping")
        return 0
    from detente.analyze.nlp import load_pipeline

    nlp = load_pipeline("en")
    scores = {name: {"all": Score(), "direct": Score()} for name in ("detente", "textacy")}
    timings = {"detente": 0.0, "textacy": 0.0}
    docs = documents(args.split, args.limit, args.every)
    for text, ann in docs:
        gold = read_gold(ann, text)
        gold_direct = [g for g in gold if g.direct]
        started = time.perf_counter()
        ours, _ = detente_attributions(text)
        timings["detente"] += time.perf_counter() - started
        scores["detente"]["all"].add(text, ours, gold)
        scores["detente"]["direct"].add(text, [a for a in ours if a.direct], gold_direct)
        if not args.no_peer:
            started = time.perf_counter()
            peer = textacy_attributions(text, nlp)
            timings["textacy"] += time.perf_counter() - started
            scores["textacy"]["all"].add(text, peer, gold)
            scores["textacy"]["direct"].add(text, peer, gold_direct)
    n_gold = sum(len(read_gold(a, t)) for t, a in docs)
    n_direct = sum(sum(g.direct for g in read_gold(a, t)) for t, a in docs)
    print(f"PolNeAR {args.split}: {len(docs)} documents, {n_gold} gold attributions, {n_direct} fully quoted (direct)")
    header = f"{'system':8} {'subset':7} {'pred':>5} {'gold':>5} " + " ".join(
        f"{k:>10}" for k in ("exact_P", "exact_R", "exact_F1", "overlap_P", "overlap_R", "overlap_F1", "speaker_acc"))
    print(header)
    for name in ("detente", "textacy"):
        if name == "textacy" and args.no_peer:
            continue
        for subset in ("direct", "all"):
            score = scores[name][subset]
            figures = score.figures()
            print(f"{name:8} {subset:7} {score.n_pred:5d} {score.n_gold:5d} "
                  + " ".join(f"{figures[k]:10.3f}" for k in figures))
    print(f"time: detente {timings['detente']:.1f}s (parse+actors+quotes), textacy {timings['textacy']:.1f}s (own parse)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
