"""Being determined to do something is resolve, no commitment made to anyone (stop 27; PolNeAR dev audits s24/s25
class N1/N4 and corpus dev audit s21: "Sanders says he's determined to end a rigged economy", "people who are
determined to shame Mr. Trump", "those determined to silence us").

PLOVER AGREE is an offer, a promise or an agreement with another party; the lexicon's adjective "determined" (cue
list ``resolve_adjective``: determined, resolute, bent) describes a will, whoever holds it. An English AGREE whose
trigger is such an adjective is not coded; "ready" and "willing" stay (an offer: "China says it is ready to play a
role in easing tensions"), and so do promises and pledges.
"""
from __future__ import annotations

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger


def stated_resolve(trigger: Trigger, lang: str) -> bool:
    """An English AGREE read off an adjective of resolve (module docstring)."""
    if lang != "en" or trigger.cue.type != "AGREE" or len(trigger.tokens) > 1:
        return False
    token = trigger.token
    return token.lower_ in words("resolve_adjective") or lemma(token, lang) in words("resolve_adjective")
