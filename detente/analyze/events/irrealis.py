"""Acts that are only required, wished or feared are not reported (real-news audit s22, class 4: hypotheticals,
requirements, desires and fears).

- A requirement: the trigger's infinitive hangs under a modal "would/will/must ... have to" or under "need to": "Venezuela
  would also have to reform its laws to allow larger investment", "the community would have to agree".
- A for-to clause names a wanted or supposed act: "the pressure must continue for Damascus to allow the U.N. to
  deliver aid", "for any government to try to reverse this decision flies in the face of ...".
- A noun of wish or fear (cue list ``wish_noun``) governs the act: "the Senate's desire to approve Trump's pick",
  "his fear of being extradited", "hopes of a ceasefire".
- An act charged or suspected (cue list ``alleging``: "people suspected of collaborating with Israel", "accused her
  of calling China a friend and allowing them to set up businesses") is alleged, not reported; the accusation is
  the event.
- An act named as the reason of a criticism or a penalty (cue list ``faulting``: "criticized Biden for merely
  retaliating", "was sentenced to 50 weeks in jail for breaching his bail conditions") is its topic or the offence
  charged; the criticism or the sentence is the event (audit s23, class A3).
- An act in the clause of an allegation, a claim or a rumour (cue list ``hearsay_noun``: "allegations that Chinese
  interests have hacked into U.S. computers", "fears that Russia would invade") is alleged or feared, not reported;
  so is one in the clause of evidence that is denied (cue list ``unproven_noun``: "no direct evidence that her
  account had been hacked") (PolNeAR train audit s24, class N4 "unrealized complement").
- An event noun that is the object of a verb of wanting is wished for ("would not want Emanuel's endorsement",
  "Israel wants sanctions on Iran"), so is the clause of a verb of hoping ("hope Americans will reject him"), and an
  act someone "needed to" do, in any tense, is a need stated ("the nation needed to come together to support the
  victims") (audit s24, class N4). The infinitive of a verb of wanting or expecting with its own subject is wished
  or forecast too (PolNeAR train audit s25, class N4): "she did not want U.S. combat troops to fight the Islamic
  State", "most don't expect him to back Clinton". When "want" is itself the request ("the allies want Germany to
  do more") the outer trigger codes it.
- An act in the to-infinitive of a noun of ability, right or chance (cue list ``capability_noun``: "has the
  resolution and power to end Hong Kong unrest", "an opportunity to support his platform") is possible, not done,
  unless the chance or power is taken or used ("took the opportunity to thank", "used its power to block"); a
  penalty someone "could face" (a modal on "face" or "risk": "he could face decades in jail") is a prospect; "we have
  to ban" (present "have to") is an obligation, not an act (corpus dev audit s24, classes A1, A2, A5). Averted acts
  ("avoided extradition") stay coded, negated (flags.py).
- Stop 25, round 2 (PolNeAR train audit s25, class N4; events-cov-s25's note): the to-infinitive of a noun of
  reason, incentive or plan (cue list ``motive_noun``: "another incentive to reach a compromise", "Obama's plan to
  admit Syrian refugees") is a motive or an intention, unless the plan is carried out ("implemented its plan to") or
  announced or stated ("announced a plan to withdraw troops" is the codebook's CONCEDE of a future retreat,
  "expressed its intention to expand trade" a promise).
- An act refused or declined (the infinitive of "refuse", "decline") is not done; the refusal is the event: "Ali
  refused to fight in the Vietnam War" (audit s24, class N4).
The climb goes through infinitives, participle clauses and of-phrases only, so an act reported beside the modal
("would have to pay after the court fined it") stays coded. Purposes (purposes.py) and advised acts
(advised_acts.py) are not reported either; nor are options, capabilities and conditions (unrealized_scenarios.py,
TimeBank dev audit s26, class N4); nor acts hoped for, aimed at, weighed, proposed or named by a purpose phrase
(hoped_acts.py, stop 27).
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.advised_acts import advised
from detente.analyze.events.hoped_acts import hoped_or_aimed
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.purposes import purpose_only
from detente.analyze.events.triggers import Trigger
from detente.analyze.events.unrealized_scenarios import unrealized_scenario

REQUIRING = {"have", "need"}
REFUSING = {"refuse", "decline"}
WANTING = {"want", "wish", "desire", "crave", "covet"}
HOPING = {"hope", "wish", "pray"}
EXPECTING = {"expect", "anticipate", "predict"}  # an act expected is a forecast (stop 25)
# a plan carried out ("carried out its plan to"), announced or stated codes its act as a promise (PLOVER CONCEDE
# note: "announced ... would withdraw troops"; "expressed its intention to expand trade")
CARRYING = {"carry", "implement", "execute", "fulfil", "fulfill", "realize", "realise", "act",
            "announce", "unveil", "present", "outline", "declare", "adopt", "approve", "reveal",
            "express", "state", "voice", "reaffirm", "reiterate", "confirm", "signal"}
USING = {"take", "use", "seize", "grab", "exploit", "wield", "exercise"}
TIMING = {"take", "time", "long", "soon", "late", "early"}
CLIMB = {"xcomp", "acl", "pcomp", "pobj", "prep", "advcl", "ccomp", "conj"}
STEPS = 5
STANCES = {"SUPPORT", "REJECT", "AGREE"}  # a position held, named as what is faulted ("over her support for")


def irrealis(trigger: Trigger, lang: str) -> bool:
    """The English trigger is required, wanted or feared, not done (module docstring)."""
    if lang != "en":
        return False
    if purpose_only(trigger.token, lang) or advised(trigger.token, lang) or _reason_given(trigger) \
            or unrealized_scenario(trigger, lang) or hoped_or_aimed(trigger, lang):
        return True
    if _hearsay(trigger.token) or _refused(trigger) or _wanted(trigger) or _possible(trigger.token) \
            or _prospect(trigger):
        return True
    current = trigger.token
    for _ in range(STEPS):
        if _for_to(current):
            return True
        if current.dep_ not in CLIMB or current.head.i == current.i:
            return False
        if current.dep_ in {"advcl", "ccomp"} and not _infinitive(current):
            return False  # "would have to pay after the court fined it": the fine is reported
        head = current.head
        if current.dep_ == "xcomp" and (lemma(head, "en") == "need" or lemma(head, "en") in REQUIRING
                                        and (head.tag_ in {"VBP", "VBZ"} or any(c.dep_ == "aux" and c.tag_ == "MD"
                                                                                for c in head.children))):
            return True  # "needed to come together to support", "we have to ban", "would have to": not "had to pay"
        if current.dep_ in {"acl", "pcomp", "pobj"} and head.pos_ == "NOUN" and lemma(head, "en") in words("wish_noun"):
            return True
        if current.dep_ == "pcomp" or current.dep_ == "pobj":
            if head.dep_ == "prep" and lemma(head.head, "en") in words("wish_noun"):
                return True
            if current.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in {"of", "with"} \
                    and lemma(head.head, "en") in words("alleging"):
                return True  # "people suspected of collaborating with Israel": alleged, the charge is the event
        current = head
    return False


def _hearsay(token: Token) -> bool:
    """The trigger's clause is the content of an allegation or rumour noun, or of evidence there is none of. The
    clause's own verb is read (through infinitives and conjuncts), or an event noun a light verb carries ("claims
    that Russia launched an attack"); another noun in the clause is presupposed ("concerns that his stance may harm
    ceasefire negotiations": the negotiations go on)."""
    current = token
    if token.pos_ in {"NOUN", "PROPN"}:
        if token.dep_ not in {"dobj", "obj"} or lemma(token.head, "en") not in words("light"):
            return False
        current = token.head
    for _ in range(STEPS):
        head = current.head
        content = current.dep_ in {"acl", "ccomp"} or current.dep_ == "relcl" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in current.children)  # "evidence that ... hacked", misparsed
        if content and head.pos_ == "NOUN":
            own = lemma(head, "en")
            return own in words("hearsay_noun") or own in words("unproven_noun") and _denied(head)
        if head.i == current.i or current.dep_ not in {"xcomp", "conj"}:
            return False
        current = head
    return False


