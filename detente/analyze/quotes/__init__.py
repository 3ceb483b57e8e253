"""Quotes stage: direct and indirect quotations with cue, speaker (resolved to an actor) and topic.

Representation choices:
- a direct quote is the inner text of the quotation marks (marks excluded); a quote split by its attribution
  ("We worked," Trump said, "on several issues") gives one Quote per piece, with the same cue and speaker;
- quoted words inside reported speech (Petro felt that the dialogue was ‘optimistic’) belong to the indirect
  Quote of that speech (direct=False, marks kept in its text) and are not emitted on their own;
- a short quoted fragment (< 4 words: "described the meeting as ‘positive’"), or quoted words that start in
  lower case inside the writer's sentence ("pledged to ‘fight for every vote’"), is a partial quotation: direct=False,
  with the cue that governs it; with no cue it is kept only when the sentence's subject (or first person named)
  is a person, taken as its speaker ("having found ‘common ground’");
- pieces of one statement share its cue and speaker: a quote right after the sentence that attributes the
  quote before it ("A," he said, noting ... "B."), one close behind it in the same paragraph, or one opening the
  paragraph after it; a quote right after a sentence ending in a colon takes that sentence's verb and subject
  ("Trump issued the following statement: ..."); other longer quotes with no cue are dropped (epigraphs,
  slogans, headlines, excerpts nobody in the article can be said to have said);
- "said that “...”" keeps the complementizer: it is reported speech with quoted words (direct=False);
- quoted titles, slogans and handles ("The Art of the Deal") are not quotes, unless the quoted words are a clause
  ("That’s Jeb Bush and Marco Rubio.") or a vocative split from its statement by the cue (“Your Honor,” I said, “…”);
- a quote right after a person's name and a colon (headlines and digests: "Kasich: ‘We Are Going …’") has the cue
  ":" and that person as speaker; a cue clause right after a quote that ends its sentence ("“…” Trump said.") or a
  manner verb after a comma quote ("“…,” Toomey fumed") is its cue;
- the rules' call on direct vs partial is not the last word: a small learned model (:mod:`.direct_model`, trained
  on PolNeAR train by tools/quotes_train.py) decides each group of pieces sharing a cue, and may take back a quote
  left out for want of a cue or a speaker (never a title). See docs/quotes.md.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from detente.analyze.context import Analysis
from detente.analyze.quotes.attribution import (
    Attribution,
    Locator,
    leave_out_quoted_words,
    phrase_attributions,
    quote_attribution,
    verb_attributions,
)
from detente.analyze.quotes.colon_lines import colon_attributions
from detente.analyze.quotes.direct_model import decide_direct
from detente.analyze.quotes.marks import QuotedSpan, find_quoted_spans
from detente.analyze.quotes.source_nouns import source_noun_attributions
from detente.analyze.quotes.speakers import PERSON_LABELS, SUBJECT_DEPS, SpeakerPhrase, resolve_speaker, to_speaker
from detente.model import Quote

SHORT_FRAGMENT_WORDS = 4
TITLE_SMALL_WORDS = {"of", "the", "a", "an", "and", "or", "to", "in", "on", "for", "with", "at", "by", "de", "la", "el",
                     "los", "las", "y", "del", "en"}
COMPLEMENTIZERS = {":"}
COLON_CUE = ":"
CLOSING_MARKS = "”’»\"'"
QUOTE_MARKS = "\"'“”‘’«»„"
SPLIT_BY_CUE = re.compile(r"[”’\"']*\s+[\w.’']+(?:\s+[\w.’']+){1,3},\s*[“‘\"']")  # ” I said, “
VOCATIVE_CUE_CHARS = 30  # “Your Honor,” I said: the cue follows the closing mark within a few words
NEXT_PIECE_CHARS = 120  # ''A,'' he said on Tuesday. ''B.'': B continues A when little stands between them

__all__ = ["extract", "attributions"]


def extract(analysis: Analysis) -> None:
    """Fill ``analysis.quotes`` (tone is filled later by the tone stage)."""
    mentions = mention_index(analysis)
    analysis.quotes = [to_quote(analysis, a, mentions) for a in attributions(analysis)]


def attributions(analysis: Analysis) -> list[Attribution]:
    """Every attribution of the article, in text order, before conversion to Quote records."""
    text = analysis.text
    paragraphs = [(p.start, p.end) for p in analysis.article.paragraphs]
    quoted = [q for q in find_quoted_spans(text, paragraphs) if _words(text, q.start, q.end) >= 1]
    locator = Locator(analysis)
    indirect = _outermost(verb_attributions(analysis, quoted, locator))
    direct_by_quote: dict[int, Attribution] = {}
    absorbed: set[int] = set()
    kept_indirect: list[Attribution] = []
    for attribution in indirect:
        start, end = attribution.spans[0]
        overlapping = [q for q in quoted if q.start < end and q.end > start]
        if overlapping and (not _unquoted_words(text, start, end, overlapping)
                            or _statement_then_writer(text, start, attribution.cue_start, overlapping)):
            quote = overlapping[0]
            leave_out_quoted_words(text, attribution.speaker, quote)
            direct_by_quote.setdefault(id(quote), Attribution(
                spans=[(quote.start, quote.end)], direct=True, cue=attribution.cue,
                cue_start=attribution.cue_start, speaker=attribution.speaker, quoted=[quote]))
            continue
        absorbed.update(id(q) for q in overlapping)
        if overlapping:
            last = overlapping[-1].end
            last += 1 if last < len(text) and text[last] in CLOSING_MARKS else 0
            attribution.spans = [(min(start, overlapping[0].start), max(end, last))]
        attribution.quoted = overlapping
        kept_indirect.append(attribution)
    direct: list[Attribution] = []
    for quote in quoted:
        if id(quote) in absorbed:
            continue
        attribution = direct_by_quote.get(id(quote)) or quote_attribution(analysis, locator, quote, quoted)
        direct.append(attribution)
    dropped: list[Attribution] = []
    direct = _settle_unattributed(analysis, locator, _share_in_groups(direct), dropped)
    for attribution in direct:
        _take_named_object(analysis, locator, attribution)
    revived = decide_direct(analysis, locator, direct, dropped)  # the learned last word on direct vs partial
    for attribution in revived:
        if attribution.speaker is None:
            attribution.speaker = _signed_speaker(analysis, locator, attribution)
    direct += revived
    quote_cues = {a.cue_start for a in direct}
    kept_indirect = [a for a in kept_indirect if not (a.object_only and a.cue_start in quote_cues)]
    found = kept_indirect + direct
    found += phrase_attributions(analysis, quoted, found)
    found += source_noun_attributions(analysis, quoted, found)
    lines = colon_attributions(analysis, quoted, found)
    colons = {a.cue_start for a in lines}  # "Graham: Trump’s ‘Hateful Rhetoric’ Destroying …": the line, not the quote
    found = [a for a in found if not (a.cue == COLON_CUE and a.cue_start in colons)] + lines
    by_cue = sorted(found, key=lambda a: a.cue_start if a.cue_start is not None else len(text), reverse=True)
    unique = {tuple(a.spans): a for a in by_cue}  # one content reported by two cues: keep the first, and a cue
    return sorted(unique.values(), key=lambda a: a.spans[0][0])  # over none


SIGNATURE = re.compile(r"\s*\n\s*[-—–―]+\s*(?=[A-Z])")
SIGNATURE_SAME_LINE = re.compile(r"[^\S\n]*[-—–―]+[^\S\n]*(?=[A-Z])")  # “…” ― Hillary Clinton
SIGNATURE_DASHES = "-—–―"


def _signed_speaker(analysis: Analysis, locator: Locator, attribution: Attribution) -> SpeakerPhrase | None:
    """The name signing a quote with no cue from the line after it ("“…”⏎⏎-President Obama, tweeting after …")."""
    signed = _signature(analysis, locator, attribution, same_line=False)
    return signed[1] if signed is not None else None


def _signature(analysis: Analysis, locator: Locator, attribution: Attribution,
               same_line: bool = True) -> tuple[int, SpeakerPhrase] | None:
    """The dash and the name signing a quote: "“…”⏎⏎- Sanders." or, on the quote's own line, "“…” ― Hillary
    Clinton" (pull quotes, fact-check digests); the dash is the cue, the name the speaker."""
    text = analysis.text
    end = attribution.spans[-1][1]
    while end < len(text) and (text[end] in CLOSING_MARKS or text[end] in ".,!?…"):
        end += 1
    signature = SIGNATURE.match(text, end) or (SIGNATURE_SAME_LINE.match(text, end) if same_line else None)
    if signature is None:
        return None
    dash = next(i for i in range(signature.start(), signature.end()) if text[i] in SIGNATURE_DASHES)
    parsed, tokens = locator.tokens(signature.end(), signature.end() + 1)
    if parsed is None or not tokens:
        return None
    head = tokens[0]
    while head.dep_ in ("compound", "flat", "amod") and head.head.i > head.i:
        head = head.head
    if head.pos_ != "PROPN" and head.ent_type_ not in PERSON_LABELS | {"ORG"}:
        return None
    return dash, resolve_speaker(analysis, parsed, head)


