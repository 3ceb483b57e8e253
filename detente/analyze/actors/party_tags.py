"""The party-state tag that US news puts after a politician's name ("Sen. Kelly Ayotte, R-N.H.", "Rep. Adam Schiff
(D-Calif.)", "Ted Cruz, R-Texas") says the person is a US politician: a title with no country ("Sen.", "Rep.")
and a name no list holds leave the actor countryless in a story without a US dateline. The tag is a US
convention only (party letter, hyphen, US state abbreviation), so it gives no foreign politician the US."""
from __future__ import annotations

import re

from detente.knowledge.actors.words import us_state_abbreviations

TAG = re.compile(r"^\s*[,(]\s*[RDI]\s?[-–]\s?([A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?)")


def party_tag_country(drafts: list) -> None:
    """Give, in place, the US to countryless people one of whose mentions carries a party-state tag."""
    for draft in drafts:
        code = draft.code
        if code.country or code.kind != "person":
            continue
        if any(_tagged(site) for site in draft.mentions):
            code.country = "USA"


def _tagged(site) -> bool:
    span = site.span
    match = TAG.match(span.doc.text[span.end_char:span.end_char + 24])
    if match is None:
        return False
    states = us_state_abbreviations()
    words = match.group(1).split()
    return any(" ".join(words[:n]).rstrip(",)") in states or " ".join(words[:n]) in states
               for n in range(len(words), 0, -1))
