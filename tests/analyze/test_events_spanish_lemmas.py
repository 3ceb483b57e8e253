"""Spanish trigger lemmas (detente/analyze/events/spanish_lemmas.py): the string pre-test that spares most words a
spaCy Token must never skip a word one of the rules changes. Sentences written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze.events import spanish_lemmas
from detente.analyze.events.lexicon import cues_by_trigger
from detente.analyze.events.sentence_words import sentence_words
from detente.analyze.nlp import load_pipeline

SENTENCES = [
    "La policía anunció haber detenido a 22 personas en Lima.",
    "Los manifestantes fueron detenidos por la policía.",
    "El gobierno decretó el estado de sitio en todo el país.",
    "Vecinos organizaron un escrache frente a la casa del ministro.",
    "Las tractoradas cortaron las carreteras de Castilla.",
    "Los campesinos ocuparon la sede de la alcaldía.",
    "La toma de la universidad duró tres días.",
    "Miles de campesinos se movilizaron en La Paz.",
    "El equipo se concentrará en reducir la inflación.",
    "Chile protesta ante Argentina por el gasoducto.",
    "Los sindicatos han convocado una huelga general.",
    "Marcha de mujeres en Buenos Aires contra la violencia",
]


def every_word(sent, lemmas, lexicon):
    """The rules applied to every word, with no pre-test (the reference the fast path must equal)."""
    fixed = list(lemmas)
    words = spanish_lemmas._cue_words(lexicon)
    for position, own in enumerate(lemmas):
        better = spanish_lemmas._trigger_lemma(sent[position], own, lexicon, words)
        if better is not None:
            fixed[position] = better
    return fixed


@pytest.mark.parametrize("text", SENTENCES)
def test_the_pre_test_skips_no_word_a_rule_changes(text: str) -> None:
    lexicon = cues_by_trigger("es")
    for sent in load_pipeline("es")(text).sents:
        lemmas = list(sentence_words(sent, "es")[0])
        assert spanish_lemmas.trigger_lemmas(sent, lemmas, lexicon) == every_word(sent, lemmas, lexicon)


def test_the_rules_change_some_words() -> None:
    """The reference is not vacuous: the sentences above do exercise the rules."""
    lexicon = cues_by_trigger("es")
    changed = 0
    for text in SENTENCES:
        for sent in load_pipeline("es")(text).sents:
            lemmas = list(sentence_words(sent, "es")[0])
            changed += sum(a != b for a, b in zip(lemmas, every_word(sent, lemmas, lexicon)))
    assert changed >= 8
