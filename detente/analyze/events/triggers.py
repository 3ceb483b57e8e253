"""Trigger detection: tokens of a sentence that match a lexicon cue (single lemma or multiword)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan, Token

from detente.analyze.events.campaign_senses import campaign_rally
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import Cue, cues_by_trigger, words
from detente.analyze.events.market_idioms import everyday_sense
from detente.analyze.events.sentence_words import sentence_words
from detente.analyze.events.spanish_arguments import front_object  # "se manifestaron frente al Palacio"

POS_TAGS = {"V": {"VERB"}, "N": {"NOUN", "PROPN"}, "A": {"ADJ"}}
WINDOW = 5  # a multiword cue's other words lie within this many tokens of the previous one
MODIFIER_DEPS = {"compound", "amod", "nmod:poss"}
DATE_ENTITIES = {"DATE", "TIME"}


@dataclass
class Trigger:
    """A matched cue: the head token that anchors the event, plus the other tokens of a multiword cue."""

    token: Token
    cue: Cue
    tokens: tuple[Token, ...]
    motive: bool = False  # an act a protest cites as its motive ("en repudio a la visita"): coded only with its doer

    @property
    def is_nominal(self) -> bool:
        return self.cue.pos != "V"


def find_triggers(sent: SpacySpan, lang: str) -> list[Trigger]:
    """Every cue match in ``sent``; a token takes part in at most one match (longest, then tightest cue wins)."""
    lexicon = cues_by_trigger(lang)
    lemmas = list(sentence_words(sent, lang)[0])
    if lang == "es":  # verbal participles simplemma lemmatises as adjectives ("haber detenido")
        from detente.analyze.events.spanish_lemmas import trigger_lemmas

        lemmas = trigger_lemmas(sent, lemmas, lexicon)
    found: list[Trigger] = []
    used: set[int] = set()
    candidates: list[Trigger] = []
    present = set(lemmas)
    for position, own in enumerate(lemmas):
        cues = lexicon.get(own)
        if not cues:
            continue
        token = sent[position]  # a Token only where a cue word stands
        best: Trigger | None = None
        for cue in cues:
            if best is not None and len(cue.words) < len(best.cue.words):
                break
            if len(cue.words) > 1 and not _present(cue.words, present):
                continue  # a multiword cue matches only words of this sentence: skip it cheaply
            if not _pos_ok(token, cue, lang) or not _valence_ok(token, cue, lemmas[position]):
                continue
            matched = _match_rest(sent, lemmas, position, cue)
            if matched is not None and (best is None or _spread(matched) < _spread(best.tokens)):
                best = Trigger(token=token, cue=cue, tokens=matched)  # of equal length, the tightest phrase wins
        if best is not None:
            candidates.append(best)
    for trigger in _tighter_verbs_first(sorted(candidates, key=lambda t: -len(t.tokens))):
        indexes = {t.i for t in trigger.tokens}
        if indexes & used:
            continue
        if trigger.is_nominal and trigger.token.dep_ in MODIFIER_DEPS and len(trigger.tokens) == 1:
            continue  # "sanctions lists", "protest leaders": a modifier, not an event
        if trigger.is_nominal and len(trigger.tokens) == 1 and _fixed_phrase(trigger.token, lang):
            continue  # "a press release", "rueda de prensa": a set phrase, not the event its noun names
        if trigger.is_nominal and len(trigger.tokens) == 1 and trigger.token.ent_type_ in DATE_ENTITIES:
            continue  # "In March, Kenya held elections": a month's name, not a march
        if lang == "en" and trigger.is_nominal and trigger.cue.type == "PROTEST" and campaign_rally(trigger.token):
            continue  # "speaking at a rally in Wilmington", "a campaign rally": no protest (campaign_senses.py)
        if lang == "en" and len(trigger.tokens) == 1 and everyday_sense(trigger.token, trigger.cue.type, trigger.is_nominal):
            continue  # "shares rallied", "struck oil", "struck a conciliatory tone" (market_idioms.py)
        used |= indexes
        found.append(trigger)
    return sorted(found, key=lambda t: t.token.i)


def _tighter_verbs_first(ordered: list[Trigger]) -> list[Trigger]:
    """Of two verbal matches of equal length, the tighter one goes first, so a shared object noun goes to the verb
    beside it ("lending support", not "provided ... support" twenty words before); a noun match keeps its place in
    text order ("launched a barrage of missiles" stays the light verb's, not the noun's)."""
    result = list(ordered)
    heads = {t.token.i for t in ordered if not t.is_nominal}

    def tightness(trigger: Trigger) -> float:  # "pledged to provide aid": the controller's "pledge aid" keeps it
        controlled = trigger.token.dep_ == "xcomp" and trigger.token.head.i in heads
        return float("inf") if controlled else _spread(trigger.tokens)

    for size in {len(t.tokens) for t in ordered}:
        slots = [i for i, t in enumerate(result) if len(t.tokens) == size and not t.is_nominal]
        verbal = sorted((result[i] for i in slots), key=tightness)  # stable: then text order
        for i, trigger in zip(slots, verbal):
            result[i] = trigger
    return result


def _spread(tokens: tuple[Token, ...]) -> int:
    """How far a match's words lie from its trigger: "opened fire on border posts" is "open fire", not "open border"."""
    return sum(abs(t.i - tokens[0].i) for t in tokens[1:])


