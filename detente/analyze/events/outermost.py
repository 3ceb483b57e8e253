"""Which triggers of a sentence are events of their own: those embedded under an outer speech act ("threatened to
attack", "refused to meet"), an order ("ordered the arrest of X"), a motive ("in protest at") or a verb naming the sides
of an event noun are folded into the outer act. Split out of coder.py (no behaviour change)."""
from __future__ import annotations

from dataclasses import replace

from detente.analyze.events.implied_acts import NAMED_DOERS, names_doer
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import mode_hints, words
from detente.analyze.events.precedence import joint_fight
from detente.analyze.events.triggers import Trigger

CONTROL_TYPES = {"AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE", "SUPPORT", "PROTEST", "CONCEDE"}
EMBEDDING_DEPS = {"xcomp", "ccomp", "csubj", "dobj", "obj", "pobj", "pcomp", "acl", "advcl", "conj"}
THREAT_MODES = {"ASSAULT": "violence", "COERCE": "arrest", "SANCTION": "restrict", "MOBILIZE": "violence", "PROTEST": "restrict"}
THREAT_MODES_BY_MODE = {("SANCTION", "withdraw"): "relations", ("SANCTION", "expel"): "expel",  # "will withdraw its observers"
                        # the manual's THREATEN restrict covers curfews, blockades and bans of parties; expel, deportations
                        ("COERCE", "curfew"): "restrict", ("COERCE", "martial-law"): "restrict", ("COERCE", "ban"): "restrict",
                        ("COERCE", "restrict"): "restrict", ("COERCE", "deport"): "expel", ("COERCE", "censor"): "rights"}


def threat_mode(event_type: str, mode: str | None, token=None, lang: str = "en") -> str | None:
    """The content of a threat to do an act of ``event_type`` / ``mode`` (codebook THREATEN modes); a threatened cut
    whose object is ties or talks ("would sever ties with Paraguay") threatens relations, not trade (restrict)."""
    if event_type == "SANCTION" and mode in {None, "discontinue"} and token is not None:
        relations = next((hints for name, hints in mode_hints().get("THREATEN", ()) if name == "relations"), frozenset())
        if any(lemma(c, lang) in relations for c in token.children if c.dep_ in {"dobj", "obj", "nsubjpass"}):
            return "relations"
    return THREAT_MODES_BY_MODE.get((event_type, mode), THREAT_MODES.get(event_type))


ACCOMPANYING_ACTS = True  # switch for on/off comparisons of stop 27's accompanying gerund acts (accompanying_act)
UNEXCLUDED_DEPS = {"xcomp", "dobj", "obj", "pcomp", "prep", "pobj", "advmod"}


def unexcluded(token, lang: str) -> bool:
    """The act hangs on a negated verb of holding back (cue list ``unexcluded``): "would not hesitate to use force",
    "would not shy away from imposing sanctions", "did not rule out military action" hold the act out as an option: a
    threat (CAMEO 13x), neither a done nor a negated act."""
    return unexcluding_verb(token, lang) is not None


def unexcluding_verb(token, lang: str):
    """The negated verb of holding back that ``token``'s act hangs on, or None."""
    current = token
    for _ in range(4):
        if current.dep_ not in UNEXCLUDED_DEPS or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ == "VERB" and _holding_back(current, lang):
            return current if _denied(current, lang) else None
    return None