def _denied(noun: Token) -> bool:
    """"no evidence", "little proof", "did not find any evidence"."""
    if any(c.lower_ in {"no", "little", "scant"} and c.dep_ in {"det", "amod", "neg"} for c in noun.children):
        return True
    return noun.dep_ in {"dobj", "obj", "attr"} and any(c.dep_ == "neg" for c in noun.head.children)


def _clause_verb(token: Token) -> Token:
    """The verb whose object an event noun is ("to impose sanctions"), else the token itself."""
    return token.head if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "obj"} else token


def _possible(token: Token) -> bool:
    """"the power to end the unrest", "an opportunity to support his platform": a capability or a chance."""
    verb = _clause_verb(token)
    for _ in range(3):
        noun = lemma(verb.head, "en")
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" \
                and (noun in words("capability_noun") or noun in words("motive_noun")):
            used = verb.head.dep_ in {"dobj", "obj"} and lemma(verb.head.head, "en") in USING | CARRYING
            return _infinitive(verb) and not used  # "took the opportunity to thank", "used its power to block": done
        if verb.dep_ not in {"xcomp", "conj"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _prospect(trigger: Trigger) -> bool:
    """"he could face decades in jail", "may risk sanctions": a penalty in prospect."""
    token = trigger.token
    if not trigger.is_nominal:
        return False
    for _ in range(4):  # "could face decades in jail": up through the phrase the penalty noun sits in
        if token.dep_ not in {"pobj", "prep", "dobj", "obj"} or token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            break
    return lemma(token, "en") in {"face", "risk"} and any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children)


