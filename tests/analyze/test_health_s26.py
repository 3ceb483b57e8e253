"""Stop-26 code-health pass: the one past-perfect test that earlier_acts.py and recalled_attack_dates.py share
(earlier_acts.past_perfect), and the paragraph before a sentence found through Analysis.paragraph_index
(previous_paragraph.sentence_before). Sentences written for these tests."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from detente.analyze.context import Analysis
from detente.analyze.events.actor_lookup import Frame
from detente.analyze.events.earlier_acts import past_perfect, past_perfect_act
from detente.analyze.events.previous_paragraph import sentence_before
from detente.analyze.nlp import load_pipeline
from detente.analyze.pipeline import stages_before
from detente.model import Article


def _word(text: str, lang: str, word: str):
    doc = load_pipeline(lang)(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, lang, word, expected", [
    ("Peruvian troops had shelled the border post of Visviri.", "en", "shelled", True),
    ("The border post had been shelled by Peruvian troops.", "en", "shelled", True),
    ("They'd shelled the border post before dawn.", "en", "shelled", True),
    ("They'd shell the border post if they could.", "en", "shell", False),  # "'d" + a bare verb is "would"
    ("They'd have shelled the border post if they could.", "en", "shelled", False),  # and so is "'d have"
    ("Peruvian troops have shelled the border post of Visviri.", "en", "shelled", False),
    ("Las tropas peruanas habían bombardeado el puesto fronterizo de Visviri.", "es", "bombardeado", True),
    ("Las tropas peruanas han bombardeado el puesto fronterizo de Visviri.", "es", "bombardeado", False),
    # the subjunctive pluperfect of a condition tells no act that took place
    ("Si las tropas hubieran bombardeado el puesto, Chile habría respondido.", "es", "bombardeado", False),
])
def test_past_perfect_is_the_tense_of_the_verb(text, lang, word, expected):
    assert past_perfect(_word(text, lang, word), lang) is expected


def _stub(text: str, dep: str = "ROOT", pos: str = "VERB", tag: str = "VBN", children=()):
    return SimpleNamespace(text=text, lower_=text.lower(), dep_=dep, pos_=pos, tag_=tag, children=list(children))


def test_a_typographic_apostrophe_is_the_same_auxiliary():
    # the small English model reads "They\u2019d" as a word and a punctuation mark; a parse that makes it the
    # auxiliary is the past perfect of "They'd shelled"
    assert past_perfect(_stub("shelled", children=[_stub("\u2019d", dep="aux", pos="AUX", tag="MD")]), "en")
    assert not past_perfect(_stub("shell", tag="VB", children=[_stub("\u2019d", dep="aux", pos="AUX", tag="MD")]), "en")


def test_a_reported_past_perfect_is_no_earlier_act():
    assert past_perfect_act(_word("Peruvian troops had shelled the border post before dawn.", "en", "shelled"), "en")
    assert not past_perfect_act(_word("Chilean police said they had arrested five smugglers.", "en", "arrested"), "en")


def _analysis(paragraphs):
    analysis = Analysis(article=Article.of_paragraphs(paragraphs, "2024-05-01", "health"))
    for stage in stages_before("events"):
        stage(analysis)
    return analysis


def test_the_sentence_before_crosses_a_paragraph_break():
    analysis = _analysis([("Chile protested. Peru answered.", "en"), ("They both met in Lima.", "en")])
    first, second = analysis.parsed
    found = sentence_before(second.doc[0], Frame(analysis=analysis, offset=second.offset, lang="en"))
    assert found is not None
    sent, frame = found
    assert sent.text == "Peru answered." and frame.offset == first.offset
    assert sentence_before(first.doc[0], Frame(analysis=analysis, offset=first.offset, lang="en")) is None


def test_no_sentence_before_from_a_paragraph_of_another_language():
    analysis = _analysis([("Chile protestó.", "es"), ("They both met in Lima.", "en")])
    second = analysis.parsed[1]
    assert sentence_before(second.doc[0], Frame(analysis=analysis, offset=second.offset, lang="en")) is None