def force_held_out(token, lang: str) -> bool:
    """"did not rule out military action", "refused to rule out the use of force": a negated verb of holding back
    whose object is force itself (cue list ``force_option``) or an action, option or step the words of
    ``force_modifier`` make military holds force out as an option: a threat of violence (CAMEO 138), not a refusal.
    Only such objects: "military action" alone is no attack (an earlier trigger for it coded wrong events)."""
    verb = token if _holding_back(token, lang) else next(
        (c for c in token.children if c.dep_ == "xcomp" and _holding_back(c, lang)), None)
    if verb is None or not _denied(verb, lang):
        return False
    options = words("force_option")
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "obj"}):
        said = [obj] + [o for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        if any(lemma(n, lang) in options for n in said):
            return True  # "the use of force", "an invasion"
        if any(c.dep_ in {"amod", "compound"} and lemma(c, lang) in words("force_modifier") for n in said for c in n.children):
            return True  # "military action", "a military option", "armed intervention"
    return False


def _holding_back(verb, lang: str) -> bool:
    held = words("unexcluded")
    if lemma(verb, lang) in held:
        return True
    return any(c.dep_ == "prt" and f"{lemma(verb, lang)} {c.lower_}" in held for c in verb.children)


def _denied(verb, lang: str) -> bool:
    """Negated ("did not rule out", "would never hesitate") or refused ("refused to rule out")."""
    if _negated(verb):
        return True
    return verb.dep_ == "xcomp" and lemma(verb.head, lang) in words("unexcluding_refusal")


def _unexcluding(triggers: list[Trigger], lang: str) -> set[int]:
    """Tokens of the verbs that hold a threat-able act out as an option ("did not rule out sanctions", "refused to
    rule out force"): their REJECT triggers are no refusal and fold nothing."""
    held: set[int] = set()
    for trigger in triggers:
        if trigger.cue.type in THREAT_MODES and (verb := unexcluding_verb(trigger.token, lang)) is not None:
            held.add(verb.i)
            if verb.dep_ == "xcomp":
                held.add(verb.head.i)
    return held


COMMANDED_TYPES = {"COERCE", "SANCTION", "RETREAT", "MOBILIZE", "ASSAULT", "AID"}  # acts a command puts into effect
# discrete acts a protest cannot hold as its topic: "marcharon en repudio a la visita del dictador", "protested the arrest
# of X" (codebook PROTEST note 2: the motivating visit or arrest is coded; only the topic, a demand, is not)
MOTIVE_TYPES = COMMANDED_TYPES | {"CONSULT", "COOPERATE"}


def outermost(triggers: list[Trigger], lang: str = "en", motives: bool = True, release: bool = True) -> list[Trigger]:
    """Drop events embedded under an outer AGREE/THREATEN/REQUEST/REJECT/ACCUSE/SUPPORT trigger:
    "threatened to attack" is one THREATEN, "refused to meet" one REJECT. A promise of a conflictual act
    ("vowed to fight", "is ready to attack") is a THREATEN (PLOVER); an order whose object is an act ("ordered
    the arrest of X", "ordered patrols") is that act by whoever ordered it, not a request. ``motives=False`` keeps
    the motive protests ("en protesta por ...") that would fold into another trigger of their clause; ``release=False``
    folds the accompanying and means gerunds too (``released_acts``)."""
    triggers = [t for t in triggers if not in_court_plea(t.token, lang)]
    triggers = [t for t in triggers if not _orders_act(t, triggers, lang) and not _pits_sides(t, triggers, lang)
                and not (motives and motive_hosts(t, triggers)) and not _approves_act(t, triggers, lang)]
    triggers = [_as_rallying(t, lang) for t in triggers]
    if lang == "en" and any(t.cue.type == "REJECT" for t in triggers):
        held = _unexcluding(triggers, lang)
        triggers = [t for t in triggers if not (t.cue.type == "REJECT" and t.token.i in held)]
    controllers = {t.token.i: t for t in triggers if t.cue.type in CONTROL_TYPES}
    for trigger in triggers:
        # "staged demonstrations to demand reforms", "continued their hunger strike to demand ...": the demand is
        # the protest's aim, not a second event; the verb holding the protest noun controls the purpose clause
        if trigger.cue.type == "PROTEST" and trigger.is_nominal and trigger.token.dep_ in {"dobj", "obj"}:
            controllers.setdefault(trigger.token.head.i, trigger)
        # "reiterated its demand that Israel ease ...": the parser hangs the clause on the verb, not the noun
        if trigger.cue.type in CONTROL_TYPES and trigger.is_nominal and trigger.token.dep_ in {"dobj", "obj"}:
            controllers.setdefault(trigger.token.head.i, trigger)
    kept: list[Trigger] = []
    retyped: dict[int, Trigger] = {}
    motive_at: set[int] = set()
    for trigger in triggers:
        embedded = False
        current = trigger.token
        path: set[str] = set()
        for _ in range(4):
            if current.head.i == current.i or current.dep_ not in EMBEDDING_DEPS | {"prep", "nmod", "obl", "mark"} \
                    and not _infinitive_relative(current):
                break
            path.add(current.dep_)
            current = current.head
            outer = controllers.get(current.i)
            if outer is not None and outer is not trigger and _motivating_act(outer, trigger, current):
                motive_at.add(trigger.token.i)
                break  # "marcharon en repudio a la visita", "ocuparon la hacienda golpeando a ...": an act of its own
            if outer is not None and _purpose_of(outer, path, trigger):
                break  # "defied a police ban to take to the streets": what they did, not what they rejected
            if ACCOMPANYING_ACTS and release and outer is not None and outer is not trigger \
                    and (accompanying_act(outer, trigger) or means_of(trigger, current)):
                break  # "Blair pledged to stand with Clinton, warning Saddam Hussein that ...", "rejected the plan by
                # threatening sanctions": a second act, not the outer one's content
            if outer is not None and outer is not trigger and current.dep_ != "conj" \
                    and _coordinated_with(outer, trigger, controllers):
                break  # "the rebels agreed to a ceasefire and stopped shelling the city": a second act, not the promise's
            if outer is not None and outer is not trigger and current.dep_ != "conj":
                embedded = trigger.token.dep_ != "conj" or trigger.token.head.i != current.i
                promised = path <= {"xcomp", "ccomp", "advcl", "dobj", "obj", "conj"}  # "vowed to fight", not "offered talks after the invasion"
                if embedded and outer.cue.type == "AGREE" and outer.cue.pos != "N" and _accepts_others_act(outer, trigger, lang):
                    if trigger.cue.type == "MOBILIZE":  # "Angola accepted the deployment of U.N. peacekeepers"
                        retyped[outer.token.i] = Trigger(outer.token, replace(outer.cue, type="RETREAT", mode="access"), outer.tokens)
                elif embedded and promised and outer.cue.type == "AGREE" and trigger.cue.type in THREAT_MODES and outer.cue.pos != "N" \
                        and not joint_fight(trigger.token, outer.token, lang) and not _negated(trigger.token) \
                        and not (trigger.cue.type == "MOBILIZE" and lemma(outer.token, lang) in words("offering")):
                    # "offered to send troops to Albania": forces offered are help offered (AGREE, CAMEO 0334)
                    retyped[outer.token.i] = Trigger(outer.token, replace(
                        outer.cue, type="THREATEN", mode=threat_mode(trigger.cue.type, trigger.cue.mode)), outer.tokens)
                elif embedded and promised and outer.cue.type == "THREATEN" and outer.cue.mode is None \
                        and outer.token.i not in retyped and trigger.cue.type in THREAT_MODES and not _negated(trigger.token) \
                        and (trigger.cue.type, trigger.cue.mode) != ("COERCE", "seize") \
                        and (not trigger.is_nominal or trigger.token.head.i == outer.token.i):  # not "crush any unrest"
                    # "threatened to cut aid to Russia over its war": the act threatened sets the mode, not "war"
                    retyped[outer.token.i] = Trigger(outer.token, replace(
                        outer.cue, mode=threat_mode(trigger.cue.type, trigger.cue.mode, trigger.token, lang)), outer.tokens)
                elif embedded and promised and outer.cue.type == "AGREE" and outer.cue.pos != "N" and debt_relief(trigger, lang):
                    # "the Paris Club has agreed to forgive $200 of Nigeria's loans": debt relief agreed is AID (manual)
                    retyped[outer.token.i] = Trigger(outer.token, replace(outer.cue, type="AID", mode=trigger.cue.mode), outer.tokens)
                break
        if not embedded:
            kept.append(trigger)
    return [retyped.get(t.token.i, replace(t, motive=True) if t.token.i in motive_at else t) for t in kept]


SAID_ALONGSIDE = {"THREATEN", "ACCUSE", "REQUEST", "REJECT"}  # "..., warning / accusing / urging / rejecting ...";
# not "..., allowing the U.S. to stop ships" (what the act allows) nor "..., agreeing to ..." (often its outcome)


def accompanying_act(outer: Trigger, trigger: Trigger) -> bool:
    """A speech act told by a gerund clause set off by a comma after the outer verb ("Blair pledged to stand with the
    president, warning Saddam Hussein that the threat of force is real", "Iraq refused to meet, accusing the envoy of
    bias"): what the subject also did, not the promise's or refusal's content (stop 27, wire recall study)."""
    token = trigger.token
    if trigger.is_nominal or outer.is_nominal or trigger.cue.type not in SAID_ALONGSIDE or token.tag_ != "VBG":
        return False
    if token.dep_ != "advcl" or token.head.i != outer.token.i or token.i < outer.token.i:
        return False
    if outer.token.tag_ not in {"VBD", "VBN"}:
        return False  # "she offers reasonableness, urging voters to see the big picture": a portrait, not a report
    if token.i == 0 or token.doc[token.i - 1].text != "," or any(c.dep_ in {"mark", "nsubj"} for c in token.children):
        return False
    # said to someone ("warning Saddam Hussein", "calling on Arabs"), not an argument alone ("arguing that ...")
    return any(c.dep_ in {"dobj", "obj", "dative"} or c.dep_ == "prep" and c.lower_ in {"on", "for", "against"}
               for c in token.children)


def means_of(trigger: Trigger, governor) -> bool:
    """"rejected the plan by threatening new sanctions", "answered the UN demand by promising to withdraw", "protested
    by recalling its ambassador": a gerund of the "by" phrase on the outer act's verb (``governor``) is the act it was
    done through, an act of its own."""
    token = trigger.token
    if trigger.is_nominal or token.dep_ != "pcomp" or token.tag_ != "VBG":
        return False
    by = token.head
    if by.lower_ != "by" or by.dep_ != "prep" or by.head.i != governor.i or governor.dep_ in {"xcomp", "pcomp"}:
        return False  # not "asking the candidates to recognize X by committing to ...": the act asked for's means
    # "asking the candidates to recognize that words matter by committing to ...": after a complement clause the
    # by-phrase belongs to the act asked for
    return not any(c.dep_ in {"xcomp", "ccomp"} and c.i < by.i for c in governor.children)


def released_acts(found: list[Trigger], kept: list[Trigger], lang: str) -> set[int]:
    """Token indices of the kept triggers that only ``accompanying_act`` or ``means_of`` kept apart from an outer act
    (a gerund the plain fold would have folded): they rank below the sentence's other acts (coder.py)."""
    if not ACCOMPANYING_ACTS or not any(t.token.tag_ == "VBG" and not t.is_nominal for t in kept):
        return set()
    plain = {t.token.i for t in outermost(found, lang, release=False)}
    return {t.token.i for t in kept if t.token.i not in plain}


def _infinitive_relative(token) -> bool:
    """"calling for a special prosecutor to investigate Clinton": an infinitive relative on the one called for names
    the act asked of them, the request's content (PolNeAR train audit s25, class N4; stop 25, round 2)."""
    return token.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _motivating_act(outer: Trigger, trigger: Trigger, governor) -> bool:
    """A discrete act under a protest is no topic of it: a motive noun ("en repudio a la visita del dictador",
    "protested the arrest of X"; codebook PROTEST note 2) or a gerund hanging on the protest verb itself ("ocuparon
    la hacienda golpeando a los trabajadores": a second act of the protesters). A gerund the parser hangs on a noun
    ("el fundo Yuquesis golpeando") would take that noun as its doer, so it stays folded; so does an infinitive.
    ``governor``: the protest's token, or the verb holding the protest noun ("organizaron una marcha en repudio a ...")."""
    if outer.cue.type != "PROTEST" or trigger.cue.type not in MOTIVE_TYPES:
        return False
    if trigger.is_nominal:  # a demand's content ("marcharon para exigir su renuncia") hangs on a verb: the topic
        return not _through_verb(trigger.token, governor)
    token = trigger.token  # a gerund of manner, not a purpose: "rallied to beat Bautista-Agut" is the rally's aim
    gerund = "Ger" in token.morph.get("VerbForm") or token.tag_ == "VBG"
    return gerund and token.dep_ == "advcl" and token.head.i == governor.i


def _through_verb(token, governor) -> bool:
    """A verb lies between ``token`` and ``governor`` (its act is that verb's content, not a motive)."""
    node = token.head
    while node.i != governor.i and node.head.i != node.i:
        if node.pos_ in {"VERB", "AUX"}:
            return True
        node = node.head
    return False


COORDINATED_PATH = {"xcomp", "dobj", "obj", "pobj", "prep", "pcomp"}  # the act's own verb phrase, no reported clause


def _coordinated_with(outer: Trigger, trigger: Trigger, controllers: dict) -> bool:
    """The trigger's clause is conjoined to the outer verb itself ("agreed to X and stopped shelling"): its path to
    the outer verb reaches it through "conj", and no other speech act or promise governs it on the way ("expressed
    support ... and promised to fight the cartels" still folds the fight into the promise)."""
    current = trigger.token
    while current.head.i != current.i and current.head.i != outer.token.i:
        if current.dep_ not in COORDINATED_PATH:
            return False  # "said they did not believe Hamas had killed ...": a reported clause stays folded
        current = current.head
        if current.i in controllers and controllers[current.i] is not trigger:
            return False  # the light verb holding the trigger's own noun ("anunciaron un paro") is no other controller
    return current.head.i == outer.token.i and current.dep_ == "conj" and current.i != trigger.token.i


def _accepts_others_act(outer: Trigger, trigger: Trigger, lang: str) -> bool:
    """"accepted the deployment of U.N. peacekeepers", "welcomed the dispatch of troops": a verb of receiving
    (cue list ``receiving``) whose object is an event noun takes in another's act; it promises no act of its own."""
    return trigger.is_nominal and trigger.token.dep_ in {"dobj", "obj"} and trigger.token.head.i == outer.token.i \
        and lemma(outer.token, lang) in words("receiving")


def _negated(verb) -> bool:
    """The verb carries a negation or "never": "pledged not to attack India first" promises to refrain (no threat);
    "did not rule out" holds an act out as an option."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def rallied_against(verb, lang: str):
    """The adversary a request rallies others against ("called on Arabs to unite and mobilize against Sharon",
    "urged Muslim states to stand together against Israel"): the object of "against" after a verb of rallying (cue
    list ``rallying``) in the request's complement, or the named object of a verb of shunning (``ostracizing``:
    "urged Arab states to isolate Egypt"); None when there is none."""
    for clause in (c for c in verb.children if c.dep_ in {"xcomp", "advcl", "ccomp"}):
        for act in [clause, *clause.conjuncts]:
            own = lemma(act, lang)
            if own in words("ostracizing"):  # "urged Arab states to isolate Egypt": the one to be shunned
                # who can be shunned: "isolate Egypt", not "isolate the virus"
                shunned = next((o for o in act.children if o.dep_ == "dobj" and o.ent_type_ in NAMED_DOERS), None)
                if shunned is not None:
                    return shunned
                continue
            if own not in words("rallying"):
                continue
            for prep in (c for c in act.children if c.dep_ == "prep" and c.lower_ == "against"):
                adversary = next((o for o in prep.children if o.dep_ == "pobj"), None)
                if adversary is not None:
                    return adversary
    return None


def _as_rallying(trigger: Trigger, lang: str) -> Trigger:
    """A request to rally against someone is opposition to that someone (ACCUSE disapprove, CAMEO 113)."""
    if lang != "en" or trigger.cue.type != "REQUEST" or trigger.is_nominal or rallied_against(trigger.token, lang) is None:
        return trigger
    return Trigger(trigger.token, replace(trigger.cue, type="ACCUSE", mode="disapprove"), trigger.tokens)


def debt_relief(trigger: Trigger, lang: str) -> bool:
    """An AID trigger that forgives, writes off or cancels debts (cue list ``debt``)."""
    return trigger.cue.type == "AID" and any(w == "@debt" or w in words("debt") for w in trigger.cue.words)


def _purpose_of(outer: Trigger, path: set[str], trigger: Trigger) -> bool:
    """A clause hanging on a verb of rejecting/accusing/supporting that already has its own object is that
    act's purpose or sequel ("defied a ban to take to the streets"), not its content ("refused to meet")."""
    if outer.cue.type not in {"REJECT", "ACCUSE", "SUPPORT"} or outer.is_nominal or not path <= {"xcomp", "advcl"}:
        return False
    return trigger.token.head.i == outer.token.i and any(c.dep_ in {"dobj", "obj"} for c in outer.token.children)


