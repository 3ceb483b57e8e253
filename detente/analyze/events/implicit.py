"""Protests whose protesters are not named ("las protestas continuaron en Quito", "protests erupted in Paris"):
a PROTEST event with an implicit actor, "Protesters" of the place's country, when the rules coded none there.

Runs after the rule coder (it reads their events). The noun must name a protest that took place: not "the right
to protest", not "la puesta en marcha", not a rally in stocks. The protesters' country is that of the place in the
sentence, else the article's (its dateline place, else the country its places name most: ``implicit_country``);
no country, no event, except a Spanish protest its sentence describes (an aim, a kind, a frame: ``_described``),
whose protesters then have no country ("PROTESTAN POR AUMENTO SALARIAL", "una oleada de protestas en los medios
intelectuales").
Their sector is CVL unless a modifier names the group ("huelga de maestros": EDU). The actor is a normal Actor in
``analysis.actors`` (country_inferred=True) whose mention is the trigger word; the confidence is below the rules'.
A definite protest noun ("the protest", "estas protestas") after a protest already coded in the article is another
mention of that protest, not a new one; mentions in sentences that name different places stay different protests.
Protests in general ("spread the word about protests across the country") code nothing without a place in their
sentence. The events are built by the ``assemble.build_event`` and the actors added by ``fallback.add_actor``.
DETENTE_IMPLICIT_PROTESTS=0 switches the step off (to measure without it).
"""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span as SpacySpan, Token

from detente.analyze.actors.coding import ActorCode
from detente.analyze.context import Analysis, ParsedParagraph
from detente.analyze.events.actor_lookup import Frame, prep_objects
from detente.analyze.events.arguments import participants
from detente.analyze.events.assemble import build_event
from detente.analyze.events.departures import apply_departures
from detente.analyze.events.fallback import add_actor
from detente.analyze.events.implicit_country import protest_country
from detente.analyze.events.flags import Flags, flags_for
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import KNOWLEDGE
from detente.analyze.events.merge import merge_events
from detente.analyze.events.outermost import outermost
from detente.analyze.events.reversals import stopping_verb
from detente.analyze.events.sentence_words import sentence_words
from detente.analyze.events.triggers import Trigger, find_triggers
from detente.model import Actor, Event, Span

WORDS_FILE = "implicit_protest.tsv"  # in detente/knowledge/plover
IMPLICIT_NAME = "Protesters"
IMPLICIT_CONFIDENCE = 0.3  # under the rules' events (0.35 and up): the actor is read off the context, not named
DEFAULT_SECTOR = "CVL"
AGAINST = {"against", "contra"}
OF = {"of", "de", "del"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "nsubj:pass", "csubj"}
SPECIFIC_DEPS = {"det", "poss", "nmod:poss", "nummod", "predet", "relcl", "acl"}  # a determiner, number or clause
DEFINITE = {"the", "this", "these", "that", "those", "such", "la", "las", "el", "los", "esta", "estas", "este", "estos",
            "esa", "esas", "ese", "esos", "dicha", "dichas", "dicho", "dichos", "tal", "tales"}
DEMONSTRATIVE = {"esta", "estas", "este", "estos", "esa", "esas", "ese", "esos", "dicha", "dichas", "dicho", "dichos"}
POSSESSOR_DEPS = {"poss", "nmod:poss"}
PERSONAL = {"they", "we", "he", "she", "i", "ellos", "ellas", "nosotros", "él", "ella"}
PURPOSE = {"en", "in"}  # "en protesta por", "in protest at": the motive of another coded act


@dataclass(frozen=True)
class ImplicitWords:
    nouns: frozenset[str]
    verbs: frozenset[str]
    blockers: frozenset[str]
    other_sense: dict[str, frozenset[str]]
    other_case: dict[str, frozenset[str]]
    sector_adjectives: dict[str, str]


@lru_cache(maxsize=None)
def implicit_words(lang: str) -> ImplicitWords:
    """The word lists of ``implicit_protest.tsv`` for one language (English for any language but Spanish)."""
    lang = "es" if lang == "es" else "en"
    lists: dict[str, list[str]] = {}
    text = resources.files(KNOWLEDGE).joinpath(WORDS_FILE).read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if line.strip() and not line.startswith("#")), delimiter="\t")
    for row in rows:
        if row["lang"] == lang:
            lists.setdefault(row["kind"], []).append(row["words"])

    def flat(kind: str) -> frozenset[str]:
        return frozenset(w.strip() for value in lists.get(kind, []) for w in value.split(",") if w.strip())

    def keyed(kind: str) -> dict[str, frozenset[str]]:
        table: dict[str, set[str]] = {}
        for value in lists.get(kind, []):
            key, _, rest = value.partition(":")
            table.setdefault(key.strip(), set()).update(w.strip() for w in rest.split(",") if w.strip())
        return {key: frozenset(found) for key, found in table.items()}

    sectors = dict(pair.split(":", 1) for pair in flat("sector_adj"))
    return ImplicitWords(flat("noun"), flat("verb"), flat("blocker"), keyed("other_sense"), keyed("other_case"), sectors)


