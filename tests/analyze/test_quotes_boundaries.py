"""Quotes: where a quoted statement ends when the writer's words follow it, manner verbs after a comma quote,
no-break spaces around quotation marks, and the fast paths (token bounds, verb candidates, tree walk) agreeing with
the slow ones."""
from __future__ import annotations

from detente.analyze.quotes import direct_model
from detente.analyze.quotes.lexicon import reporting_kind, verb_candidates
from detente.analyze.quotes.locate import Locator, inside
from detente.analyze.quotes.marks import QuotedSpan
from tests.analyze.quotes_helpers import analyse, quote_with

EN = "en"


def test_statement_after_a_comma_cue_ends_at_its_closing_mark() -> None:
    analysis = analyse([(EN, "Canova wrote to his Twitter followers, “It’s time to end her political career for "
                             "good,” and shared a link to his campaign page.")])
    quote = quote_with(analysis, "It’s time to end")
    assert quote.text == "It’s time to end her political career for good," and quote.cue == "wrote"
    assert quote.speaker is not None and "Canova" in quote.speaker.text
    assert not [q for q in analysis.quotes if "shared a link" in q.text]


def test_title_after_a_comma_stays_out_of_the_rule() -> None:
    analysis = analyse([(EN, "The agency helped a journalist write a book, “Who’s Who in the CIA,” that outed "
                             "dozens of agents.")])
    assert not [q for q in analysis.quotes if q.direct and q.text.startswith("Who’s Who")]


def test_manner_verb_after_a_comma_quote_with_a_determiner_before_the_name() -> None:
    analysis = analyse([(EN, "Trump said France had lost its identity."),
                        (EN, "“France will always be France,” an angry Hollande retaliated. “It never gives up.”")])
    quote = quote_with(analysis, "France will always be France")
    assert quote.cue == "retaliated" and quote.speaker is not None and "Hollande" in quote.speaker.text


def test_manner_verb_after_a_comma_quote_with_a_pronoun() -> None:
    analysis = analyse([(EN, "Senator Pat Toomey left the chamber after the vote."),
                        (EN, "“This is a disgrace to the whole institution,” he fumed.")])
    quote = quote_with(analysis, "This is a disgrace")
    assert quote.cue == "fumed" and quote.direct


def test_no_break_space_next_to_a_mark_reads_as_a_space() -> None:
    text = "in its findings:\xa0“Further discussion is unnecessary.”\xa0The board"
    start = text.index("Further")
    assert direct_model._class_before(text, start) == "colon"
    assert direct_model._class_after(text, text.index("”")) == "word"
    plain = analyse([(EN, "Senator Pat Toomey issued a warning, saying: “Further discussion on this issue is "
                          "unnecessary.”")])
    nbsp = analyse([(EN, "Senator Pat Toomey issued a warning, saying:\xa0“Further discussion on this issue is "
                         "unnecessary.”")])
    first, second = quote_with(plain, "Further discussion"), quote_with(nbsp, "Further discussion")
    assert first.cue == second.cue == "saying" and first.direct == second.direct


def test_fast_paths_agree_with_the_slow_ones() -> None:
    analysis = analyse([(EN, "“We worked,” Trump said, “on several issues.” Petro, according to himself, felt "
                             "that the dialogue was ‘optimistic’ and he noted the 'progress'.")])
    locator = Locator(analysis)
    parsed = analysis.parsed[0]
    for start in range(0, len(parsed.text), 7):
        _, tokens = locator.tokens(start, start + 5)
        assert tokens == [t for t in parsed.doc if t.idx < start + 5 and t.idx + len(t) > start]
    candidates = set(verb_candidates(parsed.doc))
    assert all(t.i in candidates for t in parsed.doc if reporting_kind(t, EN) is not None)
    quoted = [QuotedSpan(2, 12), QuotedSpan(5, 30), QuotedSpan(40, 50)]
    for position in range(60):
        assert inside(position, quoted) == any(q.start <= position < q.end for q in quoted)
    model = direct_model.load_model()
    features = {name: 0.5 for name in model.names}
    slow = model.init + model.rate * sum(tree.predict([features[n] for n in model.names]) for tree in model.trees)
    assert abs(model.probability(features) - 1 / (1 + 2.718281828459045 ** -slow)) < 1e-9