def in_court_plea(token, lang: str) -> bool:
    """"pleaded guilty to conspiring to provide material support", "pleaded not guilty to murder": a plea in court
    (the verb "plead" with a verdict word, cue list ``court_plea``) is no appeal, and the act pleaded to is the
    charge, not an event the sentence reports."""
    current = token
    for _ in range(5):
        if lemma(current, lang) == "plead" and any(c.lower_ in words("court_plea") for c in current.children):
            return True
        if current.head.i == current.i or current.dep_ not in EMBEDDING_DEPS | {"prep", "acomp"}:
            return False
        if current.dep_ == "conj" and lemma(current.head, lang) == "plead":
            return False  # "pleaded guilty and was sentenced to life": the sentence is an act of its own
        current = current.head
    return False


def motive_hosts(trigger: Trigger, triggers: list[Trigger]) -> list[Trigger]:
    """"decretó un paro, en protesta por ...", "walked out in protest at ...": "in protest" gives the motive of
    another event of the clause (the strike, the walk-out), not a second protest. The triggers it would fold into
    (none when it is no motive); ``unfolded_motives`` keeps it when none of them codes an event."""
    token = trigger.token
    if trigger.cue.type == "PROTEST" and not trigger.is_nominal and token.dep_ in {"advcl", "xcomp"}:
        # "se retiró de la cumbre para protestar contra ...": the protest is the purpose of the walk-out
        purpose = any(c.dep_ in {"mark", "aux"} and c.lower_ in {"para", "to"} for c in token.children)
        defied = any(c.dep_ in {"dobj", "obj"} and not _reflexive_clitic(c) for c in token.head.children)
        if defied or not purpose:
            return []  # "defied a police ban to take to the streets": the protest is what they did
        return [other for other in triggers
                if other is not trigger and other.cue.type == "REJECT" and other.token.i == token.head.i]
    if trigger.cue.type != "PROTEST" or not trigger.is_nominal or token.dep_ not in {"obl", "nmod", "pobj"}:
        return []
    marker = token.head.lower_ if token.dep_ == "pobj" else next((c.lower_ for c in token.children if c.dep_ == "case"), "")
    if marker not in {"in", "en"}:
        return []
    governor = token.head.head if token.dep_ == "pobj" else token.head
    # "recalled its ambassador from Egypt in protest": the parser hangs the motive on the verb's object
    held = governor.head if governor.dep_ in {"dobj", "obj"} else None
    return [other for other in triggers
            if other is not trigger and (other.token.i == governor.i or other.token.head.i == governor.i
                                         or (held is not None and other.token.i == held.i))]


