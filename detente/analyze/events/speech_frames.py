"""Speech, question and stance frames and idioms that read like acts but report none (stop 20, real-news audit).

On real news the words of asking, telling and insisting mostly frame speech, not appeals:
- A question is no request: "asked about the strikes, the minister said", "asked whether", "People ask me, 'What
  ...?'", "Asked to comment on the findings, the army said" (a journalist's request for comment), and a bare quote
  attribution "Smith asked Reuters." A request asks for something: "asked the UN to convene", "asked India for help".
- "insisted that they stand to make billions" asserts a claim; "insisted that Iran release the hostages" (base form
  or a modal of obligation) and "insisted on a withdrawal" demand.
- "told reporters" / "told the newspaper" (cue list ``press_addressee``) addresses no one who is to act, unless the
  clause says someone must act ("told reporters that Iran must stop").
- A negated wish ("protesters do not want Hong Kong to lose its autonomy") is a stance.
- "X agreed." with no complement agrees with a view, not to anything.
- Idioms: "shot back" in a quoted exchange (retorted), "name recognition" (cue list ``recognition_kind``),
  "recognised for" (known for), "broaden her appeal" (cue list ``appeal_size``), "strikes down the law" (annuls it), "approved the new dates" (cue list
  ``scheduling``: a timetable approved).
- An act under a right or ability noun ("Israel has the right to defend itself", cue list ``capacity_noun``) is a
  capacity, not an act.
- A journalist or news outlet "asking" someone for a figure or a comment is an interview question, no political
  request ("the anchor asked the spokesman for a death toll"; session 21, ``press_question``).
- Stop 26 (pages dev audit, class N1): "demanded how/why ..." (a wh-clause as its object) is an
  interviewer's question, no demand ("Maitlis repeatedly demanded how Andrew could be so sure"); a statement that a
  thing "should" change (cue list ``expected_thing``: a report, the weather, the market) or "should be seen" a way
  is a forecast or a view, no request: "the strong report should ease worries, said BMO's Reitzes", "The weather
  should ease by Thursday", "This verdict should be seen in a broader view". "Russia said Sudan should return the
  helicopter" stays REQUEST.
- A present-simple relative clause on a common noun describes a kind or a mandate ("the relief agency that aids
  Palestinians", "visa holders who express sympathies for Hamas"), not a reported act; one on a name
  ("Iran, which funds Hamas") or with another tense still reports one.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.implied_acts import OBLIGATION
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger

QUESTION_MARKS = {"whether", "if"}
WH_TAGS = {"WRB", "WP", "WDT", "WP$"}
COMPLEMENTS = {"xcomp", "ccomp", "dobj", "obj", "prep", "dative", "advcl", "oprd", "acomp"}
QUOTES = {'"', "“", "”", "'", "‘", "’"}
PRESENT = {"VBZ", "VBP"}
SUBJECTS = {"nsubj", "nsubjpass"}


def drop_speech_frames(found: list[Trigger], lang: str) -> list[Trigger]:
    """The triggers left once speech and question frames, stances and idioms are taken out (module docstring)."""
    if lang != "en":
        return found
    framed = [t for t in found if _frame(t)]
    if not framed:
        return found
    muted = {t.token.i for t in framed} | {i for t in framed for i in _muted_content(t)}
    return [t for t in found if t.token.i not in muted]


def _muted_content(trigger: Trigger) -> set[int]:
    """What a question asks about ("asked whether he supports packing the court") or a kind's description says ("a
    movement that seeks to legitimize ...") is no reported act either: the triggers under it go too."""
    token = trigger.token
    if trigger.cue.type == "REQUEST" and lemma(token, "en") == "ask":
        return {t.i for c in token.children if c.dep_ not in SUBJECTS | {"punct"} for t in c.subtree}
    if token.dep_ == "relcl":
        return {t.i for t in token.subtree}
    return set()


