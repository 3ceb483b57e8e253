"""The learned event complement (detente.analyze.events.learned): shipped weights, candidate selection, the
DETENTE_LEARNED_EVENTS switch and the actor requirement, on sentences written for these tests with real spaCy
parses and real e5 embeddings. Actors come from a small gazetteer built here.
"""
from __future__ import annotations

import re

import numpy as np
import pytest

from detente.analyze import nlp, time
from detente.analyze.context import Analysis
from detente.analyze.events import code_readings, coder, learned
from detente.analyze.events.learned_model import (
    Classifier, LearnedModelError, classifier_from_dict, embed, load_classifier,
)
from detente.analyze.events.lexicon import scores
from detente.model import Actor, Article, Mention, Paragraph

PLOVER_TYPES = {t for t, mode in scores() if mode == ""}
GAZETTEER = {
    "Gustavo Petro": ("COL", "GOV", ["Gustavo Petro", "Petro"]),
    "Donald Trump": ("USA", "GOV", ["Donald Trump", "Trump"]),
    "Nicolás Maduro": ("VEN", "GOV", ["Nicolás Maduro", "Maduro"]),
    "Bogota": ("COL", None, ["Bogota"]),
    "Venezuelan students": ("VEN", "CVL", ["Venezuelan students"]),
}
# No PLOVER cue word: "filled the streets ... chanting slogans" is a demonstration only a reader (or a classifier) sees.
RALLY = "Venezuelan students filled the streets of Caracas on Sunday, chanting slogans against Nicolás Maduro."


def gazetteer_actors(text: str) -> list[Actor]:
    actors = []
    for index, (name, (country, sector, aliases)) in enumerate(GAZETTEER.items()):
        mentions = [Mention(m.group(0), m.start(), m.end())
                    for alias in aliases for m in re.finditer(r"\b" + re.escape(alias) + r"\b", text)]
        unique = {(m.start, m.end): m for m in mentions if not any(
            o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end) for o in mentions)}
        if unique:
            actors.append(Actor(f"A{index}", name, name, country, sector, mentions=list(unique.values())))
    return actors


def parsed(text: str, with_actors: bool = True) -> Analysis:
    """Parse, actors from the gazetteer, times; no events yet."""
    article = Article(id="t", url=None, title=None, published="2026-02-04", published_inferred=False, authors=[],
                      language="en", sections=[], captions=[], paragraphs=[Paragraph(text, "en", 0, len(text))])
    analysis = Analysis(article=article)
    nlp.parse(analysis)
    analysis.actors = gazetteer_actors(analysis.text) if with_actors else []
    analysis.reindex_actors()
    time.resolve(analysis)
    return analysis


@pytest.fixture(autouse=True)
def learned_on(monkeypatch):
    monkeypatch.setenv(learned.ENV_SWITCH, "1")


def test_shipped_classifier_loads_with_every_plover_type():
    classifier = load_classifier()
    assert set(classifier.labels) == PLOVER_TYPES | {"NONE"}
    assert classifier.weights.shape == (len(classifier.labels), 384)
    assert 0.0 < classifier.threshold < 1.0
    assert "dev split" in classifier.meta["training_data"]
    probabilities = classifier.probabilities(embed([RALLY, "Petro met Trump."]))
    assert probabilities.shape == (2, len(classifier.labels))
    assert np.allclose(probabilities.sum(axis=1), 1.0, atol=1e-4)


def test_malformed_classifier_is_named_in_the_error():
    with pytest.raises(LearnedModelError, match="broken.json"):
        classifier_from_dict({"labels": ["A", "B"], "weights": [[0.0]], "bias": [0.0, 0.0], "threshold": 0.5}, "broken.json")
    with pytest.raises(LearnedModelError, match="broken.json"):
        classifier_from_dict({"labels": ["A"]}, "broken.json")


