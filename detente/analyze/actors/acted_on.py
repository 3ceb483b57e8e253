"""'The Ministry of Foreign Affairs condemned strikes by the Indian Air Force': what a state body acts on (the
object of its verb) is another party, no evidence of whose body it is; the paragraph or the article says that."""
from __future__ import annotations

OBJECTS = {"dobj", "obj", "attr"}
CLAUSE_OBJECTS = {"ccomp"}  # "condemned what it calls aggression by ...": an object clause, unless it is speech
SPEECH = {"say", "tell", "add", "state", "announce", "claim", "report", "insist", "warn", "declare", "confirm"}
SUBJECTS = {"nsubj", "nsubjpass"}


def object_ranges(site) -> list[tuple[int, int]]:
    """Article character ranges of the objects of the verb the mention is the subject of."""
    root = site.span.root
    if root.dep_ not in SUBJECTS:
        return []
    offset = site.parsed.offset
    ranges = []
    verb = root.head
    speech = verb.lemma_.lower() in SPEECH
    for child in verb.children:
        if child.dep_ in OBJECTS or (child.dep_ in CLAUSE_OBJECTS and not speech):
            tokens = list(child.subtree)
            ranges.append((offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1].text)))
    return ranges


ACTED_ON_SECTORS = {None, "GOV", "MIL", "COP", "SPY", "LEG", "JUD"}  # states and their organs and forces; people,
# parties and the opposition ("arrested Kenyan protesters", "allowed opposition leader X") are often its own


def not_acted_on(site, evidence: list) -> list:
    """The evidence less the states and forces the objects of the mention's verb name."""
    ranges = object_ranges(site)
    if not ranges:
        return evidence
    return [e for e in evidence
            if e.sector not in ACTED_ON_SECTORS or not any(start <= e.start < end for start, end in ranges)]
