"""Spanish event words that assert no act: a count in a statistic ("el número de huelgas descendió a su nivel más
bajo": how many, not a strike that took place), a right or chance of an act ("el derecho a la huelga") and an act in
an indirect question ("votarán si aceptan o no la oferta": what they will decide, not an acceptance or a refusal); an act that is only the aim a thing is said to have
("tiene el fin de responsabilizar"), or a purpose (hypothetical), as is an act one has the duty, ability or right to
do ("tienen la obligación de devolver a los rehenes"); a possibility not ruled out ("no descarta que");
a forecaster's warning ("advirtió la calificadora"); an act in a subjunctive clause of condition or time limit ("a
menos que el gobierno acepte", "mientras el ejército no se retire", "hasta que liberen a los presos"): a condition
set, not an act done; so is an act in the subjunctive "de que" clause of a noun of hope or fear ("la esperanza de que
el régimen acordara"). Also event nouns that name a kind of act or a past one, no act of the news: what a standing rule
punishes or allows ("la ley que castiga los bloqueos"), a count that rises or falls ("las protestas crecieron un 30
por ciento"), and the act an anniversary recalls ("se cumplen diez años de la masacre", "el aniversario del golpe"). An agreement
not reached beside the talks that are the news ("dialogaron seis horas sin llegar a un acuerdo") is no refusal. An act
judged needed or possible ("consideran necesario un diálogo", "es urgente un acuerdo") is a view of what should
happen, not an act."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.spanish_arguments import spanish_words

COUNT_KIND = "count"  # spanish_cues.tsv: nouns of number whose "de" complement is what is counted
DECIDING_KIND = "deciding"  # spanish_cues.tsv: verbs whose "si" clause is a question put, not a condition


def counted_event(token: Token) -> bool:
    """An event noun in the "de" complement of a noun of number ("el número de huelgas", "la cifra de detenciones")."""
    return token.pos_ == "NOUN" and token.dep_ == "nmod" and token.head.i != token.i \
        and lemma(token.head, "es") in spanish_words(COUNT_KIND) \
        and any(c.dep_ == "case" and c.lower_ == "de" for c in token.children)


def duty_kind(token: Token) -> bool:
    """An event noun in the "a"/"de" complement of a noun of duty, ability, right or chance ("el derecho a la huelga",
    "el derecho de huelga", "la posibilidad de un ataque", "su capacidad de ataque"): a kind or a chance, no act."""
    return token.pos_ == "NOUN" and token.dep_ == "nmod" and token.head.i != token.i \
        and token.head.pos_ == "NOUN" and lemma(token.head, "es") in spanish_words(DUTY_KIND) \
        and any(c.dep_ == "case" and c.lower_ in {"a", "al", "de", "del"} for c in token.children)


def questioned_act(token: Token) -> bool:
    """A verb (or its object noun) in a clause of "si" that a verb of deciding or asking takes ("decidirán si aceptan la oferta", "votarán
    si aceptan o no"); with a verb of acting ("amenazaron con un paro si no ...") "si" is a condition, left alone."""
    if token.pos_ == "NOUN" and token.dep_ == "obj":
        token = token.head  # "si aceptan o no la oferta": the offer's acceptance is the question too
    if token.pos_ not in {"VERB", "AUX"} or token.head.i == token.i:
        return False
    return any(c.dep_ == "mark" and c.lower_ == "si" for c in token.children) \
        and lemma(token.head, "es") in spanish_words(DECIDING_KIND)


CONDITION_KIND = "condition_mark"  # spanish_cues.tsv: words of a clause mark of condition or time limit


def conditioned_act(token: Token) -> bool:
    """A verb (or its object noun) in the subjunctive under a mark of condition or time limit ("a menos que acepte",
    "salvo que retire la ley", "en caso de que suspendan los bloqueos", "mientras no se retire", "hasta que liberen",
    "sin que la policía interviniera"). The subjunctive marks the act as not asserted; with the indicative the same
    marks report acts ("mientras marchaban", "hasta que llegó la policía") and are left alone."""
    if token.pos_ == "NOUN" and token.dep_ == "obj":
        token = token.head
    if token.pos_ not in {"VERB", "AUX"} or "Sub" not in token.morph.get("Mood"):
        return False
    marks = [c for c in token.children if c.dep_ == "mark"]
    if not marks:
        return False
    words = {m.lower_ for m in marks} | {f.lower_ for m in marks for f in m.children if f.dep_ == "fixed"}
    words |= {w.lower_ for w in _words_before(min(marks, key=lambda m: m.i))}  # "a menos que": the parse may hang "a menos" elsewhere
    return not words.isdisjoint(spanish_words(CONDITION_KIND))


HOPED_KIND = "hoped"  # spanish_cues.tsv: nouns of hope, fear or chance whose "de que" clause is not asserted


def hoped_act(token: Token) -> bool:
    """A verb (or its object noun) in the subjunctive in the "de que" clause of a noun of hope, fear or chance ("la
    esperanza de que el régimen acordara aplazar", "el temor de que el ejército ataque la ciudad"): what is hoped or
    feared, not an act done. Read from the words before the verb, since the parse hangs "de que" anywhere."""
    if token.pos_ == "NOUN" and token.dep_ == "obj":
        token = token.head
    if token.pos_ not in {"VERB", "AUX"} or "Sub" not in token.morph.get("Mood"):
        return False
    hoped = spanish_words(HOPED_KIND)
    for j in range(token.i - 1, max(token.sent.start + 1, token.i - 8), -1):
        word = token.doc[j]
        if "Fin" in word.morph.get("VerbForm") and word.lower_ != "que":
            return False  # another clause's verb stands between
        if word.lower_ == "que" and token.doc[j - 1].lower_ == "de" and j - 2 >= token.sent.start:
            k = j - 2
            while k > token.sent.start and token.doc[k].lower_ in QUOTES:  # "la «luz de esperanza» de que"
                k -= 1
            noun = token.doc[k]
            return noun.pos_ == "NOUN" and (noun.lower_ in hoped or lemma(noun, "es") in hoped)
    return False


MARK_PARTS = {"ADP", "ADV", "SCONJ", "NOUN", "ADJ"}  # "a menos", "en caso de", "a condición de", "con tal de"


def _words_before(mark: Token) -> list[Token]:
    """Up to three words of a compound mark right before ``mark`` ("en caso de" before "que")."""
    found = []
    for i in range(mark.i - 1, max(mark.sent.start, mark.i - 3) - 1, -1):
        if mark.doc[i].pos_ not in MARK_PARTS:
            break
        found.append(mark.doc[i])
    return found


QUOTES = {'"', "“", "”", "«", "»", "'", "‘", "’"}  # a quoted noun of aim or duty ("la “obligación” de devolver")
PURPOSE_KIND = "purpose"  # spanish_cues.tsv: nouns of aim ("el fin de", "el objetivo de", "como objetivo")
STATED_AIM_KIND = "stated_aim"  # spanish_cues.tsv: verbs by which a thing is said to have an aim ("tiene el fin de")
DUTY_KIND = "duty"  # spanish_cues.tsv: nouns of duty, ability, right or chance ("la obligación de", "la capacidad de")
FORECASTER_KIND = "forecaster"  # spanish_cues.tsv: who forecasts (rating agencies, analysts): their warning is no threat
DOUBT_VERB = "descartar"


def aim_noun(verb: Token) -> Token | None:
    """The noun of aim an infinitive act is the purpose of ("el fin de responsabilizar", "a fin de negociar", "como
    objetivo sancionar"), or a noun of duty, ability, right or chance ("la obligación de devolver", "la capacidad de
    defender"): an act one must or may do, not one done. Read from the words just before the infinitive, since the
    parse hangs them anywhere."""
    if "Inf" not in verb.morph.get("VerbForm"):
        return None
    sent_start = verb.sent.start
    before = [verb.doc[i] for i in range(max(sent_start, verb.i - 4), verb.i) if verb.doc[i].lower_ not in QUOTES][-2:]
    if before and before[-1].lower_ == "de":
        before = before[:-1]
    aims = spanish_words(PURPOSE_KIND)
    if before and (before[-1].lower_ in aims or lemma(before[-1], "es") in aims):
        return before[-1]
    duties = spanish_words(DUTY_KIND)  # "la obligación de devolver": what one must or may do, as an aim is
    if before and before[-1].pos_ == "NOUN" and (before[-1].lower_ in duties or lemma(before[-1], "es") in duties):
        return before[-1]
    return None


def stated_aim(token: Token) -> bool:
    """An act that is only the aim a thing is said to have ("un acto que tiene el fin de responsabilizar a Hamás", "la
    medida tiene como objetivo sancionar a ..."): a writer's description of what something is for, no act done."""
    verb = token.head if token.pos_ == "NOUN" and token.dep_ == "obj" else token
    noun = aim_noun(verb) if verb.pos_ in {"VERB", "AUX"} else None
    if noun is None:
        return False
    window = [verb.doc[i] for i in range(max(verb.sent.start, noun.i - 3), noun.i)]
    return any(lemma(w, "es") in spanish_words(STATED_AIM_KIND) or w.lower_ in spanish_words(STATED_AIM_KIND)
               for w in window)


def purpose_act(verb: Token) -> bool:
    """An infinitive act given as another act's aim by a noun of aim ("viajó a Caracas con el fin de criticar", "a fin
    de negociar"): aimed at, not reported as done (flags.py: hypothetical)."""
    if "Inf" not in verb.morph.get("VerbForm"):
        return False
    return aim_noun(verb) is not None  # a bare "para" purpose of a done move ("recorrió las calles para pedir") mostly happens


def doubted_possibility(verb: Token) -> bool:
    """"la policía no descarta que se tratase de un intento de suicidio": a negated "descartar" of a "que" clause keeps
    a possibility open; no denial (REJECT) of anything."""
    if verb.pos_ != "VERB" or lemma(verb, "es") != DOUBT_VERB:
        return False
    if not any(c.dep_ in {"advmod", "neg"} and c.lower_ in {"no", "nunca", "tampoco"} for c in verb.children):
        return False
    return any(c.dep_ == "ccomp" and "Inf" not in c.morph.get("VerbForm") for c in verb.children)


def forecast_warning(verb: Token) -> bool:
    """"…pone en riesgo las aportaciones, advirtió la calificadora Moody's": a forecaster's warning of a risk is a
    forecast, not a threat by one actor against another."""
    if verb.pos_ != "VERB" or lemma(verb, "es") not in {"advertir", "alertar", "prevenir"}:
        return False
    forecasters = spanish_words(FORECASTER_KIND)
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}):
        words = [subject] + [c for c in subject.children if c.dep_ in {"amod", "nmod", "compound", "appos"}]
        if any(lemma(w, "es") in forecasters or w.lower_ in forecasters for w in words):
            return True
    return False


