"""A phrase ruler that tags known people (full names, aliases, distinctive surnames) before the NER runs."""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from detente.knowledge.actors import ActorKnowledge, default_knowledge
from detente.knowledge.actors.normalize import phrase_key

RULER_NAME = "detente_actor_ruler"
MERGER_NAME = "detente_person_names"
PERSON_LABEL = {"en": "PERSON", "es": "PER"}
MIN_ALIAS_CHARS = 4
TITLE_WORDS: set[str] = {"mr", "mrs", "ms", "dr", "sir", "lord"}  # filled with agent words: never part of a name


def person_aliases(kb: ActorKnowledge) -> list[str]:
    """Aliases safe to tag as people: multi-word names, and one-word ones no place or word shares."""
    aliases: set[str] = set()
    for key, entries in kb.phrases.items():
        people = [e for e in entries if e.kind == "entity" and e.value.startswith("P:")]
        if not people:
            continue
        others = [e for e in entries if not (e.kind == "entity" and e.value.startswith("P:"))]
        single = len(key.split()) == 1
        if single and (others or len(key) < MIN_ALIAS_CHARS or any(a in kb.agents.get("en", {}) or a in kb.agents.get("es", {}) for a in [key])):
            continue
        for entry in people:
            alias = entry.detail
            if alias and alias[0].isupper() and phrase_key(alias) == key:
                aliases.add(alias)
    return sorted(aliases)


PHRASE_RULER_FACTORY = "detente_phrase_ruler"


class PhraseRuler:
    """What spaCy's EntityRuler does with phrase patterns of one label (``overwrite_ents`` off), without its
    per-document overhead (an empty token Matcher, warning filters, pattern counting): the same entities.

    Longest matches first (then the earliest); a match that touches a token already in an entity or in a
    longer match is skipped; the entities are set as the EntityRuler sets them. A document with no match is
    left as it is (the EntityRuler would mark its tokens "O"; the NER after it gives the same entities either
    way: checked on the 4,544 paragraphs of the 170 corpus pages)."""

    def __init__(self, nlp: Language, label: str) -> None:
        self.label = label
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")

    def add_phrases(self, nlp: Language, phrases: list[str]) -> None:
        """Patterns need only the tokenizer (as EntityRuler makes them with every other pipe disabled)."""
        self.matcher.add(self.label, [nlp.make_doc(text) for text in phrases])

    def __call__(self, doc: Doc) -> Doc:
        matches = {(start, end) for _, start, end in self.matcher(doc) if start != end}
        if not matches:
            return doc  # EntityRuler would mark every token "O", which the NER that follows does not read
        entities = list(doc.ents)
        taken = {i for ent in entities for i in range(ent.start, ent.end)}
        new_entities = []
        for start, end in sorted(matches, key=lambda m: (m[1] - m[0], -m[0]), reverse=True):
            if any(i in taken for i in range(start, end)):
                continue  # touches an entity the doc has, or a longer (or earlier) match already taken
            new_entities.append(Span(doc, start, end, label=self.label))
            taken.update(range(start, end))
        doc.ents = entities + new_entities
        return doc


@Language.factory(PHRASE_RULER_FACTORY, default_config={"label": "PERSON"})
def make_phrase_ruler(nlp: Language, name: str, label: str) -> PhraseRuler:
    return PhraseRuler(nlp, label)


@Language.component(MERGER_NAME)
def complete_person_names(doc: Doc) -> Doc:
    """Grow a person span over the capitalised names around it: a ruler-tagged surname inside an
    unknown full name ("Mariam Traore Diallo") must not cut that name into pieces."""
    labels = {"PERSON", "PER"}
    ents = list(doc.ents)
    in_entity = {i for ent in ents for i in range(ent.start, ent.end)}
    grown = []
    changed = False
    for ent in ents:
        if ent.label_ not in labels:
            grown.append(ent)
            continue
        start, end = ent.start, ent.end
        while start > 0 and _name_token(doc[start - 1]) and (start - 1 not in in_entity or _person_at(ents, start - 1)):
            start -= 1
        while end < len(doc) and _name_token(doc[end]) and (end not in in_entity or _person_at(ents, end)):
            end += 1
        changed = changed or (start, end) != (ent.start, ent.end)
        grown.append(Span(doc, start, end, label=ent.label_) if (start, end) != (ent.start, ent.end) else ent)
    if changed:
        doc.ents = filter_spans(grown)
    return doc


def _name_token(token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.text.lower() not in TITLE_WORDS and token.is_alpha


def _person_at(ents: list[Span], index: int) -> bool:
    return any(e.start <= index < e.end and e.label_ in {"PERSON", "PER"} for e in ents)


def add_entity_ruler(nlp: Language, lang: str, kb: ActorKnowledge | None = None) -> None:
    """Add the ruler before "ner" (the NER then respects the preset spans) and the name completer
    after it; idempotent."""
    if RULER_NAME in nlp.pipe_names:
        return
    kb = kb or default_knowledge()
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe(PHRASE_RULER_FACTORY, name=RULER_NAME, before=before,
                         config={"label": PERSON_LABEL.get(lang, "PERSON")})
    ruler.add_phrases(nlp, person_aliases(kb))
    TITLE_WORDS.update(k for agents in kb.agents.values() for k in agents if " " not in k)
    nlp.add_pipe(MERGER_NAME, after="ner" if before else None)
    if lang == "en":
        keep_title_abbreviations(nlp, kb)
    warm_up(kb, lang)


def warm_up(kb: ActorKnowledge, lang: str) -> None:
    """Build the tables the actor stage reads (lexicon, cities, regions, word lists) with the pipeline, once
    per process, so the first document does not pay for them and forked workers share them."""
    from detente.analyze import coref  # noqa: F401 - imported by the stage on its first document
    from detente.analyze.actors import context_country, matcher, place_units, typos  # noqa: F401
    from detente.knowledge import actors as knowledge

    matcher.compile_lexicon(kb, lang)
    kb.city_contested("")
    place_units.region_firsts()
    place_units.common_word_cities()
    place_units.common_word_regions()
    typos._index(kb)
    if lang == "es":
        from detente.analyze.lemma_es import warm_up as load_spanish_lemmas

        load_spanish_lemmas()  # simplemma's Spanish dictionary (about 2 s to load; every stage reads it)
    for table in (knowledge.ambiguous_aliases, knowledge.collective_nouns, knowledge.condition_nouns,
                  knowledge.generic_roles, knowledge.gender_words, knowledge._city_index, knowledge._city_population,
                  knowledge.weapon_nouns, knowledge.harm_verbs, knowledge.body_nouns, knowledge.death_words):
        table()


def keep_title_abbreviations(nlp: Language, kb: ActorKnowledge) -> None:
    """Rank and title abbreviations of the agent list ("Col.", "Lt.", "Capt.", "Sgt.") stay one token, as spaCy
    already keeps "Gen." and "Sen.": split, their period ended the sentence ("Brig. | Gen. John Smith")."""
    from spacy.symbols import ORTH

    for key in kb.agents.get("en", {}):
        if " " in key or not key.endswith(".") or not key[:-1].isalpha() or len(key) < 3:
            continue
        for form in (key.capitalize(), key.upper()):
            if len(nlp.tokenizer(form)) > 1:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
