"""'The Council of Fashion Designers of America ... The CFDA condemns': an acronym no list holds is the body the
article named in full with those initials before, and takes its code. An acronym the article defines ("the Energy
Regulatory Commission (ERC)") is that body, never a listed namesake (Catalonia's ERC party)."""
from __future__ import annotations

import re
from dataclasses import replace

from detente.knowledge.actors.normalize import phrase_key

LINK_WORDS = {"of", "the", "and", "for", "on", "in", "de", "del", "la", "las", "los", "el", "y", "&"}
ARTICLES = ("the ", "The ", "la ", "La ", "el ", "El ", "los ", "Los ", "las ", "Las ")


def initials(name: str) -> str:
    return "".join(word[0] for word in name.replace("-", " ").split() if word.lower() not in LINK_WORDS).upper()


def _content_words(name: str) -> list[str]:
    return [word.lower().rstrip("s") for word in name.split() if word.lower() not in LINK_WORDS and len(word) >= 4]


def bare(text: str) -> str:
    for article in ARTICLES:
        if text.startswith(article):
            return text[len(article):]
    return text


DEFINED = re.compile(r"((?:[A-Z][\w'’.-]*\s+(?:(?:of|the|and|for|on|de|del|la|y)\s+)*){2,8})\(([A-Z]{2,6})\)")


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronym → the lower-case name the text defines it for, after a name of those initials: 'Energy Regulatory
    Commission (ERC)'."""
    return {short: " ".join(bare(name).lower().split()) for name, short in DEFINED.findall(text)
            if initials(name) == short}


class Acronyms:
    """Bodies named in full in the article so far, by their initials, and the acronyms the article defines."""

    def __init__(self, text: str = "", kb=None) -> None:
        self.bodies: dict[str, object] = {}
        self.defined = defined_acronyms(text) if "(" in text else {}
        self.kb = kb

    def _names_other_body(self, short: str, code) -> bool:
        """The article defines ``short`` for a name that is none of the listed entity's names and shares no word
        with its name ("Energy Regulatory Commission" is not "Esquerra Republicana de Catalunya"; "Centre for
        Disease Control" is a spelling of "Centers for Disease Control and Prevention")."""
        defined = self.defined[short]
        if set(_content_words(defined)) & set(_content_words(code.name)):
            return False
        if self.kb is None:
            return False
        entries = self.kb.phrases.get(phrase_key(defined), ())
        return not any(e.kind == "entity" and e.value == code.entity_id for e in entries)

    def note(self, text: str, code) -> None:
        """Record a resolved body of three or more capitalised words ("Council of Fashion Designers of America")."""
        words = [w for w in bare(text).split() if w.lower() not in LINK_WORDS]
        if code.resolved and code.kind in {"org", "group"} and len(words) >= 3 and all(w[:1].isupper() for w in words):
            self.bodies.setdefault(initials(bare(text)), code)

    def read(self, text: str, code):
        """The full name's code for an unresolved all-capitals acronym of it; else ``code``."""
        short = bare(text)
        if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
            return code
        found = self.bodies.get(short)
        if code.resolved and not (short in self.defined and code.entity_id
                                   and self._names_other_body(short, code)):
            return code
        if found is not None:
            return replace(found, titles=set(found.titles))
        if code.resolved:  # a listed namesake of another name: the article's own body, which no list holds
            return type(code)(short, None, None, "org")
        return code