def implicit_enabled() -> bool:
    return os.environ.get("DETENTE_IMPLICIT_PROTESTS", "1").strip().lower() not in {"0", "false", "no", "off"}


def add_implicit_protests(analysis: Analysis) -> None:
    """Pipeline step after the rule coder: add the implicit-actor protests of the article to ``analysis.events``
    (and their actors to ``analysis.actors``), and give the rules' protests that name only their target ("las
    protestas contra el gobierno") the same implicit source; a sentence that fails is skipped, never the article."""
    if not implicit_enabled():
        return
    covered, triggers_used = _rule_protest_sentences(analysis)
    added: list[Event] = []
    for parsed, sent in analysis.sentences():
        start = parsed.offset + sent.start_char
        if start in covered:
            continue
        try:
            event = _implicit_event(analysis, parsed, sent, triggers_used)
        except Exception:  # noqa: BLE001 - one odd parse must not lose the article's events
            continue
        if event is not None:
            added.append(event)
    implicit_actors: list[Actor] = []
    filled = _fill_sourceless(analysis, implicit_actors)
    new: list[Event] = []
    for event in added:
        earlier = _earlier_protest(analysis.events + new, event) if _definite(analysis, event) else None
        if earlier is not None:
            earlier.other_mentions = sorted(earlier.other_mentions + [event.evidence], key=lambda e: (e.start, e.trigger.start))
            continue
        _give_actor(analysis, event, implicit_actors)
        new.append(event)
    # mentions of one protest in several sentences are one event, as the rule coder counts its event nouns; a wave
    # of protests in several places is as many events as places
    places = {id(event): _sentence_places(analysis, event.evidence.start, event.evidence.end) for event in new}
    analysis.events += merge_events(new, apart=lambda a, b: bool(places[id(a)] and places[id(b)]
                                                                and places[id(a)] != places[id(b)]))
    if added or filled:
        analysis.events.sort(key=lambda e: (e.evidence.start, e.evidence.trigger.start))
        analysis.reindex_actors()


def _fill_sourceless(analysis: Analysis, made: list[Actor]) -> bool:
    """A coded protest noun with a target and no source ("Protests against President Ruto erupted in Nairobi"):
    its protesters are the implicit ones, when the noun is in its protest sense and a country is known."""
    filled = False
    for event in analysis.events:
        if event.type != "PROTEST" or event.source or not event.target:
            continue
        found = analysis.trigger_of(event)
        if found is None or found[1].pos_ != "NOUN":
            continue
        parsed, token = found
        if not _sense_ok(token, True, True, parsed.lang):
            continue
        country = protest_country(analysis, token.sent, token, parsed.offset)
        if country is None:
            continue
        event.source = [Actor(id="", text=token.text, name=IMPLICIT_NAME, country=country,
                              sector=_sector(token, parsed.lang)).ref()]
        event.evidence.source = Span(event.evidence.trigger.start, event.evidence.trigger.end)
        _give_actor(analysis, event, made)
        filled = True
    return filled


def _rule_protest_sentences(analysis: Analysis) -> tuple[set[int], set[int]]:
    """Starts of the sentences that hold a coded PROTEST (any mention), and the trigger starts of all coded events."""
    covered: set[int] = set()
    triggers: set[int] = set()
    for event in analysis.events:
        for evidence in [event.evidence, *event.other_mentions]:
            triggers.add(evidence.trigger.start)
            if event.type == "PROTEST":
                covered.add(evidence.start)
    return covered, triggers