CLASS_MARK = "@"  # a cue word "@diplomat" stands for any lemma of the cue list "diplomat" in cues.tsv


NAMED_PLACE = "@named_place"  # no word list: a proper name the entity recognizer tags as a place ("occupied Kuwait")
PLACE_OR_UNTYPED = {"GPE", "LOC", "FAC", "PRODUCT", ""}  # the small model tags some countries PRODUCT ("Cyprus")


def word_matches(lemma_: str, word: str) -> bool:
    """A lemma matches a cue word: the same lemma, or a member of the word class a "@class" word names
    ("recall @diplomat" matches "recalled its envoy", "recalled the chargé d'affaires")."""
    if word == NAMED_PLACE:
        return False  # matched on the token (_in_own_phrase), not the lemma
    if word.startswith(CLASS_MARK):
        return lemma_ in words(word[1:])
    return lemma_ == word


def _present(cue_words: tuple[str, ...], present: set[str]) -> bool:
    """The cue's literal words all occur in the sentence (word classes are checked when matching)."""
    return all(w.startswith(CLASS_MARK) or w in present for w in cue_words)


def _fixed_phrase(token: Token, lang: str) -> bool:
    """The noun is part of a set phrase that names no event ("press release", "peace process")."""
    own = lemma(token, lang)
    phrases = words("not_event")
    return any(f"{lemma(c, lang)} {own}" in phrases or f"{own} {lemma(c, lang)}" in phrases
               for c in token.children if c.dep_ in {"compound", "amod", "nmod", "nmod:poss"})


def _valence_ok(token: Token, cue: Cue, lemma_: str) -> bool:
    """Verbs that are events only without a direct object ("se manifestaron" vs "manifestó su oposición")."""
    if cue.pos == "V" and lemma_ in words("stative") and lemma_ not in words("stative_also_active"):
        return is_stative(token)  # "he is prepared to lift the ban", not "the army prepared an offensive"
    if cue.pos == "V" and lemma_ in words("transitive_only"):
        return any(c.dep_ in {"dobj", "obj"} for c in token.children)
    if cue.pos == "V" and lemma_ in words("reflexive_only"):
        return any(_reflexive(c) for c in token.children)  # "se enfrentaron a la policía", not "enfrenta una crisis"
    if cue.pos != "V" or len(cue.words) > 1 or lemma_ not in words("intransitive"):
        return True
    return not any(c.dep_ in {"obj", "dobj"} and not _reflexive(c) and not _marked(c) and not front_object(c)
                   for c in token.children)


def _marked(token: Token) -> bool:
    """An "obj" with a preposition ("se manifestaron contra el gobierno"): the small Spanish parser's oblique."""
    return any(c.dep_ == "case" and c.lower_ not in {"a", "al"} for c in token.children)


def is_stative(token: Token) -> bool:
    """A participle used as a state of its subject: "Vietnam is committed to", "está dispuesto a"."""
    passive = any(c.dep_ in {"auxpass", "aux:pass", "nsubjpass", "nsubj:pass", "cop"} for c in token.children)
    return passive or token.pos_ == "ADJ" or token.dep_ in {"acomp", "amod"}


def _reflexive(token: Token) -> bool:
    """"se manifestaron": the clitic is labelled obj but is no object."""
    return token.pos_ == "PRON" and (token.lower_ in {"se", "me", "te", "nos", "os"} or "Yes" in token.morph.get("Reflex"))


