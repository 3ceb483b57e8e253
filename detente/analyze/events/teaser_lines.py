"""A related-link or teaser line reports nothing of its own (corpus dev audit s24, class A6: "SEE MORE: Hong Kong
protests: 800 students under siege in university"). A sentence that opens with a link label and a colon (cue list
``teaser_label``: see more, read more, related, also read ...) is the headline of another page placed inside
the article; the act it names is that page's, already coded there or not at all, and never dated by this article.
A headline or dateline with a colon ("Kenya: police fire tear gas") is not a label and stays coded, and so does a
"Watch:" video caption, which describes the article's own story (stop-20 sides test "Watch: Belgrade overrun by
protesting students").
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span as SpacySpan

from detente.analyze.events.lexicon import words
from detente.analyze.events.sentence_text import sentence_text


def teaser_line(sent: SpacySpan, lang: str) -> bool:
    """The sentence opens with a link label followed by a colon."""
    return lang == "en" and _label_pattern().match(sentence_text(sent).lstrip(" \t\"'“‘-–—•*>|")) is not None


@lru_cache(maxsize=1)
def _label_pattern() -> re.Pattern:
    labels = sorted(words("teaser_label"), key=len, reverse=True)
    return re.compile(r"(?:%s)\s*:" % "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in labels), re.I)
