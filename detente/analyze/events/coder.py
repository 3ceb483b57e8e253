"""The events stage: triggers → participants → flags, date, place, score → deduplicated Events with evidence."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span as SpacySpan

from detente.analyze.context import Analysis, ParsedParagraph
from detente.analyze.events.act_intents import (
    for_relief, forces_preparing, on_condition, ordered_forces, self_directed_promise,
)
from detente.analyze.events.actor_lookup import Frame
from detente.analyze.events.arguments import participants
from detente.analyze.events.advice_warnings import warning_reading
from detente.analyze.events.assurances import idle_assurance
from detente.analyze.events.blamed_doers import blamed_doers
from detente.analyze.events.background_acts import UNFOLDED_PENALTY, background_unfolded, possessor_antecedent, ranked_below
from detente.analyze.events.assemble import build_event, hinted_mode, rule_confidence, side_span
from detente.analyze.events.departures import apply_departures
from detente.analyze.events.coded_roles import fold_outcomes, located_targets
from detente.analyze.events.implied_acts import modal_requests
from detente.analyze.events.linkage import LINK_UP_STEPS, governing_subject
from detente.analyze.events.flags import Flags, flags_for
from detente.analyze.events.generic_cases import generic_hypothetical, generic_possibility, principle
from detente.analyze.events.declined_comment import declined_comment
from detente.analyze.events.described_stances import described_stance
from detente.analyze.events.law_contents import law_content
from detente.analyze.events.teaser_lines import teaser_line
from detente.analyze.events.gifts import material_gifts
from detente.analyze.events.irrealis import irrealis
from detente.analyze.events.hazards import (
    accident_harm, armed_subject, blame_for_mishap, disaster_sentence, emergency_response, forecast, harm_by_hazard, hazard_agent, hazard_blamed, hazard_fought,
    relief_at_home, source_is_hazard,
)
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.merge import dedupe_sentence, meeting_partners, merge_events
from detente.analyze.events.merge_listed import share_listed_targets
from detente.analyze.events.outermost import (
    THREAT_MODES, force_held_out, outermost, rallied_against, released_acts, threat_mode, unexcluded, unfolded_motives,
)
from detente.analyze.events.force_modes import weapon_or_force_mode
from detente.analyze.events.name_words import in_name
from detente.analyze.events.named_country import named_country
from detente.analyze.events.object_senses import other_sense
from detente.analyze.events.obstructed_acts import obstructions
from detente.analyze.events.plain_readings import plain_reading
from detente.analyze.events.private_visits import private_visit
from detente.analyze.events.said_acts import made_now, pledged_by_speaker, reported
from detente.analyze.events.promise_content import generic_relative, promised_state
from detente.analyze.events.raised_subjects import reported_subject
from detente.analyze.events.precedence import drop_mobilized_protest, labour_strike, retype
from detente.analyze.events.sector_groups import ARMED
from detente.analyze.events.sentence_merge import merge_compatible
from detente.analyze.events.sources import subject_doers
from detente.analyze.events.stated_acts import decided_measure, refusal_or_acceptance, weighed_measure
from detente.analyze.events.uncoded_acts import (
    administrative_easing, civilian_mobilization, domestic_funding, figurative_attack, unaimed_measure,
)
from detente.analyze.events.reversals import dissent_called_off, idle_stoppages, reverse_stopped
from detente.analyze.events.schedule import scheduled_protest
from detente.analyze.events.spanish_types import bodily_gathering, spanish_retype
from detente.analyze.events.speech_frames import drop_speech_frames, press_question
from detente.analyze.events.sport_pages import unpolitical_play
from detente.analyze.events.thing_subjects import thing_subject
from detente.analyze.events.triggers import Trigger, describes_bill, find_triggers
from detente.analyze.events.type_shapes import drop_qualifier_objects, reshape
from detente.analyze.events.undecided import undecided
from detente.analyze.events.unasserted_forms import unasserted
from detente.analyze.events.wording_sides import drawn_reaction, holder_of_unexcluded, predicated_of, speaker_of_own_meeting
from detente.model import Event

SAYER_TYPES = {"ACCUSE", "THREATEN", "REQUEST", "SUPPORT", "AGREE", "REJECT"}
PROMISED_TYPES = {"SUPPORT", "AID", "RETREAT", "CONCEDE", "COOPERATE"}
GENERIC_PEOPLE = {"CVL", "UNK", "REF", None}


# protest modes that are bodily acts, never a verbal complaint: "los funcionarios secundaron la huelga" is a strike
PHYSICAL_PROTEST = {"strike", "hunger", "obstruct"}
FILTERED_SENTENCE_GUARD = True  # switch for on/off comparisons of the last-resort guard (_under_filtered)
UNFOLDED_ACTS_AND_DOERS = True  # switch for on/off comparisons of background acts, reported and blamed doers, assurances and held-up acts
LINKED_PENALTY = 0.3  # confidence taken off an event whose doer was linked through a governing clause
BLAMABLE_TYPES = {"ASSAULT", "COERCE"}  # acts blamed on a doer ("an attack blamed on X"); not "Sanders' appeal can be
# attributed to his socialism"


def code(analysis: Analysis) -> None:
    """Pipeline stage: fill ``analysis.events``; a sentence that fails to code is skipped, never the article."""
    events: list[Event] = []
    for parsed, sent in analysis.sentences():
        try:
            events += code_sentence(analysis, parsed, sent)
        except Exception:  # noqa: BLE001 - one odd parse must not lose the article's other events
            continue
    nouns = {event.evidence.trigger.start for event in events if _nominal_trigger(analysis, event)}
    # one event per real-world act, counting its mentions; only event nouns ("the meeting") may leave a side unnamed
    analysis.events = merge_events(events, lambda event: event.evidence.trigger.start in nouns)
    meeting_partners(analysis.events)  # "after the meeting, Trump said they would work together": with Petro


def _nominal_trigger(analysis: Analysis, event: Event) -> bool:
    """The event's trigger word is a noun ("the meeting")."""
    found = analysis.trigger_of(event)
    return found is not None and found[1].pos_ in {"NOUN", "PROPN"}


