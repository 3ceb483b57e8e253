"""Acts that a verb of saying, telling, labelling or giving implies with no event word of its own: "Russia said Sudan
must return the helicopter" (REQUEST), "India told Pakistan to dismantle the camps" (REQUEST), "Iran said Israel was
responsible" and "Greece called the flights a provocation" (ACCUSE), "said lifting the sanctions is out of the
question" (REJECT), "gave Iraq until January 15 to withdraw" and "will not go unanswered" (THREATEN).

Split from triggers.py (stop 26), which finds the cue words of the lexicon in a sentence: these rules read the shape
of a clause instead, and hold their own cue lists (cues.tsv ``communication``, ``directive``, ``labelling``,
``wrongdoing``, ``refusal``, ``unanswered``, ``wrong_act``, ``generic_*``); coder.py adds their triggers to the lexicon's.
"""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import Cue, cues_by_trigger, words
from detente.analyze.events.sentence_words import sentence_words
from detente.analyze.events.triggers import Trigger

OBLIGATION = {"must", "should", "deber", "debe", "deben", "debería", "deberían"}


ADDRESSING = {"tell", "warn", "inform", "remind", "assure"}  # verbs whose object hears the statement
ADDRESSED = {"it", "they", "he", "she"}  # who "must" act after "told X that": X; "told reporters, 'We should'" is the speaker


def modal_requests(sent: SpacySpan, lang: str) -> list[Trigger]:
    """"Russia said Sudan must return the helicopter": a statement that another actor must or should act is a
    REQUEST by the speaker to that actor (PLOVER); the trigger is the verb of saying. So is telling or pushing
    someone to act ("India told Pakistan to dismantle the camps", "wants Washington to lift sanctions"); saying that
    another actor did wrong is an ACCUSE by the speaker ("Iran said Israel was responsible for the killing")."""
    found: list[Trigger] = []
    communication = words("communication")
    directive = words("directive")
    lemmas, tags = sentence_words(sent, lang)
    for position, own in enumerate(lemmas):
        if lang == "en" and own in words("labelling") and tags[position] == "VERB" and labels_wrong(sent[position]):
            token = sent[position]
            found.append(Trigger(token=token, cue=Cue("ACCUSE", "disapprove", "V", (own,), 0, None, implied=True), tokens=(token,)))
            continue
        if lang == "en" and own == "give" and tags[position] == "VERB" and _sets_deadline(sent[position]):
            token = sent[position]
            found.append(Trigger(token=token, cue=Cue("THREATEN", None, "V", (own,), 0, None, implied=True), tokens=(token,)))
            continue
        if lang == "en" and own == "go" and tags[position] == "VERB" and _not_left_unanswered(sent[position]):
            token = sent[position]  # "the attack will not go unanswered": a reprisal held out (THREATEN)
            found.append(Trigger(token=token, cue=Cue("THREATEN", None, "V", (own,), 0, None, implied=True), tokens=(token,)))
            continue
        if own not in communication and own not in directive or tags[position] not in {"VERB", "AUX"}:
            continue
        token = sent[position]
        if own in directive and _tells_to_act(token):
            found.append(Trigger(token=token, cue=Cue("REQUEST", None, "V", (own,), 0, None, implied=True), tokens=(token,)))
            continue
        if own not in communication:
            continue
        if lang == "en" and _asserts_wrongdoing(token):
            found.append(Trigger(token=token, cue=Cue("ACCUSE", None, "V", (own,), 0, None, implied=True), tokens=(token,)))
            continue
        if lang == "en" and _declares_refusal(token):
            found.append(Trigger(token=token, cue=Cue("REJECT", None, "V", (own,), 0, None, implied=True), tokens=(token,)))
            continue
        for clause in token.children:
            if clause.dep_ != "ccomp":
                continue
            subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "nsubj:pass"}]
            # "should Albany legislators pass a bill": a "should" before its subject states a condition, no demand
            obliged = any(c.dep_ in {"aux", "aux:pass"} and (c.lower_ in OBLIGATION or lemma(c, lang) == "deber")
                          and not (lang == "en" and subjects and c.i < min(s.i for s in subjects)) for c in clause.children)
            if lang == "en" and clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in clause.children):
                obliged = False  # "must have struck the building": an inference about a past act, no demand
            addressed = lemma(token, lang) in ADDRESSING and any(c.dep_ in {"dobj", "dative", "obj", "iobj"} for c in token.children)
            if obliged and subjects and all((s.pos_ != "PRON" or addressed and s.lower_ in ADDRESSED) and not _generic(s)
                                            for s in subjects):
                # "told Lima that it must allow ...": the pronoun is the one addressed, not the speaker
                cue = Cue("REQUEST", None, "V", (lemma(token, lang),), 0, None, implied=True)
                found.append(Trigger(token=token, cue=cue, tokens=(token,)))
                break
    return found


def _generic(subject: Token) -> bool:
    """"a president should not have to make such choices", "no one should": what anyone of a kind should do is an
    opinion, not a demand addressed to an actor (an indefinite or quantified singular person, or a generic word)."""
    if subject.lower_ in words("generic_subject"):
        return True
    if subject.tag_ == "NNS" and subject.lemma_.lower() in words("generic_kind") \
            and not any(c.dep_ in {"det", "poss", "amod", "compound", "prep"} for c in subject.children):
        return True  # "companies should start preparing", "parents must register": advice to a kind (audit s23, A2)
    if subject.tag_ not in {"NN", "NNP"} or cues_by_trigger("en").get(subject.lemma_.lower()):
        return False  # "any pauses in fighting should be temporary", "a ceasefire must hold": about acts, still a demand
    return any(c.dep_ == "det" and c.lower_ in words("generic_determiner") for c in subject.children)


