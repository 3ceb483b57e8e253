"""Plain lxml helpers shared by the HTML extraction modules: the visible text of an element, and whether it is a link."""
from __future__ import annotations

import re

from lxml import etree

SKIP_TAGS = {"script", "style", "noscript", "svg", "template"}
_ALNUM = re.compile(r"[\W_]+", re.UNICODE)


def text_content(element) -> str:
    """Visible text of an element (no script, style or svg titles)."""
    pieces: list[str] = []
    skipping = 0
    for event, node in etree.iterwalk(element, events=("start", "end")):
        skip = node.tag in SKIP_TAGS
        if event == "start":
            skipping += skip
            if not skipping and node.text and isinstance(node.tag, str):
                pieces.append(node.text)
        else:
            skipping -= skip
            if not skipping and node.tail and node is not element:
                pieces.append(node.tail)
    return "".join(pieces)


def is_link_text(element) -> bool:
    """All (or nearly all) of the element's text is a link, or the element sits inside a link."""
    text = _ALNUM.sub("", text_content(element))
    linked = "".join(_ALNUM.sub("", text_content(a)) for a in element.iter("a"))
    if not linked and any(ancestor.tag == "a" for _, ancestor in zip(range(4), element.iterancestors())):
        linked = text
    return bool(text) and len(linked) >= 0.8 * len(text)


def text_key(text: str | None) -> str:
    """Comparison key: letters and digits only, lower case (quotes and dashes vary between copies of a text)."""
    return _ALNUM.sub("", (text or "").lower())
