"""A bare "Congress" is listed as the US Congress, but the Philippine, Colombian or Peruvian news calls its own
legislature so (and Indian news its Congress party): in a story whose dateline or dominant country is such a state,
and which names the United States at most in passing (the home state outweighs it three to one: a Philippine story
that also names "the Department of Energy", read as the US one), a bare "Congress" is that state's body."""
from __future__ import annotations

from dataclasses import replace

from detente.analyze.actors.context_country import dominant_country
from detente.knowledge.actors.words import congress_states

US_CONGRESS = "US Congress"
PASSING = 3.0  # the home state's evidence must outweigh the United States' this many times
BARE = {"congress", "the congress"}


def _bare(draft) -> bool:
    return bool(draft.mentions) and all(site.text.lower() in BARE for site in draft.mentions)


def _home_country(evidence: list, own: set[int]) -> str | None:
    """The story's country without the Congress mentions' own evidence: the dateline's, else the one named most
    (strictly); None when the United States is named more than in passing."""
    rest = [e for e in evidence if e.start not in own and not e.abroad and not e.meeting]
    datelines = [e for e in rest if e.topic and e.paragraph == 0 and e.weight == 1.0 and not e.state
                 and e.sentence == 0 and e.start < 40]
    home = datelines[0].country if datelines else dominant_country(rest)
    us = sum(e.weight for e in rest if e.country == "USA")
    if us and sum(e.weight for e in rest if e.country == home) < PASSING * us:
        return None
    return home


def relocate_bare_congress(drafts: list, evidence: list) -> None:
    """Recode, in place, a bare "Congress" read as the US Congress when the story is another Congress state's."""
    for draft in drafts:
        code = draft.code
        if code.name != US_CONGRESS or not _bare(draft):
            continue
        home = _home_country(evidence, {site.start for site in draft.mentions})
        if home is None or home == "USA" or home not in congress_states():
            continue
        sector, name = congress_states()[home]
        draft.code = replace(code, name=name, country=home, sector=sector, entity_id=None, titles=set(code.titles))
