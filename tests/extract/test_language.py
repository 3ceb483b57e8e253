"""Paragraph languages: confident switches only, short paragraphs follow the article."""
from detente.extract.language import common_words, paragraph_languages

ENGLISH = "The US Treasury Department on Friday imposed sanctions on the president, his wife and his son, officials said."


def test_names_do_not_make_an_english_caption_spanish():
    caption = "Colombian President Gustavo Petro speaks at a rally in Bogotá on October 20, 2025."
    langs, article = paragraph_languages([ENGLISH, caption, ENGLISH])
    assert article == "en" and langs == ["en", "en", "en"]


def test_a_spanish_paragraph_in_an_english_article_keeps_its_language():
    spanish = "El presidente habló con periodistas tras la reunión en Ginebra y defendió el acuerdo."
    langs, article = paragraph_languages([ENGLISH, spanish, ENGLISH, "Short one"])
    assert article == "en" and langs == ["en", "es", "en", "en"]


def test_given_language_is_the_article_language():
    langs, article = paragraph_languages(["Brief.", ENGLISH], given="en")
    assert article == "en" and langs == ["en", "en"]


def test_an_english_sentence_full_of_spanish_names_stays_english():
    sentence = "Colombian President Gustavo Petro and US President Donald Trump signed the accord at the Casa de Nariño in Bogotá."
    assert paragraph_languages([sentence]) == (["en"], "en")


def test_a_spanish_sentence_full_of_english_names_stays_spanish():
    sentence = "Donald Trump y Marco Rubio recibieron a Keir Starmer en la Casa Blanca el martes por la tarde."
    assert paragraph_languages([sentence]) == (["es"], "es")


def test_common_words_drop_names_with_their_particles_but_keep_sentence_starts():
    text = "Brazil's Luiz Inácio Lula da Silva met Fernando Haddad. ¿Qué dijo Trump?"
    assert common_words(text) == "Brazil's  met . ¿Qué dijo ?"
