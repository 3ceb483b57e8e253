"""An EntityRuler that tags known people (full names, aliases, distinctive surnames) before the NER runs."""
from __future__ import annotations

from spacy.language import Language

from detente.knowledge.actors import ActorKnowledge, default_knowledge
from detente.knowledge.actors.normalize import phrase_key

RULER_NAME = "detente_actor_ruler"
PERSON_LABEL = {"en": "PERSON", "es": "PER"}
MIN_ALIAS_CHARS = 4


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


def add_entity_ruler(nlp: Language, lang: str, kb: ActorKnowledge | None = None) -> None:
    """Add the ruler before "ner" (the NER then respects the preset spans); idempotent."""
    if RULER_NAME in nlp.pipe_names:
        return
    kb = kb or default_knowledge()
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, before=before,
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False, "validate": False})
    label = PERSON_LABEL.get(lang, "PERSON")
    with nlp.select_pipes(enable=[]):  # patterns only need the tokenizer: 25x faster to add
        ruler.add_patterns([{"label": label, "pattern": alias} for alias in person_aliases(kb)])
