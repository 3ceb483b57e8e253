"""Codebook types for wordings found by the second blind CAMEO sweep (session 19, round 2).

- A crowd that beats or kills private people is an assault, not a riot: PROTEST riot is crowd violence aimed at the
  authorities, their forces or property ("rioters clashed with police"); "a mob beat a Catholic man to death" harms a
  person (ASSAULT).
- Demonstrators (named as such) who demand something are demonstrating (PROTEST demo, CAMEO 141x): "demonstrators
  in Belgrade demanded the resignation of Milosevic" is the demonstration, not a statement.
- Thousands of people of a named nationality or ethnic group expelled at once are a mass expulsion (ASSAULT cleansing,
  CAMEO 201): "tens of thousands of ethnic Albanians were expelled from Kosovo"; deportations stay COERCE deport.
- Trade with another country restricted ("restricted exports of computers to China") curtails exchanges with that
  state (SANCTION discontinue, CAMEO 163); at home it stays COERCE. (Power cut to Gaza stays COERCE withhold.)
- A state withdrawing or pulling out of an organization ("Zimbabwe withdrew from the Commonwealth") cuts ties
  (SANCTION withdraw), as "quit" does; troops pulled out of a U.N. zone stay a RETREAT.
- Agreeing while bowing or yielding to demands or under pressure ("bowing to protesters' demands, the government
  agreed to hold elections") accedes to them (CONCEDE, CAMEO 083), not a fresh promise (AGREE).
- Harassment is repression (COERCE) when a state, its forces or an armed group harass, or the harassed are
  journalists, activists or the opposition ("police harassed journalists"); private harassment is no event.
- A candidate's or politician's rally in a sentence about an election (cue list ``electoral``: "Trump skipped the
  debate and held a rally", "Trump's rally and the GOP debate") is a campaign event, not a demonstration against anyone (session 21, real-news audit A3): no PROTEST unless the rally is marked as a protest
  ("an anti-India protest rally", "a rally against the war") or held by others than politicians (crowds, unions,
  armed groups).
- A state's withdrawal from a treaty, an agreement or a body named as such (cue list ``compact``, or a law's name:
  "Russia's withdrawal from the CTBT", "the US withdrew from the Paris agreement") is SANCTION withdraw, verb or
  noun (codebook: "A country withdraws itself from an organization, treaty"); RETREAT withdraw stays for forces and
  territory (audit s23, class D14).
- An investigation by the press (every doer a journalist or a news organisation) is reporting, not ACCUSE
  investigate (audit s23, class A2: "the Reuters investigation"); only authorities investigate in PLOVER's sense.
- A food or fuel word that only qualifies an aid noun is not what a verb acts on: "refused offers of food aid" refuses
  aid (REJECT), it is no hunger strike ("refused food").
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.generic_cases import describing_relative
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import cues_of, words
from detente.analyze.events.quiet_readings import quiet
from detente.analyze.events.triggers import Trigger

OFFICIAL_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "IGO", "UNO", "SPY", "PRM"}
ARMED_SECTORS = {"REB", "PRM", "UAF", "INS"}
VOICE_SECTORS = {"JRN", "MED", "OPP", "NGO"}  # the press, the opposition, rights groups
EXPEL_VERBS = {"expel"}
MASS_NUMBER = 1000
DEMANDING = {"demand", "call"}  # a crowd's voiced demand, not what it is said to want ("protesters do not want ...")
BODIES = {"IGO", "UNO", "EUR", "NATO"}  # organization codes of the actor layer
AID_TYPES = {"AID", "SANCTION"}
PRESS = {"JRN", "MED"}
STATE_SECTORS = {None, "GOV"}  # their cues name the aid given or cut ("froze its grant aid")


def reshape(event_type: str, mode: str | None, trigger: Trigger, sources: list, targets: list,
            lang: str) -> tuple[str | None, str | None]:
    """The (type, mode) the codebook gives these shapes; unchanged when none applies; no type: no event."""
    if lang != "en":
        return event_type, mode
    if quiet(event_type, trigger, lang):
        return None, None  # "Brazil beat Scotland 2-1", "since Iraq invaded Kuwait in 1990": no act reported
    if describing_relative(trigger, sources, lang):
        return None, None  # "Fair Fares, which offers lower transport prices": a description (generic_cases.py)
    actors = [hit.actor for hit in sources]
    if event_type == "PROTEST" and _campaign_rally(trigger, actors, lang):
        return None, None  # "Mr. Trump skipped the debate again and held a rally in Hialeah"
    if event_type == "COERCE" and lemma(trigger.token, lang) in words("harassing") and not _repressive(actors, targets):
        return None, None
    if event_type == "PROTEST" and mode == "riot" and trigger.cue.type == "ASSAULT" and _harms_people(trigger, targets, lang):
        return "ASSAULT", trigger.cue.mode
    if event_type == "REQUEST" and not trigger.is_nominal and lemma(trigger.token, lang) in DEMANDING and actors \
            and all(_demonstrators(a) for a in actors):
        return "PROTEST", "demo"
    if event_type == "COERCE" and mode in {"restrict", "ban"} and not trigger.is_nominal \
            and _foreign_state(actors, targets) and _trade_restricted(trigger.token, lang):
        return "SANCTION", "discontinue"
    if event_type == "RETREAT" and mode == "withdraw" and not trigger.is_nominal and _state_leaves_body(trigger.token, actors, targets):
        return "SANCTION", "withdraw"
    if event_type == "RETREAT" and mode == "withdraw" and _leaves_compact(trigger.token, actors, lang):
        return "SANCTION", "withdraw"
    if event_type == "ACCUSE" and mode == "investigate" and actors and all(a.sector in PRESS for a in actors):
        return None, None  # "the Reuters investigation", "a New York Times investigation found": journalism
    if event_type == "AGREE" and not trigger.is_nominal and lemma(trigger.token, lang) == "agree" and _yielding(trigger.token, lang):
        return "CONCEDE", None
    if event_type in {"SANCTION", "COERCE"} and mode in {"expel", "deport"} and not trigger.is_nominal \
            and (lemma(trigger.token, lang) in EXPEL_VERBS and _people_en_masse(trigger.token, lang) or _called_cleansing(trigger.token)):
        return "ASSAULT", "cleansing"
    return event_type, mode


def _repressive(actors: list, targets: list) -> bool:
    """A state, an official body or an armed group harasses, or the harassed are political voices (sector or
    name, cue list ``political_voices``)."""
    if any(a.sector in OFFICIAL_SECTORS | ARMED_SECTORS or (a.country and a.sector is None) for a in actors):
        return True
    voices = words("political_voices")
    held = [hit.actor for hit in targets]
    return any(a.sector in VOICE_SECTORS or _name_words(a) & voices for a in held)


def _foreign_state(actors: list, targets: list) -> bool:
    """Every target is another state itself (a country with no sector), not its people or firms."""
    own = {a.country for a in actors}
    held = [hit.actor for hit in targets]
    return bool(actors) and None not in own and bool(held) and all(
        a.country and a.country not in own and a.sector is None for a in held)


def _trade_restricted(verb: Token, lang: str) -> bool:
    """What is restricted or banned is trade (cue list ``trade_flow``)."""
    kinds = words("trade_flow")
    return any(lemma(t, lang) in kinds for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"} for t in c.subtree)


def _state_leaves_body(verb: Token, actors: list, targets: list) -> bool:
    """A state (country, no sector) leaves an organization named as the target ("withdrew from the Commonwealth"),
    itself: no object moved ("pulled its troops out of the U.N. zone")."""
    if any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return False
    return bool(actors) and all(a.country and a.sector is None for a in actors) and bool(targets) \
        and all(hit.actor.country in BODIES for hit in targets)


def _leaves_compact(token: Token, actors: list, lang: str) -> bool:
    """A state (a country, or its government) withdraws, by itself, from a treaty, agreement or body named so."""
    if not actors or not all(a.country and a.sector in STATE_SECTORS for a in actors):
        return False
    if any(c.dep_ in {"dobj", "obj"} for c in token.children):
        return False  # "withdrew its troops from ...": forces moved
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children) and token.pos_ == "NOUN":
        return False  # "the withdrawal of troops from ...": forces moved
    places = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children if o.dep_ == "pobj"]
    places += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "out"
               for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(lemma(o, lang) in words("compact") or o.ent_type_ == "LAW" for o in places)


def _yielding(verb: Token, lang: str) -> bool:
    """The verb's participle clause yields ("bowing to demands", cue list ``yielding``) or it acts under pressure."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.tag_ == "VBG" and lemma(child, lang) in words("yielding"):
            return True
        if child.dep_ == "prep" and child.lower_ == "under" and any(lemma(o, lang) == "pressure" for o in child.children):
            return True
    return False


