"""A Spanish warning is a threat only when the warner holds out an act (PLOVER THREATEN: "coercive or forceful
warnings with serious potential repercussions"). "El Banco Central advirtió que la inflación seguirá alta", "el
obispo advirtió que la pobreza crece", "advirtió que faltan medicamentos", "que hay riesgo de inundaciones": the "que" clause says how things stand or
will go; its subject is a thing (no actor, no act, no repercussion), so no one threatens anyone. "Advirtió que
querellará a Chile" (no subject: the warner's own act), "que los transportistas pararán" (an actor), "que el paro
seguirá" (an act) and "que habrá consecuencias" or "que las represalias serán duras" (repercussions) stay threats.
English has the same rule in advice_warnings.py."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.spanish_arguments import spanish_words

WARNING_VERBS = "warning_verb"  # spanish_cues.tsv: verbs of warning ("advertir", "alertar", "prevenir")
REPERCUSSION = "repercussion"  # spanish_cues.tsv: nouns of what a threat holds out ("consecuencias", "represalias")
SPEAKING_THING = "speaking_thing"  # spanish_cues.tsv: common nouns that stand for a party ("el país", "el pueblo")
EXISTENTIAL = "existential"  # spanish_cues.tsv: verbs whose subject follows them and is parsed as an object ("faltan medicamentos")
SUBJECTS = {"nsubj", "nsubj:pass", "csubj"}
NEGATIONS = {"no", "nunca", "tampoco", "ni"}


def unthreatening_warning(verb: Token) -> bool:
    """A verb of warning whose finite "que" clause has a thing as subject and names no repercussion (module
    docstring)."""
    if verb.pos_ not in {"VERB", "AUX"} or lemma(verb, "es") not in spanish_words(WARNING_VERBS):
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and "Inf" not in c.morph.get("VerbForm")), None)
    if clause is None or not any(c.dep_ == "mark" and c.lower_ == "que" for c in clause.children):
        return False
    if any(_names_repercussion(t) for t in clause.subtree):
        return False
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    if not subjects and lemma(clause, "es") in spanish_words(EXISTENTIAL):
        if any(c.lower_ in NEGATIONS for c in clause.children):
            return False  # "advirtió que no habrá clases ni diálogo": something withheld, as a strike or a refusal
        subjects = [c for c in clause.children if c.dep_ == "obj"]  # "advirtió que faltan medicamentos", "que hay riesgo"
    return bool(subjects) and all(_thing(s) for s in subjects)


def _names_repercussion(token: Token) -> bool:
    words = spanish_words(REPERCUSSION)
    return lemma(token, "es") in words or token.lower_ in words


def _thing(noun: Token) -> bool:
    """A common noun that is no party (no agent word, no people noun, no party-standing noun) and no event noun of the
    lexicon ("que el paro seguirá" holds out the strike)."""
    from detente.analyze.events.lexicon import cues_by_trigger
    from detente.analyze.events.spanish_groups import forms, people_noun
    from detente.knowledge.actors import default_knowledge
    from detente.knowledge.actors.normalize import phrase_key

    if noun.pos_ != "NOUN":
        return False
    own = forms(noun)
    if own & spanish_words(SPEAKING_THING) or people_noun(noun):
        return False
    agents = default_knowledge().agents.get("es", {})
    if any(agents.get(phrase_key(w)) is not None for w in own):
        return False
    cues = cues_by_trigger("es")
    return not any(w in cues for w in own)