RULING_KIND = "ruling"  # spanish_cues.tsv: verbs by which a rule treats a kind of act ("castiga", "prohíbe", "regula")
RULE_KIND = "rule"  # spanish_cues.tsv: standing rules ("ley", "decreto", "reglamento")
QUANTITY_KIND = "quantity_change"  # spanish_cues.tsv: verbs of a number rising or falling
ANNIVERSARY_KIND = "anniversary"  # spanish_cues.tsv: nouns and verbs of an anniversary
ARGUMENT_DEPS = {"obj", "nsubj", "nsubj:pass"}
YEARS = {"año", "años"}


def ruled_kind(token: Token) -> bool:
    """An event noun that a standing rule punishes, bans or allows ("la ley que castiga los bloqueos de carreteras",
    "el decreto regula las manifestaciones"): a kind of act, no act that took place."""
    if token.pos_ != "NOUN" or token.dep_ not in ARGUMENT_DEPS or token.head.i == token.i:
        return False
    verb = token.head
    if verb.pos_ not in {"VERB", "AUX"} or lemma(verb, "es") not in spanish_words(RULING_KIND):
        return False
    rules = spanish_words(RULE_KIND)
    if verb.dep_ in {"acl", "acl:relcl"} and lemma(verb.head, "es") in rules:
        return True  # "la ley que castiga los bloqueos"
    return any(c.dep_ == "nsubj" and c.i != token.i and lemma(c, "es") in rules for c in verb.children)


