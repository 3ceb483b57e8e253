"""Group matched units into actor phrases: "Colombian President Gustavo Petro", "Russia's ambassador",
"protesters in Bogotá", "Boris Johnson, the British prime minister", "Hungarian and Romanian officials".

Rules work on token order plus a few dependency and part-of-speech checks, because small-model parses
of title + name sequences are unreliable ("US President Donald Trump" comes out as an apposition).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.parts_of_speech import ADJ
from spacy.tokens import Doc, Span, Token

from detente.analyze.actors.backing import is_backer
from detente.analyze.actors.group_appositions import is_group_apposition
from detente.analyze.actors.matcher import (ORG_LABELS, PERSON_LABELS, PLACE_LABELS, Unit, span_text, token_pos,
                                            token_texts)
from detente.knowledge.actors import collective_nouns, condition_nouns

POSSESSIVE = {"'s", "’s", "'", "’"}
OF_WORDS = {"of", "de", "del"}
LOCATION_WORDS = {"in", "from", "en", "desde", "inside", "throughout", "across"}
AFFIX_PARTICIPLES = {"based", "led", "backed", "born", "linked", "aligned", "allied", "controlled", "run", "owned"}
DETERMINERS = {"the", "a", "an", "el", "la", "los", "las", "un", "una", "unos", "unas", "its", "some", "several", "two", "three"}
COORDINATORS = {"and", "or", "y", "e", ","}
MODIFIER_DEPS = {"amod", "compound", "nmod", "nummod", "quantmod", "flat", "case"}
MAX_GAP = 3


@dataclass
class Phrase:
    """Token span [start, end) of an actor phrase, its units, and units it borrows from neighbours."""

    doc: Doc
    units: list[Unit]
    start: int
    end: int
    locations: list[Unit] = field(default_factory=list)  # "in Bogotá": where, not who
    borrowed: list[Unit] = field(default_factory=list)  # agents shared by coordination
    appositions: list["Phrase"] = field(default_factory=list)

    @property
    def text(self) -> str:
        return span_text(self.doc, self.start, self.end)

    def all_units(self) -> list[Unit]:
        units = list(self.units) + self.locations + self.borrowed
        for other in self.appositions:
            units.extend(other.units + other.locations)
        return units

    def has(self, kind: str) -> bool:
        return any(has_kind(u, kind) for u in self.units)

    def has_person(self) -> bool:
        return any(is_person(u) for u in self.units)

    def has_agent(self) -> bool:
        return any(is_agent(u) for u in self.units)


NOT_PERSON_KINDS = frozenset({"country", "demonym", "capital", "agent", "city", "people"})


def is_person(unit: Unit) -> bool:
    entries = unit.entries
    if unit.label in PERSON_LABELS and not any(e.kind in NOT_PERSON_KINDS for e in entries):
        return True
    for entry in entries:
        if entry.kind == "entity" and entry.value.startswith("P:"):
            return True
    return False


def is_agent(unit: Unit) -> bool:
    for entry in unit.entries:
        if entry.kind == "agent" and entry.detail != "former":
            return True
    return False


def is_follower(unit: Unit) -> bool:
    """'supporters', 'seguidores': a group defined by whom it follows ("supporters of X", "X's supporters")."""
    return any(e.kind == "agent" and e.detail == "follower" for e in unit.entries)


def is_kin(unit: Unit) -> bool:
    """'wife', 'son', 'family': someone defined by whose relative they are ("the president's wife")."""
    return any(e.kind == "agent" and e.detail == "kin" for e in unit.entries)


def _owned_group(unit: Unit) -> bool:
    """A body someone can own: "Khan's supporters", "Djindjic's opposition coalition" (not "Trump's spokesman")."""
    return any(e.kind == "agent" and e.detail in {"follower", "group", "kin"} for e in unit.entries)


RULED_SECTORS = {"GOV", "MIL", "PTY", "COP", "SPY", "REB"}


def _ruled_body(unit: Unit) -> bool:
    """A body a person leads and names ("the government of X", "el gabinete de X"), not "the victims of X"."""
    return any(e.kind == "agent" and e.detail == "group" and e.value in RULED_SECTORS for e in unit.entries)


def is_former(unit: Unit) -> bool:
    for entry in unit.entries:
        if entry.kind != "agent" or entry.detail != "former":
            return False
    return bool(unit.entries)


def has_kind(unit: Unit, kind: str) -> bool:
    return any(e.kind == kind for e in unit.entries)


def is_place(unit: Unit) -> bool:
    kinds = unit.kinds()
    return bool(kinds & {"country", "capital", "city", "region", "world_region"}) or (unit.label in PLACE_LABELS and not kinds)


def only_world_regions(phrase: Phrase) -> bool:
    """'the Middle East', 'West Africans': a phrase of world-region names only, which is a place, not an actor."""
    return not phrase.borrowed and all(has_kind(u, "world_region") for u in phrase.units)


def is_country_word(unit: Unit) -> bool:
    return bool(unit.kinds() & {"country", "demonym", "capital"})


def _modifier(token: Token) -> bool:
    """Tokens that may sit between two units of one phrase: adjectives, names, compounds, hyphens."""
    if token.text in {"-", "–"} or token.is_space:
        return True
    if token.lower_ in AFFIX_PARTICIPLES and token.i > 0 and token.nbor(-1).text in {"-", "–"}:
        return True  # "Somalia-based", "Kurdish-led"
    if token.pos_ in {"VERB", "AUX", "CCONJ", "PUNCT", "ADP", "PRON", "SCONJ", "DET", "PART"}:
        return False
    return token.pos_ in {"ADJ", "PROPN", "NUM"} or (token.pos_ == "NOUN" and token.dep_ in MODIFIER_DEPS)


def _strip_det(tokens: list[Token]) -> list[Token]:
    return tokens[1:] if tokens and tokens[0].lower_ in DETERMINERS else tokens


LOYAL_WORDS = {"loyal", "faithful", "leal", "leales", "fiel", "fieles"}
LOYAL_LINKS = {"to", "a", "al"}


def loyalty_link(gap) -> bool:
    """'loyal to', 'leales a': the words between a group and the person or body it serves."""
    return len(gap) >= 2 and gap[0].lower_ in LOYAL_WORDS and gap[1].lower_ in LOYAL_LINKS


def _join_mode(phrase: Phrase, gap: list[Token], unit: Unit) -> str | None:
    """How ``unit`` attaches to the phrase before it: 'join', 'location' or None (new phrase)."""
    if len(gap) > MAX_GAP + 1:
        return None
    unit_person = is_person(unit)
    if unit_person and phrase.has_person():
        return None
    if len(gap) > 1 and gap[0].pos_ == "NOUN" and gap[0].lower_ in collective_nouns() \
            and gap[1].lower_ in LOCATION_WORDS | OF_WORDS and phrase.has_agent() and not phrase.has_person():
        gap = gap[1:]  # "Islamist militant [group] in Somalia": the collective noun the agent word modifies
    first = gap[0].lower_ if gap else ""
    if gap and gap[0].text in {"'", "’"} and gap[0].i > 0 and gap[0].nbor(-1).lower_.endswith("s") \
            and is_agent(unit) and all(_modifier(t) for t in gap[1:]):
        return "join"  # plural attributive possessive: "Serbian Workers' Union", "Farmers' Association"
    if first in POSSESSIVE or (gap and gap[0].tag_ == "POS"):
        rest = gap[1:]
        if (phrase.has_person() and not _owned_group(unit)) or (phrase.has_agent() and not is_kin(unit)) \
                or not all(_modifier(t) for t in rest):
            return None  # but "the president's wife" is one actor
        if _country_owns_unknown_body(phrase, unit):
            return "join"  # "Ukraine's Security Service": a body of that country the lists do not know
        return "join" if (is_agent(unit) or unit_person or unit.kinds() & {"entity"}) else None
    if first == "for" and not unit_person and _only_role_words(phrase) and all(_modifier(t) for t in _strip_det(gap[1:])) \
            and (unit.entries or unit.label) and not is_place(unit):
        return "join"  # "a spokesman for the Chinese embassy", "an official for the rebels"
    if first in PORTFOLIO_WORDS and unit_person and _titled(phrase) and _portfolio(gap[1:]):
        # "Minister for Foreign Affairs X"; "Minister for Interior Mohsin Naqvi" (NER took "Interior" into the name),
        # but not "a spokesman for Raila Odinga"
        trimmed = _trim_portfolio(unit, gap[0].doc)
        if (len(gap) > 1 or trimmed) and gap[0].doc[phrase.end - 1].text[:1].isupper():
            return "join"
    if loyalty_link(gap) and phrase.has_agent() and not phrase.has_person() and (unit.entries or unit.label) \
            and all(_modifier(t) for t in _strip_det(gap[2:])):
        return "join"  # "troops loyal to Assad", "milicias leales a Maduro": whose followers they are
    if first in OF_WORDS:
        rest = _strip_det(gap[1:])
        if phrase.has_agent() and not unit_person and is_place(unit) and _name_chain(phrase, gap):
            return "join"  # "Ministerio de Defensa de Perú", "Supreme Court of Justice of Colombia"
        if not rest and unit.first("country") is not None and phrase.has("entity") and not phrase.has_person():
            return "join"  # "the Ministry of Defence of Ukraine": whose body it is
        if not phrase.has_agent() or not all(_modifier(t) for t in rest):
            return None
        # "supporters of Imran Khan", "the wife of X", "the government of Daniel Ortega", "el régimen de Maduro"
        follows = any(is_follower(u) or is_kin(u) or _ruled_body(u) for u in phrase.units)
        return "join" if (unit.entries or unit.label) and (not unit_person or follows) else None
    if first in AFFIX_PARTICIPLES and len(gap) > 1 and gap[1].lower_ in LOCATION_WORDS:
        gap, first = gap[1:], gap[1].lower_  # "a group based in Trinidad", "rebels based in Congo"
    if first in LOCATION_WORDS:
        rest = _strip_det(gap[1:])
        if _ethnic_community(phrase) or rebel_people(phrase.units):  # "ethnic Russians in Estonia", "rebel Serbs in Krajina"
            return "location" if is_place(unit) and all(_modifier(t) for t in rest) else None
        if not phrase.has_agent() or phrase.has_person() \
                or any(is_country_word(u) and not is_backer(phrase.doc, u) for u in phrase.units):
            return None  # "Hungarian officials in Kyiv" are Hungarian; "pro-Russian separatists in Donetsk" are not Russian
        return "location" if is_place(unit) and all(_modifier(t) for t in rest) else None
    if gap and phrase.has_agent() and not unit_person and is_place(unit) and _name_chain(phrase, gap):
        return "join"  # "Universidad Nacional de Colombia"
    if all(_modifier(t) for t in gap) and len(gap) <= MAX_GAP:
        if is_place(unit) and any(is_place(u) for u in phrase.units):
            return None  # "Estados Unidos atacara Venezuela": two places are two actors
        return "join"
    return None


def _country_owns_unknown_body(phrase: Phrase, unit: Unit) -> bool:
    """A country (not a city or people) owning an ORG name that no list knows."""
    return not unit.entries and unit.label in ORG_LABELS and all(
        u.first("country") is not None and not is_backer(phrase.doc, u) for u in phrase.units)


ETHNIC_WORDS = {"ethnic", "étnico", "étnica", "étnicos", "étnicas"}


def _ethnic_community(phrase: Phrase) -> bool:
    """'ethnic Russians', 'ethnic Armenians': a people named by a demonym, living where the text says."""
    texts, _ = token_texts(phrase.doc)
    return not phrase.has_person() and any(u.first("demonym") for u in phrase.units) \
        and any(text.lower() in ETHNIC_WORDS for text in texts[max(phrase.start - 1, 0):phrase.end])


def rebel_people(units: list[Unit]) -> bool:
    """The phrase ends in a demonym (the people) after a rebel agent word: 'rebel Serbs', 'rebel Kurds'. Like 'ethnic
    Serbs', they are a community where the text places them ('rebel Serbs in Krajina'); 'Albanian rebels (in
    Macedonia)' stay the demonym's: rebels of that people."""
    if len(units) < 2 or not (units[-1].first("demonym") or units[-1].first("people")) or is_person(units[-1]):
        return False
    return any(e.kind == "agent" and e.value == "REB" for u in units[:-1] for e in u.entries)


def _only_role_words(phrase: Phrase) -> bool:
    """A phrase that is nothing but generic role words ('a spokesman', 'officials'): it says whose they are next."""
    from detente.knowledge.actors import generic_roles
    from detente.knowledge.actors.normalize import phrase_key

    roles = generic_roles().get(phrase.doc.lang_, frozenset())
    return all(is_agent(u) and phrase_key(u.text) in roles for u in phrase.units)


NAME_CHAIN_JOINERS = {"of", "de", "del", "the", "la", "las", "los", "el", "and", "y", "e", "for", "para"}
NAME_CHAIN_MAX = 7


def _name_chain(phrase: Phrase, gap: list[Token]) -> bool:
    """A capitalised institution name continued by 'of/de' words up to a place: the gap of
    'Corte Suprema [de Justicia de] Colombia' or 'Ministry [of Foreign Affairs of] Iran'."""
    if len(gap) > NAME_CHAIN_MAX or not phrase.doc[phrase.end - 1].text[:1].isupper():
        return False
    if not any(t.text[:1].isupper() for t in gap):
        return False
    tail = [t for t in gap if t.lower_ not in DETERMINERS]
    return bool(tail) and tail[-1].lower_ in OF_WORDS and \
        all(t.text[:1].isupper() or t.lower_ in NAME_CHAIN_JOINERS for t in gap)


PORTFOLIO_WORDS = {"for", "of"}
PORTFOLIO_JOINERS = {"and", "&", "of", "the"}


def _titled(phrase: Phrase) -> bool:
    """A one-person title ('Minister', 'Secretary') and nobody named yet."""
    if phrase.has_person():
        return False
    return any(e.kind == "agent" and e.detail in {"person", "head"} for u in phrase.units for e in u.entries)


def _portfolio(tokens: list[Token]) -> bool:
    """'for Foreign Affairs', 'of Home Affairs', or nothing (NER took the portfolio into the name)."""
    return len(tokens) <= MAX_GAP and all(t.text[:1].isupper() or t.lower_ in PORTFOLIO_JOINERS for t in tokens)


def _trim_portfolio(unit: Unit, doc: Doc) -> bool:
    """Drop leading common words from an unknown name: 'Interior Mohsin Naqvi' → 'Mohsin Naqvi'."""
    from detente.analyze.nlp import known_words
    from detente.knowledge.actors import gender_words

    if unit.entries or unit.end - unit.start < 3:
        return False
    known = known_words(doc.vocab)
    if not known:
        return False
    start = unit.start
    while unit.end - start > 2 and doc[start].lower_ in known and doc[start].lower_ not in gender_words():
        start += 1
    if start == unit.start:
        return False
    unit.start, unit.text = start, doc[start:unit.end].text
    return True


def group_phrases(doc: Doc, units: list[Unit], sents: list[Span] | None = None) -> list[Phrase]:
    """Actor phrases of a doc, in order, with coordination and apposition links resolved.

    ``sents``: the doc's sentences when the caller already has them (``doc.sents`` walks the doc on each call).
    """
    phrases: list[Phrase] = []
    starts = [sent.start for sent in (doc.sents if sents is None else sents)]
    sentence_of = {id(unit): bisect_right(starts, unit.start) for unit in units}
    current: Phrase | None = None
    for unit in units:
        if current is not None and sentence_of.get(id(unit)) == sentence_of.get(id(current.units[-1])):
            # a gap longer than MAX_GAP + 1 tokens never joins: do not build its Token objects
            gap = [doc[i] for i in range(current.end, unit.start)] if unit.start - current.end <= MAX_GAP + 1 else None
            mode = _join_mode(current, gap, unit) if gap is not None else None
            if mode == "join":
                current.units.append(unit)
                current.end = unit.end
                continue
            if mode == "location":
                current.locations.append(unit)
                current.end = unit.end
                continue
        current = Phrase(doc, [unit], unit.start, unit.end)
        phrases.append(current)
    for phrase in phrases:
        _extend_left(phrase)
        _extend_to_collective(phrase)
    phrases = [p for p in phrases if not all(is_former(u) for u in p.units) and not _modifies_other_noun(p)
               and not _names_a_condition(p)]
    _share_coordinated_agents(doc, phrases)
    return _attach_appositions(doc, phrases)


def _names_a_condition(phrase: Phrase) -> bool:
    """'the state of emergency', 'el estado de sitio': "state" heads a condition here, not a government."""
    texts, _ = token_texts(phrase.doc)
    if texts[phrase.end - 1].lower() not in {"state", "estado"} or phrase.end + 1 >= len(texts):
        return False
    return texts[phrase.end].lower() in {"of", "de"} and texts[phrase.end + 1].lower() in condition_nouns()


def _modifies_other_noun(phrase: Phrase) -> bool:
    """'social media accounts', 'police station staff': an agent word that only modifies another noun."""
    if phrase.has_person() or any(u.kinds() & {"entity", "country", "demonym", "capital", "city"} for u in phrase.units):
        return False
    root = Span(phrase.doc, phrase.start, phrase.end).root
    return root.dep_ in {"compound", "amod"} and not (phrase.start <= root.head.i < phrase.end)


def _extend_to_collective(phrase: Phrase) -> None:
    """'Opposition groups', 'rebel forces': an agent word modifying a collective noun right after it
    takes that noun in, so the phrase is the group (with the agent's sector), not a dropped modifier."""
    if not phrase.has_agent() or is_person(phrase.units[-1]) or phrase.doc.lang_ != "en":
        return
    last = phrase.doc[phrase.end - 1]
    head = last.head
    if last.dep_ in {"compound", "amod"} and head.i == phrase.end and head.pos_ == "NOUN" \
            and head.lower_ in collective_nouns():
        phrase.end = head.i + 1


def _extend_left(phrase: Phrase) -> None:
    """Take in determiners and adjectives before the first unit ("the", "Senior", "former")."""
    doc, start = phrase.doc, phrase.start
    texts, _ = token_texts(doc)
    tags = token_pos(doc)  # Token objects only for adjectives
    while start > 0 and phrase.start - start < MAX_GAP:
        i = start - 1
        if texts[i].lower() == "a" and doc.lang_ == "es":
            break  # the Spanish preposition ("a la embajada", "a los mexicanos"), not the English article
        if texts[i].lower() in DETERMINERS or (tags[i] == ADJ and doc[i].dep_ == "amod" and doc[i].head.i >= phrase.start):
            start -= 1
            continue
        break
    phrase.start = start


def _share_coordinated_agents(doc: Doc, phrases: list[Phrase]) -> None:
    """'Hungarian and Romanian officials': the bare demonym borrows the agent of its partner."""
    texts, _ = token_texts(doc)
    for left, right in zip(phrases, phrases[1:]):
        if right.units[0].start - left.end != 1 or texts[left.end].lower() not in COORDINATORS:
            continue
        if all(is_country_word(u) for u in left.units) and is_country_word(right.units[0]) and right.has_agent() and not right.has_person():
            left.borrowed.extend(u for u in right.units if is_agent(u))


def _attach_appositions(doc: Doc, phrases: list[Phrase]) -> list[Phrase]:
    """'NAME, the COUNTRY leader' and 'the COUNTRY leader, NAME': one actor, two mentions."""
    kept: list[Phrase] = []
    skip: set[int] = set()
    texts, _ = token_texts(doc)
    for index, phrase in enumerate(phrases):
        if index in skip:
            continue
        kept.append(phrase)
        if index + 1 >= len(phrases):
            continue
        nxt = phrases[index + 1]
        if nxt.start - phrase.end != 1 or texts[phrase.end] != "," or _opens_clause(doc, nxt):
            if phrase.end < len(doc) and not _opens_clause(doc, nxt) and is_group_apposition(doc, phrase, nxt):
                phrase.appositions.append(nxt)  # "Hamas, an internationally designated terrorist group"
                skip.add(index + 1)
            continue
        if phrase.has_person() and nxt.has_agent() and not nxt.has_person():
            phrase.appositions.append(nxt)
            skip.add(index + 1)
        elif not phrase.has_person() and phrase.has_agent() and nxt.has_person() and not nxt.has_agent() and doc[phrase.start].lower_ in DETERMINERS:
            nxt.appositions.append(phrase)
            kept[-1] = nxt
            skip.add(index + 1)
        elif is_group_apposition(doc, phrase, nxt):  # "Jaish-e-Mohammed, a militant group outlawed by ..."
            phrase.appositions.append(nxt)
            skip.add(index + 1)
    return kept


def _opens_clause(doc: Doc, phrase: Phrase) -> bool:
    """'After meeting NATO chief Mark Rutte, the US President said': a phrase after a comma that is the subject
    of a verb after it starts the main clause; it is no apposition of the name before the comma."""
    root = Span(doc, phrase.start, phrase.end).root
    return root.dep_ in {"nsubj", "nsubjpass", "nsubj:pass"} and root.head.i >= phrase.end
