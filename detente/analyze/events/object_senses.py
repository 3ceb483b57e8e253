"""A verb whose object selects a sense outside PLOVER codes no event (real-news audits s20-s22: released statements,
candidates seeking reelection, patients seeking treatment).

- "release" frees prisoners and hostages (RETREAT release); releasing a statement, documents, a report, data, a
  book or a film is publishing (cue list ``published_thing``): "the company released a statement", "3,000 court
  documents have been released", "the book was released by Arcade". The noun follows suit: "the release of the
  report", "a campaign press release declared".
- "seek" asks someone for something (REQUEST); seeking reelection, a nomination or an office is running for it, and
  seeking treatment or medical care is a patient's errand (cue list ``sought_unpolitical``): "the senator is seeking
  reelection", "two patients sought treatment at a hospital". "Ukraine sought help from NATO" stays a request.
- "seek" with a to-infinitive and no object is trying, not asking anyone: "lawmakers have sought to address the trade
  deficit" (audit s22 list, class "verb senses"); "sought help from NATO" and "sought to speak with Prince Andrew"
  (asking for a meeting) stay.
- "defend" with a stance as its object (cue list ``stance_noun``: commitment, decision, policy, record ...) defends a
  position, it supports no actor: "the FBI defended its commitment to combating illicit activities" (audit s23,
  class A1); an event noun so defended is no new act either. "defended Israel's right to self-defence" and
  "defended the president" stay.
- An inquiry called epidemiological, scientific or medical (cue list ``technical_inquiry``) looks into a disease or
  a fact, not into wrongdoing: "conducted epidemiological investigations on people who might have had contact".
- "hit" strikes a place (ASSAULT); hitting a goal, a record or a measured target is reaching it (cue lists
  ``goal_word``, ``goal_measure``): "the government is on track to hit its 2030 emissions reduction target".
  "Rockets hit targets in Gaza" stays an attack.
- "capture" and "shoot" record when their object is an image, a scene or a moment (cue list ``recorded_thing``) or
  the act is done on a camera or phone (cue list ``recording_medium``): "onlookers captured the burning wreckage on
  their smartphones", "the crew shot a video of the protest" (audit s23, class A5). "Troops captured the town" stays.
- "recognise" with a clause or a fact as its object (cue list ``noticed_thing``) means notice or realise: "had failed
  to recognise he had amassed bed linens", "wishes he had recognised the challenge". "recognised Kosovo" stays.
- "amass" gathers forces (MOBILIZE) only when what is amassed is a force (cue list ``deployed``): "had amassed a
  surplus of bed linens", "amassed a fortune" gather things. "Russia amassed 100,000 troops" and "troops amassed
  near the border" stay.
- Refusing to print, publish or air something (cue list ``publishing_verb``) is an editor's decision: "the newspaper
  had refused to print those allegations" (audit s23, class A2, journalism). "refused to release the hostages" stays.
- "offer" with a word of speech as its object (cue list ``offered_words``: thoughts, a defence, details, a contrast)
  is saying something, no offer to act: "offering his thoughts on military readiness", "offered an emotional defense
  of the city during the debate", "has not offered any details" (PolNeAR train audit s24, class N3). "offered
  military aid", "offered talks" and "offered condolences" stay.
- "strike down" (or "strike") with a law or a rule as its object (cue list ``struck_rule``) annuls it: "a decision
  striking down parts of a Texas abortion law" (audit s24, class N3). "struck down by a sniper" stays an attack.
- "ignore" with a fact, a problem or a medium as its object (cue list ``disregarded_thing``: evidence, a side,
  concerns, television) is not heeding it, no rejection of anyone's demand (stop 25, PolNeAR train dump: "she
  ignored clear evidence of a tax evasion scandal", "he largely ignored a very well-documented dark side to the Obama
  years", "Sanders has not ignored television"). "Israel ignored the UN's calls for a ceasefire" (a demand) and
  "ignored the court's ruling" stay REJECT.
Election campaign words (campaign_senses.py), set phrases (phrase_idioms.py) and stop 26's object senses
(thing_senses.py: panic attacks, meeting expectations, hitting a song, a video released ...) are read here too.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.campaign_senses import campaign_sense
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.phrase_idioms import set_phrase
from detente.analyze.events.thing_senses import thing_sense
from detente.analyze.events.triggers import Trigger

OBJECTS = {"dobj", "obj", "nsubjpass", "nsubj:pass"}  # the thing released or sought, active or passive
SPEECH_HEADS = {"declare", "say", "state", "announce", "note", "claim", "read", "add", "accuse", "warn", "argue"}
COUNTS = {"thousands", "hundreds", "dozens", "millions", "number", "batch", "trove", "cache", "set", "series", "pair",
          "flurry", "spate", "raft", "slew", "stack", "pile", "bundle"}  # "a flurry of books"
RELEASING = {"release", "publish"}
SEEKING = {"seek", "pursue"}
REACHING = {"hit", "strike", "smash", "break"}
RECORDING = {"capture", "shoot"}
RECOGNISING = {"recognise", "recognize"}
REFUSING = {"refuse", "decline"}


def other_sense(trigger: Trigger, lang: str) -> bool:
    """The English trigger's object makes it publishing or running for office (module docstring)."""
    if lang != "en":
        return False
    if campaign_sense(trigger, lang) or set_phrase(trigger, lang) or thing_sense(trigger, lang):
        return True
    token = trigger.token
    own = lemma(token, lang)
    if own == "offer" and not trigger.is_nominal and len(trigger.tokens) == 1:
        return any(lemma(o, lang) in words("offered_words") for o in _objects(token))
    if trigger.cue.type == "ASSAULT" and own == "strike" and not trigger.is_nominal:
        return _rule_struck(token)
    if trigger.cue.type == "RETREAT" and own in RELEASING:
        return _published(token)
    if trigger.cue.type == "REQUEST" and own in SEEKING and not trigger.is_nominal:
        return any(lemma(o, lang) in words("sought_unpolitical") for o in _objects(token)) or _tries(token)
    if trigger.is_nominal and token.dep_ in {"dobj", "obj"} and lemma(token.head, lang) == "defend":
        return True  # "defended its commitment to ...": the position defended, no new commitment
    if trigger.cue.type == "SUPPORT" and own == "defend" and not trigger.is_nominal:
        return any(lemma(o, lang) in words("stance_noun") for o in _objects(token) if o.dep_ in {"dobj", "obj"})
    if trigger.cue.type == "ACCUSE" and trigger.is_nominal:
        return any(c.dep_ in {"amod", "compound"} and lemma(c, lang) in words("technical_inquiry") for c in token.children)
    if trigger.cue.type == "ASSAULT" and own in REACHING and not trigger.is_nominal and any(_goal(o) for o in _objects(token)):
        return True
    if own in RECORDING and not trigger.is_nominal:
        return _recorded(token)
    if trigger.cue.type == "SUPPORT" and own in RECOGNISING and not trigger.is_nominal:
        return _noticed(token)
    if trigger.cue.type == "MOBILIZE" and own == "amass" and len(trigger.tokens) == 1 and not trigger.is_nominal:
        return _things_amassed(token)
    if trigger.cue.type == "REJECT" and own == "ignore" and not trigger.is_nominal:
        objects = [o for o in _objects(token) if o.dep_ in {"dobj", "obj", "nsubjpass"}]
        return bool(objects) and all(lemma(o, lang) in words("disregarded_thing") for o in objects)
    if trigger.cue.type == "REJECT" and own in REFUSING and not trigger.is_nominal:
        return any(c.dep_ == "xcomp" and lemma(c, lang) in words("publishing_verb") for c in token.children)
    return False


