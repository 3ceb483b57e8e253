"""Event flags read from the trigger's clause: negated, hypothetical, future (historical is in dating.py)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.spanish_senses import continuing
from detente.analyze.events.spanish_unasserted import purpose_act

REPORTING_PARENT_DEPS = {"ccomp", "xcomp", "conj", "advcl"}
MODALS = {"would", "'d", "could", "might", "may", "should"}  # a predicate weighing an act, not reporting it
NEGATIONS = {"not", "n't", "never", "no", "nunca", "jamás", "tampoco", "ni", "nor"}  # "no rechazó ni aceptó": both


@dataclass(frozen=True)
class Flags:
    negated: bool
    hypothetical: bool
    future: bool


def clause_of(token: Token) -> list[Token]:
    """The trigger and the verbs it hangs from through xcomp (their auxiliaries scope over it)."""
    from detente.analyze.events.actor_lookup import quantity_anchor

    chain = [token]
    current = token
    if token.pos_ in {"NOUN", "PROPN"} and quantity_anchor(token) is not token:
        token = quantity_anchor(token)  # "will provide 25,000 tons of aid": the anchor's clause
        chain.append(token)
        current = token
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "obj", "nsubj", "nsubjpass", "attr"}:
        chain.append(token.head)
        current = token.head
    elif token.pos_ in {"NOUN", "PROPN"} and _taking_part(token) and token.head.head.lemma_.lower() != "be":
        current = token.head.head  # "would take part in joint exercises": the taking part's auxiliaries scope over them
        chain.append(current)
    while current.dep_ in {"xcomp"} and current.head.i != current.i:
        current = current.head
        chain.append(current)
    return chain


def _evaluated(token: Token) -> bool:
    """An event noun that is the subject of a copula with a predicate of judgement ("the withdrawal is not surprising",
    "the attack was not an accident"): a negation there judges the act, it does not deny it (audit s23, class E15).
    Predicates of likelihood ("a ceasefire is not possible", cue list ``likelihood``) do deny it."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ != "nsubj" or token.head.lemma_.lower() != "be":
        return False
    judged = [c for c in token.head.children if c.dep_ in {"acomp", "attr"}]
    return bool(judged) and not any(lemma(c, "en") in words("likelihood") for c in judged)


def _taking_part(token: Token) -> bool:
    """An event noun after "in" of a copula or a verb of taking part ("was in the talks", "took part in the
    negotiations", "participated in the meeting"): the verb's subject is in the event, so its negation is the event's
    ("hasn't been in the negotiations"); being involved is no taking part (its negation denies a role, not the act)."""
    if token.dep_ != "pobj" or token.head.dep_ != "prep" or token.head.lower_ not in {"in", "at"}:
        return False
    verb = token.head.head
    own = verb.lemma_.lower()
    return verb.pos_ in {"AUX", "VERB"} and (own == "be" or own in words("participate") - {"involve"} or own == "take"
                                              and any(c.lower_ == "part" for c in verb.children))


