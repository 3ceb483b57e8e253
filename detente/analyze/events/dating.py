"""When an event happened: the governing time expression, else the publication date; and the historical flag.

Decision (documented in docs/schema.md via the lead): an event with no time expression of its own gets the
publication date with ``date_precision`` null and ``date_text`` null — the date it was reported, not a stated
one. A historical event with no date of its own takes the latest earlier-year expression of its paragraph or the one
before it, precision year (else no date).
An undated act the text presents as earlier ("months ago", told from memory, or continuing a past period its paragraph
opened) gets no date or that period instead (background_dates.py); so does one its clause calls recent or puts in the
past perfect outside reported speech (earlier_acts.py), when no paragraph frame dates it, or that lies a stated span
before another act ("a month after he was arrested"); a definite "the arrest" / "this agreement" takes the date of the
earlier, dated mention it refers back to (anchored_dates.py).

Historical (P) marks an act recalled from before the article's news window, not one of the story's recent past:
- a dated act is historical when the LAST day its date can mean (the end of its day, month, season, year or decade)
  lies in an earlier calendar year than publication and more than RECENT_DAYS before it (issue 4: "an article of
  2026 that recalls 2025 sanctions codes them as historical"): "in 2011", "in the 1990s", "in 2025" in a February
  2026 article are; "last month", "in June", "earlier this year", "Oct. 7" in a November article, "in 2025" in an
  article of 10 January 2026 are not. The date alone decides: no cue word turns a recent date historical;
- under "before"/"antes de" the act lies before the date, so the date's FIRST day is compared ("Before becoming a
  judge last year, he criticized ...");
- a date that is the object of "since"/"desde" ("have been blocking crossings since Nov. 6") dates the start of a
  state that goes on: never historical ("since Iraq invaded it in 1990" dates the invasion itself: still historical);
- a verb in the present tense ("who denies the accusation", "the US is seeking his extradition") is now, whatever
  date stands elsewhere in its sentence, unless the date is its own ("In this 2016 photo, Wilson discusses ...");
- a verb in a past tense ("asked", "was convicted") is done: a date after publication in its clause ("answers by May
  10", a misread "20-year term") is not its date, and makes it neither dated nor future;
- an undated act is historical only under a background cue ("previously", "formerly", "years ago", "history",
  "after a period of ..."); durations ("months of fighting"), "earlier" and a bare past perfect are no cue.
- "once" before a finished act ("agreements she once supported") is of a former time: historical with no date, not
  the year named nearby ("NAFTA, the 1994 deal" need not be when she supported it).
Earlier but not historical, with no date (stop 27): "already" on a finished act, a noun object of a clause "a week
after" another act, a step of a past story told with "ultimately"/"eventually"/"later" past the lead
(earlier_acts.sequel_act), and a once-only act done to a person told again (repeated_act_dates.py).
A day stated next to the act (stop 27, day dates): a day of the news week that dates an earlier simple past of the
paragraph frames the simple pasts after it (background_dates.paragraph_frame); a speaker's undated act next to that
speaker's statement dated to such a day takes that day (speaker_occasion_dates.py, after coding).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Token

from detente.analyze.context import Analysis, TimeExpression
from detente.analyze.events.background_dates import (
    at_that_time, background_cues, earlier_without_date, narrative_past, paragraph_frame,
)
from detente.analyze.events import anchored_dates
from detente.analyze.events.anchored_dates import recalled_date, undated_anterior
from detente.analyze.events.earlier_acts import former_act, marked_earlier, sequel_act
from detente.analyze.events.other_dates import own_date, premodifies_other_noun
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.sentence_words import sentence_words, token_at
from detente.analyze.events.lexicon import words
from detente.analyze.time.calendar import as_date

RECENT_DAYS = 30  # last month's acts are the story's recent past, even across a new year


def before_news_window(day: date, published: date) -> bool:
    """Historical: ``day`` lies in an earlier calendar year than publication and more than RECENT_DAYS before it."""
    return day.year < published.year and day < published - timedelta(days=RECENT_DAYS)


@dataclass(frozen=True)
class Dating:
    date: str | None
    text: str | None
    precision: str | None
    historical: bool
    after_publication: bool


def date_event(analysis: Analysis, trigger: Token, start: int, end: int, lang: str) -> Dating:
    published = as_date(analysis.article.reference_date)
    expression = governing_time(analysis, start, end, trigger, lang)
    if expression is not None and present_tense(trigger, lang) and not own_date(
            trigger, expression.start - (start - trigger.idx), expression.end - (start - trigger.idx)):
        expression = None  # "Assange, who denies the accusation, ... sought refuge ... in 2012": the denial is now
    if expression is not None and published and (as_date(expression.value) or published) > published \
            and _past_tense(trigger, lang):
        expression = None  # "was convicted and is serving a 20-year term", "asked for answers by May 10": a done act
    cue = has_historical_cue(trigger, lang)
    unit = anterior_unit(trigger, lang)
    if expression is not None and expression.value and unit and not own_dependent(trigger, expression.start - (start - trigger.idx)):
        # "days after the US attacked Venezuela, ... on 7 January": the date is the main clause's; the attack
        # lies some days (weeks, months) before it, so only its month (year) is known
        reference = as_date(expression.value)
        if reference is not None:
            when = reference - timedelta(days=_span_days(unit))
            precision = "month" if unit.lower_ in SHORT_UNITS else "year"
            value = when.replace(day=1) if precision == "month" else when.replace(month=1, day=1)
            old = bool(published and before_news_window(when, published))
            return Dating(value.isoformat(), expression.text, precision, old, False)
    phrase = anterior_phrase(trigger) if expression is not None and expression.value and unit is None else None
    if phrase is not None and not _inside(phrase, expression.start - (start - trigger.idx)):
        # "tras las declaraciones de Trump sugiriendo una intervención ..., el 7 de enero": what came before the
        # main clause's stated day is known only to its month
        reference = as_date(expression.value)
        if reference is not None and expression.precision == "day":
            old = bool(published and before_news_window(reference, published))
            return Dating(reference.replace(day=1).isoformat(), expression.text, "month", old, False)
    if expression is not None and expression.value:
        when = as_date(expression.value)
        doc_char = expression.start - (start - trigger.idx)
        latest = None if when is None else when if _under(trigger.doc, doc_char, BEFORE_WORDS) \
            else span_end(when, expression.precision)
        old = bool(published and latest and before_news_window(latest, published))
        old = old and not _since_of(trigger, doc_char) and not (present_tense(trigger, lang)
                                                                  and not own_dependent(trigger, doc_char))
        later = bool(published and when and when > published)
        return Dating(expression.value, expression.text, expression.precision, old, later)
    recalled = recalled_date(analysis, trigger, start, lang)
    if recalled is anchored_dates.EARLIER:
        return Dating(None, None, None, False, False)  # "the arrests" after "a week after ... announced the arrests"
    if recalled is not None and published:  # "arrested him on July 6, 2019 ... The arrest": that act's date
        when = as_date(recalled.value)
        old = bool(when and before_news_window(span_end(when, recalled.precision), published))
        return Dating(recalled.value, recalled.text, recalled.precision, old, False)
    if former_act(trigger, lang):
        return Dating(None, None, None, True, False)  # "agreements she once supported": of a former time, undated
    if cue:
        recalled = _latest_past_year(analysis, published, start)
        if recalled is not None:
            return Dating(recalled.value, recalled.text, "year", True, False)
        return Dating(None, None, None, True, False)
    if earlier_without_date(trigger, lang):
        return Dating(None, None, None, False, False)  # "cerró su frontera hace meses": earlier, not of the day
    frame = at_that_time(analysis, trigger, start, lang) or paragraph_frame(analysis, trigger, start, lang)
    if frame is not None and published:  # "In the spring, Congress ended X. They also ordered Y."
        when = as_date(frame.value)
        old = bool(when and before_news_window(span_end(when, frame.precision), published))
        return Dating(frame.value, frame.text, frame.precision, old, False)
    if marked_earlier(trigger, lang) or undated_anterior(trigger, unit, lang):
        return Dating(None, None, None, False, False)  # "recent attacks", "had ordered", "a month after": undated
    if published and sequel_act(trigger, lang) and _past_the_lead(analysis, start) \
            and not _news_day_before(analysis, published, start):
        return Dating(None, None, None, False, False)  # "ultimately chose to quit": a later step of a past story
    return Dating(published.isoformat() if published else None, None, None, False, False)


NEWS_DAYS = 2  # a day this close to publication is the news of the day


LEAD_PARAGRAPHS = 2  # the title and the lead tell the news of the day


def _past_the_lead(analysis: Analysis, start: int) -> bool:
    """The act stands after the article's first LEAD_PARAGRAPHS paragraphs, where background is told."""
    index = analysis.paragraph_index(start)
    return index is not None and index >= LEAD_PARAGRAPHS


