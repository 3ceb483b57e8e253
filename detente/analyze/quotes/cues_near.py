"""Cues found next to a quote's marks rather than through the parse tree: a verb right before the opening mark,
a name before a colon, a short cue clause right after the closing mark."""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from detente.analyze.context import Analysis, ParsedParagraph
from detente.analyze.quotes.lexicon import quote_cue_kind, reporting_kind, reporting_verbs
from detente.analyze.quotes.locate import QUOTE_CHARS, SPACES, Locator, inside, next_word, token_start
from detente.analyze.quotes.marks import QuotedSpan
from detente.analyze.quotes.speakers import PERSON_LABELS, SpeakerPhrase, resolve_speaker, subject_of


def verb_before_mark(analysis: Analysis, locator: Locator, quote: QuotedSpan,
                     quoted: list[QuotedSpan]) -> tuple[Token, ParsedParagraph] | None:
    """A reporting verb written right before the opening mark ("writing “…”", "saying: “…”") introduces the quote
    even when the parser hangs the quoted words elsewhere."""
    text, position = analysis.text, quote.start - 1
    while position > 0 and (text[position] in QUOTE_CHARS or text[position] in SPACES + ",:"):
        position -= 1
    if position <= 0 or not text[position].isalpha() or inside(position, quoted):
        return None
    parsed, tokens = locator.tokens(position, position + 1)
    if parsed is not None and tokens and tokens[-1].lower_ == "it" and tokens[-1].dep_ in ("dobj", "obj") \
            and tokens[-1].i > 0:
        tokens = [tokens[-1].doc[tokens[-1].i - 1]]  # "as Akhil Amar put it, “…”"
    elif parsed is not None and tokens and tokens[-1].dep_ in ("dobj", "dative", "obj", "iobj") \
            and tokens[-1].head.i < tokens[-1].i and text[position + 1:quote.start].strip(QUOTE_CHARS + " ") == ",":
        tokens = [tokens[-1].head]  # "telling the crowd, “…”"
    if parsed is None or not tokens or quote_cue_kind(tokens[-1], parsed.lang) is None:
        return None
    verb = tokens[-1]
    if verb.pos_ != "VERB" or verb.dep_ in ("amod", "compound") or text[token_start(parsed, verb) - 1:][:1] == "-":
        return None  # "the so-called ‘reform’": a modifier, not a cue
    return verb, parsed


def name_before_colon(analysis: Analysis, locator: Locator, quote: QuotedSpan,
                      quoted: list[QuotedSpan]) -> tuple[int, SpeakerPhrase] | None:
    """A person named right before the colon that opens the quote ("pollster Daron Shaw: “…”"), or opening a
    verbless line (or what follows its dash) that ends in that colon: headlines and digests ("Kasich: ‘…’")."""
    text, position = analysis.text, quote.start - 1
    while position > 0 and (text[position] in QUOTE_CHARS or text[position].isspace()):
        position -= 1
    if position <= 0 or text[position] != ":" or inside(position, quoted):
        return None
    parsed, sent = locator.sentence(position - 1)
    if parsed is None or sent is None:
        return None
    local = position - parsed.offset
    tokens = [t for t in sent if t.idx < local]
    dash = max((t.i for t in tokens if t.text in ("-", "—", "–") and t.whitespace_), default=None)
    tokens = [t for t in tokens if dash is None or t.i > dash]
    if not tokens:
        return None
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in tokens)
    person = next((e for e in sent.ents if (e.label_ in PERSON_LABELS and e.end == tokens[-1].i + 1) or (
        verbless and e.start == tokens[0].i and e.label_ in PERSON_LABELS | {"ORG"})), None)
    if person is None:
        return None  # "pollster Daron Shaw: “…”" names the speaker right at the colon
    return position, resolve_speaker(analysis, parsed, person.root)


CUE_CLAUSE_TOKENS = 6  # “Q.” Trump said. / “Q?” the 43-year-old asked: subject and verb right after the mark


