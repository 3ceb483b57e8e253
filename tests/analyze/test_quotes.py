"""Quotes: every quotation style, split and multi-paragraph quotes, indirect speech (EN/ES), speakers."""
from __future__ import annotations

from detente.analyze.quotes.marks import find_quoted_spans
from tests.analyze.quotes_helpers import analyse, quote_with

EN = "en"


def spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_quoted_spans(text, [(0, len(text))])]


def test_quote_styles_are_all_recognised() -> None:
    assert spans('He said "we will win" today.') == ["we will win"]
    assert spans("He said “we will win” today.") == ["we will win"]
    assert spans("Dijo «vamos a ganar» hoy.") == ["vamos a ganar"]
    assert spans("He said ''we will win'' today.") == ["we will win"]


def test_apostrophes_inside_single_curly_quotes() -> None:
    text = "Petro’s aide said ‘we don’t accept Trump’s terms’ and left. The aides’ cars waited."
    assert spans(text) == ["we don’t accept Trump’s terms"]


def test_unclosed_single_mark_is_an_apostrophe() -> None:
    assert spans("Talk ‘bout this: “Surge in robberies alters routines.”") == ["Surge in robberies alters routines."]


def test_quote_running_over_paragraphs() -> None:
    first, second = "“We will stay the course, and we will win the vote.", "“Then we will govern,” she said."
    text = first + "\n\n" + second
    found = find_quoted_spans(text, [(0, len(first)), (len(first) + 2, len(text))])
    assert len(found) == 1 and text[found[0].start:found[0].end].endswith("govern,")


def test_spanish_dialogue_dashes() -> None:
    analysis = analyse([("es", "—No vamos a ceder —dijo Gustavo Petro—. Seguiremos luchando por la paz.")])
    pieces = [q for q in analysis.quotes if q.direct]
    assert [q.text for q in pieces] == ["No vamos a ceder", "Seguiremos luchando por la paz."]
    assert {q.speaker.name for q in pieces} == {"Gustavo Petro"}


def test_split_quote_gives_linked_pieces_with_one_speaker() -> None:
    analysis = analyse([(EN, "“We worked,” Donald Trump said, “on several important issues with Colombia.”")])
    first, second = quote_with(analysis, "We worked"), quote_with(analysis, "on several important")
    assert first.speaker.name == second.speaker.name == "Donald Trump"
    assert first.cue == second.cue == "said"
    assert first.direct and second.direct


def test_a_verb_after_a_quote_that_ends_its_sentence_is_not_its_cue() -> None:
    analysis = analyse([(EN, "“We worked on several important issues,” Donald Trump said. “We have a very good relationship.” "
                             "The two leaders agreed to work together against drug trafficking.")])
    quote = quote_with(analysis, "We have a very good")
    assert quote.speaker.name == "Donald Trump" and quote.cue == "said"


def test_said_trump_who_is_trump() -> None:
    analysis = analyse([(EN, "‘We worked on several important issues,’ said Trump, who mentioned a close relationship.")])
    quote = quote_with(analysis, "We worked on several")
    assert quote.speaker.name == "Donald Trump" and quote.cue == "said" and quote.direct


def test_scare_quotes_belong_to_the_indirect_quote() -> None:
    analysis = analyse([(EN, "Colombian President Gustavo Petro met Donald Trump on Tuesday."),
                        (EN, "Petro, according to himself, felt that the dialogue was ‘optimistic’.")])
    quote = quote_with(analysis, "optimistic")
    assert not quote.direct and quote.text.startswith("that the dialogue")
    assert quote.speaker.name == "Gustavo Petro" and quote.cue == "felt"
    assert not any(q.text == "optimistic" for q in analysis.quotes)


def test_pronoun_speaker_resolves_to_the_person() -> None:
    analysis = analyse([
        (EN, "Colombian President Gustavo Petro met US President Donald Trump at the White House."),
        (EN, "Petro said the dialogue was useful. He left Washington with the impression of having found "
             "‘common ground’, although he admitted that they still have different views."),
    ])
    assert quote_with(analysis, "common ground").speaker.name == "Gustavo Petro"
    assert quote_with(analysis, "different views").speaker.name == "Gustavo Petro"


def test_indirect_speech_english() -> None:
    analysis = analyse([(EN, "Donald Trump said that the talks with Colombia were productive."),
                        (EN, "According to Gustavo Petro, the meeting was almost perfect.")])
    said = quote_with(analysis, "talks with Colombia")
    assert not said.direct and said.cue == "said" and said.speaker.name == "Donald Trump"
    according = quote_with(analysis, "the meeting was almost perfect")
    assert according.speaker.name == "Gustavo Petro" and not according.direct


def test_indirect_speech_spanish() -> None:
    analysis = analyse([("es", "Gustavo Petro afirmó que el diálogo con Estados Unidos fue positivo."),
                        ("es", "Según Donald Trump, la reunión fue excelente.")])
    said = quote_with(analysis, "el diálogo")
    assert said.cue == "afirmó" and said.speaker.name == "Gustavo Petro"
    segun = quote_with(analysis, "la reunión fue excelente")
    assert segun.speaker.name == "Donald Trump"


def test_one_word_scare_quote_without_speaker_is_not_a_quote() -> None:
    analysis = analyse([(EN, "The so-called ‘reform’ package reached the Senate floor on Monday.")])
    assert analysis.quotes == []


def test_quote_offsets_point_into_the_article() -> None:
    analysis = analyse([(EN, "Trump gave Petro a note saying ‘A great honour. Love to Colombia,’ and a cap.")])
    quote = quote_with(analysis, "A great honour")
    assert analysis.text[quote.start:quote.end] == quote.text
    assert quote.speaker.name == "Donald Trump"
