"""Acts told under a verb of saying ("said they would meet", "say they will retaliate"): which clause is reported,
whether the reported act is the speaker's own commitment, and when the telling itself is the act (a threat or promise
is made when it is said, so its future belongs to the act threatened or promised)."""
from __future__ import annotations

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words


def reported(token, lang: str) -> bool:
    """The trigger's clause is the complement of a verb of saying ("said they would meet")."""
    current = token
    for _ in range(3):
        if current.dep_ == "ccomp":
            return lemma(current.head, lang) in words("communication")
        if current.dep_ not in {"xcomp", "conj"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def pledged_by_speaker(token) -> bool:
    """The reported act's subject is a pronoun, the speaker's own commitment ("farmers said they would blockade"),
    not a reported plan of others ("the union said teachers will strike")."""
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return not subjects or all(s.pos_ == "PRON" for s in subjects)


def made_now(event_type: str, cue_type: str) -> bool:
    """A threat, or a promise read off a future act, that its doer states ("say they will retaliate", "said it would
    provide aid") is made when it is said: the future (and the date) belong to the act threatened or promised, not to
    the event (audit s21, class E). A promise word in the future ("will sign an agreement") and a plan reported with
    no speech ("G-7 members will meet next month") keep their future."""
    return event_type == "THREATEN" or event_type == "AGREE" and cue_type != "AGREE"
