"""A group word repeated without its nationality is the group named with it before: "Polish farmers have ended their
blockade ... They were later joined by farmers who demanded subsidies": the farmers are Polish, whatever country the
dateline or the other side of the story names more often. Only when the article's earlier groups of that word name one
country ("Ukrainian soldiers ... Russian soldiers ... soldiers" names two, and the context rule decides)."""
from __future__ import annotations

from dataclasses import replace

from detente.analyze.actors.resolve import ActorDraft

# groups of one trade or calling, whose nationality a story keeps ("farmers", "students", "workers"); plain people,
# civilians and journalists are often the other side's victims ("Palestinian people ... people killed in Israel"), and
# a state's forces and officials are left to the context rule, which weighs the states around them
SOCIAL_SECTORS = {"AGR", "LAB", "EDU", "BUS", "REL", "MED", "HLH"}


def _bare_group(draft: ActorDraft) -> bool:
    code = draft.code
    return code.kind == "group" and not code.country and not code.entity_id and bool(code.titles) \
        and code.sector in SOCIAL_SECTORS \
        and not code.region and not code.backers and not code.placed and not code.acts_where


def repeated_group_countries(drafts: list[ActorDraft]) -> list[ActorDraft]:
    """Give each bare group the one country of the same-titled groups named with a country before its first mention."""
    named = [d for d in drafts if d.code.kind == "group" and d.code.country and d.code.titles
             and not d.code.country_from_context]
    if not named:
        return drafts
    for draft in drafts:
        if not _bare_group(draft) or not draft.mentions:
            continue
        first = draft.first_start()
        countries = {d.code.country for d in named if d.code.titles == draft.code.titles and d.code.sector == draft.code.sector
                     and min(m.start for m in d.mentions) < first}
        if len(countries) == 1:
            draft.code = replace(draft.code, country=countries.pop(), titles=set(draft.code.titles),
                                 country_from_context=True)
    return drafts