def _implicit_event(analysis: Analysis, parsed: ParsedParagraph, sent: SpacySpan, triggers_used: set[int]) -> Event | None:
    lang = parsed.lang
    vocabulary = implicit_words(lang)
    lemmas = sentence_words(sent, lang)[0]
    if vocabulary.nouns.isdisjoint(lemmas) and vocabulary.verbs.isdisjoint(lemmas):
        return None  # the cheap test: most sentences hold no protest word
    frame = Frame(analysis=analysis, offset=parsed.offset, lang=lang)
    found = outermost(apply_departures(sent, find_triggers(sent, lang), lang), lang, motives=False)
    for trigger in found:
        if trigger.cue.type != "PROTEST" or parsed.offset + trigger.token.idx in triggers_used:
            continue
        if not _protest_sense(trigger, lang) or _motive_of_coded_act(trigger, sent, parsed, triggers_used):
            continue
        read = participants(trigger, frame)
        if read.sources:
            continue  # the rules saw who protested and declined to code it: their reasons stand
        if not read.targets and _generic_plural(trigger) \
                and not _sentence_places(analysis, parsed.offset + sent.start_char, parsed.offset + sent.end_char):
            continue  # "spread the word about protests across the country", "for open-air protests": protests in general
        country = protest_country(analysis, sent, trigger.token, parsed.offset)
        if country is None and not _described(trigger, frame, read.targets):
            continue  # "Las protestas continuaron." with no place anywhere: nothing says which protest
        return _event(analysis, parsed, sent, trigger, frame, country, read.targets)
    return None


def _protest_sense(trigger: Trigger, lang: str) -> bool:
    """The cue names a protest that took place or takes place, in its protest sense."""
    return _sense_ok(trigger.token, trigger.is_nominal, len(trigger.tokens) == 1, lang)


def _sense_ok(token: Token, is_nominal: bool, single: bool, lang: str) -> bool:
    """``single``: a one-word cue, which must be in the implicit lists; multiword cues ("paro nacional") are safe."""
    vocabulary = implicit_words(lang)
    own = lemma(token, lang)
    if single:
        if is_nominal and (own not in vocabulary.nouns or token.pos_ != "NOUN"):
            return False  # "March 3" (a month), a proper name, a noun too ambiguous to stand alone
        if not is_nominal and (own not in vocabulary.verbs or lang != "es" or _has_subject(token)):
            return False  # a named subject the rules did not resolve is no implicit crowd
    if lang != "es" and token.text[:1].isupper() and token.i != token.sent.start and not token.sent.text.isupper():
        return False  # "the March on Washington", "Rally Round": a name
    if any(c.dep_ in POSSESSOR_DEPS for c in token.children):
        return False  # "Trump's rally", "su protesta", "our protest": someone's own, whom the rules did not code
    if lang != "es" and is_nominal and _bare_singular(token):
        return False  # "an act of protest", "a target for protest": protest as a kind of act, not one that happened
    if _pronoun_holder(token):
        return False  # "farmers said they would suspend a protest": the protest is theirs
    if stopping_verb(token, lang) is not None:
        return False  # "levantaron el paro", "called off the protest": the rules code its end (CONCEDE)
    near = {lemma(c, lang) for c in token.children} | {c.lower_ for c in token.children}
    governor = token.head if token.head.i != token.i else None
    if governor is not None:
        near |= {lemma(governor, lang), governor.lower_}
        if governor.dep_ in {"pobj", "prep"} and governor.head.i != governor.i:
            near.add(lemma(governor.head, lang))  # "the right (to) protest" / "a ban on protests"
    if near & vocabulary.blockers:
        return False
    # what the noun is of: "demonstration of force", "la marcha de la economía"
    complements = {lemma(g, lang) for c in token.children if c.dep_ == "prep" for g in c.children}
    if (near | complements) & vocabulary.other_sense.get(own, frozenset()):
        return False
    cases = {c.lower_ for c in token.children if c.dep_ == "case"}
    if governor is not None and token.dep_ == "pobj":
        cases.add(governor.lower_)
    return not cases & vocabulary.other_case.get(own, frozenset())


def _generic_plural(trigger: Trigger) -> bool:
    """A bare plural protest noun that is no clause's subject and has no clause of its own ("spread the word about
    protests across the country", "for open-air protests", "crecientes protestas y saqueos"): protests in general,
    not one that took place. A determiner, a number, a subject ("Protests erupted"), a relative clause ("protests that
    have grown") or a determined frame ("una ola de protestas", "a wave of protests") make it specific."""
    noun = trigger.token
    if not trigger.is_nominal or len(trigger.tokens) != 1 or noun.pos_ != "NOUN" or not _plural(noun):
        return False
    frame = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in OF else noun.head if noun.dep_ == "nmod" else None
    for word in (noun, frame) if frame is not None and frame.pos_ == "NOUN" else (noun,):
        if word.dep_ in SUBJECT_DEPS or any(c.dep_ in SPECIFIC_DEPS for c in word.children):
            return False
    return True


def _plural(noun: Token) -> bool:
    return noun.tag_ == "NNS" or "Plur" in noun.morph.get("Number")


