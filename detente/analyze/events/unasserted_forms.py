"""Sentence forms that assert no act: a yes/no question and a state seen or felt (real-news audits s21-s22, class
"inside speech, opinion, question").

- A direct yes/no question asks whether something happens; it reports nothing: "Will the regime cooperate?", "Are you
  sick of proles blocking your jet?". The main clause inverts its auxiliary and subject and the sentence ends in a
  question mark. A wh-question presupposes its act ("Why did Russia attack the convoy?") and stays coded.
- A participle or adjective that complements a verb of seeming or feeling (cue list ``seeming``) describes how
  someone seems, not an act: "we feel very supported by the people", "the candidates looked prepared to govern".
- A permission in the present passive with no one granting it states a rule in force (a law's content): "the
  amount the government is allowed to borrow", "schools are now allowed to purchase weapons". "Journalists were
  allowed into Gaza" (past) and "Israel allows aid in" stay concessions.
- "cannot deny" / "can't deny that" (a modal of ability, negated, on a verb of denying: cue list ``denying``) is an
  admission, the idiom's opposite of a denial: "I can't deny that it plays into my fantasies" (audit s23, class A5).
- An imperative reports no act: the reader is told or asked ("Tell us why you're supporting her", "don't restrict
  yourself to the usual seven nights", audit s23 classes A2 and A4, reader call-outs and advice), and a slogan
  ("Release the hostages!") demands an act not yet done. The sentence's root is a bare verb with no subject that
  opens the sentence; the act is that verb, a verb conjoined with it, or one whose subject is the "you" addressed.
- Event words listed as the issues, topics or questions of something ("Among the issues covered were U.S.
  involvement in the war, funding for the Ukraine war, the threat of China"; cue list ``topic_noun``) name topics of
  a debate, no acts (audit s23, class A3). Only nouns and gerunds of the listing clause are read; a finite verb there
  ("the issue was that Russia attacked") still reports.
- An indirect question asks whether an act happens; it reports none: "Sanders's supporters question whether she
  truly opposes the deal", "officials asked if Russia would retaliate", "whether to impose sanctions". The act is the
  verb of a clause marked "whether" (or "if" in a clause that is a verb's object), or that verb's object noun; a
  noun that is the subject of such a clause is presupposed ("whether the raid was legal": the raid took place) and
  stays (PolNeAR train audit s24, class N4 "unrealized complement"). A whether-clause that is the sentence's subject
  ("Whether Venezuela will agree remains unclear") stays coded with H (stop-21 flags convention).
- An embedded wh-question about an act still to come asks how or when it will happen: "how Israel will negotiate
  with the man", "the question of when Russia would retaliate" (a wh-adverb and a modal in a complement clause;
  corpus dev audit s24, class A2). "how Russia attacked the convoy" presupposes the attack and stays.
- An act in a condition ("If convicted, he could face decades in jail", "if Russia attacks, NATO will respond") is
  supposed, not reported: the verb of an adverbial clause marked "if" or "unless"; so is a counterfactual ("These
  would have freed the party", "could have accomplished more") (dev audit s24, class A2; the stop-22 convention that
  a hypothetical act carrying H is no event). "must have struck" is an inference about a real act and stays, and so
  does an act a negated past-perfect condition implies ("if he had not fired rhetorical rockets at DeSantis": he
  fired them). Inverted conditions ("Had nine senators voted to convict") stay coded with H (stop-21 flags tests).
- A generic statement is no dated act: a clause with an adverb of generic frequency (cue list ``generic_frequency``:
  usually, typically, generally): "courts usually sentence protesters to long terms" (dev audit s24, class A4).
  Reported patterns stay: "Israeli soldiers routinely beat up detainees" (a PLOVER event) and "whose policies Trump
  often criticized" (stop-21 sides tests).
- An act postponed, cancelled or held up did not happen (called_off.py).
Stop 26 (pages dev audit, class N4): "if and when" opens a condition too ("if and when the Senate holds an
impeachment trial"); an indirect question reaches an act through a noun's infinitive ("whether we have reason to
request further measures"); the offence named in a charge is not reported as done (charge_contents.py); an act
denied in words that refuse nothing ("did not commit", "at no time did X agree": denied_doing.py); a body that
"works closely with" another in the simple present describes how it stands, no act dated ("It is independent of
government but works closely with the Treasury"); "worked closely with Kyiv to ..." (past) stays; "too often"
generalises like "usually" ("truth is too often dismissed as fake news").
"""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from detente.analyze.events.called_off import called_off
from detente.analyze.events.charge_contents import charged_offence
from detente.analyze.events.denied_doing import denied_doing
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger

