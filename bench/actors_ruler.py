"""Where the person EntityRuler goes: before "ner", after it (overwriting), or nowhere.

For each placement: actor accuracy on the NGEC assertions and PLOVER gold actors (as in actors_eval.py,
all records), and how many known-person surnames in the seed article spaCy labels PERSON.

Example:
    .venv/bin/python bench/actors_ruler.py
"""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import spacy  # noqa: E402

import actors_eval  # noqa: E402
from bench._data import eval_path  # noqa: E402
from detente.analyze import nlp as nlp_stage  # noqa: E402
from detente.analyze.actors import ruler  # noqa: E402
from detente.knowledge.actors import default_knowledge  # noqa: E402

SURNAMES = ("Petro", "Trump", "Maduro")


def pipeline(lang: str, placement: str):
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W095\].*")
        nlp = spacy.load(nlp_stage.MODELS[lang], exclude=["lemmatizer"] if lang == "es" else [])
    if placement == "before":
        ruler.add_entity_ruler(nlp, lang)
    elif placement == "after":
        component = nlp.add_pipe("entity_ruler", after="ner", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
        with nlp.select_pipes(enable=[]):
            component.add_patterns([{"label": ruler.PERSON_LABEL[lang], "pattern": a} for a in ruler.person_aliases(default_knowledge())])
    return nlp


def main() -> None:
    seed = eval_path("seed", "000_1b2ed861b65bfff5.txt").read_text(encoding="utf-8")
    print(f"{'placement':10} {'NGEC country':>16} {'NGEC sector':>16} {'PLOVER':>16} {'seed surnames PERSON':>22}")
    for placement in ("before", "after", "none"):
        pipes = {lang: pipeline(lang, placement) for lang in nlp_stage.MODELS}
        nlp_stage.load_pipeline = lambda lang, pipes=pipes: pipes.get(lang, pipes["en"])  # type: ignore[assignment]
        actors_eval.KB = default_knowledge()
        ngec = actors_eval.ngec(eval_path("actors", "ngec_actor_tests_dev.jsonl"))["all"]
        plover = actors_eval.plover(eval_path("events", "plover_gsr.jsonl"))["all"]
        doc = pipes["en"](seed)
        tagged = sum(1 for t in doc if t.text in SURNAMES and t.ent_type_ == "PERSON")
        total = sum(1 for t in doc if t.text in SURNAMES)
        print(f"{placement:10} {ngec['country'].show():>16} {ngec['sector'].show():>16} {plover.show():>16} {tagged:>12}/{total}")


if __name__ == "__main__":
    main()