def _pos_ok(token: Token, cue: Cue, lang: str = "en") -> bool:
    tags = POS_TAGS.get(cue.pos, set())
    if cue.pos == "V" and token.pos_ == "AUX":
        return False
    if cue.pos == "V" and token.pos_ not in tags:
        if lang == "es" and token.pos_ == "ADJ" and _predicative_participle(token):
            return True  # "murieron baleados por la policía": a participle under a verb of result is the act done
        # small models tag some verbs PROPN/NOUN ("atacara"): accept a clause head with a subject or object
        clause_head = token.dep_ in {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl"}
        has_arguments = any(c.dep_ in {"nsubj", "obj", "dobj", "nsubjpass"} for c in token.children)
        no_determiner = not any(c.dep_ == "det" for c in token.children)
        return clause_head and has_arguments and no_determiner
    if token.pos_ == "VERB" and lang == "en" and token.dep_ in {"nsubj", "nsubjpass"} and token.tag_ in {"VB", "VBP"}:
        return cue.pos == "N"  # "Aid from the EU reached the refugees": a bare verb form as a subject is a noun mis-tagged
    return token.pos_ in tags


def _predicative_participle(token: Token) -> bool:
    from detente.analyze.events.spanish_lemmas import predicative_participle  # Spanish-only; imported on use

    return predicative_participle(token)


def _match_rest(sent: SpacySpan, lemmas: list[str], position: int, cue: Cue) -> tuple[Token, ...] | None:
    """Find the cue's other words around the trigger, in text order; None when one is missing."""
    if len(cue.words) == 1:
        return (sent[position],)
    tokens = [sent[position]]
    # words before the trigger word (e.g. "hunger *strike"), scanning backwards
    cursor = position
    for word in reversed(cue.words[: cue.head]):
        hit = next((j for j in range(cursor - 1, max(-1, cursor - 1 - WINDOW), -1) if word_matches(lemmas[j], word)), None)
        if hit is None:
            return None
        tokens.append(sent[hit])
        cursor = hit
    cursor = position
    last = len(cue.words) - 1
    for index, word in enumerate(cue.words[cue.head + 1 :], start=cue.head + 1):
        if word.startswith(CLASS_MARK):  # a word class ("suspend @funding") is matched in the trigger's own phrase only
            hit = _in_own_phrase(sent, lemmas, position, word)
        else:
            hit = next((j for j in range(cursor + 1, min(len(sent), cursor + 1 + WINDOW))
                        if word_matches(lemmas[j], word) and _linked(sent, position, cursor, j, index == last, cue.pos == "V")), None)
        if hit is None and not word.startswith(CLASS_MARK):
            hit = _dependent_with_lemma(sent, lemmas, position, word)  # "lifted Friday a day-old blockade"
        if hit is None and cue.pos == "V":
            hit = _passive_subject_with_lemma(sent, lemmas, position, word)  # "his visa was revoked"
        if hit is None and cue.pos == "V" and index == last:
            hit = _beyond_path(sent, lemmas, position, word)  # "fired across the line of control at Indian posts"
        if hit is None:
            return None
        tokens.append(sent[hit])
        cursor = hit
    return tuple(tokens)


def _linked(sent: SpacySpan, position: int, cursor: int, hit: int, final: bool = False, verbal: bool = False) -> bool:
    """A cue word found after the trigger belongs to its phrase: next to the previous cue word, or linked to the
    trigger by the parse ("lifted a day-old curfew", not "lifting the ban, he said, sanctions ..."). A particle that
    ends a cue must be the trigger's own: "brushed Tamaki off", "called repeatedly for talks", "calls by leaders for
    a pause"; not "gave $10 million in food aid" nor "called Ramaswamy scum for mentioning her daughter"."""
    if hit == cursor + 1:
        return True
    token, trigger = sent[hit], sent[position]
    if final and token.pos_ in {"ADP", "PART", "ADV"}:
        if token.dep_ in {"prt", "advmod"} and token.head.i == trigger.i:
            return True
        if verbal and token.head.i == trigger.i and _leads_out(token):
            return True  # "drove tens of thousands of Albanians out of Kosovo": the object stands before "out of"
        if not verbal:
            return token.head.i in {trigger.i, trigger.head.i}  # the parser often hangs the noun's "for" on its verb
        objects = [c.i for c in trigger.children if c.dep_ in {"dobj", "obj", "dative", "iobj", "oprd"}
                   and c.ent_type_ not in DATE_ENTITIES]  # "called Thursday on Arabs": a day parsed as an object
        return token.head.i == trigger.i and not any(trigger.i < o < token.i for o in objects)
    return trigger.is_ancestor(token) or token.is_ancestor(trigger) or token.head.i == trigger.head.i


def _leads_out(particle: Token) -> bool:
    """A directional "out" heading its own of/from phrase ("out of Kosovo", "out from their homes") after people
    driven or forced out (cue list ``displaced``, or a nationality): not "drove his car out of the garage"."""
    if particle.lower_ != "out" or not any(c.dep_ == "prep" and c.lower_ in {"of", "from"} for c in particle.children):
        return False
    moved = [c for c in particle.head.children if c.dep_ in {"dobj", "obj"}]
    return any(o.ent_type_ in {"NORP", "PERSON"} or o.lemma_.lower() in words("displaced") for o in moved)


def _dependent_with_lemma(sent: SpacySpan, lemmas: list[str], position: int, word: str) -> int | None:
    """Position (in ``sent``) of a child or grandchild of the trigger with lemma ``word``."""
    trigger = sent[position]
    for child in trigger.children:
        for token in [child, *child.children]:
            local = token.i - sent.start
            content = token.pos_ not in {"ADP", "PART", "DET", "CCONJ", "SCONJ", "PRON", "AUX"} or _leads_out(token)
            if 0 <= local < len(lemmas) and local > position and content and word_matches(lemmas[local], word):
                return local
    return None


PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
PATH_DEPTH = 4  # prep → pobj → prep → pobj: "across [the line [of control]] at"


def _beyond_path(sent: SpacySpan, lemmas: list[str], position: int, word: str) -> int | None:
    """Position of the particle ending a verbal cue that the parser hung inside a path phrase of the trigger (cue
    list ``path_prep``; "from" only before a named place): "fired across the line of control at Indian posts",
    "fired from Gaza at Israeli towns". A verb with a direct object ("fired the manager from his job at the bank")
    names no aim there."""
    trigger = sent[position]
    if any(c.dep_ in {"dobj", "obj"} for c in trigger.children):
        return None
    paths = words("path_prep")
    frontier = [c for c in trigger.children if c.dep_ == "prep" and (
        c.lower_ in paths or c.lower_ == "from" and any(o.dep_ == "pobj" and o.ent_type_ in PLACE_ENTITIES for o in c.children))]
    for _ in range(PATH_DEPTH):
        for token in frontier:
            local = token.i - sent.start
            if token.dep_ == "prep" and local > position and local < len(lemmas) and word_matches(lemmas[local], word) \
                    and token.head.i != trigger.i:
                return local
        frontier = [c for t in frontier for c in t.children if c.dep_ in {"prep", "pobj"}]
    return None


CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "advmod", "mark", "punct"}
MODIFIER_CLASSES = {"@restriction"}  # class words that count as a modifier only of a measure noun ("the curfew order")
CLASS_DEPTH = 3  # "moved thousands of troops": the class word may be the object's of-complement