WH_TAGS = {"WRB", "WP", "WP$", "WDT"}
SUBJECTS = {"nsubj", "nsubjpass", "expl"}
CLOSERS = "\"'”’)» "
STATE_COMPLEMENTS = {"acomp", "oprd", "xcomp"}
PERMITTING = {"allow", "permit"}


def unasserted(trigger: Trigger, lang: str) -> bool:
    """The English trigger stands in a yes/no question or describes a seeming state (module docstring)."""
    if lang != "en":
        return False
    return yes_no_question(trigger.token.sent) or _seeming_state(trigger.token) or _standing_permission(trigger) \
        or _no_denying(trigger) or called_off(trigger.token, lang) or _bidden(trigger.token) \
        or _listed_topic(trigger.token) or _asked_whether(trigger.token) or _asked_how(trigger.token) \
        or _habitual(trigger.token) or _conditional(trigger.token) or charged_offence(trigger.token, lang) \
        or denied_doing(trigger, lang) or _standing_work(trigger)


def yes_no_question(sent: SpacySpan) -> bool:
    """A sentence ending in "?" whose main clause puts its auxiliary before its subject, with no wh-word opening it."""
    if not sent.text.rstrip(CLOSERS).endswith("?"):
        return False
    root = sent.root
    subjects = [c.i for c in root.children if c.dep_ in SUBJECTS]
    if not subjects or any(c.tag_ in WH_TAGS and c.i < root.i for c in root.subtree if c.head.i == root.i or c.head.head.i == root.i):
        return False
    if root.pos_ == "AUX" and root.i < min(subjects):
        return True  # "Are you sick of ...?"
    return any(c.dep_ in {"aux", "auxpass"} and c.i < min(subjects) for c in root.children)  # "Will X cooperate?"


def _standing_permission(trigger: Trigger) -> bool:
    """"the government is allowed to borrow", "schools are now allowed to buy": a rule in force, no one concedes now."""
    token = trigger.token
    if trigger.cue.type != "CONCEDE" or trigger.is_nominal or lemma(token, "en") not in PERMITTING:
        return False
    present = any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in token.children)
    return present and not any(c.dep_ == "agent" for c in token.children)


def _seeming_state(token: Token) -> bool:
    return token.dep_ in STATE_COMPLEMENTS and token.tag_ in {"VBN", "JJ"} \
        and lemma(token.head, "en") in words("seeming")


def _no_denying(trigger: Trigger) -> bool:
    """"I can't deny that ...", "no one could deny it": the speaker admits; nothing is rejected."""
    token = trigger.token
    if trigger.is_nominal or lemma(token, "en") not in words("denying"):
        return False
    able = any(c.dep_ == "aux" and c.lower_ in {"can", "could", "ca"} for c in token.children)
    denied = any(c.dep_ == "neg" for c in token.children) or any(
        c.dep_ in {"nsubj"} and c.lower_ in {"no", "nobody"} or any(d.lower_ == "no" for d in c.children)
        for c in token.children if c.dep_ == "nsubj")
    return able and denied


OPENERS = {"please", "do", "just", "now", "so"}


def _imperative(verb: Token) -> bool:
    """A bare verb with no subject that opens its sentence (after "please", "do", "don't" or a quote mark)."""
    if verb.tag_ != "VB" or any(c.dep_ in SUBJECTS | {"nsubj:pass"} for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ not in {"do"} for c in verb.children):
        return False
    before = [t for t in verb.sent if t.i < verb.left_edge.i or t.i < verb.i and t.head.i == verb.i]
    return all(t.is_punct or t.lower_ in OPENERS or t.dep_ in {"neg", "aux", "cc", "advmod", "intj"} for t in before)


def _bidden(token: Token) -> bool:
    """The act is an imperative, or is done by the "you" an imperative sentence addresses (module docstring)."""
    verb = token.head if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "obj"} else token
    root = verb.sent.root
    if not _imperative(root):
        return False
    if verb.i == root.i or verb.dep_ == "conj" and verb.head.i == root.i and verb.tag_ == "VB" \
            and not any(c.dep_ in SUBJECTS for c in verb.children):
        return True
    return any(c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children)


