"""A statement's place is where it was said, never a place of what it is about (a pipeline step on coded events).

The places layer and the merging of an event's mentions can leave an act of saying or stance (``STATED_TYPES``) with
a place that its sentence names only inside the act's topic or content:
- under a topic preposition on the act ("attacked a rival over his birth in Canada", "criticized him for the
  strikes in Gaza"), or inside the act's object ("denounced the war in Ukraine");
- in another clause (act_places.in_other_clause), which the lexicon test of location.py misses when the trigger's
  lemma has other readings too ("has denied having sex ... and said ... at Epstein's home in New York"), or which
  an event merged into this one brought along ("called on Starmer to resign over ... a ceasefire in Gaza").
Such a place is dropped. A place on the act itself ("said in Geneva", "at a news conference in Geneva") stays, and
the dateline may then give the place (dateline_places.py). ``settle_places`` is the step: this rule, the attack
sites of attack_sites.py, then the dateline.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.context import Analysis
from detente.analyze.events.act_places import STATED_TYPES, in_other_clause
from detente.analyze.events.dateline_places import add_dateline_places
from detente.model import Event

# prepositions that give what a statement is about, not where it was made ("over", "about", "sobre")
TOPIC_PREPS = {"over", "about", "for", "regarding", "concerning", "against", "sobre", "por", "contra", "acerca"}
OBJECT_DEPS = {"dobj", "obj"}


def settle_places(analysis: Analysis) -> None:
    """Pipeline step: drop statements' topic places, give attacks the site their goal phrase names
    (attack_sites.py), then give the dateline to the day's home statements. It runs once the events are coded and
    merged, so these readings change no side and no merge (location.py's places feed both). Attacks that refer
    back to an attack told before first take its date and place (recalled_attack_dates.py), a once-only act told again
the time first given to it (repeated_act_dates.py), and a speaker's undated act the day of that speaker's adjacent
dated statement (speaker_occasion_dates.py). Acts done to the people
    of a place (dweller_places.py) and visits (visit_places.py) take the place their phrases name."""
    from detente.analyze.events.destination_places import destination
    from detente.analyze.events.dweller_places import dwellers_place
    from detente.analyze.events.recalled_attack_dates import date_recalled_attacks
    from detente.analyze.events.repeated_act_dates import date_repeated_acts
    from detente.analyze.events.speaker_occasion_dates import date_speaker_occasions
    from detente.analyze.events.visit_places import visit_place

    for event in analysis.events:
        if event.type in STATED_TYPES and event.location is not None and _topic_place(analysis, event):
            event.location = None
        elif event.type == "ASSAULT" and event.location is None:
            event.location = _attack_site(analysis, event) or dwellers_place(analysis, event)
        elif event.type == "ASSAULT":
            event.location = _named_target(analysis, event) or event.location
        elif event.location is None:
            # "sending forces to Khan Younis" (destination_places.py); "ordered residents of X to evacuate"
            # (dweller_places.py); "visited Peru", "flew to Lima for talks" (visit_places.py)
            event.location = (destination(analysis, event) or dwellers_place(analysis, event)
                              or visit_place(analysis, event))
    date_recalled_attacks(analysis)
    date_repeated_acts(analysis)  # a once-only act done to a person, told again: the time first given to it
    date_speaker_occasions(analysis)  # a speaker's undated act next to that speaker's dated statement: that day
    add_dateline_places(analysis)


def _attack_site(analysis: Analysis, event: Event):
    from detente.analyze.events.attack_sites import attack_site

    found = analysis.trigger_root(event)
    if found is None:
        return None
    parsed, trigger = found
    mention = attack_site(analysis, trigger.sent, trigger, parsed.offset)
    return mention.place if mention is not None else None


def _named_target(analysis: Analysis, event: Event):
    """An attack noun's "on"/"against" place (act_places.attacked_place) is its site, over a place of another country
    that the places layer took from elsewhere in the sentence ("the attack on Israel by Hamas and then Israel's
    assault on Gaza": Israel, not Gaza); a finer place of the same country stays ("the attack on Israel hit Haifa")."""
    from detente.analyze.events.act_places import attacked_place

    found = analysis.trigger_root(event)
    if found is None:
        return None
    parsed, trigger = found
    mention = attacked_place(analysis, trigger.sent, trigger, parsed.offset)
    if mention is None or not mention.place.country or mention.place.country == event.location.country:
        return None
    return mention.place


def _topic_place(analysis: Analysis, event: Event) -> bool:
    """Every mention of the event's place in its sentence lies in the act's topic, object or another clause."""
    found = analysis.trigger_root(event)
    if found is None:
        return False
    parsed, trigger = found
    doc, offset = parsed.doc, parsed.offset
    roots = []
    for mention in analysis.places:
        if not event.evidence.start <= mention.start < event.evidence.end or mention.place != event.location:
            continue
        span = doc.char_span(mention.start - offset, mention.end - offset, alignment_mode="expand")
        if span is None or not len(span):
            return False
        roots.append(span.root)
    return bool(roots) and all(_about(trigger, root) for root in roots)


def _about(trigger: Token, place_root: Token) -> bool:
    """The place is in the act's topic or object, or in another clause than the act's."""
    if in_other_clause(trigger, place_root, stated=True):
        return True
    line = {trigger.i, *(a.i for a in trigger.ancestors)}
    path = []
    for node in [place_root, *place_root.ancestors]:
        if node.i in line:
            break
        path.append(node)
    if not path or path[-1].head.i != trigger.i:
        return False  # the place hangs elsewhere than on the act: left to the places layer's reading
    marks = [n for n in path if n.dep_ == "prep"] + [c for n in path for c in n.children if c.dep_ == "case"]
    return any(m.lower_ in TOPIC_PREPS for m in marks) or path[-1].dep_ in OBJECT_DEPS