def cue_clause_after(analysis: Analysis, locator: Locator, quote: QuotedSpan,
                     quoted: list[QuotedSpan]) -> tuple[Token, ParsedParagraph] | None:
    """A speech verb with its subject right after a quote that ends its own sentence ("“Q.” Trump said." /
    "“Q?” He tweeted when ...") reports that quote when the verb has no complement of its own; a verb written
    right after the mark with its subject behind it ("“Q!” beamed X") is a cue whatever the verb."""
    text = analysis.text
    position = next_word(text, quote.end)
    parsed, tokens = locator.tokens(position, position + 1)
    if parsed is None or not tokens or "\n" in text[quote.end:position] or inside(position, quoted):
        return None
    first, doc = tokens[0], tokens[0].doc
    if first.pos_ == "VERB" and not has_complement(first) and any(
            c.dep_ in ("nsubj", "nsubj:pass") and c.left_edge.i == first.i + 1 for c in first.children):
        return first, parsed  # “This is fantastic!” beamed Donald Hartley
    comma = text[quote.start:quote.end].rstrip()[-1:] in (",", "?", "!")
    mistagged = _verb_tagged_as_noun(doc[first.i:first.i + NOUN_CLAUSE_TOKENS], parsed) if comma else None
    if mistagged is not None:
        return mistagged
    for token in doc[first.i:first.i + CUE_CLAUSE_TOKENS]:
        if token.pos_ != "VERB" or (reporting_kind(token, parsed.lang) != "speech" and not (
                comma and _names_a_speaker(first, token))):
            continue  # “Go back to Univision,” Trump barked: after a comma, the manner verb is the cue
        subject = subject_of(token)
        if subject is None or has_complement(token) or not first.i <= subject.left_edge.i <= subject.i < token.i \
                or any(t.is_punct and t.text not in "-–" for t in doc[first.i:token.i]):
            return None
        return token, parsed
    return None


PERSONAL_PRONOUNS = {"he", "she", "they", "we", "i"}


def _names_a_speaker(first: Token, verb: Token) -> bool:
    """The words after a comma quote open with the verb's speaker: a name ("Trump barked"), a personal pronoun ("he
    fumed"), or a determiner before a name or a person ("an angry Hollande retaliated")."""
    if first.pos_ in ("PROPN", "PRON") and first.text[:1].isupper() or first.lower_ in PERSONAL_PRONOUNS:
        return True
    subject = subject_of(verb)
    return first.pos_ == "DET" and subject is not None and (subject.pos_ == "PROPN" or subject.ent_type_ in PERSON_LABELS)


NOUN_CLAUSE_TOKENS = 10  # “Q,” a voice-over in the ad states.
CUE_FORMS = ("", "s", "es", "d", "ed")  # state → states, read → read: what a mistagged cue verb may look like
SUBJECT_WORDS = {"DET", "ADJ", "NUM", "NOUN", "PROPN", "ADP", "CCONJ", "PART"}  # “Q,” the two lawmakers in the letter
SUBJECT_HEADS = {"NOUN", "PROPN", "NUM", "ADJ"}
AFTER_CUE = {"ADP", "ADV", "SCONJ", "PUNCT"}  # “Q,” the Saudis state in the white paper. / … the editorial read.


def _verb_tagged_as_noun(window: SpacySpan, parsed: ParsedParagraph) -> tuple[Token, ParsedParagraph] | None:
    """“Q,” the email read. / “Q,” the two write. / “Q?” the 43-year-old asked in …: the parser took the cue for a
    noun (or left its subject out); a short noun phrase opens the words after a comma quote and is followed by a
    form of a speech or writing verb, which ends the clause or takes only a preposition, an adverb or punctuation."""
    words = [t for t in window if not t.is_space]
    if parsed.lang != "en" or len(words) < 2:
        return None
    lemmas = reporting_verbs("en")
    for k, cue in enumerate(words[1:], start=1):
        before, following = words[:k], words[k + 1:k + 2]
        if any(t.pos_ not in SUBJECT_WORDS and not (t.is_punct and t.text in "-–") for t in before) \
                or before[0].pos_ in ("ADP", "CCONJ", "PART"):
            return None
        word = cue.lower_
        kinds = {lemmas.get(word[:len(word) - len(ending)]) for ending in CUE_FORMS if word.endswith(ending)}
        if cue.pos_ in ("NOUN", "VERB") and kinds & {"speech", "inscription"} \
                and any(t.pos_ in SUBJECT_HEADS for t in before) \
                and (not following or following[0].pos_ in AFTER_CUE and following[0].text not in "-–"):
            if cue.pos_ == "VERB" and subject_of(cue) is not None:
                return None  # a verb with its subject: the clause rules above judge it
            return cue, parsed
    return None


def subject_before_cue(cue: Token) -> Token | None:
    """The head of the noun phrase right before a mistagged cue ("the editorial read", "the two write")."""
    doc, index = cue.doc, cue.i - 1
    while index >= 0 and (doc[index].pos_ in ("ADP", "PUNCT", "CCONJ", "PART") and doc[index].text not in "-–"):
        index -= 1
    token = doc[index] if index >= 0 else None
    return token if token is not None and token.pos_ in SUBJECT_HEADS else None


def has_complement(verb: Token) -> bool:
    """Whether the verb reports words of its own after it (the quote before it may hang on it as its ccomp)."""
    return any(c.dep_ in ("ccomp", "dobj", "obj", "xcomp") and c.i > verb.i for c in verb.children)