def _news_day_before(analysis: Analysis, published: date, start: int) -> bool:
    """A day of the news (at most NEWS_DAYS before publication) is named before ``start`` in its paragraph: "Police
    arrested five men on Tuesday. Two were later released" tells that day's story."""
    parsed = analysis.paragraph_at(start)
    if parsed is None:
        return False
    for expression in analysis.times:
        if parsed.offset <= expression.start < start and expression.precision == "day" and expression.value:
            when = as_date(expression.value)
            if when is not None and published - timedelta(days=NEWS_DAYS) <= when <= published:
                return True
    return False


SPAN_DAYS = {"week": 6, "season": 91, "quarter": 91, "year": 365, "decade": 3652}


def span_end(when: date, precision: str | None) -> date:
    """The last day a date of this precision can mean ("2019" → 31 December 2019; "the 1990s" → 1999)."""
    if precision == "year":
        return when.replace(month=12, day=31)
    if precision == "month":
        return (when.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return when + timedelta(days=SPAN_DAYS.get(precision or "day", 0))


SINCE_WORDS = {"since", "desde"}  # the start of a state that goes on: never historical
BEFORE_WORDS = {"before", "antes"}  # "before becoming a judge last year": the act lies before the date's start


def _under(doc, doc_char: int, markers: set[str], steps: int = 3) -> bool:
    """The time expression at ``doc_char`` is governed (within ``steps`` steps up, or right after) by one of
    ``markers``."""
    token = token_at(doc, doc_char)
    if token is None:
        return False
    for node in [token, *list(token.ancestors)[:steps]]:
        if node.lower_ in markers or any(c.lower_ in markers and c.dep_ in {"case", "mark", "prep"}
                                         for c in node.children):
            return True
    return doc[max(token.i - 1, 0)].lower_ in markers or doc[max(token.i - 2, 0)].lower_ in markers


def _since_of(trigger: Token, doc_char: int) -> bool:
    """The time expression at ``doc_char`` is the object of a "since"/"desde" that hangs on the trigger's own clause
    ("have been blocking crossings since Nov. 6"); "split since 1974, when Turkish troops invaded" dates the
    invasion, which hangs on the year, not on the state."""
    token = token_at(trigger.doc, doc_char)
    if token is None:
        return False
    while token.dep_ in {"compound", "nummod", "amod", "det", "advmod", "npadvmod"} and token.head.i != token.i \
            and token.head.i != trigger.i:
        token = token.head
    own = {trigger.i, trigger.head.i}
    if token.dep_ == "pobj" and token.head.lower_ in SINCE_WORDS:
        return token.head.head.i in own
    return token.head.i in own and any(c.lower_ in SINCE_WORDS and c.dep_ in {"case", "mark", "prep"}
                                       for c in token.children)


def _past_tense(trigger: Token, lang: str) -> bool:
    """A verb that tells a done act ("asked", "was convicted", "had met", "pidió"): no later date can be its own."""
    if trigger.pos_ not in {"VERB", "AUX"}:
        return False
    if lang == "en":
        auxiliaries = {c.lower_ for c in trigger.children if c.dep_ in {"aux", "auxpass"}}
        return (trigger.tag_ == "VBD" and not auxiliaries) or (trigger.tag_ == "VBN" and bool(auxiliaries & PAST_AUX))
    return "Past" in trigger.morph.get("Tense") and "Fin" in trigger.morph.get("VerbForm")


PAST_AUX = {"was", "were", "had", "has", "have"}


def present_tense(trigger: Token, lang: str) -> bool:
    """A finite present-tense verb ("denies", "is seeking", "niega"): the act is now, not recalled."""
    if trigger.pos_ not in {"VERB", "AUX"}:
        return False
    if lang == "en":
        if trigger.tag_ in {"VBZ", "VBP"}:
            return True
        return trigger.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in {"is", "are", "am"} for c in trigger.children)
    morph = trigger.morph
    return "Pres" in morph.get("Tense") and "Ind" in morph.get("Mood") and "Fin" in morph.get("VerbForm")