def counted_trend(token: Token) -> bool:
    """A plural event noun whose number rises or falls by a stated amount ("las protestas crecieron un 30 por
    ciento", "los secuestros se duplicaron"): a statistic, no act."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or "Plur" not in token.morph.get("Number"):
        return False
    verb = token.head
    if lemma(verb, "es") not in spanish_words(QUANTITY_KIND):
        return False
    if lemma(verb, "es") in {"duplicar", "triplicar", "cuadruplicar"}:
        return True
    return any(t.pos_ == "NUM" or t.text in {"%", "mitad", "doble", "triple"}
               for c in verb.children if c.i != token.i and c.dep_ not in {"nsubj", "punct"} for t in c.subtree)


def recalled_act(token: Token) -> bool:
    """An event noun an anniversary recalls: the "de" complement of "aniversario" ("el aniversario del golpe"), or of
    years that "se cumplen" ("se cumplen diez años de la masacre")."""
    if token.pos_ != "NOUN" or token.dep_ != "nmod" or not any(c.dep_ == "case" and c.lower_ in {"de", "del"} for c in token.children):
        return False
    head = token.head
    marks = spanish_words(ANNIVERSARY_KIND)
    if lemma(head, "es") in marks:
        return True
    # years only: "se cumplen diez días de paro" counts the days of a strike still on
    return head.lower_ in YEARS and head.dep_ in {"nsubj", "obj"} and lemma(head.head, "es") in marks


AGREEMENT_KIND = "agreement_noun"  # spanish_cues.tsv: nouns of an agreement reached ("acuerdo", "consenso")


def unreached_agreement(verb: Token) -> bool:
    """An infinitive after "sin" whose object is an agreement ("sin llegar a un acuerdo", "sin alcanzar un consenso"):
    the talks went on, no one refused anything (the coder would read the negated AGREE as a REJECT)."""
    if verb.pos_ not in {"VERB", "AUX"} or "Inf" not in verb.morph.get("VerbForm"):
        return False
    if not any(c.dep_ in {"mark", "case"} and c.lower_ == "sin" for c in verb.children):
        return False
    agreements = spanish_words(AGREEMENT_KIND)
    return any(c.dep_ in {"obj", "obl"} and lemma(c, "es") in agreements for c in verb.children)


NEEDED_KIND = "needed"  # spanish_cues.tsv: adjectives of need or possibility ("necesario", "urgente", "posible")
JUDGING_KIND = "judging"  # spanish_cues.tsv: verbs that take an object and a judgement of it ("considerar", "ver")


def judged_needed(token: Token) -> bool:
    """An event noun judged needed or possible: the object of a verb of judging with such an adjective ("los analistas
    consideran necesario un diálogo", "ve posible un acuerdo") or the subject of the adjective ("es urgente un
    acuerdo entre las partes")."""
    if token.pos_ != "NOUN" or token.head.i == token.i:
        return False
    needed = spanish_words(NEEDED_KIND)
    head = token.head
    if token.dep_ == "nsubj" and head.lower_ in needed:
        return True
    if token.dep_ != "obj" or lemma(head, "es") not in spanish_words(JUDGING_KIND):
        return False
    return any(c.i != token.i and c.lower_ in needed for c in head.children)