def code_sentence(analysis: Analysis, parsed: ParsedParagraph, sent: SpacySpan) -> list[Event]:
    """Events of one sentence, at most one per (type, source, target)."""
    lang = parsed.lang
    frame = Frame(analysis=analysis, offset=parsed.offset, lang=lang)
    found = drop_speech_frames(apply_departures(sent, find_triggers(sent, lang) + modal_requests(sent, lang), lang), lang)
    if lang == "en":
        found = drop_qualifier_objects(drop_mobilized_protest(reverse_stopped(idle_stoppages(found, lang), lang), lang), lang)
        found = sorted(found + material_gifts(sent, found, lang), key=lambda t: t.token.i)
        if UNFOLDED_ACTS_AND_DOERS:  # "Russia has stalled ratification": a refusal of the act held up
            found = sorted(found + obstructions(sent, found, lang), key=lambda t: t.token.i)
    elif lang == "es":
        found = reverse_stopped(found, lang)  # "levantaron el paro", "pusieron fin a la huelga": CONCEDE
    found = [t for t in found if not other_sense(t, lang) and not in_name(t, lang)]  # "released a statement in
    # support of Israel": the support is the act; "the Good Friday Agreement": a name
    triggers = outermost(found, lang)
    released = released_acts(found, triggers, lang) if lang == "en" else set()
    coded = [(t, e) for t, e in ((t, _event(t, sent, frame)) for t in triggers) if e is not None]
    if len(triggers) < len(found):  # "en protesta por ..., se produjeron ocho detenciones": no arrest coded, the protest stands
        motives = unfolded_motives(found, triggers, {t.token.i for t, _ in coded}, lang)
        coded = sorted(coded + [(t, e) for t, e in ((t, _event(t, sent, frame)) for t in motives) if e is not None],
                       key=lambda pair: pair[0].token.i)
    if not coded and triggers and lang == "en":  # nothing coded: link an event word to the subject governing it
        filtered = _filtered_with_sides(triggers, frame) if FILTERED_SENTENCE_GUARD else set()
        linkable = [t for t in triggers if not _under_filtered(t.token, filtered) and governing_subject(t.token, frame)]
        frame.link_up = True
        coded = [(t, e) for t, e in ((t, _event(t, sent, frame)) for t in linkable) if e is not None][:1]
        frame.link_up = False
        for _, event in coded:  # a last-resort reading never outranks an event another sentence codes by its own words
            event.confidence = round(max(0.1, event.confidence - LINKED_PENALTY), 2)
    if UNFOLDED_ACTS_AND_DOERS and lang == "en" and len(triggers) < len(found):  # "refused to ease sanctions after its invasion of Kuwait"
        coded = sorted(coded + _background_acts(found, triggers, coded, sent, frame), key=lambda pair: pair[0].token.i)
    for trigger, event in coded:  # "rejected the plan by threatening sanctions": the outer act stays the sentence's own
        # (a verb's act; not "answered the UN demand by promising to withdraw": the promise is the sentence's act)
        if trigger.token.i in released and (ranks := [e.confidence for t, e in coded
                                                      if t.token.i != trigger.token.i and not t.is_nominal]):
            event.confidence = ranked_below(event.confidence + UNFOLDED_PENALTY, ranks)
    if lang == "en":
        coded = fold_outcomes(coded, analysis)  # "the bombing ... by Israeli jets killed 20": one attack
    share_listed_targets(coded)
    merged = merge_compatible(coded)
    if lang == "en":  # "shortened the nightly curfew imposed in Sudan": no recipient read, the place's country is
        located_targets(merged, sent, frame)
    return dedupe_sentence(merged)


