"""Phrases that look like actors but name none: the office a candidate runs for ("her White House run", "a Senate
bid": the race, not the body, so whoever backs or attacks the run is aimed at the candidate), "on his person" (the body, in legal and police prose: what a
suspect carried) and a nickname after "also known as" ('Anthony Gonzalez Miranda, also known as "SALAMI"'), which
is the person just named, not the listed namesake (an Iranian commander). "Joint patrols" are an activity done
together ("Turkish and Russian forces began joint patrols"), not a police unit: the agent word "patrol" after
"joint" names no actor."""
from __future__ import annotations

POSSESSIVES = {"his", "her", "their", "my", "your", "its", "our"}
BODY_NOUNS = {"person", "persons"}
ALIAS_WORDS = (("also", "known", "as"), ("known", "as"), ("a.k.a.",), ("aka",), ("alias",), ("nicknamed",))
QUOTES = {'"', "'", "“", "‘", "«", "”", "’", "`", "``"}


def is_body_sense(phrase) -> bool:
    """'with these objects on his person': a possessive before a bare "person"."""
    tokens = [t for t in phrase.doc[phrase.start:phrase.end] if not t.is_punct]
    if not tokens or tokens[-1].lower_ not in BODY_NOUNS:
        return False
    before = phrase.doc[phrase.start - 1] if phrase.start > 0 else None
    first = tokens[0]
    return first.lower_ in POSSESSIVES or (len(tokens) == 1 and before is not None and before.lower_ in POSSESSIVES)


def is_nickname(phrase) -> bool:
    """A phrase right after "also known as" / "a.k.a." / "alias" (quote marks aside): another name of the person
    before it."""
    doc, index = phrase.doc, phrase.start - 1
    while index >= 0 and doc[index].text in QUOTES:
        index -= 1
    words = []
    while index >= 0 and len(words) < 3:
        words.insert(0, doc[index].lower_)
        index -= 1
        if tuple(words) in ALIAS_WORDS:
            return True
    return False


CANDIDACY_NOUNS = {"run", "bid", "candidacy", "campaign", "race"}
ARTICLES = {"a", "an", "the"}


def is_office_sought(phrase) -> bool:
    """'backing her White House run', 'a Senate bid': a name between a possessive or article and a candidacy noun
    names the office sought, no actor (the parser often reads "run" as a verb, so the words decide)."""
    doc = phrase.doc
    if phrase.start == 0 or phrase.end >= len(doc):
        return False
    before, after = doc[phrase.start - 1], doc[phrase.end]
    opener = before.lower_ in POSSESSIVES | ARTICLES or before.tag_ == "POS"
    return opener and after.lower_ in CANDIDACY_NOUNS and after.tag_ not in {"VBD", "VBZ", "VBP"}


JOINT_WORDS = {"joint"}
ACTIVITY_AGENT_NOUNS = {"patrol", "patrols"}  # agent words that also name what is done ("a patrol", "joint patrols")


def is_joint_activity(phrase) -> bool:
    """'began joint patrols', 'joint Turkish-Russian patrols': "joint" before a patrol noun, in the phrase or just
    before it, names an activity done together."""
    doc = phrase.doc
    first = phrase.start - 1 if phrase.start > 0 and doc[phrase.start - 1].lower_ in JOINT_WORDS else phrase.start
    for token in doc[first:phrase.end]:
        if token.lower_ in ACTIVITY_AGENT_NOUNS:
            return any(t.lower_ in JOINT_WORDS for t in doc[first:token.i])
    return False