def unfolded_motives(found: list[Trigger], kept: list[Trigger], coded_at: set[int], lang: str) -> list[Trigger]:
    """Motive protests that ``outermost`` folded into triggers of which none coded an event ("en protesta por
    ..., se produjeron ocho detenciones" with no one named to arrest): the protest is the clause's only act.
    ``coded_at``: token indices of the triggers that coded an event."""
    kept_at = {t.token.i for t in kept}
    candidates = [t for t in found if t.token.i not in kept_at and t.cue.type == "PROTEST"]
    restored = [t for t in candidates if (hosts := motive_hosts(t, found)) and not any(h.token.i in coded_at for h in hosts)]
    if not restored:
        return []
    unfolded = {t.token.i: t for t in outermost(found, lang, motives=False)}  # still subject to every other fold
    return [unfolded[t.token.i] for t in restored if t.token.i in unfolded]


def _reflexive_clitic(token) -> bool:
    return token.pos_ == "PRON" and token.lower_ in {"se", "me", "te", "nos", "os"}


def _pits_sides(trigger: Trigger, triggers: list[Trigger], lang: str) -> bool:
    """"los enfrentamientos que opusieron a policías y manifestantes": the verb names the sides of the event
    noun it qualifies; it is no event of its own."""
    token = trigger.token
    return (not trigger.is_nominal and token.dep_ in {"relcl", "acl"} and lemma(token, lang) in words("pit")
            and any(other.token.i == token.head.i for other in triggers))