OBJECT_DEPS = {"dobj", "obj", "nsubjpass", "nsubj:pass"}
SHORT_UNITS = {"day", "week", "día", "semana", "days", "weeks", "días", "semanas"}
UNITS = SHORT_UNITS | {"month", "months", "year", "years", "mes", "meses", "año", "años"}


def anterior_unit(trigger: Token, lang: str) -> Token | None:
    """The unit of "N days/weeks after" when the trigger's clause is what happened that long before the main
    clause ("días después de que EE.UU. atacara Venezuela", "weeks after the attack on X"); else None."""
    node = trigger
    if node.pos_ in {"NOUN", "PROPN"} and node.dep_ in OBJECT_DEPS and node.head.pos_ in {"VERB", "AUX"}:
        node = node.head  # "a week after the FBI announced the arrests": the clause the act noun is the object of
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    anchors = [node.head, *(c for c in node.children if c.dep_ == "mark")]
    for anchor in anchors:
        if anchor.lower_ not in ANTERIOR_PREPS:
            continue
        if anchor.head.lower_ in UNITS and anchor.dep_ in {"prep", "advmod"}:
            return anchor.head  # "Days after the attack", "días después de que": "after" hangs on the unit
        before = anchor.doc[anchor.i - 1] if anchor.i > 0 else anchor
        if anchored_dates.ENABLED and anchor.dep_ == "prep" and before.lower_ in UNITS \
                and before.head.i == anchor.head.i and before.dep_ in {"npadvmod", "obl:tmod"}:
            return before  # "came weeks after the invasion": the unit and "after" both hang on the main verb
        for child in [*anchor.children, *node.children]:
            if child.dep_ in {"npadvmod", "obl", "nmod", "obl:tmod"} and child.lower_ in UNITS:
                return child
    return None


