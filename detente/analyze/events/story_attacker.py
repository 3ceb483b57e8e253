""""The attack" in a story of one attacker: "An Israeli tank fired at the journalists. ... The IDF did not comment.
... 'The attack killed our colleague,' the editor said." A definite "the attack" whose victims have no country
recalls the attack told before; recalled_attacks.py looks only three sentences back for it, as a story of several
attackers leaves the reader unsure. When every attack by a state, its forces or an armed group the article told in
the ten sentences before was by one and the same country, the recall is not ambiguous, and its doer is that
attacker (the nearest such strike's). English only.
"""
from __future__ import annotations


from detente.analyze.context import Analysis
from detente.analyze.events.recalled_attacks import (
    LANGUAGES, WINDOW, definite, recall_means, state_doers, striking, victim_countries,
)
from detente.model import ActorRef


def recall_story_attacker(analysis: Analysis, implied: set[str]) -> None:
    """Give a doerless definite "the attack" on victims of no country the story's one attacker."""
    ordered = sorted(analysis.events, key=lambda e: e.evidence.trigger.start)
    for position, event in enumerate(ordered):
        if event.type != "ASSAULT" or event.source or event.negated or victim_countries(event, implied):
            continue
        found = analysis.trigger_of(event)
        if found is None or found[0].lang not in LANGUAGES:
            continue
        means = recall_means(found[1])
        if means is None or not definite(means):
            continue
        here = analysis.sentence_index(event.evidence.trigger.start)
        told = [e for e in reversed(ordered[:position]) if e.type == "ASSAULT" and not e.negated
                and state_doers(e, implied) and here - analysis.sentence_index(e.evidence.trigger.start) <= WINDOW]
        if len({a.country for e in told for a in state_doers(e, implied)}) != 1:
            continue
        strike = next((e for e in told if striking(analysis, e)), None)
        if strike is not None:
            event.source = [ActorRef(id=a.id, name=a.name, country=a.country, sector=a.sector)
                            for a in state_doers(strike, implied)]