def _asked_whether(token: Token) -> bool:
    """The act's verb (through infinitives and conjuncts) opens an indirect question (module docstring)."""
    verb = token.head if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "obj"} else token
    for _ in range(4):
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        if "whether" in marks and verb.dep_ != "csubj" or "if" in marks and verb.dep_ == "ccomp":
            return True  # a subject clause ("Whether X will agree remains unclear") is left coded, hypothetical
        if verb.dep_ in {"relcl", "acl"} and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) \
                and verb.head.dep_ in {"dobj", "obj"}:
            verb = verb.head.head  # "whether we have reason to request": the noun's infinitive, up to its verb
            continue
        if verb.dep_ not in {"xcomp", "conj"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _asked_how(token: Token) -> bool:
    """A complement clause opened by how/when/where whose verb carries a modal (module docstring); "that's why we
    will impose sanctions" explains an act announced, and is left to the other rules."""
    verb = token.head if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "obj"} else token
    if verb.dep_ not in {"ccomp", "pcomp", "pobj", "xcomp"}:
        return False
    asks = any(c.dep_ == "advmod" and c.lower_ in {"how", "when", "where"} and c.i < verb.i for c in verb.children)
    return asks and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _conditional(token: Token) -> bool:
    """The act's verb (or the verb whose object the event noun is) opens an if- or unless-clause, or (through
    infinitives) is a counterfactual "would have" done. An inverted condition ("Had nine senators voted to convict")
    stays coded with H (stop-21 flags convention)."""
    verb = token.head if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "obj"} else token
    if (verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children)
            or _if_and_when(verb)) and not _unless_it_did(verb):
        return True  # the act's own verb only: "if negotiators decide to compromise" keeps its hedged compromise (H)
    for _ in range(3):
        if _counterfactual(verb):
            return True
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _standing_work(trigger: Trigger) -> bool:
    """"works closely with the Treasury": a simple present "work closely" with no auxiliary."""
    token = trigger.token
    if trigger.is_nominal or lemma(token, "en") != "work" or token.tag_ not in {"VBZ", "VBP"}:
        return False
    return not any(c.dep_ in {"aux", "auxpass"} for c in token.children) \
        and any(c.dep_ == "advmod" and c.lower_ == "closely" for c in token.children)


def _if_and_when(verb: Token) -> bool:
    """"if and when the Senate holds a trial": the parser hangs "if" elsewhere (a preposition, a conjunct); the
    clause opens with "when" right after "if and"."""
    start = verb.left_edge.i
    return start >= 2 and [t.lower_ for t in verb.doc[start - 2:start]] == ["if", "and"] and verb.doc[start].lower_ == "when"


def _unless_it_did(verb: Token) -> bool:
    """A negated past-perfect condition states, by implication, that the act took place ("had he not fired", "if
    Russia had not attacked")."""
    return any(c.dep_ == "neg" for c in verb.children) and any(c.lower_ == "had" and c.dep_ in {"aux", "auxpass"}
                                                               for c in verb.children)


def _counterfactual(verb: Token) -> bool:
    """"would have freed", "could have accomplished": a modal with "have" and a participle (not "must have")."""
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBN" and "have" in auxes and any(a in {"would", "could", "should", "might", "'d"} for a in auxes)


def _habitual(token: Token) -> bool:
    """The act's verb (or the verb whose object the event noun is) carries an adverb of generic frequency."""
    verb = token.head if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "obj"} else token
    return any(c.dep_ == "advmod" and (c.lower_ in words("generic_frequency") or _too_often(c)) for c in verb.children)


def _too_often(adverb: Token) -> bool:
    """"truth is too often dismissed as fake news": "too often" generalises (stop 26); a plain "often" may report a
    pattern of real acts ("whose policies Trump often criticized") and stays."""
    return adverb.lower_ == "often" and any(c.lower_ == "too" for c in adverb.children)


def _listed_topic(token: Token) -> bool:
    """A noun or gerund under a copula whose subject, attribute or "among" phrase is a topic word (docstring)."""
    if token.pos_ not in {"NOUN", "PROPN"} and token.tag_ != "VBG":
        return False
    root = token.sent.root
    if root.lemma_ != "be" or token.i == root.i:
        return False
    holders = [c for c in root.children if c.dep_ in {"nsubj", "attr"}]
    holders += [o for c in root.children if c.dep_ == "prep" and c.lower_ == "among" for o in c.children if o.dep_ == "pobj"]
    if not any(lemma(h, "en") in words("topic_noun") for h in holders):
        return False
    current = token
    while current.i != root.i:  # through nouns, gerunds, conjuncts and prepositions only: no finite clause between
        if current.pos_ in {"VERB", "AUX"} and current.tag_ != "VBG":
            return False
        current = current.head
    return True

