"""Spanish event words that assert no act: a count in a statistic ("el número de huelgas descendió a su nivel más
bajo": how many, not a strike that took place) and an act in an indirect question ("votarán si aceptan o no la
oferta": what they will decide, not an acceptance or a refusal); an act that is only the aim a thing is said to have
("tiene el fin de responsabilizar"), or a purpose (hypothetical); a possibility not ruled out ("no descarta que");
a forecaster's warning ("advirtió la calificadora")."""
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


def questioned_act(token: Token) -> bool:
    """A verb (or its object noun) in a clause of "si" that a verb of deciding or asking takes ("decidirán si aceptan la oferta", "votarán
    si aceptan o no"); with a verb of acting ("amenazaron con un paro si no ...") "si" is a condition, left alone."""
    if token.pos_ == "NOUN" and token.dep_ == "obj":
        token = token.head  # "si aceptan o no la oferta": the offer's acceptance is the question too
    if token.pos_ not in {"VERB", "AUX"} or token.head.i == token.i:
        return False
    return any(c.dep_ == "mark" and c.lower_ == "si" for c in token.children) \
        and lemma(token.head, "es") in spanish_words(DECIDING_KIND)


PURPOSE_KIND = "purpose"  # spanish_cues.tsv: nouns of aim ("el fin de", "el objetivo de", "como objetivo")
STATED_AIM_KIND = "stated_aim"  # spanish_cues.tsv: verbs by which a thing is said to have an aim ("tiene el fin de")
FORECASTER_KIND = "forecaster"  # spanish_cues.tsv: who forecasts (rating agencies, analysts): their warning is no threat
DOUBT_VERB = "descartar"


def aim_noun(verb: Token) -> Token | None:
    """The noun of aim an infinitive act is the purpose of ("el fin de responsabilizar", "a fin de negociar", "como
    objetivo sancionar"): read from the words just before the infinitive, since the parse hangs them anywhere."""
    if "Inf" not in verb.morph.get("VerbForm"):
        return None
    sent_start = verb.sent.start
    before = [verb.doc[i] for i in range(max(sent_start, verb.i - 2), verb.i)]
    if before and before[-1].lower_ == "de":
        before = before[:-1]
    aims = spanish_words(PURPOSE_KIND)
    if before and (before[-1].lower_ in aims or lemma(before[-1], "es") in aims):
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