def flags_for(trigger: Token, lang: str) -> Flags:
    clause = clause_of(trigger)
    modifiers = [child for head in clause for child in head.children]
    lowers = {child.lower_ for child in modifiers}
    if "no" in lowers:  # "no obstante", "no solo": a set phrase, not a negation
        lowers = {child.lower_ for child in modifiers if not _set_phrase(child)}
    negated = any(c.dep_ == "neg" for c in modifiers) or bool(lowers & NEGATIONS)
    negated = negated or (lang == "es" and _without(trigger))
    negated = negated or (_taking_part(trigger) and any(c.dep_ == "neg" for c in trigger.head.head.children))
    if negated and lang == "es" and continuing(trigger):
        negated = False  # "los ataques de Israel no cesan": the attacks go on
    negated = negated or any(c.dep_ == "det" and c.lower_ in {"no", "ningún", "ninguna"} for c in trigger.children)
    negated = negated or any(head.lemma_.lower() in {"fail"} for head in clause[1:])  # "failed to reach agreement"
    negated = negated or bool(lowers & words("seldom")) or _yet_to(clause)  # "rarely claims", "has yet to claim"
    negated = negated or (lang == "en" and (_absent(trigger) or any(lemma(head, lang) in words("averting") for head in clause[1:])))
    if negated and lang == "en" and _evaluated(trigger):  # "Russia's withdrawal from the CTBT is not surprising"
        negated = any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children)
    hypothetical = is_possibility(trigger) or any(
        c.dep_ in {"aux", "mark"} and c.lower_ in words("hypothetical") - {"would"} for c in modifiers
    )
    hypothetical = hypothetical or (lang != "es" and any(_mood(head) == "Cnd" for head in clause)) or _door_open_to(trigger)
    if negated and _door_open_to(trigger):
        negated = False  # "no ha cerrado la puerta a nuevas sanciones": the door is not closed, the act kept open
    hypothetical = hypothetical or (lang == "es" and any(_spanish_modal(c) for c in modifiers))
    hypothetical = hypothetical or (lang == "en" and _gerund_subject_of_modal(clause[-1])) or _weighed(clause, lang)
    hypothetical = hypothetical or (lang == "es" and purpose_act(trigger.head if _object_noun(trigger) else trigger))
    hypothetical = hypothetical or (lang == "en" and _infinitive_of_modal(clause[-1]))
    open_question = _open_clause(clause, lang)
    hypothetical = hypothetical or open_question or _conditioned(clause) or _inverted_condition(clause[-1])
    future = any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in modifiers)
    future = future or any(_tense(head) == "Fut" for head in clause)
    future = future or _planned(clause, lang) or (lang == "en" and _headline_infinitive(clause))
    future = future or any(c.dep_ == "advmod" and c.lower_ in words("lies_ahead") and not any(
        g.dep_ == "prep" for g in c.children) for c in [*trigger.children, *modifiers])  # not "ahead of the elections"
    if lang == "es" and any(_spanish_conditional(head) for head in clause):
        if _under_spanish_reporting(clause[-1]):
            future = True  # "dijeron que suspenderían la protesta": future in the past, as English "said they would"
        else:
            hypothetical = True
    if any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in modifiers):
        # "would" under a past reporting verb is future-in-the-past; elsewhere a condition
        if _under_reporting(clause[-1]):
            future = True
        else:
            hypothetical = True
    if open_question:
        future = False  # "whether they will agree remains unclear": an open question, not a scheduled act
    return Flags(negated=negated, hypothetical=hypothetical, future=future)


def _open_clause(clause: list[Token], lang: str) -> bool:
    """"Whether X will agree remains unclear", "once their appointments have been ratified", "a menos que el
    Congreso lo apruebe": an act in a clause of open question or of condition (marked by a "condition" word, with a
    verb not in the past) has not happened and may not: hypothetical. "once he had arrived" (past) is done."""
    verb = clause[-1]
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    marks = words("condition")
    own = [c for c in verb.children if c.dep_ == "mark"]
    if not any(c.lower_ in marks or " ".join(t.lower_ for t in c.subtree) in marks
               or " ".join(t.lower_ for t in [*c.children, c] if t.i <= c.i) in marks for c in own):
        return False
    if any(c.lower_ == "whether" for c in own):
        return True
    forms = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass", "aux:pass", "cop"})]
    if lang == "es":
        return any("Sub" in t.morph.get("Mood") for t in forms)  # "cuando sean ratificados": yet to come
    return not any(t.tag_ == "VBD" for t in forms)


CONCESSIVE = {"even", "as", "incluso", "aun", "aún", "como"}  # "even if", "as if", "aun si", "como si": no condition


def _conditioned(clause: list[Token]) -> bool:
    """"Russia will resume tests if Washington does so first", "levantarán el paro siempre que el gobierno ceda": an
    act done only on a condition ("if", "unless", "si" clause on its verb) is hypothetical; "even if" and "as if"
    concede or compare, and leave the act asserted."""
    marks = words("if_condition")
    for head in clause:
        for child in head.children:
            if child.dep_ != "advcl":
                continue
            for mark in (c for c in child.children if c.dep_ == "mark"):
                phrase = " ".join(t.lower_ for t in mark.subtree)
                before = mark.nbor(-1) if mark.i > mark.sent.start else mark
                if (mark.lower_ in marks or phrase in marks) and not any(
                        t.lower_ in CONCESSIVE for t in (before, *mark.children)):
                    return True
    return False


INVERTED = {"had", "were", "should"}


