""""My Government will ...", "our government will not tolerate ...": a first-person government in quoted speech is
the speaker's (the King's Speech is the British government's programme), not that of a country named in the quote."""
from __future__ import annotations

from dataclasses import replace

FIRST_PERSON = {"my", "our"}
SPEAKER_OWNED = FIRST_PERSON | {"his", "her"}  # "Ruto said his government would ...": the speaker's own
SAY_LEMMAS = {"say", "tell", "declare", "announce", "add", "state", "pledge", "promise", "vow", "insist"}
SUBJECTS = {"nsubj", "nsubjpass"}


def _first_person(site, owners: set[str] = FIRST_PERSON) -> bool:
    span = site.span
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return span[0].lower_ in owners or before in owners


def _speaker(site):
    """The subject of the saying verb in the mention's sentence: "the King said", "President X told ..."."""
    for token in site.span.sent:
        if token.lemma_.lower() in SAY_LEMMAS and token.pos_ in {"VERB", "AUX"}:
            for child in token.children:
                if child.dep_ in SUBJECTS and not (site.span.start <= child.i < site.span.end):
                    return child
    return None


def _country_of(token, site, drafts) -> str | None:
    for draft in drafts:
        for other in draft.mentions:
            if other.parsed is site.parsed and other.span.start <= token.i < other.span.end:
                return draft.code.country
    return None


def assign_speaker_governments(drafts: list) -> list:
    """Recode first-person governments whose every mention has a speaker of a known country to that country."""
    result = []
    for draft in drafts:
        code = draft.code
        if code.sector == "GOV" and "government" in code.titles and draft.mentions \
                and all(_first_person(site, SPEAKER_OWNED) for site in draft.mentions):
            speakers = {_country_of(token, site, drafts) if (token := _speaker(site)) is not None else None
                        for site in draft.mentions}
            if len(speakers) == 1 and (country := speakers.pop()) and country != code.country:
                draft.code = replace(code, country=country, titles=set(code.titles), country_from_context=True)
        result.append(draft)
    return result


def is_first_person_government(code, site) -> bool:
    """'my Government', 'our government': a government owned by the speaker."""
    return code.sector == "GOV" and "government" in code.titles and _first_person(site)


def outside_own_sentence(site, evidence: list) -> list:
    """The evidence less what the mention's own sentence names: in "My Government will support Ukraine", Ukraine is
    what the speaker's government acts on, not whose it is."""
    from detente.analyze.actors.context_country import sentence_key

    sentence = sentence_key(site.parsed, site.start)
    return [e for e in evidence if not (e.paragraph == site.parsed.index and e.sentence == sentence)]
