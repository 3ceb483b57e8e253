"""Hostility in words: debate attacks are accusations, vows of war are threats (real-news audit s21, B1 and B2).

- One politician "attacking", "hammering" or "hitting back at" another, with no weapon and no harm named (cue list
  ``sparring_harm``), is a verbal attack (ACCUSE disapprove): "Mr. Ramaswamy attacked Ms. Haley over her support
  for ...", "Ms. Haley hit back hard".
  The doer is a named person (or he/she), the one attacked a named person, a pronoun or a person word ("one of the
  moderators"); hit, fire, strike and shoot read so only with "back" (cue lists ``sparring_verb``, ``sparring_back``).
  "Putin attacked Ukraine" (a state attacked) and "Smith attacked the guard with a knife" stay assaults.
- Stop 22 widens the doer and the one attacked to political sides named by a word (cue list ``sparring_side``:
  "The Biden campaign attacked him repeatedly", "The GOP candidates attacked Biden for being soft on Iran",
  "everybody went and attacked Haley"), reads the noun ("Ramaswamy's attacks on fellow candidates") and any attack
  called rhetorical or verbal (cue list ``in_words``: "fired rhetorical rockets at DeSantis"). Armed forces, police
  and agents still assault.
- Stop 25, round 2 (PolNeAR train audits s24/s25, class T2; the held-out audit s25 counts verbal attacks as the main
  wrong type): "hit" someone "for" a gerund or a possessed fault ("has hit Hillary Clinton for enabling her husband's
  behavior"), "attacks from" a named person, and "his/her attacks on" a named person are words. "Troops hit the
  convoy for hours" (no fault named) and "Russia's attacks on Kyiv" stay assaults. The nouns of cue list
  ``sparring_noun_more`` ("Mr. Trump's latest onslaught") read as the attack noun does.
- A vow of war ("is vowing 'war' on New York") or to pursue one ("vowed to continue the war until Hamas is removed")
  holds force out: THREATEN violence, not a promise (cue lists ``vowing``, ``war_word``, ``war_pursuit``).
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.clause_shape import taken_turns
from detente.analyze.events.lemmas import lemma, word_listed
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger
from detente.knowledge.actors.words import weapon_nouns

PLACES = {"GPE", "NORP", "LOC", "FAC"}  # "Russia's attacks on ...": a state's attacks are force
FORCES = {"MIL", "REB", "PRM", "UAF", "COP", "SPY"}  # armed forces, police and agents attack with force

PERSONAL_PRONOUNS = {"he", "she", "him", "her", "they", "them"}


def debate_attack(event_type: str, trigger: Trigger, lang: str, sources: list = ()) -> bool:
    """An attack verb or noun said of one political side against another with nothing physical named (module
    docstring)."""
    if lang != "en" or event_type != "ASSAULT":
        return False
    if any(hit.actor.sector in FORCES for hit in sources):
        return False  # "troops attacked him", "police attacked the candidate": force
    verb = trigger.token
    if _worded(verb):
        return True  # "fired rhetorical rockets at DeSantis": the rockets are words
    if any(_physical(t) for t in verb.sent):
        return False
    if trigger.is_nominal:
        if lemma(verb, lang) in words("sparring_noun_more") and any(hit.actor.sector == "GOV" for hit in sources):
            return False  # "Putin's onslaught": a government's onslaught may be its army's
        return _noun_attack(verb)
    own = lemma(verb, lang)
    back = any(c.lower_ == "back" and c.dep_ in {"prt", "advmod"} for c in verb.children)
    back = back or own in words("sparring_back") and _faulted_for(verb)  # "has hit Clinton for enabling ..."
    if own not in words("sparring_verb") and not (own in words("sparring_back") and back):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in {"conj", "xcomp"}:  # "everybody went and attacked Haley"
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "acl" and taken_turns(verb.head):  # "took turns attacking Haley"
        subjects = [c for c in verb.head.head.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and [s.lower_ for s in subjects] == ["who"]:  # "Trump, who has hit Clinton for ..."
        subjects = [verb.head]
    if not subjects or not all(_person(s) or _side(s) for s in subjects):
        return False
    aimed = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    aimed += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" for o in c.children if o.dep_ == "pobj"]
    return bool(aimed or back) and all(_person(o) or _person_word(o) or _side(o) for o in aimed)


def _faulted_for(verb: Token) -> bool:
    """"hit Hillary Clinton for enabling her husband": a reason given by a gerund or a possessed noun, so a fault."""
    return any(o.tag_ == "VBG" or o.dep_ == "pobj" and any(g.dep_ == "poss" for g in o.children)
               for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children
               if o.dep_ in {"pcomp", "pobj"})


def _noun_attack(noun: Token) -> bool:
    """"Ramaswamy's attacks on fellow candidates": a named person's attacks on a person or a political side; "attacks
    from Christie at the debate", "his attacks on Mr. Clinton" (stop 25, round 2: a named person as the attacker, or
    a personal possessive with a named person attacked)."""
    if lemma(noun, "en") not in words("sparring_verb") | words("sparring_noun_more"):
        return False
    if any(o.ent_type_ == "PERSON" for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
           for o in c.children if o.dep_ == "pobj"):
        return True  # "attacks from New Jersey Gov. Chris Christie"
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.ent_type_ == "PERSON" and lemma(noun, "en") in words("sparring_noun_more"):
        return True  # "Mr. Trump's latest onslaught": a person's, with no one named
    if owner is not None and owner.lower_ in {"his", "her"}:
        return any(o.ent_type_ == "PERSON" for c in noun.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}
                   for o in c.children if o.dep_ == "pobj")
    aimed = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in {"on", "against"} for o in c.children
             if o.dep_ == "pobj"]
    named = owner is not None and (owner.ent_type_ == "PERSON" or owner.pos_ == "PROPN" and owner.ent_type_ not in PLACES)
    return named and bool(aimed) \
        and all(_person(o) or _person_word(o) or _side(o) for o in aimed)


def _worded(verb: Token) -> bool:
    """An attack whose object or means is called rhetorical or verbal ("fired rhetorical rockets at ...")."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj", "pobj"}] + [verb]
    return any(lemma(m, "en") in words("in_words") for o in objects for m in o.children if m.dep_ in {"amod", "advmod"})


