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
Stop 25 (PolNeAR train audit s24, classes N3/N5/N6, still coded at the start of the stop):
- A court that "agreed to hear" (review, consider, take up) a case, an appeal or a challenge (cue list
  ``docket_noun``) puts it on its docket, a procedure with no counterpart: "the court had agreed to hear cases that
  conservative groups hoped would help business", "the court has been accepting cases in uncontroversial areas".
  "Hamas agreed to hear the mediators' proposal" stays.
- Applauding or cheering with no one applauded is an audience's reaction: "Cruz seemed lost, applauding along with
  the audience". "Merkel applauded the decision" and "applauded Sanders for challenging them" stay SUPPORT.
- Shutting down or off speculation, rumours or talk (cue list ``talk_noun``) denies them: "moved quickly to shut off
  speculation about a campaign shakeup". "shut down the newspaper" stays.
- "the promise of" a thing with no one promising (no possessor) is its potential: "believes in the promise of
  public education". "Trump's promise of a wall" and "the promise of aid by the EU" stay AGREE.
- "yield" results, gains or dividends (cue list ``yielded_gain``) is producing them: "organizing ... will yield
  results". "The rebels yielded the town" stays.
PolNeAR train audit s25, class N3:
- "on demand" is "whenever asked for": "taxpayer financed abortion on demand". "the demand of the protesters" stays.
- "hit" a gathering, an event or the campaign trail (cue list ``attended_event``) is attending it: "before hitting a
  Rural Electric Cooperative Association gathering". "Rockets hit a wedding gathering" has a weapon as its subject and
  stays an attack.
- "demonstrate" with a that-clause or an object shows something: "the investigations haven't demonstrated that
  Benghazi belongs on that list", "demonstrated its commitment". "Thousands demonstrated against the war" stays.
- "free" as an adjective ("virtually free to consumers") is no release; the verb "freed the hostages" stays.
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
    if lang != "en":
        return False
    token, own = trigger.token, lemma(trigger.token, lang)
    if _shut_talk(token, own, trigger):
        return True  # "shut off speculation": the trigger is the phrasal verb
    if len(trigger.tokens) > 1:
        return False
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
    return _docket(token, own, trigger) or _plain_applause(token, own, trigger) or _potential(token, own, trigger) \
        or _yielded_gain(token, own, trigger) or _on_demand(token, own, trigger) or _attended(token, own, trigger) \
        or _shown(token, own, trigger) or (trigger.cue.type == "RETREAT" and own == "free" and token.pos_ == "ADJ")


def _on_demand(token: Token, own: str, trigger: Trigger) -> bool:
    """"abortion on demand" (module docstring)."""
    return own == "demand" and trigger.is_nominal and token.dep_ == "pobj" and token.head.lower_ == "on" \
        and not any(c.dep_ in {"det", "poss", "amod", "prep"} for c in token.children)


def _attended(token: Token, own: str, trigger: Trigger) -> bool:
    """"before hitting a gathering", "hit the campaign trail" (module docstring)."""
    if trigger.cue.type != "ASSAULT" or own != "hit" or trigger.is_nominal:
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if any(c.ent_type_ not in {"", "PERSON"} or lemma(c, "en") in words("weapon") for c in subjects):
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    return bool(objects) and all(lemma(o, "en") in words("attended_event") for o in objects)


def _shown(token: Token, own: str, trigger: Trigger) -> bool:
    """"haven't demonstrated that ...", "demonstrated its commitment" (module docstring)."""
    if trigger.cue.type != "PROTEST" or own != "demonstrate" or trigger.is_nominal:
        return False
    return any(c.dep_ in {"ccomp", "dobj", "obj"} for c in token.children)


def _objects(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]


def _docket(token: Token, own: str, trigger: Trigger) -> bool:
    """"the court had agreed to hear cases" (module docstring)."""
    if trigger.cue.type != "AGREE" or own not in {"agree", "accept", "take"} or trigger.is_nominal:
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not any(lemma(s, "en") in {"court", "justice", "judge", "tribunal"} for s in subjects):
        return False
    if own != "agree":  # "the court has been accepting cases in uncontroversial areas"
        return any(lemma(o, "en") in words("docket_noun") for o in _objects(token))
    heard = [c for c in token.children if c.dep_ == "xcomp" and lemma(c, "en") in {"hear", "review", "consider", "take"}]
    return any(lemma(o, "en") in words("docket_noun") for v in heard for o in _objects(v))


def _plain_applause(token: Token, own: str, trigger: Trigger) -> bool:
    """"applauding along with the audience" (module docstring)."""
    if trigger.cue.type != "SUPPORT" or trigger.is_nominal or own not in {"applaud", "cheer", "clap"}:
        return False
    return not any(c.dep_ in {"dobj", "obj", "ccomp", "xcomp", "nsubjpass"} for c in token.children) \
        and not _preps(token) & {"for", "at"} and token.dep_ != "relcl"


def _shut_talk(token: Token, own: str, trigger: Trigger) -> bool:
    """"shut off speculation" (module docstring)."""
    if trigger.cue.type != "COERCE" or own != "shut" or trigger.is_nominal:
        return False
    return any(lemma(o, "en") in words("talk_noun") for o in _objects(token))


def _potential(token: Token, own: str, trigger: Trigger) -> bool:
    """"the promise of public education" (module docstring)."""
    if trigger.cue.type != "AGREE" or own != "promise" or not trigger.is_nominal or token.tag_ != "NN":
        return False
    if any(c.dep_ == "poss" for c in token.children) or not any(c.lower_ == "the" for c in token.children):
        return False
    objects = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return bool(objects) and not _preps(token) & {"by", "from"} \
        and all(o.pos_ == "NOUN" and not o.ent_type_ and not _event_word(o) for o in objects)


def _event_word(noun: Token) -> bool:
    from detente.analyze.events.lexicon import cues_by_trigger

    return bool(cues_by_trigger("en").get(lemma(noun, "en")))


def _yielded_gain(token: Token, own: str, trigger: Trigger) -> bool:
    """"will yield results" (module docstring)."""
    if own != "yield" or trigger.is_nominal:
        return False
    return any(lemma(o, "en") in words("yielded_gain") for o in _objects(token))


def _attracts(verb: Token) -> bool:
    """"appeal to voters" with nothing asked of them."""
    if _preps(verb) & {"for", "against"} or any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return False
    audience = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return any(lemma(g, "en") in words("appeal_audience") for g in audience)


def _preps(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ == "prep"}
