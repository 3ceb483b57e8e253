"""Same-type events of one sentence whose sides do not conflict are one act ("a demonstration of students ... in
protest against Serbia"), unless listed or described apart. The sentence coder runs this after reading each
trigger's event; split out of coder.py (no behaviour change)."""
from __future__ import annotations

from detente.analyze.events.merge_listed import listed_apart
from detente.analyze.events.triggers import Trigger
from detente.model import Event


def merge_compatible(coded: list[tuple[Trigger, Event]]) -> list[Event]:
    """Within a sentence, same-type events whose sides do not conflict are one event ("a demonstration of
    students ... in protest against Serbia"): the first keeps the union of their actors. Different acts listed
    side by side ("the revocation of his visa, sanctions imposed by the Treasury") stay apart."""
    merged: list[Event] = []
    anchors: dict[int, Trigger] = {}
    for trigger, event in coded:
        host = next((m for m in merged if m.type == event.type and m.negated == event.negated
                     and _compatible(m.source, event.source)
                     and (_compatible(m.target, event.target) or _result_of(anchors[id(m)], trigger))
                     and not listed_apart(anchors[id(m)], trigger)
                     and not _described_apart(anchors[id(m)], trigger)), None)
        if host is None:
            merged.append(event)
            anchors[id(event)] = trigger
            continue
        host.source = host.source or event.source
        host.target = host.target or event.target
        host.confidence = max(host.confidence, event.confidence)
        if host.evidence.source is None:
            host.evidence.source = event.evidence.source
        if host.evidence.target is None:
            host.evidence.target = event.evidence.target
    return merged


def _described_apart(act: Trigger, trigger: Trigger) -> bool:
    """An event noun inside a clause that describes one of the act's participants ("struck camps used by militants
    linked to last month's massacre of tourists") names another act, not this one: those it harmed are not struck."""
    if not trigger.is_nominal or trigger.token.lang_ != "en":  # Spanish acl attachments are looser
        return False
    current = trigger.token
    for _ in range(12):
        if current.i == act.token.i or current.head.i == current.i:
            return False
        if current.dep_ in {"acl", "relcl"} and current.head.i != act.token.i:
            return any(t.i == act.token.i for t in current.head.ancestors) and current.head.i not in {t.i for t in act.tokens}
        current = current.head
    return False


def _result_of(act: Trigger, trigger: Trigger) -> bool:
    """A bare participle clause of the act's verb tells what the act did ("shelled a school, killing dozens of
    children"): the same act, whoever it harmed."""
    token = trigger.token
    return (not trigger.is_nominal and token.tag_ == "VBG" and token.dep_ == "advcl" and token.head.i == act.token.i
            and not any(c.dep_ in {"mark", "aux", "nsubj"} for c in token.children))


def _compatible(left: list, right: list) -> bool:
    return not left or not right or {a.id for a in left} == {a.id for a in right}
