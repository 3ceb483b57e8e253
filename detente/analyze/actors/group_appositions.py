"""'Jaish-e-Mohammed, a militant group outlawed by ...', 'the Kalkan Brigade, a Syrian rebel group': an indefinite
apposition after a named organization describes it; the two are one actor (not a second, unnamed "militant group"
coded where the sentence is). A listed organization keeps its own code; an unlisted one takes the apposition's
kind (its agent word) and country."""
from __future__ import annotations

from spacy.tokens import Doc

from detente.analyze.actors.matcher import ORG_LABELS
from detente.knowledge.actors.words import apposition_group_nouns

INDEFINITE = {"a", "an"}


def _named_group(phrase) -> bool:
    """An organization's name: a tagged or listed organization, or a capitalised group word ending a name ("the
    Kalkan Brigade", "the Islamic Front")."""
    if phrase.has_person() or not phrase.units:
        return False
    last = phrase.units[-1]
    return any(u.label in ORG_LABELS or any(e.kind == "entity" and str(e.value).startswith("O:") for e in u.entries)
               for u in phrase.units) or (last.text[:1].isupper() and last.end == phrase.end
                                          and any(e.kind == "agent" and e.detail == "group" for e in last.entries))


MODIFIER_POS = {"ADV", "ADJ", "VERB"}  # "an internationally designated terrorist group": left out of the phrase


def article_start(doc: Doc, comma: int, nxt) -> int | None:
    """Where the apposition's indefinite article stands: the phrase's first token, or the token after the comma
    when only modifiers the phrase left out ("an internationally designated") come between it and the phrase."""
    if doc[nxt.start].lower_ in INDEFINITE:
        return nxt.start
    first = comma + 1
    if first >= nxt.start or doc[first].lower_ not in INDEFINITE:
        return None
    between = doc[first + 1:nxt.start]
    if all(t.pos_ in MODIFIER_POS and (t.pos_ != "VERB" or t.tag_ == "VBN") for t in between):
        return first
    return None


def is_group_apposition(doc: Doc, phrase, nxt) -> bool:
    """``nxt`` ("a militant group", "an armed faction") after ``phrase`` and a comma describes it."""
    if doc[phrase.end].text != "," or article_start(doc, phrase.end, nxt) is None:
        return False
    if nxt.has_person() or not _named_group(phrase):
        return False
    return doc[nxt.end - 1].lower_ in apposition_group_nouns()


def described_by_apposition(phrase, unit) -> bool:
    """The unit (the phrase's head agent) belongs to one of its appositions, not to the name itself."""
    return any(unit in other.units for other in phrase.appositions)