def _background_acts(found: list[Trigger], kept: list[Trigger], coded: list, sent: SpacySpan, frame: Frame) -> list:
    """Folded acts of a background phrase that name their own doer ("after its invasion of Kuwait"): events of their
    own, ranked below the sentence's act; with no date of their own they are earlier than the news, date unknown."""
    outer = [event.confidence for _, event in coded]
    unfolded = []
    for trigger in background_unfolded(found, kept, frame):
        event = _event(trigger, sent, frame, presupposed=True)
        if event is not None and not event.source and (owners := possessor_antecedent(trigger.token, frame)):
            owned = {hit.actor.id for hit in owners}  # "after its invasion of Kuwait": "its" is the doer
            event = replace(event, source=[hit.actor.ref() for hit in owners],
                            target=[ref for ref in event.target if ref.id not in owned],
                            evidence=replace(event.evidence, source=side_span(owners)))
        if event is None or not event.source:
            continue  # the unfolded act is coded only with its doer
        undated = {} if event.date_text else {"date": None, "date_precision": None}
        unfolded.append((trigger, replace(event, confidence=ranked_below(event.confidence, outer), **undated)))
    return unfolded


def _filtered_with_sides(triggers: list[Trigger], frame: Frame) -> set[int]:
    """Token indices of triggers that read their own actors and were still dropped as non-events (an aim, a question,
    a declined comment): their clause was judged, so the last resort may not link an event word hanging on them."""
    filtered = set()
    for trigger in triggers:
        found = participants(trigger, frame)
        if found.sources or (found.targets and not found.fallback_target):
            filtered.update(t.i for t in trigger.tokens)
    return filtered


def _under_filtered(token, filtered: set[int]) -> bool:
    """The word hangs (within the last resort's reach) on a trigger dropped as a non-event: "Iran visited one of its
    golf resorts after naval exercises" (a private visit) links no exercises to Iran; "Iran went ahead with naval
    exercises after it visited one of its golf resorts" still does (they hang on "went", no dropped trigger)."""
    current = token
    for _ in range(LINK_UP_STEPS + 1):
        if current.i in filtered:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return current.i in filtered


def _unstated_attitude(trigger: Trigger, lang: str) -> bool:
    """A lone disposition noun ("willingness") inside another noun's phrase ("a surge in willingness", "a lack of
    willingness") tells no act; one shown, stated or standing as a clause's subject or object may."""
    token = trigger.token
    return lang == "en" and len(trigger.tokens) == 1 and lemma(token, lang) in words("attitude") \
        and token.dep_ == "pobj" and token.head.head.pos_ in {"NOUN", "PROPN"}