def _opens_paragraph(text: str, start: int) -> bool:
    """Nothing but quotation marks and spaces between the paragraph's start and the quote."""
    position = start - 1
    while position >= 0 and (text[position] in QUOTE_MARKS or text[position] in " \t\xa0"):
        position -= 1
    return position < 0 or text[position] == "\n"


def _unquoted_words(text: str, start: int, end: int, quotes: list[QuotedSpan]) -> bool:
    """Whether the content has words outside its quotation marks (reported speech with quoted fragments)."""
    chars = list(text[start:end])
    for quote in quotes:
        for i in range(max(quote.start, start), min(quote.end, end)):
            chars[i - start] = " "
    words = "".join(chars).split()
    if words and words[0].lower() in COMPLEMENTIZERS:
        words = words[1:]  # said that “...”: the quote is the whole content
    return any(c.isalnum() for c in "".join(words))


def _statement_then_writer(text: str, start: int, cue: int | None, quotes: list[QuotedSpan]) -> bool:
    """'wrote, “It’s time to end her career,” and shared a link' / 'said, “We’ll see,” when asked …': a whole
    quoted statement opens what the cue before it reports and a comma closes it; the words after are the writer's
    (not a title: 'write a book, “Who’s Who in the CIA,” that …')."""
    if len(quotes) != 1 or cue is None or cue >= quotes[0].start or any(c.isalnum() for c in text[start:quotes[0].start]):
        return False
    quote = quotes[0]
    if _looks_like_title(text, quote.start, quote.end):
        return False
    inner = text[quote.start:quote.end].rstrip()
    first = next((c for c in inner if c.isalpha()), "")
    after = text[quote.end:quote.end + 3].lstrip(CLOSING_MARKS)[:1]
    return first.isupper() and len(inner.split()) >= 2 and (inner.endswith(",") or after == ",")


