"""Exchanges between people whom nothing places in politics are private life (stop 27; pages dev audit s26 class N5,
PolNeAR dev audits s24/s25, fresh pages dump seed 2701).

private_parties.py drops exchanges whose sides are private people of a known sector; a side the actor layer gave
neither a country nor a sector was kept, since it may be an official the lookup missed ("Moon pledges to prevent
war"). On feature, culture and advice pages those sides are private people: "Johnson, who invited her to give a
talk", "Manzara approached her and offered a solution", "I asked her several times to let me out", "Fry and her
brother agreed to an interview", "Podesta told the AP his firm worked closely with the nonprofit". Such an exchange
(cue types AGREE, CONSULT, COOPERATE, SUPPORT, REQUEST, CONCEDE, and AID: "she formed Ice911, a nonprofit, to fund her
experiments", "people may begin lining up for her assistance"; a refusal too when both its sides are read:
"Mesa had rejected a general proposal from StatesWest"; a denial stays, "Andrew has denied having sex with Giuffre")
is not coded when every side read has neither a
country nor a sector and its sentence names nothing political: no mention the actor layer resolved to a state, an
official body, a party, a politician, an armed group, or a country, city or people standing alone (spaCy's own place
tags are not trusted: "introduced Field to Johnson" tags Field a place). "Ritter had been allowed to carry out an inspection in Iraq", "Aquino reiterated their plea to
Congress" and "Lewandowski met Trump" stay: a political actor or a place is named beside them.
A side whose words hold the surname of a political actor of the article is that actor mangled ("@realDonaldTrump",
"Palin's Trump Endorsement" in a headline), and the exchange stays.
Accusations, one-sided refusals, coercion, force and resignations are left to their own rules (charges,
allegations, convictions and resignations of unknown names are real acts: "Giuffre withdrew her allegations against
Dershowitz", "Zephyr's efforts to speak were rebuffed").
"""
from __future__ import annotations

from detente.analyze.events.actor_lookup import Frame, actor_at_token
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.sector_groups import POLITICAL
from detente.analyze.events.triggers import Trigger

DENIALS = {"deny", "denial"}  # a denial answers an accusation: a public act whoever makes it
EXCHANGES = {"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "REQUEST", "CONCEDE", "AID"}


def unplaced_exchange(trigger: Trigger, found, frame: Frame) -> bool:
    """An English exchange whose sides have no country and no sector, in a sentence naming nothing political."""
    if frame.lang != "en" or trigger.cue.type not in EXCHANGES | {"REJECT"}:
        return False
    if trigger.cue.type == "REJECT" and (not (found.sources and found.targets) or lemma(trigger.token, "en") in DENIALS):
        return False
    hits = found.sources + found.targets
    if not hits or any(hit.actor.country or hit.actor.sector for hit in hits):
        return False
    if any(_mangled_political(hit.actor, frame) for hit in hits):
        return False
    return not any(_political_word(token, frame) for token in trigger.token.sent)


def _mangled_political(actor, frame: Frame) -> bool:
    """The side's words hold the surname of a political actor of the article ("@realDonaldTrump")."""
    text = f"{actor.name or ''} {actor.text or ''}".lower()
    return any(surname in text for surname in _political_surnames(frame.analysis))


def _political_surnames(analysis) -> frozenset[str]:
    """Last words (four letters or more) of the names of the article's political actors; computed once per article."""
    def collect() -> frozenset[str]:
        names = set()
        for actor in analysis.actors:
            if actor.sector in POLITICAL and actor.name:
                last = actor.name.split()[-1].lower().strip(".,'’")
                if len(last) >= 4 and last.isalpha():
                    names.add(last)
        return frozenset(names)
    return analysis.once("political_surnames", collect)


def _political_word(token, frame: Frame) -> bool:
    """The word lies in a mention of a political actor or of a country, city or people standing alone."""
    if token.pos_ not in {"PROPN", "NOUN", "PRON", "ADJ"}:
        return False
    hit = actor_at_token(token, frame)
    if hit is None:
        return False
    actor = hit.actor
    return actor.sector in POLITICAL or bool(actor.country and actor.sector is None)
