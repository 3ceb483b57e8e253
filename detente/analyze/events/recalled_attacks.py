"""An attack told without its doer recalls the attack the article has just told with one: "Russia launched missiles at
Kyiv overnight. ... At least 83 people were wounded in the attack." The definite "the attack", a passive "was hit",
or an attack or weapon as the subject ("the strike killed six", "a missile struck a mosque") leaves the doer to the
reader, who takes it from the story so far; news copy names a war's attacker once and goes on without it.

The earlier attack must be the same war: its doer is a state, its forces or an armed group, it struck the same country
(when the victims here have one), and it is foreign to the victims here unless it struck its own country then too. A doer named in a quote's
"we" or only implied by convention is not carried. English only, as the rules that read the parse.
"""
from __future__ import annotations


from spacy.tokens import Token

from detente.analyze.context import Analysis
from detente.analyze.events.lexicon import words
from detente.model import ActorRef, Event

ATTACK_NOUNS = {"attack", "strike", "airstrike", "bombardment", "bombing", "shelling", "raid", "invasion", "explosion",
                "blast", "barrage", "salvo", "shell", "missile", "rocket", "drone", "artillery", "fire"}
STRIKING_VERBS = {"strike", "attack", "bomb", "shell", "hit", "launch", "pound", "invade", "raid", "fire", "target"}
STATE_SECTORS = {None, "GOV", "MIL", "COP", "REB", "UAF", "SPY"}  # a war's doers; not people, parties or candidates
DEFINITE = {"the", "this", "that", "these", "those"}
MEANS_PREPS = {"in", "during", "by", "from", "under"}
WINDOW = 10  # sentences back in which the same war's earlier attack is looked for
DEFINITE_WINDOW = 3  # when the victims have no country: only the definite "the attack", and only just told
LANGUAGES = {"en"}
NOT_COUNTRIES = {"IGO", "NGO", "UNO", "EUR", "IMG", "ISM", "MNC"}  # codes of bodies, not countries one can strike


def recall_attackers(analysis: Analysis, implied: set[str]) -> None:
    """Give each doerless attack told as a recall the doer of the article's nearest earlier attack of the same war."""
    ordered = sorted(analysis.events, key=lambda e: e.evidence.trigger.start)
    for position, event in enumerate(ordered):
        if event.type != "ASSAULT" or event.source or event.negated:
            continue
        found = analysis.trigger_of(event)
        if found is None or found[0].lang not in LANGUAGES:
            continue
        means = recall_means(found[1])
        if means is None:
            continue
        victims = victim_countries(event, implied)
        if not victims and not definite(means):
            continue
        here = analysis.sentence_index(event.evidence.trigger.start)
        window = WINDOW if victims else DEFINITE_WINDOW
        told = [e for e in reversed(ordered[:position]) if e.type == "ASSAULT" and not e.negated and state_doers(e, implied)
                and here - analysis.sentence_index(e.evidence.trigger.start) <= window]
        if not victims:  # victims of no known country: "the attack" recalls the one attack just told, by one attacker
            told = [e for e in told if striking(analysis, e)]
            if len({a.country for e in told for a in state_doers(e, implied)}) != 1:
                continue
        barred = told_by_or_to(event, found[1])
        for earlier in told:
            doers = [a for a in state_doers(earlier, implied) if not barred(a)]
            if not doers:
                continue
            if _same_war(doers, victim_countries(earlier, implied), victims):
                event.source = [ActorRef(id=a.id, name=a.name, country=a.country, sector=a.sector) for a in doers]
                break


def told_by_or_to(event: Event, trigger: Token):
    """A test for doers the recall may not give: the attack's victims, a target of the same country and sector
    ("Police said a police car was hit": not the police, whose own car was hit). The reporter alone does not bar a
    doer: "Israel said the attacks killed dozens of militants" reports Israel's own attacks."""
    victims = {(t.country, t.sector) for t in event.target if t.sector}

    def barred(doer: ActorRef) -> bool:
        return (doer.country, doer.sector) in victims
    return barred


def recall_means(token: Token) -> Token | None:
    """The word that tells the attack without its doer: the trigger itself as a noun ("the attack on journalists"),
    the attack or weapon a passive or harm verb names ("wounded in the attack", "was hit by airstrikes"), or the
    attack or weapon that is the verb's subject ("the strike killed six", "a missile struck a mosque")."""
    attacks = ATTACK_NOUNS | words("weapon") | words("projectile")
    if token.pos_ in {"NOUN", "PROPN"}:
        return token if token.lemma_.lower() in attacks or token.lower_ in attacks else None
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children) or token.dep_ == "acl" and token.tag_ == "VBN"
    for subject in subjects:
        if subject.dep_ == "nsubj" and _is_attack(subject, attacks):
            return subject
    if not passive:
        return None
    for prep in (c for c in token.children if c.dep_ in {"prep", "agent"} and c.lower_ in MEANS_PREPS):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if _is_attack(obj, attacks):
                return obj
    return token


def striking(analysis: Analysis, event: Event) -> bool:
    """The earlier act is a strike or an attack that "the attack" can recall ("struck", "launched missiles"), not a
    jet shot down or a town seized."""
    found = analysis.trigger_of(event)
    return found is not None and (found[1].lemma_.lower() in STRIKING_VERBS or _is_attack(found[1], ATTACK_NOUNS))


def _is_attack(token: Token, attacks: set) -> bool:
    return token.lemma_.lower() in attacks or token.lower_ in attacks


def definite(means: Token) -> bool:
    """"the attack", "this strike": a noun that recalls an act already told (a passive verb recalls nothing)."""
    return means.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in means.children)


def victim_countries(event: Event, implied: set[str]) -> set[str]:
    """The countries struck: the targets', else the place's."""
    countries = {t.country for t in event.target if t.country and t.country not in NOT_COUNTRIES and t.name not in implied}
    if not countries and event.location is not None and event.location.country:
        countries = {event.location.country}
    return countries


def state_doers(event: Event, implied: set[str]) -> list[ActorRef]:
    """The earlier attack's doers that are states, forces or armed groups with a country, named in the text."""
    return [a for a in event.source if a.sector in STATE_SECTORS and a.country and a.name not in implied]


def _same_war(doers: list[ActorRef], struck_then: set[str], struck_now: set[str]) -> bool:
    """The doers struck the same country then as now (when the victims here have one), and are foreign to the
    victims here unless the earlier attack was on their own country too (a civil war's army shelling its own towns;
    not "Israeli soldiers were killed" after Israel's strikes on Gaza)."""
    if not struck_now:
        return True
    own = {a.country for a in doers}
    return bool(struck_then & struck_now) and (own & struck_now) <= struck_then
