"""Spanish lemmas for every stage: our Spanish spaCy pipeline has no lemmatizer, so simplemma's dictionary fills
in, behind one cache that actors, events, quotes and tone share."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65_536)
def spanish_lemma(word: str) -> str:
    """simplemma's lemma of a Spanish word, in lower case ("dijeron" → "decir")."""
    import simplemma

    return simplemma.lemmatize(word, lang="es").lower()


PARTICIPLE_ENDINGS = (("ado", ("ar",)), ("ido", ("er", "ir")))  # -ado → -ar; -ido → -er / -ir
PARTICIPLE_FORMS = tuple(stem + end for stem in ("ad", "id") for end in ("o", "a", "os", "as"))  # every form it reads


def participle_infinitives(participle: str) -> list[str]:
    """Candidate infinitives of a Spanish participle in any gender or number ("detenidas" → detener, detenir):
    simplemma reads many participles as adjectives ("herido"), which hides the verb."""
    word = participle.lower()
    for suffix in ("as", "os", "a", "o"):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            word = word[: -len(suffix)] + "o"
            break
    for ending, replacements in PARTICIPLE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stem = word[: -len(ending)]
            return [stem + r for r in replacements]
    return []


def warm_up() -> None:
    """Load simplemma's Spanish dictionary now (~4 s), so workers pay it at start, not inside the first Spanish document."""
    spanish_lemma("dijo")
