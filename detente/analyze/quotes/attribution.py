"""Attributions from the parse: which cue verb and which speaker go with each quoted or reported content.

Three sources of attributions, merged in :mod:`detente.analyze.quotes`:
- reporting verbs with a complement clause (indirect speech: "Trump said that ...", "Petro dijo que ...",
  and post-posed "..., Trump said");
- source phrases ("according to X, ...", "según X, ...");
- quoted spans, attributed to the reporting verb that governs them or to the nearest one around them.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan, Token

from detente.analyze.context import Analysis, ParsedParagraph
from detente.analyze.quotes.cues_near import cue_clause_after, name_before_colon, subject_before_cue, verb_before_mark
from detente.analyze.quotes.lexicon import attribution_phrases, quote_cue_kind, reporting_kind
from detente.analyze.quotes.locate import (  # Locator and trim are re-exported for the package
    QUOTE_CHARS,
    Locator,
    inside,
    next_word,
    previous_word,
    token_start,
    trim,
)
from detente.analyze.quotes.marks import QuotedSpan
from detente.analyze.quotes.speakers import (
    SpeakerPhrase,
    implicit_speaker,
    resolve_speaker,
    subject_of,
)

COMPLEMENT_DEPS = {"ccomp"}
INVERTED_DEPS = {"parataxis", "ccomp", "advcl", "conj"}
NEAREST_MIN_WORDS = 4  # a shorter quoted fragment needs a reporting verb that governs it


@dataclass
class Attribution:
    """One reported content (one or more article spans), its cue and its speaker."""

    spans: list[tuple[int, int]]
    direct: bool
    cue: str | None = None
    cue_start: int | None = None
    speaker: SpeakerPhrase | None = None
    quoted: list[QuotedSpan] = field(default_factory=list)
    object_only: bool = False  # the content is the cue's object phrase, not a clause ("criticized the plan")


def cue_text(verb: Token) -> str:
    """The cue as written: the verb with its particle ("pointed out") and negation."""
    parts = [verb] + [c for c in verb.children if c.dep_ in ("prt", "neg", "compound:prt")]
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))


def speaker_for(analysis: Analysis, parsed: ParsedParagraph, verb: Token,
                quoted: list[QuotedSpan] = ()) -> SpeakerPhrase | None:
    """The speaker of a cue verb: its subject resolved to an actor, or the implicit subject in Spanish."""
    subject = cue_subject(parsed, verb, quoted)
    if subject is not None:
        return resolve_speaker(analysis, parsed, subject)
    if parsed.lang == "es":
        return implicit_speaker(analysis, token_start(parsed, verb))
    return None


def cue_subject(parsed: ParsedParagraph, verb: Token, quoted: list[QuotedSpan] = ()) -> Token | None:
    """The cue's subject, or the name right next to it when the parser gave none or took quoted words for it."""
    subject = subject_of(verb)
    if subject is None or inside(token_start(parsed, subject), quoted) or not subject.text[:1].isalnum():
        return _adjacent_subject(parsed, verb, quoted)
    return subject


def _adjacent_subject(parsed: ParsedParagraph, verb: Token, quoted: list[QuotedSpan]) -> Token | None:
    """A noun phrase right before or after the cue, outside quotes ("…,'' Mr. Trump said" / "said Mr. Trump"),
    else the name that opens the words between a quote and its cue ("…,'' Robert Shrum, a strategist, said")."""
    doc = verb.doc
    named = _name_after_quote(parsed, verb, quoted)
    for index in (verb.i - 1, verb.i + 1) + ((named.i,) if named is not None else ()):
        if not 0 <= index < len(doc):
            continue
        token = doc[index]
        if token.pos_ in ("PROPN", "PRON", "NOUN") and token.text[:1].isalpha() \
                and not inside(token_start(parsed, token), quoted):
            while token.dep_ in ("compound", "flat", "amod") and token.head.i != verb.i:
                token = token.head
            return token
    return None


NAME_AFTER_QUOTE_TOKENS = 12


