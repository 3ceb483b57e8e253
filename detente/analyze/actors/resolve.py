"""Document-level actor resolution: phrases of every paragraph → coded, merged :class:`Actor` records."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Span

from detente.analyze.actors.acronyms import Acronyms
from detente.analyze.actors.coding import ActorCode, code_phrase
from detente.analyze.actors.counterparts import counterpart_token, holder_token
from detente.analyze.actors.kin_groups import kin_state
from detente.analyze.actors.datelines import DASHES, caps_place_line, colon_dateline, dateline_length, without_dashes
from detente.analyze.actors.matcher import ORG_LABELS, PLACE_LABELS, Unit, annotate, capitalised, compile_lexicon, span_text, token_texts
from detente.analyze.actors.qualified_towns import carry_qualified_towns
from detente.analyze.actors.article_towns import read_towns_in_article
from detente.analyze.nlp import known_words
from detente.analyze.actors.place_context import read_towns_in_context, sentence_places, sentence_states
from detente.analyze.actors.phrases import Phrase, group_phrases, is_person, only_world_regions
from detente.analyze.actors.not_actors import is_body_sense, is_joint_activity, is_nickname, is_office_sought
from detente.analyze.actors.settlements import is_bare_settlement
from detente.analyze.actors.statehood import assign_states
from detente.analyze.actors.trade_bodies import trade_body_sector
from detente.analyze.actors.topics import is_destination, is_topic_subject, phrase_preposition, posted_diplomat
from detente.analyze.context import Analysis, ParsedParagraph
from detente.knowledge.actors import (ActorKnowledge, Entry, action_nouns_es, default_knowledge, meeting_nouns,
                                     venue_towns)
from detente.knowledge.actors.normalize import phrase_key
from detente.knowledge.actors.words import addressee_verbs
from detente.model import Actor, Mention

PLACE_PREPOSITIONS = {"in", "at", "near", "to", "from", "into", "across", "en", "a", "desde", "hacia", "de"}
OF_DOER = {"de", "del"}

TRADE_BODY_FROM = {"GOV", "SOC", "LEG", None}  # what a body word alone reads
COMPANY_SECTORS = {"BUS", "MNC"}  # a company's home country says nothing of the people and groups near it (TikTok, CHN)


@dataclass
class MentionSite:
    """One mention of an actor in the article, with what coreference needs to know about it."""

    start: int
    end: int
    text: str
    parsed: ParsedParagraph
    span: Span  # the phrase in its paragraph doc
    subject: bool


@dataclass
class ActorDraft:
    """An actor while mentions are being collected."""

    key: tuple
    code: ActorCode
    mentions: list[MentionSite] = field(default_factory=list)
    pronouns: list[Mention] = field(default_factory=list)

    def first_start(self) -> int:
        starts = [m.start for m in self.mentions] + [m.start for m in self.pronouns]
        return min(starts)


def identity(code: ActorCode) -> tuple:
    """Mentions with the same identity are the same actor."""
    if code.entity_id:
        return ("entity", code.entity_id, code.sector if code.kind == "org" else None)
    if code.kind == "person":
        return ("person", phrase_key(code.name))
    if code.kind == "country":
        if code.sector in {"CVL", "REF"}:  # Israel ≠ Israelis ≠ displaced Israelis
            return ("people", code.country, code.sector)
        return ("country", code.country)
    return (code.kind, code.country, code.sector, phrase_key(code.name))


def _mention_span(part: Phrase) -> Span:
    """The words of a mention without dashes at its edges or beyond a spaced dash ("NEW YORK -" → "NEW YORK")."""
    doc, start, end = part.doc, part.start, part.end
    span = Span(doc, start, end)
    texts, _ = token_texts(doc)
    if DASHES.isdisjoint(texts[start:end]):
        return span  # nothing to trim: skip the head search (most mentions)
    named = frozenset(i for u in part.units for i in range(u.start, u.end))
    trimmed = without_dashes(doc, start, end, span.root.i, named)
    return Span(doc, *trimmed) if trimmed != (start, end) and trimmed[0] < trimmed[1] else span


def is_subject(span: Span) -> bool:
    token = span.root
    while token.dep_ in {"conj", "appos", "compound", "flat"} and token.head is not token:
        token = token.head
    return token.dep_.startswith("nsubj")


PLACE_KINDS = {"capital", "city", "country", "region"}


def _names_a_place(line: str, kb: ActorKnowledge) -> bool:
    """A line that is one known place name ("JEDDAH", "WASHINGTON —"), not a heading such as "US FALLS"."""
    key = phrase_key(line.strip(" -–—:.\n"))
    if any(e.kind in PLACE_KINDS for e in kb.phrases.get(key, ())):
        return True
    return kb.city_country(key) is not None or kb.region_country(key) is not None


def _nation_named(phrase: Phrase) -> bool:
    """The phrase names a country or people ("the US embassy", "la embajada de Estados Unidos"), not only a city:
    "its Washington embassy" stands in Washington."""
    return any(u.kinds() & {"country", "demonym"} for u in phrase.units)


def _no_listed_actor(phrase: Phrase) -> bool:
    """No agent word and no listed person or body: in a line of capitals ("JEDDAH", "KEREM SHALOM") the NER's
    labels are guesses, so such a phrase is a place name."""
    return not any(u.kinds() & {"agent", "entity"} for u in phrase.units)


def _only_places(phrase: Phrase) -> bool:
    """Every unit of the phrase names a place (no person, agent word or listed body)."""
    if any(is_person(u) or u.kinds() & {"agent", "entity"} for u in phrase.units):
        return False
    return all(u.kinds() & (PLACE_KINDS | {"world_region"}) or (u.label in PLACE_LABELS and not u.entries) for u in phrase.units)


def _is_place_complement(phrase: Phrase) -> bool:
    """'met in Washington', 'en Bogotá': a place, not an actor."""
    if not _only_places(phrase):
        return False
    root = Span(phrase.doc, phrase.start, phrase.end).root
    if root.dep_ == "nmod" and root.head.lower_ in action_nouns_es() and any(c.lower_ in OF_DOER for c in root.children):
        return False  # "los ataques de Rusia contra Ucrania": who attacks
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() in addressee_verbs():
        return False  # "protested to Ankara": whom the protest is addressed to
    if root.dep_ == "pobj" or root.dep_ in {"obl", "nmod"}:
        return root.head.lower_ in PLACE_PREPOSITIONS or any(c.lower_ in PLACE_PREPOSITIONS for c in root.children)
    return False


NOT_NAME_POS = {"ADV", "ADP", "AUX", "VERB", "SCONJ", "CCONJ", "PRON", "DET", "INTJ", "NUM", "PART", "ADJ"}


def _not_a_name(phrase: Phrase) -> bool:
    """A phrase whose one word (punctuation and articles aside) the tagger reads as a verb, adverb,
    preposition, interjection or the like: Spanish sentence openers the NER marks as entities."""
    words = [t for t in phrase.doc[phrase.start:phrase.end] if not t.is_punct and t.pos_ != "DET"]
    return len(words) == 1 and words[0].pos_ in NOT_NAME_POS


def _known_surnames(units_by_paragraph: list[list[Unit]]) -> dict[str, list[Entry]]:
    """Last names of people named in full in this document ('Petro' → Gustavo Petro)."""
    surnames: dict[str, list[Entry]] = {}
    for units in units_by_paragraph:
        for unit in units:
            words = phrase_key(unit.text).split()
            if len(words) < 2 or not is_person(unit):
                continue
            entries = [e for e in unit.entries if e.kind == "entity" and e.value.startswith("P:")]
            surnames.setdefault(words[-1], entries)
    return surnames


def _add_surname_units(doc, units: list[Unit], surnames: dict[str, list[Entry]]) -> list[Unit]:
    """Bare surnames of people named in full elsewhere in the article, which the NER missed."""
    if not surnames:
        return units
    texts, keys = token_texts(doc)
    hits = [i for i in capitalised(doc) if keys[i] in surnames]  # only capitalised words are taken below
    if not hits:
        return units
    covered = {i for u in units for i in range(u.start, u.end)}
    known = known_words(doc.vocab) or frozenset()
    extra = [
        Unit(i, i + 1, list(surnames[keys[i]]), "PERSON", texts[i])
        for i in hits
        if i not in covered and texts[i][:1].isupper() and (doc[i].pos_ == "PROPN" or (
            doc[i].is_sent_start and doc[i].pos_ == "NOUN" and texts[i].lower() not in known))
    ]  # "Doakes criticized ...": a sentence's first word the tagger took for a noun, no word the model knows
    return sorted(units + extra, key=lambda u: u.start) if extra else units


def _prefer_document_people(units: list[Unit], surnames: dict[str, list[Entry]], unlisted: frozenset[str]) -> None:
    """A bare surname is the person the article names in full with it: a listed one ("Petro" → Gustavo Petro),
    or someone no list holds ("Julie Sharif ... Sharif said" is not Shehbaz Sharif; see ``_unlisted_surnames``)."""
    if not surnames:
        return
    for unit in units:
        words = phrase_key(unit.text).split()
        if len(words) == 1 and not unit.entries and unit.label in ORG_LABELS | PLACE_LABELS and surnames.get(words[0]):
            # "Scott promised" tagged ORG after "Sen. Tim Scott": the senator; "Ritter, who arrived" tagged FAC (a
            # name no gazetteer knows) after "Scott Ritter": the inspector
            unit.entries = list(surnames[words[0]])
            continue
        if len(words) == 1 and is_person(unit) and words[0] in surnames:
            if surnames[words[0]]:
                unit.entries = [e for e in unit.entries if e.kind != "entity"] + surnames[words[0]]
            elif words[0] in unlisted:
                unit.entries = [e for e in unit.entries if e.kind != "entity"]
                unit.unlisted_person = True


def _unlisted_surnames(units_by_paragraph: list[list[Unit]], surnames: dict[str, list[Entry]],
                       kb: ActorKnowledge) -> frozenset[str]:
    """Surnames the article gives in full to someone no list holds, with a first name no listed bearer of the
    surname has ("Julie Sharif", "Timothy Morrison"; not "Binyamin Netanyahu", a spelling, nor "Team Biden")."""
    from detente.analyze.actors.person_names import first_name_keys

    found: set[str] = set()
    for units in units_by_paragraph:
        for unit in units:
            words = phrase_key(unit.text).split()
            if len(words) < 2 or surnames.get(words[-1]) or not is_person(unit) or words[0] not in first_name_keys():
                continue
            listed_firsts = {phrase_key(kb.entities[i].name).split()[0] for i in kb.surnames.get(words[-1], ())}
            if words[0] not in listed_firsts:
                found.add(words[-1])
    return frozenset(found)


def collect(analysis: Analysis, kb: ActorKnowledge, evidence: list | None = None) -> list[ActorDraft]:
    """Code every actor phrase of the article and merge mentions by identity; countries named on the
    way (also by place complements such as "in Caracas") go into ``evidence`` when it is given."""
    from detente.analyze.actors.context_country import CountryEvidence, is_foreign_mission, sentence_key

    date = analysis.article.reference_date
    annotated: list[tuple[ParsedParagraph, list[Unit]]] = []
    for parsed in analysis.parsed:
        lexicon = compile_lexicon(kb, parsed.lang)
        annotated.append((parsed, annotate(parsed.doc, lexicon)))
    carry_qualified_towns([(parsed.doc, units) for parsed, units in annotated])
    read_towns_in_article([(parsed.doc, units) for parsed, units in annotated], kb.city_population)
    surnames = _known_surnames([units for _, units in annotated])
    unlisted = _unlisted_surnames([units for _, units in annotated], surnames, kb) if surnames else frozenset()
    preferred = frozenset(e.value for entries in surnames.values() for e in entries)
    acronyms = Acronyms(analysis.text, kb)
    drafts: dict[tuple, ActorDraft] = {}
    for parsed, units in annotated:
        lexicon = compile_lexicon(kb, parsed.lang)
        units = _add_surname_units(parsed.doc, units, surnames)
        _prefer_document_people(units, surnames, unlisted)
        sentence_starts = [sent.start for sent in parsed.sents]
        read_towns_in_context(units, sentence_starts)
        places = sentence_places(units, sentence_starts)
        states = sentence_states(units, sentence_starts)
        paragraph_text = parsed.text if parsed.text is not None else parsed.doc.text
        dateline = dateline_length(paragraph_text)
        if not dateline and (colon := colon_dateline(paragraph_text)) is not None and _names_a_place(colon[0], kb):
            dateline = colon[1]  # "NEW DELHI: ..."
        caps_line = not dateline and caps_place_line(paragraph_text) and _names_a_place(paragraph_text, kb)
        coded: dict[int, ActorCode] = {}  # token index → code of the phrase there (a counterpart's holder)
        for phrase in group_phrases(parsed.doc, units, parsed.sents):
            in_dateline = phrase.doc[phrase.start].idx < dateline or (caps_line and _no_listed_actor(phrase))
            place = in_dateline or _is_place_complement(phrase)
            if place and evidence is None:
                continue
            sentence = bisect_right(sentence_starts, phrase.start)
            code = code_phrase(phrase, lexicon, date, preferred, places=places.get(sentence, frozenset()),
                               named=states.get(sentence, frozenset()))
            _counterpart_sector(phrase, code, coded)
            if code.sector in TRADE_BODY_FROM and (trade := trade_body_sector(phrase.doc, phrase.start, phrase.end)):
                code.sector = trade  # "Council of Fashion Designers of America": a trade's body, not the state's
            text = phrase.doc[phrase.start:phrase.end].text
            code = acronyms.read(text, code)  # "The CFDA" after "the Council of Fashion Designers of America"
            acronyms.note(text, code)
            if (state := kin_state(phrase, code, units)) is not None:
                code.homeland, code.country = code.country, state  # "Albanian gunmen near Tetovo": MKD
            if evidence is not None and code.country in kb.countries and code.sector not in COMPANY_SECTORS:
                start = parsed.offset + phrase.doc[phrase.start].idx
                weight = VENUE_WEIGHT if _venue(phrase) else 0.5 if place and not in_dateline else 1.0
                span = Span(phrase.doc, phrase.start, phrase.end)
                abroad = is_foreign_mission(code) and (_nation_named(phrase) or posted_diplomat(span, code.titles))
                state = not place and (code.sector == "GOV" or code.kind == "country" and code.sector is None
                                       and any(u.first("country") for u in phrase.units))
                nationality = any(u.first("demonym") for u in phrase.units) and not any(
                    u.first(kind) for u in phrase.units for kind in ("country", "city", "capital", "region"))
                meeting = place and not in_dateline and _meeting_venue(phrase)
                topic = in_dateline or (not place and is_topic_subject(span))
                destination = place and not in_dateline and is_destination(span)
                evidence.append(CountryEvidence(parsed.index, sentence_key(parsed, start), start, code.country, weight,
                                                abroad, state, code.sector, nationality, meeting, topic, destination,
                                                person=not place and code.kind == "person"
                                                and bool(code.entity_id or not code.titles)))
            if place:
                continue
            if code.kind == "unknown" and not any(u.label for u in phrase.units):
                continue
            if code.weapon and not code.country:
                continue  # "Missiles struck Kyiv": what was fired, not who fired it
            if is_bare_settlement(code.titles, Span(phrase.doc, phrase.start, phrase.end)):
                continue  # "bombed three villages": a place; "Chechen villages" are the community's people
            if code.region and not code.sector and only_world_regions(phrase):
                continue  # "the Middle East", "Latin America": a place with no country, not an actor
            if not code.resolved and _not_a_name(phrase):
                continue  # "¡Vamos!", "Según", "Además": the tagger's entity is a word, not a name
            if is_body_sense(phrase) or is_nickname(phrase) or is_office_sought(phrase) or is_joint_activity(phrase):
                continue  # "on his person"; 'also known as "SALAMI"'; "her White House run"; "joint patrols"
            key = identity(code)
            draft = drafts.setdefault(key, ActorDraft(key, code))
            _merge_code(draft.code, code)
            for part in [phrase, *phrase.appositions]:
                span = _mention_span(part)
                start = parsed.offset + span.start_char
                text = span_text(parsed.doc, span.start, span.end)
                draft.mentions.append(MentionSite(start, start + len(text), text, parsed, span, is_subject(span)))
    return list(drafts.values())


def _counterpart_sector(phrase: Phrase, code: ActorCode, coded: dict[int, ActorCode]) -> None:
    """'his Syrian counterpart' takes the sector of the actor whose counterpart it is (coded earlier in the
    paragraph); then records this phrase's code for later counterparts."""
    word = counterpart_token(phrase.doc, phrase.end) if code.sector is None else None
    holder = holder_token(word) if word is not None else None
    if holder is not None and holder.i in coded and coded[holder.i].sector is not None:
        code.sector = coded[holder.i].sector  # one person of that state, not the state: an actor of its own
        code.kind, code.title_kind = "group", "person"
        code.name = f"{phrase.doc[phrase.start:phrase.end].text} {word.text}"  # "Russian counterpart"
    for i in range(phrase.start, phrase.end):
        coded[i] = code