def _outermost(found: list[Attribution]) -> list[Attribution]:
    """Drop attributions whose cue lies inside another's content ("said he believed that ..." keeps "said")."""
    return [a for a in found if not any(
        b is not a and b.spans[0][0] <= (a.cue_start or -1) < b.spans[0][1] for b in found)]


def _share_in_groups(direct: list[Attribution]) -> list[Attribution]:
    """Pieces of one dialogue turn (—...—dijo X—. ...) share the cue and speaker found for any of them."""
    by_group: dict[int, Attribution] = {}
    for attribution in direct:
        group = attribution.quoted[0].group
        if group is not None and attribution.cue is not None:
            by_group.setdefault(group, attribution)
    for attribution in direct:
        group = attribution.quoted[0].group
        if group is not None and attribution.cue is None and group in by_group:
            source = by_group[group]
            attribution.cue, attribution.cue_start, attribution.speaker = source.cue, source.cue_start, source.speaker
    return direct


def _settle_unattributed(analysis: Analysis, locator: Locator, direct: list[Attribution],
                         dropped: list[Attribution] | None = None) -> list[Attribution]:
    """Quotes with no cue: continue the previous speaker, or (short fragments) the sentence's subject; the quotes
    left out for want of a cue or a speaker (not titles) go to ``dropped`` for the learned decision."""
    settled: list[Attribution] = []
    dropped = [] if dropped is None else dropped
    text = analysis.text
    previous: Attribution | None = None
    for attribution in sorted(direct, key=lambda a: a.spans[0][0]):
        start, end = attribution.spans[0]
        if _looks_like_title(text, start, end) and attribution.cue != COLON_CUE \
                and not _has_clause(locator, start, end) and not _vocative_before_cue(text, start, end, attribution):
            continue  # titles, slogans and handles stay out whatever the model says  # a headline quote after its speaker's name ("Kasich: ‘We Are Going …’") stays
        if attribution.cue is None and _opens_paragraph(text, start):
            signed = _signature(analysis, locator, attribution)
            if signed is not None:  # a quote paragraph signed with a dash and a name
                attribution.cue_start, attribution.speaker = signed
                attribution.cue = text[attribution.cue_start]
        short = _words(text, start, end) < SHORT_FRAGMENT_WORDS and not _is_utterance(text, start, end, attribution)
        if short or _starts_lowercase(text, start, end):
            attribution.direct = False  # a partial quotation (borrowed words), not a quoted statement
        if previous is not None and _continues_after_attribution(analysis, locator, previous, attribution):
            attribution.speaker, attribution.cue, attribution.cue_start = (
                previous.speaker, previous.cue, previous.cue_start)  # "A," he said, noting ... "B."
        elif attribution.cue is None and previous is not None \
                and _opens_next_paragraph(analysis, previous, attribution):
            attribution.speaker, attribution.cue, attribution.cue_start = (
                previous.speaker, previous.cue, previous.cue_start)  # a quote paragraph that goes on with the last one
        if attribution.cue is None:
            if previous is not None and previous.speaker is not None and previous.direct \
                    and _same_paragraph(analysis, previous.spans[0][1], start) \
                    and start - previous.spans[0][1] < NEXT_PIECE_CHARS and not _starts_lowercase(text, start, end) \
                    and _opens_sentence(text, start) and (not short or text[start:end].rstrip()[-1:] in ".!?"):
                attribution.speaker, attribution.cue, attribution.cue_start = (
                    previous.speaker, previous.cue, previous.cue_start)  # ''A,'' he said. ''B.''
            elif _words(text, start, end) < SHORT_FRAGMENT_WORDS:
                attribution.speaker = _sentence_subject(analysis, locator, start)
                if attribution.speaker is None or attribution.speaker.name is None:
                    dropped.append(attribution)
                    continue
            else:
                dropped.append(attribution)
                continue  # a quote nobody can be said to have said (epigraphs, slogans, excerpts)
        settled.append(attribution)
        if attribution.speaker is not None:
            previous = attribution
    _restore_split_pieces(text, settled)
    return settled