def _name_after_quote(parsed: ParsedParagraph, verb: Token, quoted: list[QuotedSpan]) -> Token | None:
    """The proper name or pronoun opening the words between the end of a quote and the cue after it."""
    doc, index = verb.doc, verb.i - 1
    while index >= 0 and verb.i - index <= NAME_AFTER_QUOTE_TOKENS and not inside(token_start(parsed, doc[index]), quoted):
        index -= 1
    if index < 0 or not inside(token_start(parsed, doc[index]), quoted):
        return None
    for token in doc[index + 1:verb.i]:
        if token.is_punct or token.is_space:
            continue
        return token if token.pos_ in ("PROPN", "PRON") and token.text[:1].isalpha() else None
    return None


def verb_attributions(analysis: Analysis, quoted: list[QuotedSpan],
                      locator: Locator | None = None) -> list[Attribution]:
    """Indirect speech from reporting verbs with a complement clause, outside direct quotes."""
    found: list[Attribution] = []
    text = analysis.text
    locator = locator or Locator(analysis)
    for parsed, sent in analysis.sentences():
        indexes = locator.verb_candidates(parsed)
        for index in indexes[bisect_left(indexes, sent.start):bisect_left(indexes, sent.end)]:
            verb = parsed.doc[index]
            kind = reporting_kind(verb, parsed.lang)
            if kind in (None, "inscription") or inside(token_start(parsed, verb), quoted):
                continue
            span, object_only = _complement_span(verb, sent, parsed.lang), False
            relative = (_relative_report(verb, parsed.lang) or _parenthetical_report(verb, parsed.lang)) \
                if span is None else None
            if relative is not None and not any(q.start < parsed.offset + e and parsed.offset + s < q.end
                                                    for s, e in relative for q in quoted):
                found.append(Attribution(
                    spans=[trim(text, parsed.offset + s, parsed.offset + e, " \n\t.,;:!?—–-") for s, e in relative],
                    direct=False, cue=cue_text(verb), cue_start=token_start(parsed, verb),
                    speaker=speaker_for(analysis, parsed, verb, quoted)))
                continue
            if span is None:
                span, object_only = _object_span(verb, parsed.lang), True
            if span is None or ((object_only or kind == "stance") and any(
                    q.start < parsed.offset + span[1] and parsed.offset + span[0] < q.end for q in quoted)):
                continue  # quoted words after a cue are handled as quotes; a stance verb never quotes
            start, end = trim(text, parsed.offset + span[0], parsed.offset + span[1], " \n\t.,;:!?—–-")
            if end - start < 2:
                continue
            if token_start(parsed, verb) >= end:
                start = _statement_before_cue(text, start, end, quoted)
                end = _speaker_after_quote(parsed, start, end, quoted, verb)
                if any(end <= q.start and q.end <= token_start(parsed, verb) for q in quoted):
                    continue  # 'X lamented the churn: "Q," he said': the cue reports the quote next to it
            found.append(Attribution(
                spans=[(start, end)], direct=False, cue=cue_text(verb), cue_start=token_start(parsed, verb),
                speaker=speaker_for(analysis, parsed, verb, quoted), object_only=object_only,
            ))
    return found


def _statement_before_cue(text: str, start: int, end: int, quoted: list[QuotedSpan]) -> int:
    """Start of a post-posed cue's content: the quoted statement that closes it when the writer's words before
    it end with "(", ":" or a full stop ("blowback from members ("I want my dues back," wrote Nelson)")."""
    last = next((q for q in quoted if start <= q.start and end - 3 <= q.end <= end + 3), None)
    if last is None or len(text[last.start:last.end].split()) < NEAREST_MIN_WORDS \
            or not text[last.start:last.end].lstrip(QUOTE_CHARS)[:1].isupper():
        return start
    before = text[start:last.start].rstrip(QUOTE_CHARS + " \n\t")
    return last.start - 1 if before and before[-1] in "(:.!?—–" else start


