"""Leaving as an event: who leaves what decides whether it is one, and of which PLOVER type.

"Troops left Kherson" is RETREAT withdraw; "Burkina Faso quit ECOWAS" and "withdrew from the Paris agreement" are
SANCTION withdraw (codebook: withdrawing oneself from an organization or agreement); walking out of a summit or
talks is REJECT; "Petro left Washington after
the meeting" is travel and "the meeting left gestures of cooperation" is leaving behind: neither is an event.
"""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import Cue, words
from detente.analyze.events.sentence_words import sentence_words
from detente.analyze.events.triggers import Trigger

SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass"}
OBJECT_DEPS = {"dobj", "obj"}
FROM_WORDS = {"from", "de", "del"}
LEAVE_WORDS_RETREAT = ("RETREAT", "withdraw")
LEAVE_WORDS_SANCTION = ("SANCTION", "withdraw")


def apply_departures(sent: SpacySpan, triggers: list[Trigger], lang: str) -> list[Trigger]:
    """Add the leaving verbs (``departure`` list) whose arguments make them events, retype withdrawals from an
    organization or agreement to SANCTION withdraw, and drop event nouns that only name what was left."""
    by_token = {t.token.i: t for t in triggers}
    left_behind: set[int] = set()
    drop: set[int] = set()
    departure = words("departure")
    lemmas, tags = sentence_words(sent, lang)
    for position, own in enumerate(lemmas):
        if own not in departure or (tags[position] not in {"VERB", "AUX"} and sent.start + position not in by_token):
            continue
        token = sent[position]
        existing = by_token.get(token.i)
        if existing is not None and existing.cue.type != "RETREAT":
            continue
        left = _what_is_left(token)
        if left is not None and lemma(left, lang) in words("meeting"):
            # "se retiró de la cumbre", "walked out of the talks": leaving a meeting is a refusal (REJECT)
            by_token[token.i] = _as(token, existing, ("REJECT", None), own)
            left_behind |= {t.i for t in left.subtree}
        elif left is not None and lemma(left, lang) in words("membership"):
            by_token[token.i] = _as(token, existing, LEAVE_WORDS_SANCTION, own)
            left_behind |= {t.i for t in left.subtree}
        elif lang == "en" and existing is not None and len(existing.tokens) == 1 and _things_withdrawn(left, lang):
            left_behind.add(token.i)  # "the company withdrew its bid": what is withdrawn is no force, no one's presence
            drop.add(token.i)
        elif existing is None and own in words("force_departure") and not _heading_to(token) and (
                _armed_subject(token, lang) or (left is not None and lemma(left, lang) in words("military_position"))):
            by_token[token.i] = _as(token, None, LEAVE_WORDS_RETREAT, own)
    kept = [t for i, t in by_token.items() if (i not in left_behind or not t.is_nominal) and i not in drop]
    return sorted(kept, key=lambda t: t.token.i)


def _as(token: Token, existing: Trigger | None, type_mode: tuple[str, str | None], own: str) -> Trigger:
    cue = Cue(type_mode[0], type_mode[1], "V", (own,), 0, None)
    tokens = existing.tokens if existing is not None else (token,)
    return Trigger(token=token, cue=cue, tokens=tokens)


def _what_is_left(token: Token) -> Token | None:
    """The direct object, or the noun after "from"/"de" ("withdrew from the agreement", "salió de la OEA")."""
    for child in token.children:
        if child.dep_ in OBJECT_DEPS and child.pos_ != "PRON":
            return child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in FROM_WORDS:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.lower_ == "out" and child.dep_ in {"prt", "prep", "advmod"}:  # "pulled out of the accord"
            of = [g for g in [*child.children, *token.children] if g.dep_ == "prep" and g.lower_ == "of"]
            found = next((p for o in of for p in o.children if p.dep_ == "pobj"), None)
            if found is not None:
                return found
        if child.dep_ in {"obl", "nmod"} and any(g.dep_ == "case" and g.lower_ in FROM_WORDS for g in child.children):
            return child
    return None


def _things_withdrawn(left: Token | None, lang: str) -> bool:
    """The direct object of a bare "withdraw" is a thing taken back (a bid, an offer, a complaint, a statement), not
    forces, staff, weapons or positions (cue lists ``deployed``, ``armed_group``, ``goods``, ``withdrawn_people``)."""
    if left is None or left.dep_ not in OBJECT_DEPS or left.pos_ not in {"NOUN"}:
        return False
    own = lemma(left, lang)
    return not any(own in words(kind) for kind in ("deployed", "armed_group", "goods", "withdrawn_people", "military_position",
                                                  "diplomat", "membership", "meeting"))


def _heading_to(token: Token) -> bool:
    """"troops left for Iraq", "salieron hacia": a departure towards somewhere is a deployment, not a retreat."""
    return any(c.lower_ in {"for", "to", "toward", "towards", "hacia", "rumbo"} for c in token.children)


def _armed_subject(token: Token, lang: str) -> bool:
    """The leaver is a force ("Russian troops left", "las tropas abandonaron"), not a person or a meeting."""
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and token.dep_ == "conj":
        subjects = [c for c in token.head.children if c.dep_ in SUBJECT_DEPS]
    return any(lemma(s, lang) in words("armed_group") for s in subjects)