VENUE_WEIGHT = 0.1  # ten mentions of Davos still weigh less than one actor of another country


def _venue(phrase: Phrase) -> bool:
    """'Davos', 'in Geneva', 'at Camp David': a town named mostly as where others meet (venue_towns.txt)."""
    return all(phrase_key(unit.text) in venue_towns() for unit in phrase.units)


def _meeting_venue(phrase: Phrase) -> bool:
    """'walked out of the talks in Geneva', 'la cumbre en Lima': the place of a meeting noun's locative phrase."""
    root = Span(phrase.doc, phrase.start, phrase.end).root
    preposition = phrase_preposition(root)
    if preposition is None or preposition.i == 0:
        return False
    nouns = meeting_nouns()  # the parser often hangs the phrase on the verb: "left the meeting in Nairobi"
    return preposition.head.lower_ in nouns or root.head.lower_ in nouns or phrase.doc[preposition.i - 1].lower_ in nouns


def _merge_code(kept: ActorCode, new: ActorCode) -> None:
    """Later mentions add titles, country or sector the first mention lacked."""
    kept.titles |= new.titles
    kept.head = kept.head or new.head
    kept.country = kept.country or new.country
    kept.sector = kept.sector or new.sector
    kept.gender = kept.gender or new.gender
    if kept.kind == "person" and len(new.name) > len(kept.name) and not kept.entity_id:
        kept.name = new.name


