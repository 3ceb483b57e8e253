"""Where the shared evaluation data lives, and a clean skip when it is absent."""
from __future__ import annotations

import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def eval_path(*parts: str) -> Path:
    """A path under ../shared/eval; exits 0 with a message when the data is not there."""
    path = EVAL.joinpath(*parts)
    if not path.exists():
        print(f"skip: {path} not found (the evaluation data lives in ../shared/eval)")
        sys.exit(0)
    return path


def corpus_articles(limit: int | None = None):
    """The extracted articles of the real-news corpus (../shared/eval/corpus), in file order; pages that do not
    extract are left out. Exits 0 with a message when the corpus is absent."""
    import gzip

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from detente.extract import ExtractionError, extract
    from detente.model import RawDocument

    corpus = eval_path("corpus")
    for page in sorted(p for p in corpus.glob("*/*") if p.is_file())[:limit]:
        data = page.read_bytes()
        if page.suffix == ".gz":
            data = gzip.decompress(data)
        kind = "html" if data.lstrip()[:1] == b"<" else "text"
        try:
            yield extract(RawDocument(source=str(page), content=data, kind=kind))
        except ExtractionError:
            continue


def corpus_analyses_before_events(limit: int | None = None):
    """(analysis, seconds) per corpus article: every stage before the events stage run on it, and the time they
    took; the events speed scripts time what comes next."""
    import time

    from detente.analyze.context import Analysis
    from detente.analyze.pipeline import stages_before

    earlier = stages_before("events")
    for article in corpus_articles(limit):
        analysis = Analysis(article=article)
        started = time.perf_counter()
        for stage in earlier:
            stage(analysis)
        yield analysis, time.perf_counter() - started


def corpus_page_id(path: Path) -> str:
    """A corpus page's short id, "en/011579aa0ac8": its language folder and the first 12 characters of its name."""
    return f"{path.parent.name}/{path.name[:12]}"


def corpus_split(page_id: str) -> str:
    """"dev" or "held-out" for a corpus page: the parity of its id's last hex digit, so that audits of real news can
    be tuned on one half and measured on the other."""
    return "dev" if int(page_id[-1], 16) % 2 == 0 else "held-out"


def corpus_documents(split: str | None = None, pages: set[str] | None = None):
    """(page id, document) for every corpus page (of one split, or among ``pages`` ids, when given), in file order:
    the whole pipeline run on each page as `detente analyze` runs it."""
    import gzip

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from detente.model import RawDocument
    from detente.process import process

    for page in sorted(eval_path("corpus").glob("*/*.html.gz")):
        page_id = corpus_page_id(page)
        if (split is not None and corpus_split(page_id) != split) or (pages is not None and page_id not in pages):
            continue
        yield page_id, process(RawDocument(source=str(page), content=gzip.decompress(page.read_bytes()), kind="html"))


def corpus_event_rows(split: str | None = None):
    """(page id, event, article text) for every event coded on the corpus pages (of one split when given), in file
    order: the whole pipeline run on each page as `detente analyze` runs it."""
    for page_id, document in corpus_documents(split):
        text = document.article.text if hasattr(document, "article") else ""
        for event in getattr(document, "events", None) or []:
            yield page_id, event, text
