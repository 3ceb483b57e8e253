"""Acts held up by their party ("Russia has stalled ratification", "the Senate delayed ratification of the treaty",
"Israel has stalled the talks with Syria"): a verb of obstructing (cue list ``obstructing``) whose object is a
cooperative act noun refuses that act (PLOVER REJECT); without it the noun was coded as the obstructer's own
cooperation (a ratification by Russia). The REJECT trigger on the verb folds the noun (``outermost``)."""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import Cue, words
from detente.analyze.events.triggers import Trigger

COOPERATIVE_TYPES = {"SUPPORT", "AGREE", "CONSULT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}


def obstructions(sent: SpacySpan, triggers: list[Trigger], lang: str) -> list[Trigger]:
    """REJECT triggers on verbs of obstructing whose direct object is a cooperative act noun among ``triggers``."""
    if lang != "en":
        return []
    taken = {tok.i for t in triggers for tok in t.tokens} | {t.token.i for t in triggers}
    held = {t.token.head.i for t in triggers if t.is_nominal and t.cue.type in COOPERATIVE_TYPES
            and t.token.dep_ in {"dobj", "obj", "nsubjpass"}}
    found = []
    for index in sorted(held - taken):
        verb = sent.doc[index]
        own = lemma(verb, lang)
        phrasal = next((f"{own} {c.lower_}" for c in verb.children if c.dep_ == "prt"), None)
        if verb.pos_ != "VERB" or (own not in words("obstructing") and phrasal not in words("obstructing")):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "as" for n in (verb, *verb.children) for c in n.children):
            continue  # "experts hold up German-Dutch cooperation as a model": held up to view, not held back
        cue = Cue("REJECT", None, "V", (own,), 0, None)
        found.append(Trigger(token=verb, cue=cue, tokens=(verb,)))
    return found