def _inverted_condition(verb: Token) -> bool:
    """"Had nine more senators voted to convict him, ...": a clause opened by an inverted auxiliary is a condition
    contrary to fact; the act did not happen. "Had he not fired" (negated) tells an act that did happen: left alone."""
    while verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i:
        verb = verb.head
    head = verb.head
    if verb.dep_ == "ccomp" and head.dep_ == "advcl" and head.lower_ in INVERTED \
            and head.i == min(t.i for t in head.subtree):
        return not any(c.dep_ == "neg" for c in verb.children)  # the parse's "Had" as a verb over "senators voted"
    if verb.dep_ != "advcl":
        return False
    first = min(verb.subtree, key=lambda t: t.i)
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return (first.dep_ == "aux" and first.head.i == verb.i and first.lower_ in INVERTED
            and bool(subjects) and subjects[0].i > first.i and not any(c.dep_ == "neg" for c in verb.children))


def _infinitive_of_modal(verb: Token) -> bool:
    """"it may take years for the companies to commit", "X could move to retaliate": an infinitive clause hanging
    on a verb under may/might/could shares its possibility."""
    if verb.dep_ not in {"advcl", "xcomp"} or verb.head.i == verb.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in {"may", "might", "could"} for c in verb.head.children)


def _door_open_to(trigger: Token) -> bool:
    """"left the door open to sanctions", "no ha cerrado la puerta a nuevas sanciones": an act a door is kept open
    (or not closed) to is a possibility; the Spanish parse often hangs the act beside "puerta" on the verb."""
    doors = words("open_door")
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "to":
        holder = trigger.head.head  # "the door to", "the door open to" (the parse hangs "to" on "open")
        return holder.lemma_.lower() in doors or (holder.lower_ == "open" and holder.head.lemma_.lower() in doors)
    if not any(c.dep_ == "case" and c.lower_ == "a" for c in trigger.children):
        return False
    head = trigger.head
    return head.lower_ in doors or (head.i != trigger.i and any(
        c.lower_ in doors and c.i < trigger.i and c.dep_ in {"obj", "dobj"} for c in head.children))


def _gerund_subject_of_modal(verb: Token) -> bool:
    """"the United States putting tariffs on steel would be very unusual", "Japan sending troops could inflame the
    region": a gerund clause that is the subject of a conditional or modal predicate is an act weighed, not done."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "imposing tariffs and closing the border would ...": both acts are weighed
    if verb.tag_ != "VBG" or verb.dep_ not in {"csubj", "csubjpass"}:
        return False
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.head.children)


def _headline_infinitive(clause: list[Token]) -> bool:
    """"European Commission to give $130 million to Palestinian Authority": a headline of subject + "to" + verb with
    no finite verb announces a coming act; "the EU met to give aid" (a finite verb) is a purpose, no future."""
    verb = clause[-1]
    if verb.dep_ != "ROOT" or verb.tag_ != "VB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    return not any("Fin" in t.morph.get("VerbForm") or t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in verb.sent)


def _absent(trigger: Token) -> bool:
    """"the lack of assistance from the FBI", "without consultation": the event noun names an act that is missing."""
    if trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    return prep.lower_ == "without" or (prep.lower_ == "of" and prep.head.lemma_.lower() in words("absence"))


def _set_phrase(token: Token) -> bool:
    """"no obstante", "no solo": a "no" heading a fixed phrase is a connective, not a negation (Spanish parse)."""
    return token.lower_ == "no" and any(c.dep_ == "fixed" for c in token.children)


def _yet_to(clause: list[Token]) -> bool:
    """"Hamas has yet to claim responsibility", "is yet to be signed": the act has not happened."""
    return any(head.lemma_.lower() in {"have", "be"} and any(c.lower_ == "yet" for c in head.children)
               and any(c.dep_ == "xcomp" for c in head.children) for head in clause[1:])


def is_possibility(token: Token) -> bool:
    """A noun qualified as possible/potential, or a verb under could/may/might/podría."""
    hypothetical = words("hypothetical")
    for child in token.children:
        if child.dep_ in {"amod", "advmod"} and child.lower_ in hypothetical:
            return True
    head = token.head
    if token.dep_ in {"dobj", "obj", "xcomp"} and head.i != token.i:
        if any(c.dep_ == "aux" and c.lower_ in hypothetical - {"would", "must", "should"} for c in head.children):
            return True
        if head.lemma_.lower() in {"poder", "could", "may", "might"} or head.lower_.startswith("podr"):
            return True
    return False


def _spanish_modal(aux: Token) -> bool:
    """"podría atacar", "pueden sancionar": poder as the auxiliary makes the act a possibility (the written form is in no
    word list, so its lemma is read); "pudo atacar", a preterite, says it happened."""
    if aux.dep_ != "aux":
        return False
    own = lemma(aux, "es")
    return (own == "poder" and _tense(aux) != "Past") or own == "deber"  # "debería negociar": an obligation, not an act


def _planned(clause: list[Token], lang: str = "en") -> bool:
    """"plans to meet", "is going to attack", "va a reunirse"; "announced plans to open an embassy", "its
    intention to expand trade": an act a plan noun looks forward to."""
    act = clause[0]
    if act.dep_ in {"acl", "xcomp"} and act.head.pos_ == "NOUN" and act.head.lemma_.lower() in words("future") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        return True
    if lang == "en" and _scheduled_by(act):
        return True
    for verb in clause[1:]:
        own = lemma(verb, lang) if lang == "en" else verb.lemma_.lower() or verb.lower_  # "hoped": not spaCy's "hop"
        if own in words("future"):
            return True
        if own in {"go", "ir"} and any(c.dep_ == "aux" for c in verb.children) or verb.lower_ in {"going", "va", "van"}:
            return True
    return False


