"""Set phrases whose event word has lost its PLOVER sense (PolNeAR train audit s24, class N3 "object and idiom
senses"); the phrase is read off the trigger's own dependents, so the plain sense stays coded.

- "seize on" / "seize upon" an issue or a remark is to make use of it: "Trump's decision to seize on immigration as
  his signature issue". "Police seized weapons" stays COERCE.
- The singular noun "talk" with "of" or "about" is speech about something: "his talk of moving ahead of Clinton",
  "talk of a deal alarmed Israel"; the verb "talk about" with no one talked with ("he talked more about policy") is
  speaking, no consultation. "talks with Iran" and "continued to talk with Mnuchin" stay CONSULT.
- "appeal to" voters, an audience or feelings (cue list ``appeal_audience``) with no request made (no for-phrase,
  infinitive or clause) is attracting them: "she does not appeal to voters", "outsiders appealing to their passions"
  (corpus dev audit s24, class A7; PolNeAR train audit s24, class N3). "appealed to the UN for help" and "appealed
  to voters to stay home" stay REQUEST.
- Asking not to be identified or named is a source's request for anonymity, journalistic boilerplate: "a Syrian
  refugee who asked not to be identified" (corpus dev audit s24, class A3).
- "charge" after "in" or "under" is responsibility, no accusation: "those under her charge in Benghazi", "the
  officer in charge of the prison".
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger

ABOUT = {"of", "about"}
PARTNERS = {"with", "to", "among", "between"}
ANONYMOUS = {"identify", "name", "quote"}


def set_phrase(trigger: Trigger, lang: str) -> bool:
    """The English trigger stands in a set phrase with another sense (module docstring)."""
    if lang != "en" or len(trigger.tokens) > 1:
        return False
    token, own = trigger.token, lemma(trigger.token, lang)
    if trigger.cue.type == "COERCE" and own == "seize" and not trigger.is_nominal:
        return bool(_preps(token) & {"on", "upon"}) and not any(c.dep_ in {"dobj", "obj"} for c in token.children)
    if trigger.cue.type == "CONSULT" and own == "talk":
        preps = _preps(token)
        if trigger.is_nominal:
            return token.tag_ == "NN" and bool(preps & ABOUT)  # "talk of", not "talks on Gaza" nor "for talk on limiting"
        return bool(preps & {"about", "of"}) and not preps & PARTNERS
    if trigger.cue.type == "REQUEST" and own == "appeal" and not trigger.is_nominal:
        return _attracts(token)
    if trigger.cue.type == "REQUEST" and not trigger.is_nominal and any(
            c.dep_ == "xcomp" and lemma(c, "en") in ANONYMOUS and any(n.dep_ == "neg" for n in c.children)
            for c in token.children):
        return True  # "asked not to be identified"
    if trigger.cue.type == "ACCUSE" and own == "charge" and trigger.is_nominal:
        return token.dep_ == "pobj" and token.head.lower_ in {"in", "under"}
    return False


def _attracts(verb: Token) -> bool:
    """"appeal to voters" with nothing asked of them."""
    if _preps(verb) & {"for", "against"} or any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return False
    audience = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return any(lemma(g, "en") in words("appeal_audience") for g in audience)


def _preps(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ == "prep"}
