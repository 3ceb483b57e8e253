"""Quotes: the learned direct/partial decision (tree inference, shipped weights, how it is applied) and source
phrases whose content is a quote."""
from __future__ import annotations

import numpy as np
import pytest

from detente.analyze.quotes import attributions, direct_model
from detente.analyze.quotes.attribution import Locator
from detente.analyze.quotes.direct_model import DirectModel, Tree, group_features, load_model
from tests.analyze.quotes_helpers import analyse, quote_with

EN = "en"


def _stump(feature: int, threshold: float, low: float, high: float) -> Tree:
    return Tree((1, -1, -1), (2, -1, -1), (feature, -2, -2), (threshold, -2.0, -2.0), (0.0, low, high))


def test_tree_model_adds_leaf_values_and_thresholds_the_probability() -> None:
    model = DirectModel(("words", "lower"), init=0.0, rate=1.0,
                        trees=(_stump(0, 3.5, -2.0, 2.0), _stump(1, 0.5, 1.0, -1.0)), threshold=0.5)
    long_upper = model.probability({"words": 10, "lower": 0})  # 2 + 1
    short_lower = model.probability({"words": 2, "lower": 1})  # -2 - 1
    assert long_upper == pytest.approx(1 / (1 + np.exp(-3)))
    assert short_lower == pytest.approx(1 / (1 + np.exp(3)))
    assert model({"words": 10, "lower": 0}, [], False) and not model({"words": 2, "lower": 1}, [], True)


def test_shipped_weights_read_exactly_the_features_the_stage_computes() -> None:
    model = load_model()
    assert model is not None and 0 < model.threshold < 1 and len(model.trees) > 10
    analysis = analyse([(EN, "The senator called the plan “an absolute disgrace,” and aides agreed.")])
    pieces = [a for a in attributions(analysis) if "absolute disgrace" in analysis.text[a.spans[0][0]:a.spans[0][1]]]
    features = group_features(analysis, Locator(analysis), pieces, rule_direct=False)
    assert set(model.names) == set(features)
    assert 0.0 <= model.probability(features) <= 1.0


def test_decider_has_the_last_word_and_can_take_back_a_quote_with_no_cue(monkeypatch) -> None:
    paragraphs = [(EN, "The senator called the plan “an absolute disgrace” on Monday."),
                  (EN, "EBOLA SURVIVORS, THROUGH THE LENS “It is about giving communities a way to tell their own "
                       "story.” [HuffPost.]"),
                  (EN, "He wrote “The Art of the Deal” in 1987.")]
    monkeypatch.setattr(direct_model, "active_decider", lambda: None)
    rules = analyse(paragraphs)
    assert not quote_with(rules, "absolute disgrace").direct  # a partial quotation for the rules
    assert not any("giving communities" in q.text for q in rules.quotes)  # no cue: left out

    monkeypatch.setattr(direct_model, "active_decider", lambda: (lambda features, pieces, rule: True))
    learned = analyse(paragraphs)
    assert quote_with(learned, "absolute disgrace").direct
    assert quote_with(learned, "giving communities").direct
    assert not any("Art of the Deal" in q.text for q in learned.quotes)  # titles stay out whatever it says

    monkeypatch.setattr(direct_model, "active_decider", lambda: (lambda features, pieces, rule: False))
    assert not any(q.direct for q in analyse(paragraphs).quotes)


def test_source_phrase_whose_content_is_a_quote_gives_a_direct_quote() -> None:
    analysis = analyse([(EN, "According to the Daily News, “America’s gun laws empower dealers to sell weapons to "
                             "almost anyone. Very few people are barred.”")])
    quote = quote_with(analysis, "gun laws empower")
    assert quote.direct and quote.cue == "According to"
    assert quote.text.endswith("Very few people are barred.")
    assert quote.speaker is not None and "Daily News" in quote.speaker.text


def test_exported_trees_give_the_probabilities_scikit_learn_gives() -> None:
    ensemble = pytest.importorskip("sklearn.ensemble")
    from tools.quotes_train import export

    rng = np.random.default_rng(0)
    x = rng.normal(size=(300, 3))
    y = (x[:, 0] + 0.5 * x[:, 1] * x[:, 2] > 0.2).astype(int)
    fitted = ensemble.GradientBoostingClassifier(max_depth=3, n_estimators=20, random_state=0).fit(x, y)
    model = DirectModel.from_dict({**export(fitted, ["a", "b", "c"]), "threshold": 0.5})
    ours = [model.probability(dict(zip("abc", row))) for row in x[:40]]
    assert np.allclose(ours, fitted.predict_proba(x[:40])[:, 1], atol=1e-6)