def _speaker_after_quote(parsed: ParsedParagraph, start: int, end: int, quoted: list[QuotedSpan], verb: Token) -> int:
    """End of a post-posed cue's content that the parser stretched past a comma-closed quote over the speaker's
    words ("“Q,” another friend, Mariam Emara, told CNN" / "“Q,” Gene Sperling, a top adviser, said"): the quote's
    end, when no verb stands between its closing mark and the cue."""
    last = next((q for q in reversed(quoted) if start <= q.start and q.end < end), None)
    if last is None or parsed.offset + verb.idx < end \
            or not parsed.doc.text[last.start - parsed.offset:last.end - parsed.offset].rstrip()[-1:] in (",", "?", "!"):
        return end
    between = [t for t in parsed.doc[:verb.i] if last.end <= parsed.offset + t.idx and not t.is_punct]
    subject = subject_of(verb)
    if not between or between[0].pos_ not in ("DET", "PROPN", "PRON", "NOUN", "ADJ", "NUM") \
            or any(t.pos_ in ("VERB", "AUX") for t in between) or (subject is not None and subject.i > verb.i):
        return end  # "“Q,” like the recent volatility …, said X": the words after the quote are still the content
    return last.end


def _complement_span(verb: Token, sent: SpacySpan, lang: str = "en") -> tuple[int, int] | None:
    """Doc character span of what the verb reports: its complement clause, or the clause it follows."""
    complements = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS]
    if complements:
        left = min(c.left_edge.idx for c in complements)
        right = max(_clause_end(c, lang) for c in complements)
        if left > verb.idx or right <= verb.idx:
            return left, right
        return None
    head = verb.head
    if verb.dep_ in INVERTED_DEPS and head.i < verb.i and verb.i - head.i < 60:
        before = verb.left_edge.i - 1
        while before > head.i and verb.doc[before].is_quote:
            before -= 1
        if verb.doc[before].text in (",", "—") and _has_subject(verb) and verb.left_edge.i > head.i:
            return head.left_edge.idx, verb.doc[before].idx
    return None


def _relative_report(verb: Token, lang: str) -> list[tuple[int, int]] | None:
    """A report inside a relative clause ("the wall, which he says Mexico will pay for"): the relative word and
    the clause after the cue, as two fragments."""
    if verb.dep_ != "relcl":
        return None
    complements = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS]
    if len(complements) != 1:
        return None
    relative = complements[0].left_edge
    if relative.i >= verb.i or relative.lower_ not in ASIDE_RELATIVES | {"that"}:
        return None
    rest = [t for t in complements[0].subtree if t.i > verb.i]
    if not rest:
        return None
    return [(relative.idx, relative.idx + len(relative)), (rest[0].idx, _clause_end(complements[0], lang))]


def _parenthetical_report(verb: Token, lang: str) -> list[tuple[int, int]] | None:
    """A cue set off by commas inside what it reports ("Many of the closures, he said, have involved public
    courses"): the clause's words before and after the cue, as two fragments."""
    head, doc = verb.head, verb.doc
    if verb.dep_ not in INVERTED_DEPS or head.i <= verb.i or not _has_subject(verb):
        return None
    before, after = verb.left_edge.i, verb.right_edge.i  # the commas hang on the cue or on the clause
    before -= doc[before].text != ","
    after += doc[after].text != ","
    if before <= head.left_edge.i or after >= head.right_edge.i or doc[before].text != "," or doc[after].text != ",":
        return None
    if any(c.dep_ in COMPLEMENT_DEPS | OBJECT_DEPS for c in verb.children if c.i > verb.i):
        return None  # "…, he said, adding that …": the cue has its own content
    return [(head.left_edge.idx, doc[before].idx), (doc[after + 1].idx, _clause_end(head, lang))]


OBJECT_DEPS = {"dobj", "obj", "xcomp", "oprd", "dative", "iobj", "prep", "obl"}
TOPIC_PREPOSITIONS = {"about", "sobre"}
QUESTION_MARKERS = {"if", "whether", "si"}


