"""Who is speaking: the speaker phrase of a cue, resolved to an actor through the actor layer.

The actor layer's mentions (names, surnames, titles, coreferent pronouns) are tried first through
``analysis.actor_at``; when a pronoun or a dropped Spanish subject is not covered there, a minimal fallback
takes the nearest preceding person (subject of a recent sentence first, else the last person named).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span as SpacySpan, Token

from detente.analyze.context import Analysis, ParsedParagraph
from detente.analyze.quotes.lexicon import attribution_phrases
from detente.model import Actor, Speaker

SUBJECT_DEPS = {"nsubj", "nsubj:pass", "csubj"}
TRIMMED_DEPS = {"relcl", "acl", "appos", "punct", "advcl", "parataxis", "acl:relcl", "dep", "case"}
PRONOUNS = {
    "he", "she", "they", "him", "her", "them", "himself", "herself", "themselves", "i", "we", "it",
    "él", "ella", "ellos", "ellas", "yo", "nosotros", "nosotras", "usted", "ustedes",
}
RELATIVES = {"who", "which", "that", "whom", "quien", "quienes", "que", "cual"}
PERSON_LABELS = {"PERSON", "PER"}
SPEAKER_LABELS = PERSON_LABELS | {"ORG", "NORP", "GPE"}
LOOKBACK_SENTENCES = 4


@dataclass
class SpeakerPhrase:
    """The words naming the speaker in the article, and the actor they resolve to when known."""

    start: int
    end: int
    text: str
    actor: Actor | None
    name: str | None


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The grammatical subject of a cue verb, inherited through xcomp/advcl/conj/relcl chains."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ in RELATIVES and verb.dep_ in ("relcl", "acl:relcl", "acl"):
                return verb.head
            return child
        if child.dep_ == "agent":  # "was described by X"
            objects = [t for t in child.children if t.dep_ == "pobj"]
            if objects:
                return objects[0]
    if depth >= 4 or verb.head.i == verb.i:
        return None
    if verb.dep_ in ("acl",) and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "a note saying ..." → the note (resolved to its author below)
    if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp", "ccomp", "prep", "pobj", "relcl", "acl:relcl", "obl"):
        return subject_of(verb.head, depth + 1)
    if verb.head.dep_ in ("prep", "pcomp", "pobj"):
        return subject_of(verb.head, depth + 1)
    return None


def phrase_tokens(head: Token) -> list[Token]:
    """The speaker noun phrase without relative clauses and appositions ("said Trump, who ..." → Trump)."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in TRIMMED_DEPS:
            continue
        tokens.extend(child.subtree)
    tokens = sorted(tokens, key=lambda t: t.i)
    while len(tokens) > 1 and not any(c.isalnum() for c in tokens[-1].text):
        tokens.pop()  # "señaló Petro—": the dash closes the narrator's aside, not the name
    while len(tokens) > 1 and not any(c.isalnum() for c in tokens[0].text):
        tokens.pop(0)
    return tokens


