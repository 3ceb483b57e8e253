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