def _harms_people(trigger: Trigger, targets: list, lang: str) -> bool:
    """Bodily harm (cue list ``bodily_harm``) done to named people none of whom is an official, a force or a
    state: "a mob beat a Catholic man to death", not "rioters attacked police" nor "stoned the embassy"."""
    if lemma(trigger.token, lang) not in words("bodily_harm"):
        return False
    people = [hit.actor for hit in targets if hit.actor.sector is not None]
    return bool(people) and not any(a.sector in OFFICIAL_SECTORS for a in people)


def _demonstrators(actor) -> bool:
    """An actor named as demonstrators or protesters (cue list ``demonstrators``), not students or a union."""
    return bool(_name_words(actor) & words("demonstrators"))


def _name_words(actor) -> set[str]:
    """The words of an actor's name, lower-case and singular ("Journalists" -> "journalist"), for the cue lists."""
    names = {word.strip(".,").lower() for word in (actor.name or "").split()}
    return {n[:-1] if n.endswith("s") else n for n in names}


def _people_en_masse(verb: Token, lang: str) -> bool:
    """Thousands of people named by their nationality or ethnic group alone ("tens of thousands of ethnic
    Albanians"), not foreigners named by what they do ("thousands of Tunisian workers": a deportation)."""
    moved = [t for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass", "nsubj:pass"} for t in c.subtree]
    many = any(t.lemma_.lower() in {"thousand", "million"} or t.like_num and t.text.replace(",", "").isdigit()
               and int(t.text.replace(",", "")) >= MASS_NUMBER for t in moved)
    group = any(t.ent_type_ == "NORP" and t.pos_ in {"PROPN", "NOUN"} and t.dep_ not in {"amod", "compound"} for t in moved)
    return many and group


def _called_cleansing(verb: Token) -> bool:
    """The sentence itself names the expulsion ethnic cleansing ("drove Serb civilians out of Krajina in what the U.N.
    called ethnic cleansing"): a mass expulsion of a group (ASSAULT cleansing, CAMEO 203; session 20)."""
    words_ = [t.lower_ for t in verb.sent]
    return any(a == "ethnic" and b == "cleansing" for a, b in zip(words_, words_[1:]))


def drop_qualifier_objects(triggers: list[Trigger], lang: str) -> list[Trigger]:
    """A verbal cue (of a type not about aid itself) whose object word only qualifies an aid noun (cue list
    ``funding``: "food aid", not "relief supplies" nor "grant aid" frozen) falls back to the verb's one-word
    entry, if any: "refused offers of food aid" is no "refuse food" (PROTEST hunger) but a refusal (REJECT)."""
    if lang != "en":
        return triggers
    funding = words("funding")
    kept = []
    for trigger in triggers:
        tail = trigger.tokens[1:] if trigger.cue.pos == "V" and trigger.cue.type not in AID_TYPES else ()
        if any(t.dep_ == "compound" and t.head.i not in {x.i for x in trigger.tokens} and lemma(t.head, lang) in funding
               for t in tail):
            plain = next((c for c in cues_of(trigger.token, lang)
                          if len(c.words) == 1 and c.pos == "V"), None)
            if plain is not None:
                kept.append(Trigger(token=trigger.token, cue=plain, tokens=(trigger.token,)))
            continue
        kept.append(trigger)
    return kept


POLITICIANS = {"ELI", "GOV", "LEG", "PTY"}
PROTEST_MARKS = {"protest", "demonstration", "against"}


def _campaign_rally(trigger: Trigger, actors: list, lang: str) -> bool:
    """A rally held by politicians (or a named person's rally) with nothing marking it as a protest."""
    rally = next((t for t in trigger.tokens if t.pos_ == "NOUN" and lemma(t, lang) == "rally"), None)
    if rally is None:
        return False
    marks = [t for t in rally.subtree if t.i != rally.i] + [rally.head]
    if any(t.lower_.startswith("anti") or lemma(t, lang) in PROTEST_MARKS for t in marks):
        return False
    electoral = words("electoral")
    if not any(lemma(t, lang) in electoral or t.lower_ in electoral for t in trigger.token.sent):
        return False  # "Maduro spoke at a rally after Trump's statements": a demonstration of support, not a campaign
    owned = any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in rally.children)
    return owned or bool(actors) and all(a.sector in POLITICIANS for a in actors)
