"""Finding temporal expressions in parsed paragraphs: a rule layer for both languages plus spaCy DATE/TIME.

The regexes run over a folded copy of the paragraph (same offsets); spaCy's English DATE and TIME entities
add what the rules miss. The tense of the governing clause decides which way bare day and month names point.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span as SpacySpan

from detente.analyze.time.lexicon import KNOWLEDGE, alternation, fold, lexicon
from detente.analyze.time.periods import period_patterns
from detente.analyze.time.rules import HEDGES, PERIOD_EDGE, quarter_expression

# English month names that are also common words: accepted alone only next to a date word or a preposition.
AMBIGUOUS_MONTHS = {"may", "march", "jan", "dec", "mar.", "sept", "oct", "nov", "feb", "aug", "apr"}
YEAR_PREPOSITIONS = ("in", "since", "by", "until", "during", "of", "from", "before", "after", "through", "year", "early",
                     "late", "mid", "mid-", "fiscal")
MONTH_PREPOSITIONS = {"in", "since", "by", "until", "during", "of", "from", "early", "late", "mid", "last", "next", "this", "before", "after"}


@dataclass(frozen=True)
class Candidate:
    """A possible temporal expression: paragraph-relative offsets and where it was found."""

    start: int
    end: int
    source: str  # "rule" | spaCy label


DIGIT = "0-9"  # the requirement "some digit" of an alternative
DIGITS = re.compile(r"\d")


@lru_cache(maxsize=None)
def finder(lang: str, present: frozenset[str] | None = None) -> re.Pattern:
    """One regex per language whose matches are candidate expressions (run on folded text). With ``present``, the
    regex keeps only the alternatives whose required word (see ``alternatives``) is among them: an alternative that
    cannot match changes no match, and leaving it out makes the search cheaper."""
    lang = lang if lang in ("en", "es") else "en"
    kept = [pattern for pattern, needed in alternatives(lang) if present is None or needed is None or needed in present]
    return re.compile(r"(?<![\w-])(?:" + "|".join(kept) + r")(?![\w-])")


@lru_cache(maxsize=None)
def requirements(lang: str) -> tuple[str, ...]:
    """The words (or ``DIGIT``) that some alternative of the finder of ``lang`` cannot match without."""
    return tuple(sorted({needed for _, needed in alternatives(lang) if needed is not None}))


def alternatives(lang: str) -> list[tuple[str, str | None]]:
    """The finder's alternatives in order, each with a word that every match of it contains (``DIGIT``: a digit),
    or None."""
    lex = lexicon(lang)
    full_weekdays = alternation(w for w in lex.weekdays if not w.endswith("."))
    months = alternation(lex.months)
    num = rf"\d+|{alternation(lex.numbers)}"
    unit, part, mod = alternation(lex.units), alternation(lex.parts), alternation(lex.modifiers)
    searched = {**lex.relative, **lex.back} if lang == "es" else lex.relative  # Spanish has no spaCy DATE
    relative = alternation(p for p in searched if p not in lex.resolve_only)
    ordinal = alternation(lex.ordinals)
    seasons = alternation(lex.seasons)
    decades = alternation(lex.decades)
    yr = r"(?:1[89]\d\d|20\d\d)"
    hedge = HEDGES[lang]
    edge = PERIOD_EDGE[lang]
    if lang == "es":
        return [
            (rf"(?:el\s+)?(?:(?:{full_weekdays}),?\s+)?\d{{1,2}}\s+de\s+(?:{months})(?:,?\s+(?:de|del)\s+{yr})?", DIGIT),
            (rf"(?:{edge})?(?:{months})\s+(?:de|del)\s+{yr}", DIGIT),
            (rf"hace\s+(?:{hedge}\s+)?(?:{num})\s+(?:{unit})", "hace"),
            (rf"dentro\s+de\s+(?:{hedge}\s+)?(?:{num})\s+(?:{unit})", "dentro"),
            (rf"(?:{num})\s+(?:{unit})\s+(?:despues|mas\s+tarde|antes)(?!\s+(?:de|del|que)\b)", None),  # story time
            (rf"(?:{relative})", None),
            (rf"(?:(?:el|este|esta)\s+)?(?:(?:{mod})\s+)?(?:{full_weekdays})(?:\s+(?:{mod}))?(?:\s+(?:{part}))?", None),
            (rf"{after_any(('en', 'de', 'desde', 'hasta'))}(?:{edge})?(?:{months})(?:\s+(?:{mod}))?", None),
            (rf"{after_any(('en', 'de', 'desde', 'hasta', 'del', 'el ano'))}{yr}", DIGIT),
            (r"\d{1,2}/\d{1,2}/\d{4}", DIGIT),
            (rf"(?:{edge})?{quarter_expression('es', ordinal, yr)}", "trimestre"),
            (rf"(?:el|este|esta)\s+(?:(?:{mod})\s+)?(?:{seasons})(?:\s+(?:{mod}))?(?:\s+de\s+{yr})?", None),
            (rf"(?:el\s+)?(?:primer|segundo)\s+semestre(?:\s+(?:de|del)\s+(?:ano\s+)?(?:{yr}|pasado|proximo))?", "semestre"),
            (rf"(?:la\s+)?(?:primera|segunda)\s+mitad\s+(?:de|del)\s+(?:ano(?:\s+(?:{yr}|pasado|proximo))?|{yr})", "mitad"),
            (rf"(?:la\s+)?decada\s+de\s+(?:los\s+)?(?:anos\s+)?(?:{yr}|[0-9]0|{decades})", "decada"),  # before the year alone
            (rf"(?:los\s+)?anos\s+(?:1[89]\d0|20\d0|[0-9]0|{decades})(?!\s+(?:y|a|al)\s+\d)", "anos"),
            (r"(?:el\s+)?siglo\s+(?:[ivxl]+|\d{1,2})", "siglo"),
        ]
    return [  # English decades ("the 1990s") and back-references ("the next day") come whole from spaCy's DATE
        (rf"(?:(?:{full_weekdays}),?\s+)?(?:{months})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{yr})?", DIGIT),
        (rf"(?:(?:{full_weekdays}),?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{months})(?:,?\s+{yr})?", DIGIT),
        (rf"(?:{edge})?(?:{months}),?\s+{yr}", DIGIT),
        (rf"(?:{hedge}\s+)?(?:{num})\s+(?:{unit})\s+ago", "ago"),
        (rf"(?:in|within)\s+(?:{hedge}\s+)?(?:{num})\s+(?:{unit})(?=\W*$|\W)(?!\s+(?:of|after|before|later|earlier))", "in"),
        (rf"(?:{relative})", None),
        (rf"(?:(?:{mod}|this)\s+)?(?:{full_weekdays})(?:\s+(?:{part}))?", None),
        (rf"(?:{edge})?(?:(?:{mod}|this)\s+)?(?:{months})(?:\s+(?:last|next|this)\s+year)?", None),
        (rf"{after_any(YEAR_PREPOSITIONS)}{yr}(?!\s*(?:%|percent|people|troops))", DIGIT),
        (r"\d{4}-\d{2}-\d{2}", DIGIT),
        (rf"(?:{edge})?{quarter_expression('en', ordinal, yr)}", "quarter"),
        (rf"(?:the\s+)?(?:first|second)[\s-]+half\s+of\s+(?:{yr}|(?:last|next|this)\s+year)", "half"),  # before the year alone
    ]


def after_any(words: tuple[str, ...]) -> str:
    """A look-behind for "one of ``words`` and a space", as fixed-width branches: the standard ``re`` engine wants
    them, and it runs the finder several times faster than the ``regex`` package."""
    return "(?:" + "|".join(rf"(?<=\b{re.escape(word)}\s)" for word in words) + ")"


def rule_candidates(text: str, lang: str) -> list[Candidate]:
    """Rule-layer matches in one paragraph, without bare English month words used as verbs or nouns."""
    folded = fold(text)
    found = []
    present = frozenset(word for word in requirements(lang) if (DIGITS.search(folded) if word == DIGIT else word in folded))
    for match in finder(lang, present).finditer(folded):
        start, end = match.span()
        if lang != "es" and not _plausible_english(text, folded, start, end):
            continue
        if lang == "es" and not _plausible_spanish(folded, start, end):
            continue
        found.append(Candidate(start, end, "rule"))
    if lang == "en":
        found += [c for c in _spelled_years(folded) if not any(c.start < f.end and f.start < c.end for f in found)]
    return found


SPELLED_YEAR_PREPOSITIONS = ("in", "since", "until", "before")


def _spelled_years(folded: str) -> list[Candidate]:
    """Years written in words after a preposition of time ("in nineteen ninety-one", transcripts' style); "two
    thousand" alone is a count ("two thousand troops"), so only "two thousand and one" style years count."""
    if "nineteen" not in folded and "thousand" not in folded and "eighteen" not in folded:
        return []
    found = []
    for match in period_patterns("en").spelled.finditer(folded):
        before = folded[max(0, match.start() - 8) : match.start()].split()
        if not before or before[-1] not in SPELLED_YEAR_PREPOSITIONS:
            continue
        if not match["century"] and not match["rest2"]:
            continue
        found.append(Candidate(match.start(), match.end(), "rule"))
    return found


def _plausible_english(text: str, folded: str, start: int, end: int) -> bool:
    """Month and weekday names must be capitalised; "May"/"March" alone need a date word beside them."""
    words = folded[start:end].split()
    first_name = next((i for i, w in enumerate(words) if w.strip(",") in lexicon("en").months or w.strip(",") in lexicon("en").weekdays), None)
    if first_name is None:
        return True
    offset = start + len(" ".join(words[:first_name])) + (1 if first_name else 0)
    if not text[offset : offset + 1].isupper():
        return False
    if len(words) == 1 and words[0] in AMBIGUOUS_MONTHS:
        before = folded[max(0, start - 12) : start].split()
        return bool(before) and before[-1] in MONTH_PREPOSITIONS
    return True


def _plausible_spanish(folded: str, start: int, end: int) -> bool:
    """Bare "mañana" is tomorrow only when it is not "la/por la/cada mañana"; "Santo Domingo" is a place."""
    before = folded[max(0, start - 8) : start]
    matched = folded[start:end]
    if matched == "manana" and re.search(r"\b(?:la|una|cada|de|esa|toda)\s$", before):
        return False
    if matched.endswith("domingo") and re.search(r"santo\s$", before):
        return False
    return True


def entity_candidates(doc: Doc) -> list[Candidate]:
    """spaCy DATE and TIME entities (English models; the Spanish model has no date label)."""
    return [Candidate(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents if ent.label_ in ("DATE", "TIME")]


def merge(rules: list[Candidate], entities: list[Candidate]) -> list[Candidate]:
    """Rule matches win; an entity is added only where no rule match overlaps it."""
    chosen = list(rules)
    for ent in entities:
        if not any(ent.start < c.end and c.start < ent.end for c in rules):
            chosen.append(ent)
    return sorted(chosen, key=lambda c: c.start)


@lru_cache(maxsize=None)
def future_cues(lang: str) -> frozenset[str]:
    rows = (line.split("\t") for line in (KNOWLEDGE / "future_cues.tsv").read_text(encoding="utf-8").splitlines())
    return frozenset(row[1] for row in rows if len(row) == 2 and row[0] == lang and not row[0].startswith("#"))


def clause_tense(span: SpacySpan, lang: str) -> str:
    """"future" for a future auxiliary or planning verb on the governing clause, "past" for a past-tense verb,
    "present" when the clause says neither (e.g. "payable Dec. 7", headlines)."""
    cues = future_cues(lang if lang in ("en", "es") else "en")
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for token in (verb, *verb.ancestors):
        if token.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        helpers = [c for c in token.children if c.dep_ in ("aux", "aux:pass", "auxpass")]
        for word in (token, *helpers):
            if word.lower_ in cues or word.lemma_.lower() in cues or "Fut" in word.morph.get("Tense"):
                return "future"
            if "Past" in word.morph.get("Tense") and word.dep_ not in ("amod", "acl"):
                return "past"
        if token.dep_ not in ("xcomp", "ccomp", "advcl", "conj"):
            break
    return "present"