def _event(trigger: Trigger, sent: SpacySpan, frame: Frame, presupposed: bool = False) -> Event | None:
    """The event of one trigger, or None; ``presupposed``: the act is named in a background phrase ("urged calm after
    the attack by Hamas"), told as done whatever mood its outer clause is in."""
    found = participants(trigger, frame)
    if UNFOLDED_ACTS_AND_DOERS and not found.sources and frame.lang == "en" and not trigger.is_nominal \
            and (raised := reported_subject(trigger.token)) is not None:
        found.sources = subject_doers(raised, frame)  # "Iraqi troops were reported to have attacked Kurdish villages"
    if UNFOLDED_ACTS_AND_DOERS and trigger.is_nominal and trigger.cue.type in BLAMABLE_TYPES and (blamed := blamed_doers(trigger.token, frame)):
        doers = {hit.actor.id for hit in blamed}  # "the bomb attack, blamed on Basque separatists": they attacked
        found.sources, found.targets = blamed, [hit for hit in found.targets if hit.actor.id not in doers]
    if trigger.motive and not found.sources:
        return None  # "marcharon en protesta por el asesinato del periodista": a motive act is coded only with its doer
    if trigger.cue.type == "ACCUSE" and trigger.is_nominal and not found.sources and frame.lang == "en":
        drawn_reaction(trigger.token, frame, found)  # "the raid drew condemnation from Egypt"
    if trigger.cue.type == "ASSAULT" and found.sources and lemma(trigger.token, frame.lang) in words("landing"):
        found.sources = [hit for hit in found.sources if not hit.actor.country_inferred]  # "a shell landed in India"
    if trigger.cue.type == "REJECT" and not found.sources and trigger.token.dep_ == "acomp" \
            and lemma(trigger.token, frame.lang) in words("stative"):
        found.sources = predicated_of(trigger.token, frame)  # "Iran is opposed to the plan" (parsed as a verb)
    if found.fallback_target and lemma(trigger.token, frame.lang) in words("signing"):
        found.targets, found.fallback_target = [], False  # "signed a peace agreement in Addis Ababa": where, not with whom
    if not found.sources and not found.targets:
        return None  # precision first: no resolved actor, no event
    if UNFOLDED_ACTS_AND_DOERS and idle_assurance(trigger, found, frame.lang):
        return None  # "I can assure you", "reassured markets": no named party is given an assurance
    if thing_subject(trigger, frame):
        return None  # "imports of steel threaten to impair U.S. security", "the feature offers value": no one acts
    if not presupposed and (unasserted(trigger, frame.lang) or irrealis(trigger, frame.lang)) or principle(trigger, frame.lang):
        return None  # "Will the regime cooperate?", "feel supported", "is allowed to borrow", "the desire to approve"
    if teaser_line(sent, frame.lang) or law_content(trigger.token, frame.lang) or described_stance(trigger, frame.lang) \
            or generic_possibility(trigger.token, frame.lang) or declined_comment(trigger, frame.lang):
        return None  # "SEE MORE: ...", "the Act allows the government to vet", "supports squeezing out immigrants",
        # "a landlord can be sued by the tenant", "declined to comment": a link, a law's content, a stance, a rule
        # of life, a statement withheld (stop 24)
    if frame.lang == "en" and unpolitical_play(frame.analysis, found.sources, found.targets):
        return None  # a match report: "a double save to deny Foden"
    if press_question(trigger, found.sources, frame.lang):
        return None  # "the anchor asked the spokesman for a death toll": an interview question
    if hazard_agent(trigger.token, frame.lang) or any(source_is_hazard(hit, sent, frame.offset) for hit in found.sources):
        return None  # "Typhoon Haiyan struck the Philippines", "floods in Pakistan displaced thousands": no actor acts
    if not found.sources and trigger.is_nominal and trigger.cue.type in SAYER_TYPES:
        return None  # "a serious threat to Trump", "groups supporting Haley": a speech act needs its speaker
    if trigger.cue.implied and not _named_parties(found, trigger.cue.type):
        return None  # "It tells people to have enough cash": a demand read off speech needs a real addressee, a charge its wrongdoer
    if unaimed_measure(trigger, frame):
        return None  # "the bank sanctioned a loan", "the council banned smoking": no one is punished or banned
    if event_type_is_lone_gathering(trigger, found):
        return None  # "100.000 manifestantes se reunieron en el centro": a crowd gathering is no consultation
    if trigger.cue.mode == "investigate" and (not found.targets or found.fallback_target) and _about_accident(trigger.token, frame.lang):
        return None  # "police are investigating the cause of the fire": no one is accused
    if trigger.cue.type == "ACCUSE" and frame.lang == "en" and (adversary := rallied_against(trigger.token, frame.lang)) is not None:
        from detente.analyze.events.actor_lookup import actors_of

        found.targets = actors_of(adversary, frame) or found.targets  # "called on Arabs to unite against Sharon": Sharon
    if trigger.is_nominal and trigger.cue.type == "CONSULT" and not found.sources and found.targets:
        # "Petro stated that the meeting with Trump was almost perfect": the speaker was the one who met
        found.sources = speaker_of_own_meeting(trigger.token, frame)
    if not trigger.is_nominal and trigger.cue.type == "CONSULT" and not found.sources:
        return None  # "visited the police station": a visit or meeting needs its visitor
    if promised_state(trigger, frame.lang) or generic_relative(trigger, frame.lang) or private_visit(trigger, frame):
        return None  # "promised Republicans would get tired of winning", "people who were promised benefits should
        # retire", "Trump visited one of his golf resorts": no commitment of the promiser's own, no host visited
    if plain_reading(trigger, found, frame):
        return None  # "asked a question", "it allows us to", "visited several states", "voted for Trump" (stop 25)
    harm = lemma(trigger.token, frame.lang) in words("needs_source")
    if harm and found.sources and all(hit.actor.sector in GENERIC_PEOPLE and not hit.actor.country for hit in found.sources):
        found.sources = []  # "6,800 people evacuated": generic people are those it happens to, not who acts
    armed_victims = any(hit.actor.sector in ARMED for hit in found.targets)
    if not found.sources and harm and not _in_attack(trigger, frame) and not (armed_victims and trigger.cue.type == "ASSAULT"):
        # "a tsunami killed 222 people": harm without an actor or an attack is not a political event, unless those
        # harmed are soldiers, police or fighters ("two soldiers were killed in Kunar": an attack by someone)
        return None
    if (harm or trigger.cue.type == "ASSAULT") and not any(hit.actor.sector in ARMED for hit in found.sources) \
            and (accident_harm(trigger.token, frame.lang) or harm_by_hazard(trigger.token, frame.lang)):
        return None  # "a plane crashed, killing all 70", "soldiers were killed in a helicopter crash": no attack
    if trigger.cue.type == "ASSAULT" and (hazard_fought(trigger.token, frame.lang) or figurative_attack(trigger, frame.lang)):
        return None  # "firefighters battled the blaze", "waged a legal offensive": no one is attacked
    if trigger.cue.type == "ACCUSE" and hazard_blamed(trigger.token, frame.lang):
        return None  # "the ministry blamed the heavy rains for the collapse": no one is accused
    if blame_for_mishap(trigger.cue.type, trigger.token, found.targets, frame.lang):
        return None  # "police charged the bus driver after the crash": liability for a mishap, no political accusation
    if emergency_response(trigger.cue.type, trigger.cue.mode, trigger.token, found.targets, frame.lang) \
            and disaster_sentence(sent, frame.lang):
        return None  # "declared a state of emergency after the floods": disaster relief, not coercion
    if trigger.cue.type == "AID" and relief_at_home(trigger.token, found.targets, frame.lang):
        return None  # "firefighters rescued 30 people": relief at home, no recipient state
    if domestic_funding(trigger, found.sources, found.targets) and frame.lang == "en":
        return None  # "lawmakers provided two-thirds of the requested funding": budgeting, no recipient abroad
    if administrative_easing(trigger, found.targets, frame.lang):
        return None  # "waived means-testing requirements", "Congress ended the COVID-19 emergency": no political recipient
    if trigger.cue.type == "THREATEN" and not found.targets and forecast(trigger, frame):
        return None  # "analysts warn that disagreements could strain the relationship": a forecast, not a threat
    warning = warning_reading(trigger, frame) if trigger.cue.type == "THREATEN" else None
    if warning == "advice":
        return None  # "was warned by his aide that his ban could hurt him": advice, no act held out by the warner
    if trigger.cue.type == "AGREE" and not found.targets and describes_bill(trigger.token, frame.lang):
        return None  # "Congress passed the X Act, an agreement to raise the limit": a law passed, no second party
    if _unstated_attitude(trigger, frame.lang):
        return None  # "a surge in Americans' willingness to spend": a disposition described, not one shown or stated
    token = trigger.token
    event_type, mode = trigger.cue.type, trigger.cue.mode or hinted_mode(trigger, frame.lang)
    if warning == "conduct":
        event_type, mode = "ACCUSE", "disapprove"  # "was warned that such reckless behaviour poses a threat": a protest
    if event_type == "ASSAULT" and labour_strike(trigger, found.sources, frame.lang):
        event_type, mode = "PROTEST", "strike"  # "a strike by teachers", "teachers will strike on Monday": no attack
    flags = flags_for(token, frame.lang)
    if flags.negated and any(lemma(t, frame.lang) in words("attribution") for t in trigger.tokens):
        return None  # "Israel has not claimed responsibility for the bombing": it names no doer, not a negated attack
    hypothetical = flags.hypothetical
    if generic_hypothetical(hypothetical, found.sources + found.targets, sent, frame.offset, frame.lang):
        return None  # "even if your BCU approved it", "people can be arrested for flying the flag": no one's act
    announced = flags.future or (found.inherited_source and hypothetical)
    announced = announced or (event_type == "SANCTION" and weighed_measure(trigger, frame.lang))  # "raised the prospect of sanctions"
    if frame.lang == "en" and event_type in THREAT_MODES and unexcluded(token, frame.lang):
        # "would not hesitate to use force", "would not shy away from sanctions": an act held out is a threat
        event_type, mode, hypothetical = "THREATEN", threat_mode(event_type, mode, token, frame.lang), False
        flags = replace(flags, negated=False)
        if not found.sources:  # "Britain refused to rule out sanctions": the one who holds the act out threatens
            found.sources = holder_of_unexcluded(token, frame)
    if frame.lang == "en" and event_type == "REJECT" and force_held_out(token, frame.lang):
        # "did not rule out military action": force held out as an option is a threat of violence (CAMEO 138)
        event_type, mode, hypothetical = "THREATEN", "violence", False
        flags = replace(flags, negated=False)
    if flags.future and not flags.negated and event_type not in {"THREATEN", "REQUEST"} and on_condition(token):
        # "will withdraw its force unless ...": an act announced on a condition the target must meet is a threat
        event_type, mode, hypothetical = "THREATEN", threat_mode(event_type, mode, token, frame.lang), False
    elif event_type == "ASSAULT" and announced and not flags.negated and forces_preparing(token, found, frame.lang):
        # "the army prepared to resume shelling": forces readying an attack is posturing (PLOVER MOBILIZE)
        sectors = {hit.actor.sector for hit in found.sources}
        event_type, hypothetical = "MOBILIZE", False
        mode = "police" if sectors == {"COP"} else "militia" if sectors <= {"REB", "PRM", "UAF"} else "troops"
    elif event_type == "ASSAULT" and not flags.negated and (sectors := ordered_forces(token, frame)):
        # "Putin said he ordered the military to retaliate": an order to one's forces puts them in motion (PLOVER
        # MOBILIZE); the attack itself is not yet reported as done
        event_type, mode, hypothetical = "MOBILIZE", "police" if sectors == {"COP"} else "troops", False
    elif event_type == "PROTEST" and flags.future and not flags.negated and scheduled_protest(token, frame.analysis, frame.offset) \
            and (frame.lang == "es" or not reported(token, frame.lang) or not pledged_by_speaker(token)):
        pass  # "paralizarán ... durante 48 horas a partir del jueves", "will strike on Monday", "teachers will strike
        # next week, the union said": stays PROTEST + future; English "farmers said they would blockade Paris from
        # Monday" is the speakers' own warning (THREATEN)
    elif event_type == "SANCTION" and flags.future and not flags.negated and decided_measure(token, frame.lang):
        pass  # "announced it would prohibit all aid to the rebels": a decided measure, marked future (no warning)
    elif event_type in THREAT_MODES and announced and not flags.negated:
        # "said they would boycott", "statements suggesting a possible military intervention": a threat (PLOVER)
        event_type, mode, hypothetical = "THREATEN", threat_mode(event_type, mode, token, frame.lang), False
    elif event_type == "CONSULT" and flags.future and not flags.negated and (reported(token, frame.lang) or not trigger.is_nominal):
        # "rebel leaders said they would meet the mediator", "G-7 members will meet in Ottawa next month": a future
        # meeting is AGREE (PLOVER codebook, CONSULT note); "the upcoming summit" stays a CONSULT marked future
        event_type, mode = "AGREE", None
    elif event_type == "RETREAT" and mode in {"withdraw", "ceasefire"} and flags.future and not flags.negated:
        # "announced ... would withdraw troops": a declared (not implemented) withdrawal or ceasefire is a verbal
        # concession (codebook, RETREAT and CONCEDE notes); other promised retreats ("will release") stay AGREE
        event_type, mode = "CONCEDE", None
    elif event_type == "CONCEDE" and flags.future and dissent_called_off(trigger, frame.lang):
        pass  # "would suspend a protest": a promised concession the codebook names stays CONCEDE + future
    elif (event_type in PROMISED_TYPES and flags.future or event_type == "CONSULT" and announced and hypothetical) and not flags.negated:
        # "will provide aid", "would continue to work together": a promise is AGREE in PLOVER
        event_type, mode = "AGREE", None
    elif found.inherited_source and trigger.cue.type not in _speaker_types() and not flags.future:
        return None
    if event_type == "THREATEN" and self_directed_promise(trigger, found, frame.lang):
        # "Pakistan pledged to crack down on militant groups", "Mexico promised to deploy troops to its border": a
        # promised act against no one but the promiser's own country threatens no one; it is a commitment (AGREE)
        event_type, mode = "AGREE", None
    if frame.lang == "en":  # "would not object" accepts; "would not withdraw", "vowed not to return" refuse to yield
        event_type, mode, flags = refusal_or_acceptance(event_type, mode, flags, hypothetical, trigger, frame.lang)
    if event_type in {"AGREE", "REJECT"} and undecided(token, frame.lang):
        flags = replace(flags, negated=True)  # "neither accepted nor rejected", "no rechazó ni aceptó": no decision
    elif event_type == "AGREE" and flags.negated:
        # "failed to reach agreement", "will not accept": a refusal is REJECT in PLOVER
        event_type, mode, flags = "REJECT", None, replace(flags, negated=False)
    if event_type == "MOBILIZE" and for_relief(token, frame.lang):
        event_type, mode = "AID", None  # "troops were deployed to rescue stranded residents": relief is AID (codebook)
    if event_type == "ASSAULT" and mode is None and lemma(token, frame.lang) in words("search_raid") and found.sources \
            and all(hit.actor.sector == "COP" for hit in found.sources):
        event_type, mode = "COERCE", "seize"  # a police raid is a law-enforcement search (PLOVER COERCE seize)
    if frame.lang == "en":
        event_type, mode = reshape(*retype(event_type, mode, trigger, found.sources, frame.lang, found.targets),
                                   trigger, found.sources, found.targets, frame.lang)
        if event_type is None or event_type == "MOBILIZE" and civilian_mobilization(found.sources, found.targets):
            return None  # "Google put its engineers on standby": only armed forces, police and states mobilize (PLOVER)
        mode = weapon_or_force_mode(event_type, mode, trigger, found.sources, found.targets, frame.lang)
    elif frame.lang == "es":
        event_type, mode = spanish_retype(event_type, mode, found.sources, token)  # "los militares ocuparon el parlamento"
    own_act = token.dep_ not in {"obl", "pobj", "nmod"}  # not "speaks during a demonstration"
    if event_type == "PROTEST" and mode == "boycott" and own_act and found.sources \
            and all(_is_state(hit.actor) or named_country(hit, sent, frame.offset) for hit in found.sources):
        event_type, mode = "SANCTION", "discontinue"  # "Saudi Arabia boycotted the summit": a state cuts an exchange
    if event_type == "PROTEST" and own_act and found.sources and mode not in PHYSICAL_PROTEST \
            and not (frame.lang == "es" and bodily_gathering(token)) \
            and all(_is_state(hit.actor) or frame.lang == "en" and named_country(hit, sent, frame.offset, trigger) for hit in found.sources):
        event_type, mode = "ACCUSE", "disapprove"  # a government or "Chile" "protests": a formal complaint (PLOVER ACCUSE)
    confidence = round(rule_confidence(trigger, bool(found.sources), bool(found.targets), found.inherited_source)
                       - (0.1 if found.fallback_target else 0.0) - (0.2 if _subordinate(token) else 0.0), 2)
    event = build_event(trigger, sent, frame, event_type, mode, [hit.actor.ref() for hit in found.sources],
                        [hit.actor.ref() for hit in found.targets], Flags(flags.negated, hypothetical, flags.future),
                        confidence, side_span(found.sources), side_span(found.targets))
    if flags.future and made_now(event_type, trigger.cue.type) and reported(token, frame.lang):
        event = replace(event, future=False)  # the date and the future are the act's; the threat or promise is made now
    return event


