"""Stop-25 English readings in which a coded word reports no PLOVER act, gathered so that the coder asks once
(PolNeAR train audits s24/s25 and the dump of 150 train articles; each rule's class and counter-examples are in its
own module): a question asked, a consequence "allowed", one speaker talking about a topic, a trip to a place at
home, a citizen's ballot, an act within one's own family, a review ordered inside one's own government, a warning
about a plain thing addressed to no one, an opinion shared ("agreed that ..."); voters' backing and support only
sought or out of reach (electoral_support.py, round 2). Stop 26 (TimeBank dev audit): a company's business
(company_business.py). Stop 27: exchanges between people whom nothing places in politics (unplaced_parties.py), national
teams at play in a sports report (sport_pages.py), a company's product released (product_releases.py), resolve
stated (stated_resolve.py), appeals to voters (voter_appeals.py)."""
from __future__ import annotations

from detente.analyze.events.actor_lookup import Frame
from detente.analyze.events.administrative_orders import paper_order
from detente.analyze.events.asked_questions import asked_question
from detente.analyze.events.campaign_senses import private_ballot
from detente.analyze.events.company_business import company_business
from detente.analyze.events.electoral_support import electoral_support
from detente.analyze.events.enabling_causes import enabling_cause
from detente.analyze.events.family_acts import family_act
from detente.analyze.events.private_visits import domestic_visit
from detente.analyze.events.product_releases import product_release
from detente.analyze.events.shared_opinions import shared_opinion
from detente.analyze.events.stated_resolve import stated_resolve
from detente.analyze.events.sport_pages import team_play
from detente.analyze.events.topic_talk import topic_talk
from detente.analyze.events.triggers import Trigger
from detente.analyze.events.unplaced_parties import unplaced_exchange
from detente.analyze.events.voter_appeals import voter_appeal
from detente.analyze.events.warned_dangers import warned_danger


def plain_reading(trigger: Trigger, found, frame: Frame) -> bool:
    """The trigger, with the sides read, codes no act (module docstring)."""
    lang = frame.lang
    if lang != "en":
        return False
    return asked_question(trigger, lang) or enabling_cause(trigger, frame) or topic_talk(trigger, lang) \
        or shared_opinion(trigger, lang) \
        or paper_order(trigger, lang) or private_ballot(trigger, found.sources, lang) \
        or domestic_visit(trigger, found.sources, found.targets, frame) \
        or family_act(trigger, found.sources, found.targets, frame) or warned_danger(trigger, frame) \
        or electoral_support(trigger, lang) or company_business(trigger, found, frame) \
        or unplaced_exchange(trigger, found, frame) or team_play(trigger, found, frame) \
        or product_release(trigger, found, frame) or stated_resolve(trigger, lang) \
        or voter_appeal(trigger, found, frame)