def anterior_phrase(trigger: Token) -> Token | None:
    """The "after/tras X" phrase of the main clause that the trigger is part of ("tras las declaraciones de Trump
    sugiriendo una intervención", "after statements suggesting an intervention"), up to four steps up."""
    node = trigger
    for _ in range(4):
        marker = node.head.lower_ if node.dep_ == "pobj" else next(
            (c.lower_ for c in node.children if c.dep_ == "case"), None)
        governor = node.head.head if node.dep_ == "pobj" else node.head
        if marker in ANTERIOR_PREPS and node.dep_ in {"pobj", "obl", "nmod"} and governor.pos_ in {"VERB", "AUX"}:
            return node.head if node.dep_ == "pobj" else node
        if node.dep_ not in {"obj", "dobj", "acl", "nmod", "pobj", "prep", "xcomp", "ccomp"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def _inside(phrase: Token, doc_char: int) -> bool:
    """The token at ``doc_char`` belongs to ``phrase``."""
    return any(t.idx <= doc_char < t.idx + len(t.text) for t in phrase.subtree)


UNIT_DAYS = {"day": 1, "days": 1, "día": 1, "días": 1, "week": 7, "weeks": 7, "semana": 7, "semanas": 7,
             "month": 30, "months": 30, "mes": 30, "meses": 30, "year": 365, "years": 365, "año": 365, "años": 365}
SMALL_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "un": 1, "una": 1, "dos": 2, "tres": 3,
                 "cuatro": 4, "cinco": 5}