def _restore_split_pieces(text: str, settled: list[Attribution]) -> None:
    """Pieces of a quote split by its attribution ("We worked," Trump said, "on ...") are direct together."""
    by_cue: dict[int, list[Attribution]] = {}
    for attribution in settled:
        if attribution.cue_start is not None:
            by_cue.setdefault(attribution.cue_start, []).append(attribution)
    for pieces in by_cue.values():
        words = sum(_words(text, *a.spans[0]) for a in pieces)
        opens_statement = not _starts_lowercase(text, *pieces[0].spans[0])
        if len(pieces) > 1 and words >= SHORT_FRAGMENT_WORDS and opens_statement:
            for attribution in pieces:
                attribution.direct = True


def _continues_after_attribution(analysis: Analysis, locator: Locator, previous: Attribution,
                                 attribution: Attribution) -> bool:
    """"A," Trump said, mocking critics. "B.": B opens right after the sentence that attributes A, and has no cue of
    its own after it (a cue found inside that attribution sentence, "mocking", is A's attribution, not B's)."""
    if previous.cue_start is None or previous.speaker is None or not previous.direct:
        return False
    first_end, start = previous.spans[-1][1], attribution.spans[0][0]
    if not first_end <= previous.cue_start < start:
        return False
    if attribution.cue_start is not None and not first_end <= attribution.cue_start < start:
        return False
    parsed, sent = locator.sentence(previous.cue_start)
    if parsed is None or sent is None:
        return False
    sentence_end = parsed.offset + sent.end_char
    between = analysis.text[sentence_end:start]
    return sentence_end <= start and not any(c.isalnum() or c == "\n" for c in between)