def _object_span(verb: Token, lang: str) -> tuple[int, int] | None:
    """What a reporting verb with no complement clause reports: its object and the phrases after it
    ("criticized the subsidies", "accused Trump of inciting violence", "quiere bajar los impuestos")."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i > verb.i]
    objects += [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                and any(m.dep_ == "mark" and m.lower_ in QUESTION_MARKERS for m in c.children)]  # asked whether ...
    first = min(objects, key=lambda c: c.i, default=None)
    if first is None:
        return None
    heads = {"dobj", "obj", "xcomp", "oprd", "advcl"}
    if not any(c.dep_ in heads for c in objects) and not (
            first.dep_ == "prep" and first.lower_ in TOPIC_PREPOSITIONS and first.i == verb.i + 1):
        return None  # "said in a statement" reports nothing; "asked about the merger" reports the topic
    return min(c.left_edge.idx for c in objects), max(_clause_end(c, lang) for c in objects)


def _clause_end(head: Token, lang: str = "en") -> int:
    """End of a complement clause, before a trailing ", showing ..." participle that is the writer's comment,
    and before a second reporting verb joined to it ("said he welcomed it and added, “...”": its own report)."""
    end = head.right_edge.idx + len(head.right_edge)
    for token in head.subtree:
        dep = token.dep_
        if dep not in ("conj", "advcl", "relcl"):
            continue  # only these can end the clause early
        if dep == "conj":
            if token.i > head.i and reporting_kind(token, lang) == "speech":
                first = token.left_edge
                joiner = token.doc[first.i - 1] if first.i > head.i + 1 else None
                cut = joiner if joiner is not None and joiner.dep_ == "cc" else first
                end = min(end, cut.idx)
            continue
        before = token.left_edge.i - 1
        while before > head.i and token.doc[before].is_quote:
            before -= 1
        if token.dep_ == "advcl" and token.tag_ == "VBG" and before > head.i and token.doc[before].text == ",":
            end = min(end, token.doc[before].idx)
        if _aside_relative(token, head, before):
            end = min(end, token.doc[before].idx)
    return end



ASIDE_RELATIVES = {"which", "who", "whom", "whose", "where"}


def _aside_relative(token: Token, head: Token, before: int) -> bool:
    """A non-restrictive relative clause (", which includes …") that the writer adds after the reported clause."""
    return (token.dep_ == "relcl" and before > head.i and token.doc[before].text == ","
            and token.left_edge.lower_ in ASIDE_RELATIVES)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children)


def phrase_attributions(analysis: Analysis, quoted: list[QuotedSpan], taken: list[Attribution]) -> list[Attribution]:
    """"according to X, ..." / "según X, ...": the rest of the sentence is what X reported."""
    found: list[Attribution] = []
    text = analysis.text
    for parsed, sent in analysis.sentences():
        sent_start, sent_end = parsed.offset + sent.start_char, parsed.offset + sent.end_char
        match = _find_phrase(sent, parsed.lang, parsed.text)
        if match is None:
            continue
        first, source, phrase_length = match
        if inside(token_start(parsed, first), quoted) or _phrase_reported(
                taken, token_start(parsed, first), token_start(parsed, first.head), sent_start, sent_end):
            continue
        phrase_end = max(t.idx + len(t) for t in source.subtree if t.dep_ not in ("relcl", "appos", "punct"))
        before = trim(text, sent_start, parsed.offset + first.idx)
        after = trim(text, parsed.offset + phrase_end, sent_end)
        if before[1] - before[0] > 2 and after[1] - after[0] > 2:
            content = (before[0], after[1])
        else:
            content = after if after[1] - after[0] > before[1] - before[0] else before
        if content[1] - content[0] < 2:
            continue
        speaker = resolve_speaker(analysis, parsed, source)
        if source.lower_ in ("himself", "herself", "themselves"):
            subject = next((t for t in sent if t.dep_ in ("nsubj",)), None)
            speaker = resolve_speaker(analysis, parsed, subject) if subject is not None else speaker
        cue = " ".join(t.text for t in sent[first.i - sent.start:first.i - sent.start + phrase_length])
        quote = _quote_as_content(text, content, quoted)
        found.append(Attribution(spans=[(quote.start, quote.end)] if quote else [content], direct=quote is not None,
                                 cue=cue, cue_start=token_start(parsed, first), speaker=speaker,
                                 quoted=[quote] if quote else []))
    return found


def _phrase_reported(taken: list[Attribution], position: int, head: int, sent_start: int, sent_end: int) -> bool:
    """A cue of the sentence that the source phrase hangs on ("Petro, according to himself, felt that …"), whose
    content holds the phrase, or that is a quote's cue ("“…,” he said, according to the transcript"): the phrase
    belongs to that report."""
    for attribution in taken:
        if attribution.cue_start is None or not sent_start <= attribution.cue_start < sent_end:
            continue
        if attribution.direct or attribution.cue_start == head or any(s <= position < e for s, e in attribution.spans):
            return True
    return False


def _quote_as_content(text: str, content: tuple[int, int], quoted: list[QuotedSpan]) -> QuotedSpan | None:
    """The quote that a source phrase's content is ("According to the newspaper, “… . …”", "“…,” according to
    CNN"): the content lies inside it and starts or ends with it (a quote over several sentences goes on)."""
    for quote in quoted:
        first, last = trim(text, quote.start, quote.end)
        if first <= content[0] and content[1] <= last and (content[0] == first or content[1] == last):
            return quote
    return None