def _scheduled_by(act: Token) -> bool:
    """"is set / slated / due / poised / about to meet": a to-infinitive under one of these predicates after "be" is
    an act still to come ("set out to meet", with its particle, is not)."""
    head = act.head
    return act.dep_ == "xcomp" and head.i != act.i and head.lower_ in words("future_predicates") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children) \
        and any(c.dep_ in {"auxpass", "aux", "cop"} and c.lemma_ == "be" for c in head.children) \
        and not any(c.dep_ == "prt" for c in head.children)


def _under_reporting(verb: Token) -> bool:
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "said it would prohibit aid and would deny entry": the second act is reported too
    head = verb.head
    return verb.dep_ in REPORTING_PARENT_DEPS and head.i != verb.i and head.tag_ in {"VBD", "VBN"}


def _mood(token: Token) -> str | None:
    values = token.morph.get("Mood")
    return values[0] if values else None


def _tense(token: Token) -> str | None:
    values = token.morph.get("Tense")
    return values[0] if values else None


def _without(trigger: Token) -> bool:
    """"atacaron sin advertir", "una reunión sin acuerdo": an act under "sin" did not happen."""
    return any(c.dep_ in {"mark", "case"} and c.lower_ == "sin" for c in trigger.children)


def _object_noun(trigger: Token) -> bool:
    return trigger.pos_ == "NOUN" and trigger.dep_ in {"obj", "dobj"} and trigger.head.i != trigger.i


def _weighed(clause: list[Token], lang: str) -> bool:
    """"Zelensky considering dismissing Syrsky", "el gobierno baraja imponer aranceles": an act a verb of weighing
    governs is an option, not a done act."""
    weighing = words("weighing") | words("hypothetical")
    return any(head.pos_ == "VERB" and lemma(head, lang) in weighing and below.pos_ == "VERB" and below.dep_ == "xcomp"
               for below, head in zip(clause, clause[1:]))  # not "considered the attack a provocation"


SPANISH_CONDITIONAL_ENDINGS = ("ríamos", "ríais", "rías", "rían", "ría")
SPANISH_IMPERFECT_STEMS = ("fer", "quer", "ger", "quir", "her")  # "prefería", "requería", "sugería": imperfects


def _spanish_conditional(verb: Token) -> bool:
    """A conditional verb form ("suspenderían", "atacaría"); the parse often tags it an imperfect, so a form of
    infinitive + -ía (or an irregular future stem) is read as one; "abría", "ocurría" (stem + -ía) are imperfects."""
    if _mood(verb) == "Cnd":
        return True
    if verb.pos_ not in {"VERB", "AUX"} or _tense(verb) == "Past" or (_mood(verb) == "Ind" and _tense(verb) == "Pres"):
        return False  # "varía" (present), "atacó": no conditional; the parse tags "suspendería" imperfect or subjunctive
    word = verb.lower_
    for ending in SPANISH_CONDITIONAL_ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending) + 1]  # keep the "r": "suspender", "podr"
            return (stem.endswith(("ar", "er", "ir")) and not stem.endswith(SPANISH_IMPERFECT_STEMS)) \
                or stem.endswith(("dr", "habr", "sabr", "cabr", "querr", "har", "dir"))
    return False


def _under_spanish_reporting(verb: Token) -> bool:
    """A Spanish complement clause of a past verb of saying ("dijo que ...", "anunció que ..."): its conditional is
    the future seen from then."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    head = verb.head
    return verb.dep_ == "ccomp" and head.i != verb.i and (_tense(head) in {"Past", "Imp"}
                                                           or "Part" in head.morph.get("VerbForm"))