def resolve_speaker(analysis: Analysis, parsed: ParsedParagraph, head: Token) -> SpeakerPhrase:
    """The speaker phrase headed by ``head`` with its actor, following pronouns back to their person."""
    tokens = phrase_tokens(head)
    start, end = parsed.offset + tokens[0].idx, parsed.offset + tokens[-1].idx + len(tokens[-1])
    text = analysis.text[start:end]
    head_start = parsed.offset + head.idx
    actor = analysis.actor_at(head_start, head_start + len(head)) or analysis.actor_at(start, end)
    if actor is not None and actor.country is None and actor.sector is None and head.pos_ == "PROPN" \
            and _surname_only(actor.name, head.text):
        actor = _coded_namesake(analysis, head.text) or actor  # "Según Petro" taken as a name of its own
    if actor is not None:
        return SpeakerPhrase(start, end, text, actor, actor.name)
    if head.lower_ in PRONOUNS and head.lower_ not in ("i", "we", "it"):
        antecedent = antecedent_person(analysis, head_start)
        if antecedent is not None:
            return SpeakerPhrase(start, end, text, antecedent.actor, antecedent.name)
    if head.ent_type_ in SPEAKER_LABELS:
        entity = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        return SpeakerPhrase(start, end, text, None, entity.text if entity is not None else head.text)
    if head.pos_ == "PROPN":
        name = [c for c in head.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" and c.i < head.i]
        return SpeakerPhrase(start, end, text, None, " ".join(t.text for t in name + [head]))
    if head.pos_ == "NOUN" and head.ent_type_ == "" and _is_document(head):
        author = _author_of(head)
        if author is not None and author.i != head.i and not _is_document(author):
            return resolve_speaker(analysis, parsed, author)
    return SpeakerPhrase(start, end, text, None, None)


def _surname_only(name: str, word: str) -> bool:
    """Whether an actor's name is just ``word``, or ``word`` after a source phrase's first word ("Según Petro"):
    not a fuller name of someone else ("John F. Kennedy", "Mary Trump")."""
    words = name.split()
    return words[-1:] == [word] and all(w.lower() in _source_words() for w in words[:-1])


@lru_cache(maxsize=1)
def _source_words() -> frozenset[str]:
    """First words of the source phrases ("según", "according", "de") in every language we list."""
    return frozenset(phrase[0] for lang in ("en", "es") for phrase in attribution_phrases(lang))


def _coded_namesake(analysis: Analysis, word: str) -> Actor | None:
    """The one coded actor of the article whose name ends with ``word`` (a surname: "Petro" → Gustavo Petro)."""
    found = [a for a in analysis.actors if (a.country or a.sector) and a.name.split()[-1:] == [word]]
    return found[0] if len(found) == 1 else None


DOCUMENT_NOUNS = {"note", "letter", "statement", "message", "tweet", "post", "sign", "communiqué", "nota", "carta",
                  "comunicado", "mensaje", "declaración"}


def _is_document(token: Token) -> bool:
    return token.lemma_.lower() in DOCUMENT_NOUNS or token.lower_ in DOCUMENT_NOUNS


def _author_of(noun: Token) -> Token | None:
    """The subject of the verb that governs a document noun ("Trump gave Petro a note saying ...")."""
    verb = noun.head
    if verb.i == noun.i:
        return None
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def implicit_speaker(analysis: Analysis, position: int) -> SpeakerPhrase | None:
    """The person a subject-less cue refers to (Spanish "Dijo que ..."): the nearest preceding person."""
    antecedent = antecedent_person(analysis, position)
    if antecedent is None:
        return None
    return SpeakerPhrase(position, position, "", antecedent.actor, antecedent.name)


@dataclass
class _Person:
    start: int
    actor: Actor | None
    name: str
    is_subject: bool


def antecedent_person(analysis: Analysis, position: int) -> _Person | None:
    """Nearest person before ``position``: a sentence subject in the closest sentence first, else the last named."""
    window = [s for s in _sentences_before(analysis, position)][-LOOKBACK_SENTENCES:]
    for parsed, sent in reversed(window):
        people = [p for p in _people_in(analysis, parsed, sent) if p.start < position]
        if not people:
            continue
        subjects = [p for p in people if p.is_subject]
        return subjects[0] if subjects else people[-1]
    return None


def _sentences_before(analysis: Analysis, position: int) -> list[tuple[ParsedParagraph, SpacySpan]]:
    found = []
    for parsed, sent in analysis.sentences():
        if parsed.offset + sent.start_char >= position:
            break
        found.append((parsed, sent))
    return found


def _people_in(analysis: Analysis, parsed: ParsedParagraph, sent: SpacySpan) -> list[_Person]:
    """People named in a sentence: actor mentions that look personal, and PERSON entities."""
    people: list[_Person] = []
    for entity in sent.ents:
        if entity.label_ not in PERSON_LABELS:
            continue
        start = parsed.offset + entity.start_char
        actor = analysis.actor_at(start, parsed.offset + entity.end_char)
        is_subject = _heads_subject(entity.root)
        people.append(_Person(start, actor, actor.name if actor else entity.text, is_subject))
    covered = {p.start for p in people}
    for token in sent:
        if token.pos_ != "PROPN" or token.dep_ not in SUBJECT_DEPS or not token.text[:1].isalpha():
            continue
        start = parsed.offset + token.idx
        if any(abs(start - c) < 40 for c in covered):
            continue
        actor = analysis.actor_at(start, start + len(token))
        if actor is None and token.ent_type_ in ("", "PERSON", "PER"):
            people.append(_Person(start, None, token.text, True))
        elif actor is not None and _personal(actor):
            people.append(_Person(start, actor, actor.name, True))
    return sorted(people, key=lambda p: p.start)


def _heads_subject(token: Token) -> bool:
    """The name is the subject, or part of it ("El presidente Gustavo Petro habló": Petro hangs on presidente)."""
    for _ in range(3):
        if token.dep_ in SUBJECT_DEPS:
            return True
        if token.dep_ not in ("flat", "flat:name", "appos", "compound") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _personal(actor: Actor) -> bool:
    """An actor that can speak as a person (has a role, or a multi-word personal name)."""
    return bool(actor.role) or (actor.sector in (None, "GOV", "OPP", "CVL", "MIL") and " " in actor.name)


def to_speaker(phrase: SpeakerPhrase | None) -> Speaker | None:
    """The model record for a speaker phrase (None when no speaker was found)."""
    if phrase is None:
        return None
    actor = phrase.actor
    return Speaker(
        text=phrase.text,
        name=actor.name if actor else phrase.name,
        country=actor.country if actor else None,
        sector=actor.sector if actor else None,
        actor_id=actor.id if actor else None,
    )
