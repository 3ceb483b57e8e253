"""Victims: people harmed take the country of the place where they were hit, never the attacker's.

A civilian or journalist group is a victim when it is the object of a harm verb ("killing three people", "matando
a tres civiles"), the passive subject of one ("civilians were killed", "fueron asesinados tres civiles"), the subject of
a verb of dying ("31 people died", "murieron tres civiles"), or what a death toll counts ("the death toll rose to
40 people", "the toll among civilians", "el balance de muertos subió a 40 personas"); those last two only in a
paragraph that names violence (an attack, a harm verb, a weapon), so "six people died from lung disease" is no victim.
People taken hostage ("took 240 hostages") are victims of their captors. Journalists are victims too when fired at ("fired two shells at a group of journalists"): reporters, unlike
protesters, are seldom the shooters' own people.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from detente.analyze.lemma_es import participle_infinitives, spanish_lemma
from detente.knowledge.actors import ActorKnowledge, death_words, gender_words, harm_verbs, weapon_nouns
from detente.knowledge.actors.words import aim_verbs

OBJECT_DEPS = {"dobj", "obj", "nsubjpass", "nsubj:pass"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "nsubj:pass", "obj", "dobj"}  # Spanish postposed subjects parse as objects
VICTIM_SECTORS = {"CVL", "JRN"}  # people, civilians, residents, journalists: protesters, police or soldiers keep
# the context rule
AIM_PREPOSITIONS = {"at", "on", "upon", "contra", "sobre"}
AIMED_AT_SECTORS = {"JRN"}  # journalists fired at are rarely the shooters' people; protesters police fire at often are
PARTITIVE = {"of", "de"}


@lru_cache(maxsize=20_000)
def _spanish_lemmas(word: str) -> frozenset[str]:
    """The lemma of a Spanish word (our Spanish pipeline has no lemmatizer) and, for a participle, its
    infinitive ("heridos" → herir: simplemma reads it as the adjective "herido")."""
    return frozenset((spanish_lemma(word), *participle_infinitives(word)))


def lemmas_of(word: str) -> frozenset[str]:
    """Readings of a lower-case Spanish word (see :func:`_spanish_lemmas`)."""
    return _spanish_lemmas(word)


def lemmas(token: Token) -> frozenset[str]:
    """The token's lemma; for a Spanish doc (no lemma), simplemma's readings."""
    if token.lemma_:
        return frozenset((token.lemma_.lower(),))
    return _spanish_lemmas(token.lower_)


def _role(token: Token) -> Token:
    while token.dep_ in {"conj", "appos"} and token.head is not token:
        token = token.head
    return token


def _passive(verb: Token) -> bool:
    """'fueron asesinados', 'han sido heridos': a Spanish participle with a form of "ser" as auxiliary."""
    return any(child.dep_ in {"aux", "aux:pass"} and "ser" in lemmas(child) for child in verb.children)


def _counts_dead(noun: Token) -> bool:
    """'toll', 'death toll', 'el balance de muertos': a noun that counts the dead."""
    words = death_words()
    found = lemmas(noun)
    if any(words.get(lemma) == "toll" for lemma in found):
        return True
    if not any(words.get(lemma) == "count" for lemma in found):
        return False
    return any(words.get(lemma) == "dead" for child in noun.children for lemma in lemmas(child) | {child.lower_})


def is_victim_token(root: Token, sector: str | None) -> bool:
    """Whether the phrase whose syntactic head is ``root`` names people harmed (see the module docstring)."""
    if sector not in VICTIM_SECTORS:
        return False
    root = _role(root)
    head = root.head
    head_lemmas = lemmas(head)
    if root.dep_ in OBJECT_DEPS and head_lemmas & harm_verbs():
        return True
    if sector in AIMED_AT_SECTORS and _aimed_at(root):
        return True
    if _taken_captive(root):
        return True
    if root.dep_ == "nsubj" and head_lemmas & harm_verbs() and _passive(head):
        return True
    return _died_or_counted(root, head, head_lemmas) and _violence_in_paragraph(root.doc)


def _aimed_at(root: Token) -> bool:
    """'fired two shells at a group of journalists', 'opened fire on them', 'dispararon contra los civiles'."""
    if root.pos_ == "PROPN":
        return False  # "fired rhetorical rockets at DeSantis and McDaniel": a named person keeps the context rule
    if root.dep_ == "pobj" and root.head.lower_ in PARTITIVE and root.head.head.pos_ == "NOUN":
        root = root.head.head  # "a group of journalists"
    if root.dep_ != "pobj" or root.head.lower_ not in AIM_PREPOSITIONS:
        return False
    verb = root.head.head
    if verb.lower_ == "fire" and verb.head is not verb:  # "opened fire on them"
        verb = verb.head
    return bool(lemmas(verb) & aim_verbs())


CAPTIVE_NOUNS = {"hostage", "captive", "rehén"}
CAPTURING_VERBS = {"take", "hold", "seize", "grab", "tomar"}


def _taken_captive(root: Token) -> bool:
    """'took 240 hostages', 'held civilians as hostages': captives are the victims of their captors, never their
    people."""
    if not lemmas(root) & CAPTIVE_NOUNS:
        return False
    return root.dep_ in OBJECT_DEPS and bool(lemmas(root.head) & CAPTURING_VERBS)


def _died_or_counted(root: Token, head: Token, head_lemmas: frozenset[str]) -> bool:
    """'31 people died', 'murieron tres civiles', 'the toll among civilians', 'the death toll rose to 40 people'."""
    words = death_words()
    if root.dep_ in SUBJECT_DEPS and any(words.get(lemma) == "dies" for lemma in head_lemmas):
        return True
    if root.dep_ == "pobj":
        head = head.head
    if _counts_dead(head):
        return True
    return root.dep_ in {"pobj", "obj", "obl", "dobj"} and head.pos_ in {"VERB", "AUX"} \
        and any(child.dep_.startswith("nsubj") and _counts_dead(child) for child in head.children)


def _violence_in_paragraph(doc) -> bool:
    """Whether the paragraph names an attack, a harm verb or a weapon (cached on the doc)."""
    cached = doc.user_data.get("detente_violence")
    if cached is None:
        words, harms, weapons = death_words(), harm_verbs(), weapon_nouns()
        cached = any(words.get(lemma) == "attack" or lemma in harms or lemma in weapons
                     for token in doc if token.pos_ in {"VERB", "NOUN"} for lemma in lemmas(token))
        doc.user_data["detente_violence"] = cached
    return cached


def _in_full_name(token: Token) -> bool:
    """Part of a person entity of two words or more ("Hassan Majdi"); a lone one may be a mistagged city."""
    if token.ent_type_ not in {"PERSON", "PER"}:
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.ent_iob_ == "I" or (following is not None and following.ent_iob_ == "I")


ORIGIN_PREPOSITIONS = {"from", "desde"}


def origin_place(site, start: int) -> bool:
    """Whether the place named at article offset ``start`` in the site's paragraph is where a move set out from
    ("stormed from the Gaza Strip into Israel"): attackers come from there, their victims are where they went."""
    doc, offset = site.span.doc, site.parsed.offset
    token = next((t for t in doc if offset + t.idx == start), None)
    while token is not None and token.dep_ in {"compound", "det", "amod"} and token.head is not token:
        token = token.head
    return token is not None and token.dep_ == "pobj" and token.head.lower_ in ORIGIN_PREPOSITIONS


def city_in_sentence(sent, kb: ActorKnowledge) -> str | None:
    """The one country of the capitalised well-known city names in ``sent`` (a span), if exactly one; words
    of person names are not read as cities."""
    from detente.analyze.actors.place_units import LONE_CITY_POPULATION, common_word_cities
    from detente.knowledge.actors.normalize import token_key

    found = set()
    first_names = gender_words()
    for token in sent:
        if not token.text[:1].isupper() or token.is_sent_start or token.lower_ in first_names or _in_full_name(token):
            continue  # "Hassan" is a city in India, and a name
        key = token_key(token.text)
        if key in common_word_cities() or kb.city_contested(key) or kb.city_population(key) < LONE_CITY_POPULATION:
            continue
        found.add(kb.city_country(key))
    return found.pop() if len(found) == 1 else None