def _frame(trigger: Trigger) -> bool:
    token, kind = trigger.token, trigger.cue.type
    own = lemma(token, "en")
    if kind == "REQUEST" and not trigger.is_nominal:
        if trigger.cue.implied and _forecast(token):
            return True  # "the report should ease worries, said Reitzes"
        if own in {"demand", "press", "quiz", "query"} and _wh_question(token):
            return True  # "demanded how Andrew could be so sure"
        if own == "ask":
            return _question(token)
        if own == "insist":
            return not _demands(token)
        if own == "tell":
            return _to_the_press(token) and not _obliges(token)
        if own == "want":
            return any(c.dep_ == "neg" for c in token.children)
    if kind == "REQUEST" and trigger.is_nominal and own == "appeal" and token.dep_ in {"dobj", "obj"}:
        return lemma(token.head, "en") in words("appeal_size")  # "broaden her appeal": attractiveness, no plea
    if kind == "AGREE" and own == "agree" and not trigger.is_nominal:
        return not any(c.dep_ in COMPLEMENTS or c.dep_ == "conj" for c in token.children) and _lone_subject(token)
    if kind == "ASSAULT" and own in {"shoot", "strike"} and not trigger.is_nominal:
        return _retort(token) if own == "shoot" else _struck_down(token)
    if kind == "SUPPORT" and own in {"recognition", "recognize", "recognise"}:
        return _recognition_idiom(token, trigger.is_nominal)
    if kind == "SUPPORT" and own == "approve" and not trigger.is_nominal:
        return any(c.dep_ in {"dobj", "obj"} and lemma(c, "en") in words("scheduling") for c in token.children)
    if not trigger.is_nominal and token.dep_ == "acl" and lemma(token.head, "en") in words("capacity_noun"):
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)  # "has the right to defend itself"
    return not trigger.is_nominal and _describes_a_kind(token)


def _question(token: Token) -> bool:
    """"asked about", "asked whether/what", a quoted question, "asked to comment", or nothing asked for at all."""
    children = list(token.children)
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in children):
        return True
    for clause in children:
        if clause.dep_ in {"ccomp", "advcl", "parataxis", "xcomp"}:
            if any(c.lower_ in QUESTION_MARKS and c.dep_ == "mark" for c in clause.children) \
                    or clause.left_edge.tag_ in WH_TAGS or clause.tag_ in WH_TAGS:
                return True
            if clause.dep_ == "xcomp" and lemma(clause, "en") in words("comment_verb"):
                return True  # "asked to comment on the findings": a request for comment
    if any(t.text == "?" for t in token.sent):
        return True  # "People ask me, 'What did you think ...?'"
    return not any(c.dep_ in {"xcomp", "ccomp", "advcl"} or c.dep_ == "prep" and c.lower_ in {"for", "to"} for c in children) \
        and not any(c.dep_ in {"dobj", "obj"} and c.pos_ == "NOUN" and c.tag_ != "NNS" for c in children)


VIEWING = {"see", "view", "consider", "regard", "read", "understand", "take", "interpret"}


def _forecast(token: Token) -> bool:
    """The "should" clause under the verb of saying is about a thing or how something is seen (module docstring)."""
    for clause in token.children:
        if clause.dep_ != "ccomp" or not any(a.dep_ in {"aux", "auxpass"} and a.lower_ == "should" for a in clause.children):
            continue
        if lemma(clause, "en") in VIEWING and any(a.dep_ == "auxpass" for a in clause.children):
            return True  # "should be seen in a broader view"
        subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
        return bool(subjects) and all(lemma(s, "en") in words("expected_thing") and not s.ent_type_ for s in subjects)
    return False


def _wh_question(token: Token) -> bool:
    """A clause opened by a wh-word or "whether" as the demand's own object; "demanded to know why the army fired"
    asks an actor to account for an act, and stays."""
    for clause in token.children:
        if clause.dep_ in {"ccomp", "xcomp"} and (clause.left_edge.tag_ in WH_TAGS or any(
                c.dep_ in {"advmod", "mark"} and (c.tag_ in WH_TAGS or c.lower_ in QUESTION_MARKS) and c.i < clause.i
                for c in clause.children)):
            return True
    return False


