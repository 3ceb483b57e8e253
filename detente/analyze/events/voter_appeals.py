"""An appeal to voters is campaigning, no request to a political actor (stop 27; PolNeAR dev audits s24/s25 class
N1/N2 and corpus dev audit s24: "Kasich has taken to urging voters to slow down", "a campaign surrogate who said voters
shouldn't continue to elect corporate Democrats", "Cruz said GOP voters should go with him", "she does not appeal to
voters").

PLOVER REQUEST asks an actor to act. A candidate, a party or a surrogate asking the electorate for its vote, or
giving it advice, addresses no actor: an English REQUEST is not coded when every side it is addressed to is named by
a word of cue list ``electorate`` (voters, the electorate). "The opposition urged voters to boycott the election" (a
boycott or protest word in the request, cue lists ``boycott_word`` and ``demonstrators``) stays, as does any request
with another addressee ("urged Congress and voters to act").
"""
from __future__ import annotations

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger

PROTEST_WORDS = {"boycott", "protest", "strike", "demonstrate", "march", "rally", "resist", "revolt", "rise"}


def voter_appeal(trigger: Trigger, found, frame) -> bool:
    """An English REQUEST addressed only to voters (module docstring)."""
    if frame.lang != "en" or trigger.cue.type != "REQUEST" or not found.targets:
        return False
    sent = list(trigger.token.sent)
    electorate = words("electorate")
    for hit in found.targets:
        covered = [t for t in sent if hit.start <= frame.offset + t.idx < hit.end]
        if not any(lemma(t, "en") in electorate or t.lower_ in electorate for t in covered):
            return False
    return not any(lemma(t, "en") in PROTEST_WORDS for t in trigger.token.subtree)