def _rule_struck(verb: Token) -> bool:
    """"striking down parts of a Texas abortion law", "the ban was struck down": a court annuls a rule."""
    struck = _objects(verb)
    struck += [g for o in struck for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj"]
    return any(lemma(o, "en") in words("struck_rule") for o in struck)


def _tries(verb: Token) -> bool:
    """"sought to address the deficit": an infinitive complement and no object sought. Seeking to speak with,
    meet or question someone (cue list ``contact_verb``) asks that person: "sought to speak with Prince Andrew"."""
    return not _objects(verb) and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
                                      and lemma(c, "en") not in words("contact_verb") for c in verb.children)


def _recorded(verb: Token) -> bool:
    """"captured the wreckage on their smartphones", "shot a video", "could capture photos of the house"."""
    if any(lemma(o, "en") in words("recorded_thing") for o in _objects(verb)):
        return True
    phrases = [c for c in verb.children if c.dep_ == "prep"] + [p for o in _objects(verb) for p in o.children if p.dep_ == "prep"]
    return any(p.lower_ in {"on", "with", "by"} and lemma(g, "en") in words("recording_medium")
               for p in phrases for g in p.children if g.dep_ == "pobj")


def _things_amassed(verb: Token) -> bool:
    """What is amassed is named and none of it (nor what it is a quantity of) is a force."""
    amassed = [o for o in _objects(verb) if o.dep_ in {"dobj", "obj"}]
    amassed += [g for o in amassed for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                if g.dep_ == "pobj"]
    return bool(amassed) and not any(lemma(o, "en") in words("deployed") for o in amassed)