def _side(token: Token) -> bool:
    """A political side named by a word ("the Biden campaign", "the GOP candidates", "everybody")."""
    return word_listed(token, "sparring_side")


def _person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.lower_ in PERSONAL_PRONOUNS


def _person_word(token: Token) -> bool:
    """"one of the moderators", "his rival": a person named by a word of a person's role."""
    if token.lower_ == "one":
        token = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                      if o.dep_ == "pobj"), token)
    return token.tag_ in {"NN", "NNS"} and lemma(token, "en") in words("agentive_head")


def _physical(token: Token) -> bool:
    own = lemma(token, "en")
    return own in words("sparring_harm") or own in words("weapon") or own in weapon_nouns()


def vowed_war(event_type: str, trigger: Trigger, lang: str) -> bool:
    """A vow whose object is war or the pursuit of a war (module docstring)."""
    if lang != "en" or event_type != "AGREE" or trigger.is_nominal or lemma(trigger.token, lang) not in words("vowing"):
        return False
    verb = trigger.token
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(c.dep_ in {"dobj", "obj"} and lemma(c, lang) in words("war_word") for c in verb.children):
        return True  # "vowing 'war' on New York"
    for clause in verb.children:
        if clause.dep_ == "xcomp" and lemma(clause, lang) in words("war_pursuit") \
                and not any(c.dep_ == "neg" for c in clause.children):
            if any(c.dep_ in {"dobj", "obj"} and lemma(c, lang) in words("war_word") for c in clause.children):
                return True  # "vowed to continue the war"
    return False