TIME_UNITS = {"hour", "day", "week", "month"}


def _sets_deadline(verb: Token) -> bool:
    """"The Security Council gave Iraq until January 15 to withdraw", "the army gave the rebels 48 hours to
    surrender": a deadline set to an addressee for an act is an ultimatum (THREATEN, CAMEO 139)."""
    children = list(verb.children)
    if not any(c.dep_ in {"dobj", "obj", "dative", "iobj"} and c.pos_ in {"PROPN", "NOUN"} and c.lemma_.lower() not in TIME_UNITS
               for c in children):
        return False
    spans = [c for c in children if c.dep_ == "prep" and c.lower_ == "until"]
    spans += [c for c in children if c.lemma_.lower() in TIME_UNITS and any(n.dep_ == "nummod" for n in c.children)]
    if not spans:
        return False
    clauses = [c for c in children + [g for s in spans for g in s.children] if c.dep_ in {"advcl", "xcomp", "relcl", "acl"}]
    acts = cues_by_trigger("en")  # the act demanded is itself an event ("to withdraw"), not "to finish the essay"
    return any(any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and lemma(c, "en") in acts for c in clauses)


def _tells_to_act(token: Token) -> bool:
    """"India told Pakistan to dismantle the camps": an addressee and a to-infinitive (not "told reporters that")."""
    children = list(token.children)
    # the infinitive follows the addressee at once ("told Pakistan to dismantle", not "told reporters ... to become")
    addressed = {c.right_edge.i + 1 for c in children if c.dep_ in {"dobj", "obj", "iobj"} and c.pos_ != "PRON"}
    for clause in children:
        infinitive = any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
        if not infinitive or any(c.tag_ in WH_TAGS for c in clause.subtree):
            continue  # "told citizens how to be prepared", "tell Israel what to do": advice, not a demand
        if clause.dep_ == "xcomp" and clause.left_edge.i in addressed:
            return True
        if clause.dep_ == "ccomp" and any(s.dep_ == "nsubj" and s.pos_ == "PROPN" for s in clause.children):
            return True  # "wants Washington to lift": the parser makes the named addressee the clause's subject
    return False


WH_TAGS = {"WRB", "WP", "WDT"}


def _not_left_unanswered(verb: Token) -> bool:
    """"will not go unanswered / unpunished" (cue list ``unanswered``): a negated "go" with such a predicate."""
    return any(c.dep_ == "neg" for c in verb.children) and any(
        c.lower_ in words("unanswered") and c.dep_ in {"acomp", "oprd", "xcomp", "advmod", "dobj", "attr"} for c in verb.children)


def _declares_refusal(verb: Token) -> bool:
    """The verb of saying's clause says that something is out of the question (cue list ``refusal``): "US
    officials said lifting the sanctions is out of the question" is the speaker's refusal."""
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.lemma_ == "be" and not any(c.dep_ == "neg" for c in clause.children):
            said = clause.doc[clause.i + 1 : clause.right_edge.i + 1].text.lower()
            if any(phrase in said for phrase in words("refusal")):
                return True
    return False


def _asserts_wrongdoing(verb: Token) -> bool:
    """The verb of saying's clause states that a named (not pronoun) subject did wrong: "said Russia had violated
    the treaty", "said Israel was responsible for / behind the attack"; not when the clause is negated."""
    blame = words("wrongdoing")
    for clause in verb.children:
        if clause.dep_ != "ccomp" or any(c.dep_ == "neg" for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects or any(s.pos_ == "PRON" for s in subjects):
            continue
        if clause.lemma_.lower() in blame:
            return True
        if clause.lemma_ == "be" and any(c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in blame
                                         or c.dep_ == "prep" and c.lower_ == "behind" for c in clause.children):
            return True
        if clause.lemma_ == "be" and any(c.dep_ == "attr" and names_wrong_act(c) for c in clause.children) \
                and any(names_doer(s) for s in subjects):
            return True  # "said the Israeli raid was an act of aggression", not "said the attack was an act of terror"
    return False


def names_wrong_act(noun: Token) -> bool:
    """The noun, or its of-complement ("an act of aggression", "a flagrant violation of"), names a wrong (cue list
    ``wrong_act``)."""
    wrong = words("wrong_act")
    if noun.lemma_.lower() in wrong:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in wrong for o in c.children)
               for c in noun.children)


def labels_wrong(verb: Token) -> bool:
    """"Greece called the Turkish flights a provocation", "branded the raid an act of piracy": a named act or actor
    labelled a wrong by the verb's subject (an ACCUSE)."""
    if verb.lemma_.lower() not in words("labelling") or not any(c.dep_ in {"dobj", "obj"} and c.pos_ != "PRON" for c in verb.children):
        return False
    labels = [c for c in verb.children if c.dep_ in {"oprd", "attr"}]
    labels += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
    # "branded the American president a criminal": the parser hangs the label on the object as an apposition
    labels += [a for c in verb.children if c.dep_ in {"dobj", "obj"} for a in c.children if a.dep_ == "appos"]
    named = any(c.dep_ in {"dobj", "obj"} and names_doer(c) for c in verb.children)
    return named and any(names_wrong_act(label) for label in labels) and not any(c.dep_ == "neg" for c in verb.children)


NAMED_DOERS = {"GPE", "NORP", "ORG", "PERSON"}  # entity kinds that name who did something


def names_doer(phrase: Token) -> bool:
    """The phrase names who is blamed: a nation, state, organization or person ("the Israeli raid", "the Turkish
    flights"), not only an act ("the attack", "the bombing")."""
    return any(t.ent_type_ in NAMED_DOERS for t in phrase.subtree)
