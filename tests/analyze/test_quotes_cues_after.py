"""Cue clauses after a quote that the parser misreads: the cue taken for a noun ("the editorial read"), a subject
it leaves out ("the 43-year-old asked"), and a speaker phrase it hangs on the quoted clause ("Gene Sperling")."""
from __future__ import annotations

import random

from detente.analyze.quotes import direct_model
from detente.analyze.quotes.lexicon import reporting_kind, verb_candidates
from tests.analyze.quotes_helpers import analyse, quote_with

EN = "en"


def test_cue_after_a_noun_phrase_read_as_a_noun_is_the_cue() -> None:
    analysis = analyse([(EN, "“If the mayor wants to keep her job, she should come to the flooded towns and listen,” "
                             "the editorial read."),
                        (EN, "“You seem to have invented a new rule out of thin air to excuse the minister and his "
                             "staff,” the two write.")])
    editorial = quote_with(analysis, "If the mayor wants")
    assert editorial.direct and editorial.cue == "read" and editorial.speaker.text == "the editorial"
    letter = quote_with(analysis, "You seem to have")
    assert letter.direct and letter.cue == "write" and letter.speaker.text == "the two"


def test_cue_whose_subject_the_parser_left_out_is_the_cue() -> None:
    analysis = analyse([(EN, "“What if the senator had taken acting lessons?” the 43-year-old asked in the video’s "
                             "description.")])
    quote = quote_with(analysis, "What if the senator")
    assert quote.direct and quote.cue == "asked" and quote.speaker.text == "the 43-year-old"


def test_noun_phrase_followed_by_a_noun_is_not_a_cue() -> None:
    analysis = analyse([(EN, "“We will rebuild every bridge,” the state report said on Monday, and nobody argued.")])
    quote = quote_with(analysis, "We will rebuild")
    assert quote.cue == "said"  # "state" is not the cue: a noun follows it


def test_speaker_phrase_hung_on_the_quote_stops_at_the_closing_mark() -> None:
    analysis = analyse([(EN, "“It is not the position that everything is hunky-dory,” Gene Sperling, a top outside "
                             "Clinton adviser, said at a recent event.")])
    quote = quote_with(analysis, "It is not the position")
    assert quote.direct and quote.cue == "said"
    assert quote.text == "It is not the position that everything is hunky-dory,"
    assert quote.speaker.text == "Gene Sperling"


def test_words_after_the_quote_that_go_on_with_it_are_still_content() -> None:
    analysis = analyse([(EN, "“The most impressive aspect has been a newfound resilience by consumers,” like the "
                             "recent volatility of markets, said Richard Curtin, the chief economist.")])
    quote = quote_with(analysis, "The most impressive aspect")
    assert not quote.direct and "volatility" in quote.text and quote.speaker.text == "Richard Curtin"


def test_fast_paths_agree_with_their_definitions() -> None:
    """The language filter on verb candidates keeps every reporting verb; the compiled trees sum like the walk."""
    analysis = analyse([(EN, "Trump said the talks went well, the aides noted, and Petro, who states his case often, "
                             "fired back that the report reads badly; the editors write, “We disagree.”")])
    parsed = analysis.parsed[0]
    candidates = set(verb_candidates(parsed.doc, EN))
    kinds = [t.i for t in parsed.doc if reporting_kind(t, EN) is not None]
    assert kinds and all(i in candidates for i in kinds)
    assert candidates < set(verb_candidates(parsed.doc))  # the filter leaves some tokens out
    model = direct_model.load_model()
    generator = random.Random(7)
    for _ in range(300):
        x = [generator.choice([0.0, 1.0, generator.random() * 6]) for _ in model.names]
        walked = 0.0
        for tree in model.trees:
            walked += tree.predict(x)
        assert model.tree_sum(x) == walked
