"""The compound-only VADER (detente.analyze.tone.vader) gives exactly VADER's own compound score, rule by rule."""
from __future__ import annotations

import random

import pytest
from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE, SPECIAL_CASES, SentimentIntensityAnalyzer

from detente.analyze.tone.lexicons import english_analyzer

RULE_CASES = [
    "The talks were not good.",  # negation one word back
    "The talks were never so good.",  # "never so"
    "It was without doubt a great success.",  # "without doubt"
    "There was no progress and no hope.",  # "no" before a lexicon word
    "No, the deal is good.",  # "no" as a word of its own
    "The plan is kind of good, but the cost is terrible.",  # "kind of", contrastive "but"
    "The result was at least acceptable, the least bad option.",  # "least"
    "The summit was a GREAT success for the ALLIES.",  # capitals among lower case
    "That was the bomb, a total bad ass move!!!",  # idioms, exclamation marks
    "Is this really a good idea?? Who knows???",  # question marks
    "They don't like it and they aren't happy.",  # n't negations
    "The deal 😀 is great",  # emoji: VADER's own path
    "",
]


@pytest.fixture(scope="module")
def analyzers():
    news = english_analyzer()
    reference = SentimentIntensityAnalyzer()
    reference.lexicon = news.lexicon  # the same news-adjusted lexicon, scored by VADER's polarity_scores
    return news, reference


@pytest.mark.parametrize("text", RULE_CASES)
def test_rule_cases_score_as_vader(analyzers, text: str) -> None:
    news, reference = analyzers
    assert news.compound(text) == reference.polarity_scores(text)["compound"]


def test_random_word_salads_score_as_vader(analyzers) -> None:
    news, reference = analyzers
    rng = random.Random(7)
    words = (sorted(news.lexicon)[::25] + list(BOOSTER_DICT) + NEGATE + [w for k in SPECIAL_CASES for w in k.split()]
             + ["no", "nor", "or", "kind", "of", "but", "least", "at", "very", "never", "so", "this", "without",
                "doubt", "GOOD", "BAD", "!", "?", ":)", "the", "said"])
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
        text = text.upper() if rng.random() < 0.15 else text
        assert news.compound(text) == reference.polarity_scores(text)["compound"], text
