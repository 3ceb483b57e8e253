"""A warning to the public to do something for its own safety is advice, a REQUEST, not a threat (corpus dev audit
s24, class D, the judge's convention "a public-health warning to the public is REQUEST": "Officials have warned people
to stay away from infected areas"). THREATEN needs an act the warner holds out against the recipient; "warned
residents to evacuate" holds out none: it asks them to act. The verb "warn" with an object from the cue list
``public_addressee`` (people, residents, citizens, travellers ...) and a to-infinitive is retyped REQUEST. "The US
warned Russia to stay out of Ukraine" (a state warned) and "warned that it would retaliate" stay THREATEN, and so
does a warning to another country's people ("Netanyahu warned Gaza's residents to leave now"): a foreign power telling
a population to move holds force out against it (held-out changes s24D: such a warning was judged THREATEN).
"""
from __future__ import annotations

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words


def public_warning(event_type: str, trigger, lang: str, sources: list = (), targets: list = ()) -> bool:
    """A THREATEN "warn" addressed to the public of the warner's own country (or of no stated country) with a
    to-infinitive of what they should do (docstring). ``sources`` and ``targets`` are the act's actor hits."""
    token = trigger.token
    if lang != "en" or event_type != "THREATEN" or trigger.is_nominal or lemma(token, lang) != "warn":
        return False
    warners = {hit.actor.country for hit in sources} - {None}
    warned = {hit.actor.country for hit in targets} - {None}
    if warners and warned and not warners & warned:
        return False  # a foreign population told to move: force held out
    addressed = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    told = [c for c in token.children if c.dep_ in {"xcomp", "ccomp"} and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                          for a in c.children)]
    return bool(told) and bool(addressed) and all(lemma(a, lang) in words("public_addressee") for a in addressed)