def _sentence_places(analysis: Analysis, start: int, end: int) -> frozenset:
    """The places named in the article span [start, end) (a sentence), by geonameid or name."""
    return frozenset(p.place.geonameid or p.place.name for p in analysis.places if start <= p.start < end)


def _bare_singular(noun: Token) -> bool:
    """An English singular noun with no determiner, number or modifier: a mass use ("in protest", "act of protest")."""
    if noun.tag_ not in {"NN"}:
        return False
    return not any(c.dep_ in {"det", "poss", "nummod", "amod", "compound", "predet"} for c in noun.children)


def _pronoun_holder(noun: Token) -> bool:
    """The noun is the object of a verb whose subject is a personal pronoun ("they would suspend a protest"): the
    protest belongs to whoever the pronoun stands for."""
    if noun.dep_ not in {"dobj", "obj"} or noun.head.i == noun.i:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass", "nsubj:pass"} and c.pos_ == "PRON" and c.lower_ in PERSONAL
               for c in noun.head.children)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "nsubj:pass", "csubj"} for c in verb.children)


def _motive_of_coded_act(trigger: Trigger, sent: SpacySpan, parsed: ParsedParagraph, triggers_used: set[int]) -> bool:
    """"inició una huelga de hambre en protesta por ...", "resigned in protest": the protest noun gives the motive of
    an act the rules coded in this sentence."""
    token = trigger.token
    marks = {c.lower_ for c in token.children if c.dep_ == "case"} | ({token.head.lower_} if token.dep_ == "pobj" else set())
    if not marks & PURPOSE:
        return False
    if parsed.lang == "es":  # only the act it hangs on: "Durante los incidentes, en protesta por X, se produjeron ..."
        return any(parsed.offset + t.idx in triggers_used for t in _motivated(token))
    start, end = parsed.offset + sent.start_char, parsed.offset + sent.end_char
    return any(start <= t < end for t in triggers_used)


def _motivated(noun: Token) -> list[Token]:
    """The words that may be the act a Spanish "en protesta por" gives the motive of: the word it hangs on and that
    word's subject and objects, with their "de" nouns ("inició una huelga de hambre en protesta por ...")."""
    head = noun.head
    if head.i == noun.i:
        return []
    held = [c for c in head.children if c.dep_ in {"nsubj", "obj", "dobj", "nsubj:pass"}]
    return [head, *held, *(n for h in held for n in h.children if n.dep_ == "nmod")]


def _sector(token: Token, lang: str) -> str:
    """The protesters' sector when a modifier names their group ("huelga de maestros", "teachers' strike",
    "protestas estudiantiles"), else CVL."""
    from detente.knowledge.actors import default_knowledge
    from detente.knowledge.actors.normalize import phrase_key

    agents = default_knowledge().agents.get("es" if lang == "es" else "en", {})
    adjectives = implicit_words(lang).sector_adjectives
    for child in token.children:
        if child.dep_ in {"amod", "compound", "poss", "nmod:poss"}:
            sector = adjectives.get(child.lower_) or adjectives.get(lemma(child, lang))
            entry = agents.get(phrase_key(child.text.lower()))
            if sector or (entry is not None and entry.value):
                return sector or entry.value
        prep, objects = prep_objects(child)
        if prep in OF:
            for obj in objects:
                entry = agents.get(phrase_key(obj.text.lower())) or agents.get(phrase_key(lemma(obj, lang)))
                if entry is not None and entry.value:
                    return entry.value
    return DEFAULT_SECTOR


def _aim(token: Token, frame: Frame) -> list:
    """Actors named in the protest's "against"/"contra" complement ("protestas contra el gobierno de Ecuador")."""
    analysis = frame.analysis
    for child in token.children:
        prep, objects = prep_objects(child)
        if prep not in AGAINST:
            continue
        for obj in objects:
            for word in obj.subtree:
                start = frame.offset + word.idx
                actor = analysis.actor_at(start, start + len(word.text))
                if actor is not None:
                    return [actor]
    return []


DESCRIBING_PREPS = {"contra", "por"}  # what a protest is against or about


