"""Parliamentary chambers named without their country ("The House voted", "the Commons", "House Oversight
Committee"): the tagger marks them as organizations no list holds; they are a legislature (LEG) whose country the
context gives (the article's story), as for "the Senate" or "parliament"."""
from __future__ import annotations

from detente.analyze.actors.phrases import Phrase
from detente.knowledge.actors.normalize import phrase_key
from detente.knowledge.actors.words import chamber_bodies, chamber_names

ARTICLES = {"the", "a", "an", "la", "el", "las", "los", "una", "un"}


def chamber_title(phrase: Phrase) -> str | None:
    """The chamber's key when the phrase, articles aside, is a capitalised chamber name or a chamber's body
    ("House", "the House of Commons", "House Judiciary Committee"); else None."""
    words = [t.text for t in phrase.doc[phrase.start:phrase.end] if t.lower_ not in ARTICLES and not t.is_punct]
    if not words or not words[0][:1].isupper():
        return None
    names = chamber_names()
    whole = phrase_key(" ".join(words))
    if whole in names:
        return whole
    if len(words) >= 2 and phrase_key(words[-1]) in chamber_bodies():
        for size in (3, 2, 1):
            if size < len(words) and phrase_key(" ".join(words[:size])) in names:
                return phrase_key(" ".join(words[:size]))
    return None
