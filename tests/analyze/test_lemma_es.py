"""The Spanish lemmas every stage shares (detente/analyze/lemma_es.py): simplemma's, plus participles' infinitives."""
from __future__ import annotations

from detente.analyze.actors.victims import lemmas_of
from detente.analyze.lemma_es import participle_infinitives, spanish_lemma


def test_lemmas_are_lower_case_dictionary_forms():
    assert spanish_lemma("dijeron") == "decir"
    assert spanish_lemma("protestas") == "protesta"


def test_participles_are_matched_by_their_infinitive():
    assert participle_infinitives("detenidas") == ["detener", "detenir"]
    assert participle_infinitives("bloqueados") == ["bloquear"]
    assert participle_infinitives("paz") == []


def test_victim_words_read_a_participle_as_its_verb():
    assert "herir" in lemmas_of("heridos")
    assert "matar" in lemmas_of("matados")