def _described(trigger: Trigger, frame: Frame, targets: list) -> bool:
    """With no country in the article, a Spanish protest is still coded (its protesters' country unknown) when the
    sentence describes that one protest: whom or what it is against or about ("protestan por el aumento salarial",
    "una oleada de protestas contra la ley"), a modifier of its kind ("la protesta callejera", "protestas
    estudiantiles"), or a frame noun ("la campaña de protesta", "una oleada de protestas"). A bare mention ("Las
    protestas continuaron.") refers to protests told elsewhere and codes nothing."""
    token = trigger.token
    if frame.lang != "es":
        return False  # measured on the Spanish protest sentences only; English keeps "no country, no event"
    if not trigger.is_nominal and "Fin" not in token.morph.get("VerbForm") and _one_doer_above(token):
        return False  # "el delantero no fue sutil a la hora de protestar": one person complains (ACCUSE), no crowd
    if targets or _aim(token, frame):
        return True
    if any(prep_objects(c)[0] in DESCRIBING_PREPS for c in token.children):
        return True
    if trigger.is_nominal and any(c.dep_ == "amod" and c.pos_ == "ADJ" and "Part" not in c.morph.get("VerbForm")
                                  for c in token.children):
        return True
    if trigger.is_nominal and any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVE for c in token.children):
        return True  # "la presencia policial para estas protestas": the one protest the text is about
    from detente.analyze.events.spanish_arguments import frame_noun

    return trigger.is_nominal and frame_noun(token, "es") is not None


def _one_doer_above(verb: Token) -> bool:
    """The closest clause above a non-finite verb has a singular subject: the one who protests is that one."""
    current = verb
    for _ in range(4):
        if current.head.i == current.i:
            return False
        current = current.head
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return "Sing" in subjects[0].morph.get("Number") and not any(c.dep_ == "conj" for c in subjects[0].children)
    return False


def _event(analysis: Analysis, parsed: ParsedParagraph, sent: SpacySpan, trigger: Trigger, frame: Frame,
           country: str | None, targets: list) -> Event:
    token = trigger.token
    start = parsed.offset + token.idx
    end = start + len(token.text)
    aimed = [hit.actor for hit in targets] or _aim(token, frame)
    target_span = Span(targets[0].start, targets[0].end) if targets else None
    if target_span is None and aimed:
        mention = min(aimed[0].mentions, key=lambda m: abs(m.start - start), default=None)
        target_span = Span(mention.start, mention.end) if mention is not None else None
    placeholder = Actor(id="", text=token.text, name=IMPLICIT_NAME, country=country, sector=_sector(token, parsed.lang))
    return build_event(trigger, sent, frame, "PROTEST", trigger.cue.mode or "demo", [placeholder.ref()],
                       [actor.ref() for actor in aimed], _flags(token, parsed.lang), IMPLICIT_CONFIDENCE,
                       Span(start, end), target_span)


def _flags(token: Token, lang: str) -> Flags:
    """The trigger's flags, and those of the noun that frames it ("podrían atizar estallidos de protestas", "a wave
    of protests could follow"): the frame's clause says whether the protests happen."""
    own = flags_for(token, lang)
    frame = token.head if token.dep_ == "nmod" else token.head.head if token.dep_ == "pobj" else None
    if frame is None or frame.i == token.i or frame.pos_ != "NOUN":
        return own
    framed = flags_for(frame, lang)
    return Flags(own.negated or framed.negated, own.hypothetical or framed.hypothetical, own.future or framed.future)


def _definite(analysis: Analysis, event: Event) -> bool:
    """The trigger noun has a definite or demonstrative determiner ("the protest", "estas protestas")."""
    found = analysis.trigger_of(event)
    return found is not None and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in found[1].children)


def _earlier_protest(events: list[Event], event: Event) -> Event | None:
    """The latest PROTEST coded before ``event``'s sentence, of the same mode, in the same country (or both in none)."""
    earlier = [e for e in events if e.type == "PROTEST" and e.evidence.start < event.evidence.start
               and (e.mode or "demo") == event.mode and not e.negated
               and (_countries(e) & _countries(event) or not _countries(e) | _countries(event))]  # both of no country
    return max(earlier, key=lambda e: e.evidence.start, default=None)


def _countries(event: Event) -> set[str]:
    found = {a.country for a in event.source if a.country}
    if event.location is not None and event.location.country:
        found.add(event.location.country)
    return found


def _give_actor(analysis: Analysis, event: Event, made: list[Actor]) -> None:
    """Put the event's implicit protesters in ``analysis.actors``: one actor per country and sector in the article
    (``made`` lists them), each protest word one of its mentions."""
    ref = event.source[0]
    trigger = event.evidence.trigger
    code = ActorCode(name=IMPLICIT_NAME, country=ref.country, sector=ref.sector, kind="group")
    frame = Frame(analysis=analysis, offset=0, lang=analysis.article.language or "en")
    actor = add_actor(frame, code, analysis.text[trigger.start : trigger.end], trigger.start, trigger.end, among=made,
                      country_inferred=True)
    event.source = [actor.ref()]