def _approves_act(trigger: Trigger, triggers: list[Trigger], lang: str) -> bool:
    """A SUPPORT verb of approving (cue list ``approving``) whose direct object is a material or coercive event noun:
    "approved the withdrawal of the troops" is the withdrawal, decided by the approver, not support for it."""
    if trigger.cue.type != "SUPPORT" or trigger.is_nominal or len(trigger.tokens) > 1:
        return False
    if lemma(trigger.token, lang) not in words("approving"):
        return False
    return any(other.is_nominal and other.token.head.i == trigger.token.i and other.token.dep_ in {"dobj", "obj"}
               and other.cue.type in COMMANDED_TYPES and not _named_performers(other.token) for other in triggers)


def _named_performers(noun) -> bool:
    """"approved the withdrawal of American troops": a named party performs the act, which the approver only backs."""
    performers = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    performers += [c for c in noun.children if c.dep_ in {"poss", "compound", "amod"}]
    return any(names_doer(o) for o in performers)


def _orders_act(trigger: Trigger, triggers: list[Trigger], lang: str) -> bool:
    """A REQUEST by a light verb ("order", "call") whose direct object is itself an event noun, or a command
    ("ordered the newspaper to suspend publication") whose complement is a coercive or material act."""
    if trigger.cue.type != "REQUEST" or trigger.is_nominal or len(trigger.tokens) > 1:
        return False
    own = lemma(trigger.token, lang)
    for other in triggers:
        if other.token.head.i != trigger.token.i or other.cue.type in CONTROL_TYPES and other.cue.mode != "investigate":
            continue  # "ordered an inquiry": an investigation is an act, not a speech act
        if other.is_nominal and other.token.dep_ in {"dobj", "obj"} and own in words("light"):
            return True
        if not other.is_nominal and other.token.dep_ == "xcomp" and own in words("command") and other.cue.type in COMMANDED_TYPES:
            return True
    return False