def _named_parties(found, event_type: str) -> bool:
    """An implied speech act's addressee, when read, is not just people in general ("It tells people to have cash");
    an implied accusation names whom it blames ("said collective punishment was a breach" blames no one)."""
    if event_type == "ACCUSE" and (not found.targets or found.fallback_target):
        return False
    return not found.targets or any(hit.actor.country or hit.actor.sector not in GENERIC_PEOPLE for hit in found.targets)


def event_type_is_lone_gathering(trigger: Trigger, found) -> bool:
    """A CONSULT with one non-official source and no partner read off the sentence."""
    if trigger.cue.type != "CONSULT" or (found.targets and not found.fallback_target) or len(found.sources) != 1:
        return False
    actor = found.sources[0].actor
    official = actor.sector in {"GOV", "MIL", "IGO", "NGO", "PTY", "JUD", "LEG"} or (actor.country and actor.sector is None)
    return not official


def _about_accident(token, lang: str) -> bool:
    """The investigation's object is an accident or its cause ("the cause of the fire", "the crash")."""
    accident = words("accident")
    return any(lemma(t, lang) in accident for child in token.children if child.dep_ not in {"nsubj", "nsubjpass"}
               for t in child.subtree)


def _subordinate(token) -> bool:
    """Triggers in relative or adverbial clauses ("where 24 people were killed", "as the opposition
    threatened", "to demand reforms") are background to the sentence's main event: less confident."""
    current = token
    for _ in range(6):
        if current.dep_ in {"relcl", "advcl", "acl"}:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _is_state(actor) -> bool:
    """A government or its forces (country-only actors are left alone: the actor layer also names demonym
    groups such as "pesqueros españoles" by their country)."""
    return bool(actor.country) and actor.sector in ("GOV", "MIL")


def _in_attack(trigger: Trigger, frame: Frame) -> bool:
    """"killed in a suicide bombing", "muertos en un atentado": the harm is part of a named attack."""
    from detente.analyze.events.lexicon import cues_by_trigger

    weapons = words("weapon")
    for child in trigger.token.children:
        objects = [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else [child]
        for obj in objects:
            own = lemma(obj, frame.lang)
            cues = cues_by_trigger(frame.lang).get(own, ())
            armed = any(g.dep_ == "compound" and lemma(g, frame.lang) in weapons for g in obj.children)  # "a minefield explosion"
            if own in weapons or armed or any(c.type == "ASSAULT" and c.pos == "N" and len(c.words) == 1 for c in cues):
                return True  # "killed in a suicide bombing", "a roadside bomb killed", not "the blast injured"
    # "a bomb exploded in the market, killing 20": the harm follows from a weapon's going off
    return trigger.token.dep_ == "advcl" and trigger.token.tag_ == "VBG" and armed_subject(trigger.token.head, frame.lang)


def _speaker_types() -> set[str]:
    from detente.analyze.events.sources import SPEAKER_TYPES

    return SPEAKER_TYPES