def _opens_next_paragraph(analysis: Analysis, previous: Attribution, attribution: Attribution) -> bool:
    """A quote that opens the paragraph right after the previous speaker's quote goes on with that statement."""
    if previous.cue_start is None or previous.speaker is None or not previous.direct:
        return False
    text, start = analysis.text, attribution.spans[0][0]
    paragraph_start = text.rfind("\n", 0, start) + 1
    if any(c.isalnum() for c in text[paragraph_start:start]) or paragraph_start <= previous.spans[-1][1]:
        return False
    previous_start = text.rfind("\n\n", 0, paragraph_start - 2) + 2 if paragraph_start >= 2 else 0
    return previous.spans[-1][1] >= previous_start


def _take_named_object(analysis: Analysis, locator: Locator, attribution: Attribution) -> None:
    """called the merger “a terrible deal”: what was said is the object with its quoted description
    (direct=False)."""
    if attribution.cue_start is None or len(attribution.spans) != 1:
        return
    parsed, cue_tokens = locator.tokens(attribution.cue_start, attribution.cue_start + 1)
    quote_parsed, first, last = locator.token_range(*attribution.spans[0])
    if parsed is None or not cue_tokens or quote_parsed is None or first >= last:
        return
    if quote_parsed is parsed and not any(c.dep_ in ("oprd", "xcomp") and first <= c.i < last
                                          for c in cue_tokens[0].children):
        return  # no quoted word hangs on the cue as its complement: the test below would fail (no Token built)
    tokens = list(quote_parsed.doc[first:last])
    cue, inside = cue_tokens[0], {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside and not t.is_punct]
    if len(roots) != 1 or roots[0].head.i != cue.i or roots[0].dep_ not in ("oprd", "xcomp"):
        return
    named = [c for c in cue.children if c.dep_ in ("dobj", "obj") and cue.i < c.i < roots[0].i]
    if named:
        start, end = attribution.spans[0]
        end += 1 if end < len(analysis.text) and analysis.text[end] in CLOSING_MARKS else 0
        attribution.spans = [(parsed.offset + named[0].left_edge.idx, end)]
        attribution.direct = False


def _same_paragraph(analysis: Analysis, first: int, second: int) -> bool:
    """Same paragraph, or only quotation marks and spaces between the two quotes (a quote over paragraphs)."""
    between = analysis.text[first:second]
    return "\n" not in between or not any(c.isalnum() for c in between)