def _span_days(unit: Token) -> int:
    """How far back "three weeks after" reaches, in days (a bare plural "days" counts as two)."""
    number = next((c for c in unit.children if c.dep_ == "nummod"), None)
    if number is not None and number.text.isdigit():
        count = int(number.text)
    elif number is not None:
        count = SMALL_NUMBERS.get(number.lower_, 1)
    else:
        count = 2 if unit.lower_.endswith("s") else 1
    return UNIT_DAYS.get(unit.lower_, 1) * count


def own_dependent(trigger: Token, doc_char: int) -> bool:
    """The token at ``doc_char`` hangs on the trigger's clause head itself (directly or through a preposition)."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    token = token_at(trigger.doc, doc_char)
    if token is None:
        return False
    heads = {token.head.i, token.head.head.i}
    return bool(heads & {node.i, trigger.i})


def governing_time(analysis: Analysis, start: int, end: int, trigger: Token | None = None,
                   lang: str = "en") -> TimeExpression | None:
    """The resolved time expression nearest the trigger in its sentence, skipping those that only modify
    another noun ("the confrontational tone of 2025", "the Oct. 7 attack": other_dates.py)."""
    try:
        from detente.analyze.time import time_for_span
    except ImportError:  # the time layer is optional for this stage
        return None
    nearest = time_for_span(analysis, start, end)
    if nearest is None or trigger is None:
        return nearest
    sent = trigger.sent
    sent_start = start - (trigger.idx - sent.start_char)
    sent_end = sent_start + (sent.end_char - sent.start_char)  # len(sent.text), without building it
    candidates = sorted(
        (t for t in analysis.times if t.value and sent_start <= t.start < sent_end),
        key=lambda t: max(0, t.start - end, start - t.end),
    )
    for expression in candidates:
        doc_char = expression.start - (start - trigger.idx)
        if not _modifies_other_noun(trigger, doc_char) and not _in_other_clause(trigger, doc_char) \
                and not premodifies_other_noun(trigger, doc_char, doc_char + expression.end - expression.start, lang):
            return expression
    return None


CLAUSE_DEPS = {"relcl", "acl", "acl:relcl"}
PREPOSITION_PARTICIPLES = {"following"}  # parsed as a participle clause ("one following a conference")


def _in_other_clause(trigger: Token, doc_char: int) -> bool:
    """The time expression at ``doc_char`` dates a relative or participial clause on another noun than the act's
    ("lifted the sanctions it had imposed in October", "according to a statement released on Wednesday"); a
    clause on the trigger noun or on the act's occasion still dates it (``_occasion``)."""
    token = token_at(trigger.doc, doc_char)
    if token is None:
        return False
    for node in [token, *token.ancestors]:
        if node.i == trigger.i:
            return False  # the trigger governs the expression
        if node.lower_ in PREPOSITION_PARTICIPLES:
            continue  # "accused ... by another one following a conference in 2010": a preposition, no clause
        if node.dep_ in CLAUSE_DEPS and node.head.i != trigger.i:
            return not _occasion(node.head, trigger)
    return False


OCCASION_PREPS = {"in", "at", "during", "on", "en", "durante"}


def _occasion(noun: Token, trigger: Token) -> bool:
    """The noun a dated clause describes is the act's own occasion: its subject ("the attack, which happened on
    Monday, killed"), the in/at/during phrase it was done in ("in a statement published Oct. 25, X accused"), or a
    noun whose other clause holds the trigger ("the call Trump made on 2 January, in which he pressed ...")."""
    if any(t.i == trigger.i for t in noun.subtree):
        return True
    if noun.head.i == trigger.i and noun.dep_ in {"nsubj", "nsubjpass", "nsubj:pass"}:
        return True
    marker = noun.head if noun.dep_ == "pobj" else next((c for c in noun.children if c.dep_ == "case"), None)
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    return marker is not None and marker.lower_ in OCCASION_PREPS and governor.i == trigger.i and noun.dep_ in {"pobj", "obl"}