def test_political_sentence_without_rule_trigger_gets_a_learned_event():
    analysis = parsed(RALLY)
    learned.complement(analysis)  # the rules are not run: what is added is the classifier's
    assert len(analysis.events) == 1
    event = analysis.events[0]
    assert event.type in {"PROTEST", "MOBILIZE", "ACCUSE"}
    assert [a.country for a in event.source] == ["VEN"]
    assert analysis.text[event.evidence.source.start:event.evidence.source.end] == "Venezuelan students"
    trigger = analysis.text[event.evidence.trigger.start:event.evidence.trigger.end]
    assert trigger == "filled"  # the sentence's main predicate
    assert analysis.text[event.evidence.start:event.evidence.end] == event.evidence.sentence == RALLY
    assert event.confidence <= learned.LEARNED_CONFIDENCE_CAP
    assert event.date == "2026-02-01" and event.date_text == "Sunday"


def test_full_stage_keeps_rule_events_and_adds_learned_ones():
    text = "Gustavo Petro met Donald Trump at the White House on Tuesday. " + RALLY
    analysis = parsed(text)
    code_readings(analysis)  # reading strengths: the learned events' are capped below the rules'
    rules_only = parsed(text)
    coder.code(rules_only)
    assert [e.type for e in rules_only.events] == [e.type for e in analysis.events if e.confidence > 0.45]
    assert len(analysis.events) >= len(rules_only.events)
    assert any(e.type == "CONSULT" for e in analysis.events)


def test_environment_switch_turns_the_component_off(monkeypatch):
    monkeypatch.delenv(learned.ENV_SWITCH)
    assert not learned.enabled()  # opt-in: off by default
    monkeypatch.setenv(learned.ENV_SWITCH, "0")
    assert not learned.enabled()
    analysis = parsed(RALLY)
    learned.complement(analysis)
    assert analysis.events == []
    monkeypatch.setenv(learned.ENV_SWITCH, "1")
    learned.complement(analysis)
    assert len(analysis.events) == 1


def test_no_event_without_a_resolved_actor():
    analysis = parsed(RALLY, with_actors=False)
    assert learned.candidates(analysis) == []
    learned.complement(analysis)
    assert analysis.events == []


def test_no_event_without_a_doer():
    """A confident ASSAULT whose only actor is the victim gets no learned event (harm without a doer)."""
    analysis = parsed("Two bodyguards of Gustavo Petro were killed in an ambush in Bogota on Sunday.")
    assert learned.candidates(analysis) == []  # not even embedded
    paragraph = analysis.parsed[0]
    sent = paragraph.sents[0]
    candidate = learned.Candidate(paragraph, sent, sent.start_char, sent.end_char)
    assert learned.event_for(analysis, candidate, "ASSAULT", 0.9) is None
    learned.complement(analysis)
    assert analysis.events == []


def test_sentences_coded_by_the_rules_are_not_candidates():
    analysis = parsed("Gustavo Petro met Donald Trump at the White House on Tuesday.")
    coder.code(analysis)
    assert analysis.events and learned.candidates(analysis) == []


def test_a_confident_none_prediction_adds_nothing():
    base = load_classifier()
    labels = base.labels
    bias = np.full(len(labels), -5.0, dtype=np.float32)
    none = bias.copy()
    none[labels.index("NONE")] = 5.0
    protest = bias.copy()
    protest[labels.index("PROTEST")] = 5.0
    zeros = np.zeros_like(base.weights)
    analysis = parsed(RALLY)
    learned.complement(analysis, Classifier(labels, zeros, none, base.threshold, {}))
    assert analysis.events == []
    learned.complement(analysis, Classifier(labels, zeros, protest, base.threshold, {}))
    assert [e.type for e in analysis.events] == ["PROTEST"]


def test_quotes_and_bare_speech_are_not_candidates():
    analysis = parsed("“Donald Trump is a liar,” Gustavo Petro told reporters in Bogota. Gustavo Petro said so.")
    assert learned.candidates(analysis) == []


def test_headlines_without_final_punctuation_are_not_candidates():
    analysis = parsed("Venezuelan students fill the streets of Caracas against Nicolás Maduro")
    assert learned.candidates(analysis) == []


def test_private_people_do_not_get_material_acts():
    """The classifier may say ASSAULT; a civilian-only source ("Venezuelan students") does not carry it."""
    analysis = parsed(RALLY)
    (candidate,) = learned.candidates(analysis)
    assert learned.event_for(analysis, candidate, "ASSAULT", 0.9) is None
    assert learned.event_for(analysis, candidate, "PROTEST", 0.9) is not None