def _in_own_phrase(sent: SpacySpan, lemmas: list[str], position: int, word: str) -> int | None:
    """Position of the first word of class ``word`` after the trigger inside the trigger's own phrases (its
    dependents, not crossing into another clause): "froze development assistance", not "ending the reset,
    upping sanctions"."""
    best: int | None = None
    frontier = [sent[position]]
    for _ in range(CLASS_DEPTH):
        frontier = [c for t in frontier for c in t.children if c.dep_ not in CLAUSE_DEPS]
        for token in frontier:
            local = token.i - sent.start
            if word in MODIFIER_CLASSES and token.dep_ in {"compound", "amod"} and token.head.i > token.i \
                    and not word_matches(lemmas[token.head.i - sent.start], word) and lemmas[token.head.i - sent.start] not in words("measure"):
                continue  # "end the curfew confusion": a restriction word modifying another noun names nothing lifted
            named = word == NAMED_PLACE and token.dep_ in {"dobj", "obj"} and token.pos_ == "PROPN" \
                and token.ent_type_ in PLACE_OR_UNTYPED
            if local > position and local < len(lemmas) and local - position <= 2 * WINDOW \
                    and (named or word_matches(lemmas[local], word)) and (best is None or local < best):
                best = local
    return best


def _passive_subject_with_lemma(sent: SpacySpan, lemmas: list[str], position: int, word: str) -> int | None:
    """Position of the trigger verb's passive subject when its lemma is ``word``: the object of "revoke visa"
    stands before the verb in "Petro's visa was revoked"."""
    for child in sent[position].children:
        local = child.i - sent.start
        if child.dep_ in {"nsubjpass", "nsubj:pass"} and 0 <= local < len(lemmas) and word_matches(lemmas[local], word):
            return local
    return None


def describes_bill(token: Token, lang: str) -> bool:
    """"Congress passed the Fiscal Responsibility Act, an agreement to raise the limit": an event noun set beside the
    named law a legislature passes (apposition, or a second object as parsed) describes the law, not an act agreed
    between parties."""
    if lang != "en" or token.pos_ != "NOUN":
        return False
    if token.dep_ == "appos" and token.head.dep_ in {"dobj", "obj"}:
        verb = token.head.head
    elif token.dep_ in {"dobj", "obj"}:
        verb = token.head
        if not any(c.dep_ in {"dobj", "obj"} and c.i < token.i and c.pos_ == "PROPN" for c in verb.children):
            return False
    else:
        return False
    return lemma(verb, lang) in words("legislating")