def _wanted(trigger: Trigger) -> bool:
    """"would not want the mayor's endorsement", "Israel wants sanctions on Iran": an act wished for, not done; "hope
    Americans will reject him at the ballot box": the clause of a verb of hoping."""
    token = trigger.token
    if trigger.is_nominal:
        return token.dep_ in {"dobj", "obj"} and lemma(token.head, "en") in WANTING
    if token.dep_ in {"xcomp", "ccomp"} and lemma(token.head, "en") in WANTING | EXPECTING and _infinitive(token) \
            and _own_subject(token):
        return True  # "did not want combat troops to fight the Islamic State", "don't expect him to back Clinton"
    return token.dep_ == "ccomp" and lemma(token.head, "en") in HOPING


def _own_subject(infinitive: Token) -> bool:
    """The infinitive has a subject of its own ("want troops to fight", "expect him to back"); "France wants to
    persuade Iran" is France's own act wanted, a request the generality tests code (REQUEST)."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in infinitive.children) \
        or any(c.dep_ in {"dobj", "obj"} and c.i < infinitive.i for c in infinitive.head.children)


def _refused(trigger: Trigger) -> bool:
    """"refused to fight", "declined to meet him": the infinitive of a verb of refusing, itself not the refusal."""
    token = trigger.token
    return trigger.cue.type != "REJECT" and token.dep_ == "xcomp" and lemma(token.head, "en") in REFUSING \
        and _infinitive(token)


def _for_to(verb: Token) -> bool:
    """"for Damascus to allow ..."; "it may take years for X to agree" is a forecast of the act (kept, flag H)."""
    if lemma(verb.head, "en") in TIMING:
        return False
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) and _infinitive(verb)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _reason_given(trigger: Trigger) -> bool:
    """The act is the gerund for-complement of a word of faulting or penalising, or of the noun that verb governs
    ("sentenced to 50 weeks in jail for breaching"), or a stance noun in its for/over-phrase ("attacked Haley over her
    support for more funding"): the reason given, not a new act. A named act ("punish the rebels for the attacks on
    police posts") is a real event referred to, and stays coded."""
    token = trigger.token
    if token.head.dep_ != "prep" or token.head.lower_ not in {"for", "over"}:
        return False
    gerund = token.dep_ == "pcomp" and token.head.lower_ == "for"
    stance = token.dep_ == "pobj" and trigger.is_nominal and trigger.cue.type in STANCES
    if not (gerund or stance):
        return False
    holder = token.head.head
    for _ in range(4):
        if lemma(holder, "en") in words("faulting"):
            return True
        if holder.pos_ in {"VERB", "AUX"} or holder.head.i == holder.i:
            return False
        holder = holder.head
    return False