def _find_phrase(sent: SpacySpan, lang: str, paragraph_text: str) -> tuple[Token, Token, int] | None:
    """First source phrase in the sentence: (its first token, the head of the source named after it, its length)."""
    lowered = paragraph_text[sent.start_char:sent.end_char].lower()
    phrases = [phrase for phrase in attribution_phrases(lang) if all(word in lowered for word in phrase)]
    words = [t.lower_ for t in sent] if phrases else []  # most sentences hold no source phrase: no tokens read
    for phrase in phrases:
        for i in range(len(words) - len(phrase)):
            if tuple(words[i:i + len(phrase)]) != phrase:
                continue
            source = sent[i + len(phrase)]
            while (source.head.i > source.i and source.head.i - (sent.start + i) < 8 and source.dep_ != "pobj"
                   and source.head.pos_ in ("NOUN", "PROPN")):
                source = source.head
            if source.pos_ in ("NOUN", "PROPN", "PRON"):
                return sent[i], source, len(phrase)
    return None


def quote_attribution(analysis: Analysis, locator: Locator, quote: QuotedSpan,
                      quoted: list[QuotedSpan]) -> Attribution:
    """The cue and speaker of a quoted span: a governing reporting verb, else the nearest one around it."""
    verb_parsed = _governing_verb(locator, quote, quoted)
    if verb_parsed is None:
        verb_parsed = verb_before_mark(analysis, locator, quote, quoted)
    clause_after = False
    if verb_parsed is None:
        verb_parsed = cue_clause_after(analysis, locator, quote, quoted)
        clause_after = verb_parsed is not None
    if verb_parsed is None:
        named = name_before_colon(analysis, locator, quote, quoted)
        if named is not None:  # "Kasich: ‘We Are Going All The Way’": the colon is the cue
            return Attribution(spans=[(quote.start, quote.end)], direct=True, quoted=[quote], cue=":",
                               cue_start=named[0], speaker=named[1])
    if verb_parsed is None and len(analysis.text[quote.start:quote.end].split()) >= NEAREST_MIN_WORDS:
        verb_parsed = _nearest_verb(analysis, locator, quote, quoted)
    if verb_parsed is None:
        verb_parsed = _introducing_verb(analysis, locator, quote, quoted)
    attribution = Attribution(spans=[(quote.start, quote.end)], direct=True, quoted=[quote])
    if verb_parsed is not None:
        verb, parsed = verb_parsed
        attribution.cue = cue_text(verb)
        attribution.cue_start = token_start(parsed, verb)
        attribution.speaker = speaker_for(analysis, parsed, verb, quoted)
        if attribution.speaker is None and clause_after and subject_before_cue(verb) is not None:
            phrase = resolve_speaker(analysis, parsed, subject_before_cue(verb))  # “Q,” the editorial read
            opening = next_word(analysis.text, quote.end)  # the noun phrase opens right after the closing mark
            if opening < phrase.start:
                phrase.start, phrase.text = opening, analysis.text[opening:phrase.end]
            attribution.speaker = phrase
        leave_out_quoted_words(analysis.text, attribution.speaker, quote)
        if attribution.speaker is None and verb.tag_ == "VBG":
            subject = subject_of(verb.sent.root)  # "Flea shared the news, writing “…”": the main clause's subject
            if subject is not None and not inside(token_start(parsed, subject), quoted):
                attribution.speaker = resolve_speaker(analysis, parsed, subject)
    return attribution


def leave_out_quoted_words(text: str, speaker: SpeakerPhrase | None, quote: QuotedSpan) -> None:
    """A speaker phrase the parser grew into the quote before it ("hunky-dory,” Gene Sperling") starts after the
    closing mark."""
    if speaker is not None and speaker.start < quote.end < speaker.end:
        opening = next_word(text, quote.end)
        if opening < speaker.end:
            speaker.start, speaker.text = opening, text[opening:speaker.end]


