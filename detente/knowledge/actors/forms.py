"""Inflected forms for lexicon entries: English plurals and Spanish gender/number forms."""
from __future__ import annotations

import unicodedata

ACCENTED_LAST = str.maketrans("áéíóú", "aeiou")


def _strip_last_accent(word: str) -> str:
    """'francés' -> 'frances' (the accent moves away when a syllable is added)."""
    for index in range(len(word) - 1, -1, -1):
        if word[index] in "áéíóú":
            return word[:index] + word[index].translate(ACCENTED_LAST) + word[index + 1:]
    return word


def spanish_word_forms(word: str) -> list[str]:
    """colombiano -> colombiana, colombianos, colombianas; francés -> francesa, franceses, francesas."""
    lower = word.lower()
    if lower.endswith("o"):
        stem = word[:-1]
        return [word, stem + "a", stem + "os", stem + "as"]
    if lower.endswith(("a", "e")):
        return [word, word + "s"]
    if lower.endswith(("í", "ú")):
        return [word, word + "es", word + "s"]
    if lower.endswith("z"):
        return [word, word[:-1] + "ces"]
    plain = _strip_last_accent(word)
    return [word, plain + "a", plain + "es", plain + "as"]


def spanish_forms(phrase: str) -> list[str]:
    """Forms of a Spanish phrase: inflect the head (first word before 'de', else the last word)."""
    words = phrase.split()
    if not words:
        return []
    index = 0 if ("de" in words[1:] or "del" in words[1:] or "a" in words[1:]) else len(words) - 1
    return [" ".join(words[:index] + [form] + words[index + 1:]) for form in spanish_word_forms(words[index])]


IRREGULAR_ENDINGS = (("wife", "wives"), ("thief", "thieves"), ("person", "people"))  # housewives, spokespeople


def english_word_plural(word: str) -> str:
    lower = word.lower()
    if lower.endswith("man"):
        return word[:-3] + word[-3] + "en"
    for ending, plural in IRREGULAR_ENDINGS:
        if lower.endswith(ending):
            return word[:-len(ending)] + plural
    if lower.endswith("arch"):
        return word + "s"  # monarchs, oligarchs, patriarchs: a hard "ch"
    if lower.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if lower.endswith("y") and len(word) > 1 and lower[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def english_plurals(phrase: str) -> list[str]:
    """A phrase and its plural ('head of state' -> 'heads of state', 'soldier' -> 'soldiers')."""
    words = phrase.split()
    if not words or unicodedata.category(phrase[-1])[0] == "P":
        return [phrase]
    index = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    plural = words[:index] + [english_word_plural(words[index])] + words[index + 1:]
    if words[index].lower().endswith("person"):  # "wanted persons" beside "wanted people"
        return [phrase, " ".join(plural), " ".join(words[:index] + [words[index] + "s"] + words[index + 1:])]
    return [phrase, " ".join(plural)]


def split_abbreviation_keys(key: str) -> list[str]:
    """A key and its forms with abbreviation periods split off as spaCy tokenizes them: 'col.' → 'col .',
    'lt. col.' → 'lt . col .' (spaCy keeps 'Gen.' whole but splits 'Col.', 'Lt.', 'Capt.', 'Sgt.')."""
    forms = [""]
    for word in key.split():
        options = [word, word[:-1] + " ."] if len(word) > 2 and word.endswith(".") and word[:-1].isalpha() else [word]
        forms = [f"{form} {option}".strip() for form in forms for option in options]
    return forms


def english_demonym_plurals(word: str) -> list[str]:
    """A demonym or people's name and its plural as a noun: 'German' → 'Germans' (not 'Germen'), 'Czech' →
    'Czechs', 'Iraqi' → 'Iraqis'; adjective-only forms ('British', 'Chinese', 'French', 'Swiss') have none."""
    if not word or unicodedata.category(word[-1])[0] == "P" or word.lower().endswith(("ese", "ish", "ss", "nch", "tch")):
        return [word]
    return [word, word + "s"]