def _demands(token: Token) -> bool:
    """"insisted on", or a that-clause in the base form or with a modal of obligation; not an indicative claim."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"on", "upon"}:
            return True
        if child.dep_ == "ccomp":
            if _subjunctive(child) or _obliged(child) and not _own_need(child):
                return True
        if child.dep_ == "xcomp":
            return True
    return False


def _subjunctive(clause: Token) -> bool:
    """"that Iran release", "that he be freed": a base form after a third-person singular subject."""
    if any(a.dep_ == "aux" and a.lower_ not in {"be"} for a in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    if clause.tag_ == "VB":
        return True
    # "that North Korea account for": the bare verb after a singular subject (the tagger may read it as a noun)
    return clause.tag_ in {"VBP", "NN"} and any(s.tag_ in {"NNP", "NN"} or s.lower_ in {"he", "she", "it"} for s in subjects)


def _own_need(clause: Token) -> bool:
    """"insists it needs to screen goods": what the speaker itself needs, said of a pronoun subject."""
    return any(c.dep_ in SUBJECTS and c.pos_ == "PRON" for c in clause.children)


def _struck_down(token: Token) -> bool:
    """"strikes down the law": a law or ruling annulled, not a blow."""
    down = [c for c in token.children if c.lower_ == "down" and c.dep_ in {"prt", "prep", "advmod"}]
    if not down:
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}] + [g for d in down for g in d.children if g.dep_ == "pobj"]
    return any(lemma(o, "en") in words("annulled") for o in objects)


def _obliged(clause: Token) -> bool:
    return any(a.dep_ in {"aux", "auxpass"} and a.lower_ in OBLIGATION for a in clause.children) \
        or any(a.dep_ == "xcomp" and lemma(clause, "en") in {"need", "have"} for a in clause.children)


def _obliges(token: Token) -> bool:
    return any(c.dep_ == "ccomp" and _obliged(c) for c in token.children) \
        or any(c.dep_ == "xcomp" for c in token.children if c.left_edge.i > token.i and not _press(c.left_edge))


def _to_the_press(token: Token) -> bool:
    return any(c.dep_ in {"dobj", "obj", "dative", "iobj"} and _press(c) for c in token.children)


def _press(noun: Token) -> bool:
    return lemma(noun, "en") in words("press_addressee")


def _lone_subject(token: Token) -> bool:
    """One person agreeing ("Abu Hassan, 44, agreed."), not "the two sides agreed" or "both agreed"."""
    subjects = [c for c in token.children if c.dep_ in SUBJECTS]
    return bool(subjects) and all(s.tag_ in {"NNP", "PRP"} and not any(c.dep_ == "conj" for c in s.children)
                                  and s.lower_ not in {"they", "we"} for s in subjects)


def _retort(token: Token) -> bool:
    """"'Leave my daughter out of it,' Haley shot back": a retort in a quoted exchange, no shot fired at anyone."""
    back = any(c.lower_ == "back" and c.dep_ in {"prt", "advmod"} for c in token.children)
    shot_at = any(c.dep_ in {"dobj", "obj"} for c in token.children)
    return back and not shot_at and (any(t.text in QUOTES for t in token.sent)
                                     or any(c.dep_ in {"ccomp", "parataxis"} for c in token.children))


def _recognition_idiom(token: Token, nominal: bool) -> bool:
    if nominal:
        return any(c.dep_ in {"compound", "amod"} and lemma(c, "en") in words("recognition_kind") for c in token.children)
    passive = token.tag_ == "VBN" and not any(c.dep_ == "agent" for c in token.children)
    return passive and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)


def _describes_a_kind(token: Token) -> bool:
    """A present-simple relative clause on a common noun: "the agency that aids Palestinians"."""
    if token.dep_ != "relcl" or token.tag_ not in PRESENT or token.head.pos_ != "NOUN":
        return False
    if any(c.dep_ in {"aux", "auxpass", "neg"} for c in token.children):
        return False
    return any(c.dep_ in SUBJECTS and c.tag_ in {"WDT", "WP"} for c in token.children)


PRESS_SECTORS = {"JRN", "MED"}


def press_question(trigger: Trigger, sources: list, lang: str) -> bool:
    """"asked" by journalists or outlets only (module docstring)."""
    if lang != "en" or trigger.cue.type != "REQUEST" or trigger.is_nominal or lemma(trigger.token, lang) != "ask":
        return False
    return bool(sources) and all(hit.actor.sector in PRESS_SECTORS for hit in sources)