def _fullness(site: MentionSite, article) -> tuple:
    """Prefer mentions in body paragraphs of the article's language, then the longest."""
    paragraph = article.paragraphs[site.parsed.index] if site.parsed.index < len(article.paragraphs) else None
    same_language = paragraph is not None and (article.language is None or paragraph.lang in (None, article.language))
    body = paragraph is not None and paragraph.kind == "body"
    return (same_language, body, len(site.text))


def to_actors(drafts: list[ActorDraft], article) -> list[Actor]:
    """Final records, numbered A1.. in order of first mention; text is the fullest mention."""
    actors: list[Actor] = []
    for number, draft in enumerate(sorted(drafts, key=lambda d: d.first_start()), start=1):
        mentions = sorted({(m.start, m.end, m.text) for m in draft.mentions} | {(p.start, p.end, p.text) for p in draft.pronouns})
        fullest = max(draft.mentions, key=lambda m: _fullness(m, article)).text if draft.mentions else draft.code.name
        code = draft.code
        actors.append(Actor(
            id=f"A{number}", text=fullest, name=code.name, country=code.country, sector=code.sector,
            role=code.role, mentions=[Mention(text, start, end) for start, end, text in mentions],
            country_inferred=code.country_from_context,
        ))
    return actors


def resolve(analysis: Analysis, kb: ActorKnowledge | None = None) -> None:
    """Fill ``analysis.actors`` from the parsed paragraphs (stage after nlp.parse)."""
    from detente.analyze.coref import link_mentions

    from detente.analyze.actors.context_country import assign_context_countries
    from detente.analyze.actors.first_person import assign_speaker_governments
    from detente.analyze.actors.home_congress import relocate_bare_congress
    from detente.analyze.actors.party_tags import party_tag_country

    kb = kb or default_knowledge()
    evidence: list = []
    drafts = collect(analysis, kb, evidence)
    drafts = link_mentions(analysis, drafts)
    party_tag_country(drafts)  # "Sen. Kelly Ayotte, R-N.H.": a US politician
    drafts = assign_context_countries(drafts, evidence, kb)
    relocate_bare_congress(drafts, evidence)
    assign_speaker_governments(drafts)
    assign_states(drafts, analysis.article.reference_date)
    analysis.actors = to_actors(drafts, analysis.article)
    analysis.reindex_actors()