def _modifies_other_noun(trigger: Token, doc_char: int) -> bool:
    """True when the time expression at ``doc_char`` is the of-complement of a noun other than the trigger."""
    token = token_at(trigger.doc, doc_char)
    if token is None:
        return False
    while token.dep_ in {"compound", "nummod", "amod", "det", "case"} and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ in {"of", "de"}:
        noun = token.head.head
    elif token.dep_ in {"nmod", "poss"} and any(c.lower_ in {"de", "del"} for c in token.children):
        noun = token.head
    else:
        return False
    return noun.i != trigger.i and noun.pos_ in {"NOUN", "PROPN"}


def has_historical_cue(trigger: Token, lang: str) -> bool:
    """A background cue on the trigger's path to the root ("previously", "formerly", "a history of"); a past
    perfect is no cue by itself: it orders two past acts ("Russia had vowed to strike back"), often both recent."""
    cues = words("historical")
    spans = background_cues().get((lang, "span"), frozenset())
    for token in [trigger, *trigger.ancestors]:
        if (token.lower_ in cues or lemma(token, lang) in cues) and not _present_span(token, lang, spans):
            return True
    for child in trigger.children:
        if child.dep_ in {"advmod", "npadvmod"} and child.pos_ == "ADV" and child.lower_ in cues:
            return True
    return _after_background(trigger, lang)


def _present_span(token: Token, lang: str, spans: frozenset[str]) -> bool:
    """A period noun ("during a tense period of ceasefire negotiations") on a clause not told in the past: a stretch
    of time that may be the present, no background ("she made the remark during a period of negotiations" is)."""
    if lemma(token, lang) not in spans:
        return False
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is None or not narrative_past(verb, lang)


ANTERIOR_PREPS = {"after", "following", "since", "tras", "después", "despues", "luego"}
CORE_DEPS = {"ROOT", "nsubj", "nsubjpass", "dobj", "obj", "attr", "nsubj:pass"}


def _after_background(trigger: Token, lang: str) -> bool:
    """"after a period of tension that included X": X, outside the main clause's core, is background.

    Robust to fragmented parses: the cue noun must be governed by an anteriority preposition and precede the
    trigger, and the trigger must not be the main clause's subject, object or root."""
    sent = trigger.sent
    root = sent.root
    if trigger.i == root.i or (trigger.head.i == root.i and trigger.dep_ in CORE_DEPS):
        return False
    cues = words("historical")
    lemmas = sentence_words(sent, lang)[0]
    for position in range(min(len(lemmas), trigger.i - sent.start)):
        if lemmas[position] not in cues:
            continue
        token = sent[position]
        if token.head.lower_ in ANTERIOR_PREPS | {"of", "de"}:
            anchor = token.head if token.head.lower_ in ANTERIOR_PREPS else token.head.head
            if anchor.lower_ in ANTERIOR_PREPS or anchor.head.lower_ in ANTERIOR_PREPS:
                return True
    return False


def _latest_past_year(analysis: Analysis, published: date | None, start: int) -> TimeExpression | None:
    """The latest earlier year named in the act's paragraph or the one before it: the part of the story the
    background act belongs to ("Jordan closed its borders" after "the 2016 attack" of its paragraph). A year named
    paragraphs away belongs to another part of the story ("when he left office in 2007" is no date of "has
    previously accused" five paragraphs on): the act then has no date."""
    if published is None:
        return None
    near = _paragraph_window(analysis, start)
    earlier = [
        t for t in analysis.times
        if t.value and t.precision == "year" and (as_date(t.value) or published).year < published.year
        and (near is None or near[0] <= t.start < near[1])
    ]
    return max(earlier, key=lambda t: (t.value, -t.start)) if earlier else None


FRAME_PARAGRAPHS = 1  # paragraphs before the act's own whose years still frame it


def _paragraph_window(analysis: Analysis, start: int) -> tuple[int, int] | None:
    """Article offsets from the paragraph ``FRAME_PARAGRAPHS`` before the act's to the end of the act's paragraph."""
    index = analysis.paragraph_index(start)
    if index is None:
        return None
    first, parsed = analysis.parsed[max(0, index - FRAME_PARAGRAPHS)], analysis.parsed[index]
    return first.offset, parsed.offset + len(parsed.text)