def _sentence_subject(analysis: Analysis, locator: Locator, position: int) -> SpeakerPhrase | None:
    """The person a sentence's quoted fragment is taken from: its main subject, else the first person named."""
    parsed, sent = locator.sentence(position)
    if parsed is None or sent is None:
        return None
    subject = next((c for c in sent.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None:
        for head in [subject] + [c for c in subject.children if c.pos_ == "PROPN" and c.dep_ in SUBJECT_DEPS]:
            phrase = resolve_speaker(analysis, parsed, head)
            if phrase.name is not None:
                return phrase
    for entity in sent.ents:
        if parsed.offset + entity.end_char > position:
            break
        actor = analysis.actor_at(parsed.offset + entity.start_char, parsed.offset + entity.end_char)
        if entity.label_ in PERSON_LABELS or (actor is not None and actor.role):
            return resolve_speaker(analysis, parsed, entity.root)
    return None


def _is_utterance(text: str, start: int, end: int, attribution: Attribution) -> bool:
    """A short quote that is a whole utterance ("Really," he said / “I hope so,” she added): capital, then punctuation."""
    chunk = text[start:end].rstrip()
    after = text[end:end + 3].lstrip(CLOSING_MARKS)[:1]  # «No aceptaremos presiones», sostuvo: the comma outside
    return attribution.cue is not None and chunk[:1].isupper() and (chunk[-1:] in ",.!?" or after in (",", "."))


def _opens_sentence(text: str, start: int) -> bool:
    """A quote that opens a sentence (after . ! ? : or another quote), not one inside the writer's sentence
    ("aired on “New Day.”", "drawing jeers and “BERNIE!” chants"): only the former goes on with a statement."""
    position = start - 1
    while position >= 0 and (text[position] in QUOTE_MARKS or text[position].isspace()):
        position -= 1
    before = text[position] if position >= 0 else "\n"
    return before in ".!?:;—–-…" or text[position + 1:start].count("\n") > 0 or before in CLOSING_MARKS \
        or any(text[i] in CLOSING_MARKS for i in range(position + 1, start - 1))


def _starts_lowercase(text: str, start: int, end: int) -> bool:
    """Quoted words that start mid-sentence ("pledged to ‘fight for every vote’") are a partial quotation."""
    first = next((c for c in text[start:end] if c.isalpha()), "")
    return first.islower()


def _words(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def _has_clause(locator: Locator, start: int, end: int) -> bool:
    """Quoted words with a subject and its verb ("That’s Jeb Bush and Marco Rubio.") are a statement, not a title."""
    parsed, first, last = locator.token_range(start, end)
    if parsed is None:
        return False
    doc = parsed.doc
    for index in range(first, last):
        token = doc[index]
        if token.dep_ in SUBJECT_DEPS:
            head = token.head
            if head.pos_ in ("VERB", "AUX") and first <= head.i < last:  # the verb among the quoted words too
                return True
    return False


def _vocative_before_cue(text: str, start: int, end: int, attribution: Attribution) -> bool:
    """“Your Honor,” I said, “…”: words closed by a comma and split from the rest of the statement by its cue
    are said, not a title."""
    cue = attribution.cue_start
    return cue is not None and text[start:end].rstrip()[-1:] == "," and 0 <= cue - end <= VOCATIVE_CUE_CHARS \
        and SPLIT_BY_CUE.match(text, end) is not None


def _looks_like_title(text: str, start: int, end: int) -> bool:
    """Titles, slogans, handles and ids in quotes ("The Art of the Deal", "Defeat Crooked Hillary PAC", "1448038800")."""
    return _title_like(text[start:end])


@lru_cache(maxsize=4096)
def _title_like(chunk: str) -> bool:
    words = chunk.split()
    if len(words) == 1 and not any(c.isalpha() for c in chunk.lower() if c.islower()):
        return True
    if sum(map(str.isdigit, chunk)) > len(chunk) / 2:
        return True
    content = [w for w in words if w[:1].isalpha() and w.lower() not in TITLE_SMALL_WORDS]
    return len(content) >= 1 and all(w[0].isupper() for w in content) and len(words) <= 12 and len(content) > 1


def quote_text(text: str, start: int, end: int) -> str:
    """The quoted words; a multi-paragraph quote loses the marks that reopen each paragraph."""
    chunk = text[start:end]
    for mark in "“\"‘«»'":
        chunk = chunk.replace("\n\n" + mark, "\n\n")
    return chunk


def mention_index(analysis: Analysis) -> list[tuple[int, int, int, object]]:
    """Every actor mention as (start, order, end, actor), sorted by start then by actor and mention order."""
    entries = [(mention.start, order, mention.end, actor)
               for order, (actor, mention) in enumerate((a, m) for a in analysis.actors for m in a.mentions)]
    return sorted(entries, key=lambda entry: entry[:2])


def about(analysis: Analysis, attribution: Attribution,
          mentions: list[tuple[int, int, int, object]] | None = None) -> str | None:
    """The first actor named inside the quote other than its speaker."""
    speaker_actor = attribution.speaker.actor if attribution.speaker else None
    start, end = attribution.spans[0][0], attribution.spans[-1][1]
    mentions = mention_index(analysis) if mentions is None else mentions
    for position in range(bisect_left(mentions, (start,)), len(mentions)):
        m_start, _, m_end, actor = mentions[position]
        if m_start > end:
            break
        if m_end <= end and actor is not speaker_actor:
            return actor.name
    return None


def to_quote(analysis: Analysis, attribution: Attribution,
             mentions: list[tuple[int, int, int, object]] | None = None) -> Quote:
    start, end = attribution.spans[0][0], attribution.spans[-1][1]
    return Quote(
        text=quote_text(analysis.text, start, end),
        start=start,
        end=end,
        direct=attribution.direct,
        cue=attribution.cue,
        speaker=to_speaker(attribution.speaker),
        about=about(analysis, attribution, mentions),
        tone=0.0,
    )