def _noticed(verb: Token) -> bool:
    """"failed to recognise he had amassed ...", "recognised the challenge": noticing, not recognising a party."""
    if any(c.dep_ == "ccomp" for c in verb.children) and not any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return True
    return any(lemma(o, "en") in words("noticed_thing") for o in _objects(verb))


def _goal(noun: Token) -> bool:
    """A goal reached, not a place struck: "hit its 2030 emissions reduction target", "hit a record"."""
    own = lemma(noun, "en")
    if own in words("goal_word"):
        return True
    return own == "target" and any(c.dep_ in {"compound", "amod", "nummod"} and (c.like_num or lemma(c, "en")
                                   in words("goal_measure")) for c in noun.children)


def _published(token: Token) -> bool:
    if token.pos_ in {"NOUN", "PROPN"}:
        if any(c.dep_ == "compound" and lemma(c, "en") in words("publishing_compound") for c in token.children):
            return True  # "a press release", "a campaign release"
        if token.dep_ == "nsubj" and lemma(token.head, "en") in SPEECH_HEADS:
            return True  # "a Biden campaign release declared: ..."
        return any(lemma(o, "en") in _published_words() for p in token.children
                   if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
    objects = _objects(token)
    if not objects and token.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        objects = _objects(token.head)  # "a video showing the moment ... was released": the head's subject is shared
    if not objects and token.dep_ == "relcl":
        objects = [token.head]  # "figures her campaign released": a relative clause with no object of its own
    return any(lemma(o, "en") in _published_words() for o in objects)


def _published_words() -> frozenset[str]:
    """What is published: cue list ``published_thing``, with stop 25's ``published_thing_more`` (cables, totals,
    research, messages, answers: PolNeAR train dump s25, "cables later released by WikiLeaks", "released their
    fundraising totals", "research to be released this week")."""
    return words("published_thing") | words("published_thing_more")


def _objects(verb: Token) -> list[Token]:
    """The verb's object (or passive subject), the nouns conjoined with it and the of-complement of a count
    ("thousands of documents"); a relative "that" stands for its antecedent ("documents that were released")."""
    found = [c for c in verb.children if c.dep_ in OBJECTS]
    if verb.dep_ == "relcl" and any(c.tag_ in {"WDT", "WP"} for c in found):
        found.append(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        found.append(verb.head)  # "a report released on Tuesday"
    found += [c for o in found for c in o.conjuncts]
    return found + [g for o in found if lemma(o, "en") in words("quantity") or o.like_num or o.lower_ in COUNTS
                    for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
