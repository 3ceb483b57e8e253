"""A person's possessive on the noun of an act done to a person names the one it is done to, not its doer:
"Trump's impeachment" (the House impeached Trump), "Navalny's arrest", "Assange's extradition", "his release". English
lets the possessor of such a noun be its agent only when an of-phrase names the patient ("Maduro's arrest of the
reporter"); a state or body as possessor stays the doer ("Israel's release of prisoners", "its expulsion of the
envoy"). Seen on dev pages of real news as wrong sources (the impeachment, the extradition, "Giuffre's allegations"
next to an investigation). The nouns are listed in detente/knowledge/plover/patient_nouns.tsv."""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma

PERSON_PRONOUNS = {"his", "her", "their"}


@lru_cache(maxsize=None)
def patient_nouns() -> frozenset[str]:
    text = resources.files("detente.knowledge.plover").joinpath("patient_nouns.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return frozenset(row["word"].strip().lower() for row in csv.DictReader(lines, delimiter="\t"))


def possessed_patient(noun: Token, possessor: Token, lang: str) -> bool:
    """``possessor`` (the poss child of ``noun``) is a person the act ``noun`` is done to."""
    if lang != "en" or lemma(noun, lang) not in patient_nouns():
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False  # "Maduro's arrest of the reporter": the possessor did it
    return possessor.ent_type_ == "PERSON" or possessor.lower_ in PERSON_PRONOUNS
