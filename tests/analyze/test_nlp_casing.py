"""Shouted paragraphs are parsed in sentence case with known names and acronyms kept, at identical offsets."""
from __future__ import annotations

import pytest

from detente.analyze.casing import is_shouted, sentence_cased
from detente.analyze.context import Analysis
from detente.analyze.nlp import parse
from detente.model import Article

ES_STOP = frozenset({"el", "la", "los", "de", "del", "en", "con", "y", "un", "para", "por", "a"})
EN_STOP = frozenset({"in", "as", "of", "the", "us", "is", "on"})


def test_shouted_text_is_told_from_acronyms_and_ordinary_text():
    assert is_shouted("SINDICATOS MEXICANOS PROTESTAN CONTRA LA REFORMA")
    assert not is_shouted("La ONU y la OTAN")
    assert not is_shouted("EEUU:")
    assert not is_shouted("Normal text with one WORD in capitals")


@pytest.mark.parametrize("text, lang, stop, expected", [
    ("PESCADORES CANADIENSES FINALIZAN EL BLOQUEO DEL FERRY DE ALASKA", "es", ES_STOP,
     "Pescadores canadienses finalizan el bloqueo del ferry de Alaska"),
    ("LA CGT Y LA ONU MARCHAN EN BUENOS AIRES CON EEUU", "es", ES_STOP, "La CGT y la ONU marchan en Buenos Aires con EEUU"),
    ("FONDOS PARA EL SIDA. UN GRUPO PROTESTA", "es", ES_STOP, "Fondos para el sida. Un grupo protesta"),
    ("PUTIN MEETS TRUMP IN NEW YORK AS UN WARNS US", "en", EN_STOP, "Putin meets Trump in New York as UN warns US"),
])
def test_sentence_case_keeps_known_names_and_acronyms(text, lang, stop, expected):
    assert sentence_cased(text, lang, stop) == expected


def test_letters_whose_case_changes_length_stay_as_they_are():
    text = "STRASSE İSTANBUL ß CAPITALS"
    cased = sentence_cased(text, "en", EN_STOP)
    assert len(cased) == len(text) and "İ" in cased and cased.startswith("Strasse")


def test_ordinary_text_is_untouched():
    text = "Los estudiantes marcharon en Santiago contra la reforma de la CGT."
    assert sentence_cased(text, "es", ES_STOP) == text


def test_parse_reads_a_shouted_paragraph_in_sentence_case_at_the_same_offsets():
    texts = ["SINDICATOS MEXICANOS PROTESTAN CONTRA LA REFORMA", "El gobierno de México rechazó las protestas."]
    analysis = Analysis(article=Article.of_paragraphs([(t, "es") for t in texts], "2026-02-04"))
    parse(analysis)
    shouted, plain = analysis.parsed
    assert shouted.text == "Sindicatos mexicanos protestan contra la reforma" == shouted.doc.text
    assert [t.pos_ for t in shouted.doc if t.text == "protestan"] == ["VERB"]
    verb = next(t for t in shouted.doc if t.text == "protestan")
    start = shouted.offset + verb.idx
    assert analysis.text[start:start + len(verb)] == "PROTESTAN"
    assert plain.text == texts[1]


@pytest.mark.parametrize("lang, text, first", [
    ("es", "ISLAMABAD, Oct 30 (AFP) - La policía paquistaní detuvo a 22 personas.", "ISLAMABAD, Oct 30 (AFP) -"),
    ("es", "SAN JOSÉ, 3 ene (EFE).- El gobierno rechazó la oferta.", "SAN JOSÉ, 3 ene (EFE).-"),
    ("en", "KYIV, Dec 24 (Reuters) - Polish farmers have ended their blockade.", "KYIV, Dec 24 (Reuters) -"),
    ("es", "Bruselas, 7 oct (EFE).- El alto representante rechazó la oferta.", "Bruselas, 7 oct (EFE).-"),
])
def test_a_wire_dateline_is_a_sentence_of_its_own(lang, text, first):
    from detente.analyze.nlp import load_pipeline

    assert [s.text for s in load_pipeline(lang)(text).sents][0] == first


@pytest.mark.parametrize("text", ["NATO — the alliance — met in Brussels.", "The UN, in a statement - a long one - said no.",
                                  "Mr Smith, 45 (retired) - a veteran - said no."])
def test_dashes_that_are_no_dateline_do_not_split(text):
    from detente.analyze.nlp import load_pipeline

    assert len(list(load_pipeline("en")(text).sents)) == 1


def test_counted_noun_tagged_as_a_number_is_a_noun():
    from detente.analyze.nlp import counted_nouns, load_pipeline

    doc = load_pipeline("es")("Unos 3.000 desocupados que bloquean desde hace 16 días una ruta aceptaron la oferta.")
    doc[2].pos_ = "NUM"  # what the small model does here in longer sentences
    counted_nouns(doc)
    assert doc[2].pos_ == "NOUN" and doc[2].morph.get("Number") == ["Plur"]
    three = load_pipeline("es")("Llegaron tres mil campesinos.")
    assert [t.pos_ for t in three if t.text == "mil"] == ["NUM"]


@pytest.mark.parametrize("text, shouted", [
    ("SINDICATOS MEXICANOS PROTESTAN CONTRA LA REFORMA", True),
    ("ABCDEFGH ijk", False),  # 8 of 11 letters capital: 0.73
    ("ABCDEFGHIJKLMNOP abcd", True),  # 16 of 20: exactly the share
    ("ABCDEFGHIJKLMNOPabcd", True),  # the same with a fifth of the text in lower case
    ("ÁÉÍÓÚÑÜÇ ÀÈÌÒ ab", True),  # capitals outside ASCII count as capitals
    ("Ordinary prose with Some Capitals.", False),
    ("GDP 3.5% vs 2.1%, IMF SAYS", True),
])
def test_shouted_share_is_counted_over_all_letters(text, shouted):
    from detente.analyze.casing import is_shouted

    assert is_shouted(text) is shouted


def test_a_dateline_is_read_the_same_from_text_or_from_a_made_doc():
    from spacy.tokens import Doc

    from detente.analyze.nlp import DATELINE_READ, load_pipeline

    nlp = load_pipeline("en")
    text = "KYIV, Dec 24 (Reuters) - Polish farmers have ended their blockade."
    from_text = nlp(text)
    from_words = nlp(Doc(nlp.vocab, words=[t.text for t in from_text], spaces=[bool(t.whitespace_) for t in from_text]))
    assert [s.text for s in from_text.sents] == [s.text for s in from_words.sents]
    assert DATELINE_READ not in from_text.user_data  # the flag is gone once the component has run
