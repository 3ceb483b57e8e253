"""A stranger's title in apposition is his title: "Manhattan's top federal prosecutor in 2020, Geoffrey Berman",
"China's ambassador to Britain Liu Xiaming", "Geoffrey Berman, the US attorney": a person in no list, named without a
title of his own, takes the country and sector of the titled phrase his name is in apposition with (so do his later
surname mentions, which join him). A country his name phrase only picked up from a neighbouring word ("to Britain
Liu Xiaming") gives way to the title's. A title told by a predicate ("X is the mayor of Chicago", "X, who served as
Chicago's mayor") counts too (predicate_titles.py).
"""
from __future__ import annotations

from dataclasses import replace

from detente.analyze.actors.predicate_titles import predicate_heads
from detente.analyze.actors.resolve import ActorDraft, MentionSite
from detente.knowledge.actors import STATE_OFFICE_SECTORS

TITLE_KINDS = {"group", "person"}


def _untitled_stranger(draft: ActorDraft) -> bool:
    code = draft.code
    return code.kind == "person" and not code.entity_id and not code.sector and not code.titles and not code.region


def _title(draft: ActorDraft) -> bool:
    code = draft.code
    return code.kind in TITLE_KINDS and not code.entity_id and bool(code.titles) and bool(code.sector) \
        and bool(code.country) and code.title_kind in {"head", "person"}


def _apposed_heads(site: MentionSite) -> list:
    """The tokens the name is in apposition with: its head when the name is the apposition, the apposition's root
    when the title is."""
    root = site.span.root
    heads = [root.head] if root.dep_ == "appos" and root.head.i != root.i else []
    return heads + [c for c in root.children if c.dep_ == "appos"]


def name_titles(drafts: list[ActorDraft]) -> list[ActorDraft]:
    """Give each untitled stranger the country and sector of a title he is in apposition with."""
    titles = [d for d in drafts if _title(d)]
    if not titles:
        return drafts
    for draft in drafts:
        if not _untitled_stranger(draft):
            continue
        found, past = None, False
        for site in draft.mentions:
            heads = [(h, False) for h in _apposed_heads(site)] + predicate_heads(site.span.root)
            for head, past in heads:
                found = next((t for t in titles for m in t.mentions
                              if m.span.doc is site.span.doc and m.span.start <= head.i < m.span.end), None)
                if found is not None:
                    break
            if found is not None:
                break
        if found is not None:
            sector = "ELI" if past and found.code.sector in STATE_OFFICE_SECTORS else found.code.sector
            draft.code = replace(draft.code, country=found.code.country, sector=sector,
                                 head=found.code.head and sector != "ELI")
    return drafts