def _introducing_verb(analysis: Analysis, locator: Locator, quote: QuotedSpan,
                      quoted: list[QuotedSpan]) -> tuple[Token, ParsedParagraph] | None:
    """The main verb of a sentence that ends in a colon right before the quote, when it has a subject
    ("Trump issued the following statement:" / "Stated Stone:"), the quote opening there or in the next paragraph."""
    text, position = analysis.text, quote.start - 1
    while position > 0 and (text[position] in QUOTE_CHARS or text[position].isspace()):
        position -= 1
    if position <= 0 or text[position] != ":":
        return None
    parsed, sent = locator.sentence(position)
    if parsed is None or sent is None or inside(position, quoted):
        return None
    verbs = [t for t in sent if (t.pos_ == "VERB" or t.dep_ == "ROOT") and token_start(parsed, t) < position
             and not inside(token_start(parsed, t), quoted)][::-1]
    reporting = [t for t in verbs if quote_cue_kind(t, parsed.lang) is not None]
    roots = [t for t in verbs if t.dep_ == "ROOT"]
    others = [t for t in verbs if t not in reporting and t not in roots and t.dep_ != "amod"]
    for verb in reporting + roots + others:
        if cue_subject(parsed, verb, quoted) is not None:
            return verb, parsed
    return None


def _governing_verb(locator: Locator, quote: QuotedSpan, quoted: list[QuotedSpan]) -> tuple[Token, ParsedParagraph] | None:
    """A reporting verb outside the quote that the quoted words depend on ("said the meeting was ‘fantastic’")."""
    first, last = trim(locator.analysis.text, quote.start, quote.end)
    for position in (last - 1, first):
        parsed, tokens = locator.tokens(position, position + 1)
        if parsed is None:
            continue
        for token in tokens:
            head, steps = token, 0
            while head.head.i != head.i and steps < 8:
                head, steps = head.head, steps + 1
                if inside(token_start(parsed, head), quoted):
                    continue
                if quote_cue_kind(head, parsed.lang) is not None and not _after_full_stop(locator, quote, parsed, head):
                    return head, parsed
                if head.pos_ in ("NOUN", "PROPN"):
                    break  # the quote names something ("in the spot titled ‘Dangerous’"): not what a cue reports
    return None


def _after_full_stop(locator: Locator, quote: QuotedSpan, parsed: ParsedParagraph, verb: Token) -> bool:
    """A verb after a quote that ends its own sentence ('"… relationship." The leaders agreed') is not its cue."""
    if token_start(parsed, verb) < quote.end:
        return False
    return locator.analysis.text[quote.start:quote.end].rstrip(QUOTE_CHARS + " ").endswith(".")


def _nearest_verb(analysis: Analysis, locator: Locator, quote: QuotedSpan,
                  quoted: list[QuotedSpan]) -> tuple[Token, ParsedParagraph] | None:
    """The closest reporting verb with a speaker in the sentences where the quote opens and closes."""
    candidates: list[tuple[int, Token, ParsedParagraph]] = []
    seen: set[tuple[int, int]] = set()
    for position in (quote.start, max(quote.start, quote.end - 1), next_word(analysis.text, quote.end),
                     previous_word(analysis.text, quote.start)):
        parsed, sent = locator.sentence(position)
        if parsed is None or sent is None or (id(parsed), sent.start) in seen:
            continue  # a sentence met again adds only the candidates it gave already
        seen.add((id(parsed), sent.start))
        indexes = locator.verb_candidates(parsed)  # the only tokens quote_cue_kind can accept
        for index in indexes[bisect_left(indexes, sent.start):bisect_left(indexes, sent.end)]:
            token = parsed.doc[index]
            start = token_start(parsed, token)
            if inside(start, quoted) or quote_cue_kind(token, parsed.lang) is None \
                    or _after_full_stop(locator, quote, parsed, token):
                continue
            if cue_subject(parsed, token, quoted) is None and parsed.lang != "es":
                continue
            distance = min(abs(start - quote.start), abs(start - quote.end))
            candidates.append((distance, token, parsed))
    if not candidates:
        return None
    _, token, parsed = min(candidates, key=lambda c: c[0])
    return token, parsed
