"""Tone: sign sanity in English and Spanish, news adjustments, and the per-sentence/paragraph/quote layers."""
from __future__ import annotations

from detente.analyze.tone import dyad_tones, event_tone
from detente.analyze.tone.lexicons import english_tone, spanish_tone
from detente.model import ActorRef, Event, Evidence, Span
from tests.analyze.quotes_helpers import analyse, quote_with


def test_english_sign_sanity() -> None:
    assert english_tone("The two presidents praised the friendly and productive talks.") > 3
    assert english_tone("Rebels attacked the army base, killing twelve soldiers.") < -3
    assert abs(english_tone("The minister arrived in Bogotá on Tuesday.")) < 1


def test_fight_against_drug_trafficking_is_not_negative() -> None:
    assert english_tone("They will cooperate in the fight against drug trafficking.") > 0
    assert english_tone("Both governments agreed to fight against drug trafficking.") > 0


def test_news_words_are_read_as_news() -> None:
    assert english_tone("The Treasury imposed sanctions on Colombian officials.") < 0
    assert english_tone("The United States and the United Nations met.") == 0


def test_spanish_sign_sanity_negation_and_intensifier() -> None:
    assert spanish_tone("El presidente elogió el diálogo, que fue muy positivo.") > 3
    assert spanish_tone("El ataque dejó tres muertos y decenas de heridos.") < -3
    assert spanish_tone("La reunión no fue positiva.") < 0
    assert spanish_tone("La reunión fue muy positiva.") > spanish_tone("La reunión fue positiva.") > 0
    assert spanish_tone("Cooperarán en la lucha contra el narcotráfico.") >= 0


def test_tone_layers_sentences_paragraphs_quotes_article() -> None:
    analysis = analyse([
        ("en", "Donald Trump said the meeting with Gustavo Petro was ‘fantastic’ and ‘very good’."),
        ("es", "Petro denunció una agresión militar y criticó las sanciones."),
    ])
    tone = analysis.tone
    assert len(tone.paragraphs) == 2 and tone.paragraphs[0] > 0 > tone.paragraphs[1]
    assert all(-10 <= s.score <= 10 for s in tone.sentences) and len(tone.sentences) == 2
    assert -10 <= tone.article <= 10
    assert quote_with(analysis, "fantastic").tone > 0


def test_event_tone_is_the_tone_of_its_sentence() -> None:
    analysis = analyse([("en", "Rebels attacked the army base, killing twelve soldiers."),
                        ("en", "The presidents praised their friendly talks.")])
    second = analysis.text.index("The presidents")
    usa, col = ActorRef("A1", "United States", "USA", "GOV"), ActorRef("A2", "Colombia", "COL", "GOV")
    event = Event(type="CONSULT", mode=None, contexts=[], source=[usa], target=[col], date=None, date_text=None,
                  date_precision=None, location=None, negated=False, hypothetical=False, future=False, historical=False,
                  score=1.0, confidence=0.9,
                  evidence=Evidence(sentence="The presidents praised their friendly talks.", start=second,
                                    end=len(analysis.text), trigger=Span(second + 15, second + 22)))
    analysis.events = [event]
    assert event_tone(analysis, event) == analysis.tone.sentences[1].score > 0
    assert dyad_tones(analysis) == {("USA-GOV", "COL-GOV"): analysis.tone.sentences[1].score}


def test_spanish_conflict_and_cooperation_vocabulary() -> None:
    assert spanish_tone("La policía reprimió la marcha con gases lacrimógenos y hubo saqueos.") < -3
    assert spanish_tone("El atentado dejó varios fallecidos.") < -3
    assert spanish_tone("Ambos gobiernos firmaron un convenio de mediación y acercamiento.") > 2
    assert spanish_tone("La dictadura impuso la censura.") < 0


def test_english_news_vocabulary_vader_lacks() -> None:
    assert english_tone("Troops shelled the town after the coup.") < -3
    assert english_tone("The two countries signed a treaty and pledged aid.") > 2
