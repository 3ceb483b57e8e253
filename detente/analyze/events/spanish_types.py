"""Spanish type rules on top of the shared ones (coder.py asks them for Spanish sentences only)."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.sector_groups import CIVILIAN_GROUPS, STATE_FORCES
from detente.analyze.events.spanish_stances import expelled_member, forces_charging

PROTEST_VERB = "protestar"


def spanish_retype(event_type: str, mode: str | None, sources: list, trigger: Token | None = None) -> tuple[str, str | None]:
    """The (type, mode) the codebook gives an act by who did it: soldiers or police who block or occupy a place
    ("la policía bloqueó el centro de Belgrado", "los militares ocuparon el parlamento") restrict movement (PLOVER
    COERCE restrict: "cordoning off areas"); only civilians protest by blocking, and civilians who cordon off a
    place protest ("los campesinos cercaron La Paz"); civilians lifting their blockade give in (CONCEDE). One
    person who "protesta por/contra" something complains (ACCUSE disapprove): one person is no demonstration; so does
    one named body, a state, party, club or organisation ("Chile protestó ante Perú", "el Flamengo protestó contra la
    decisión"), unless a place of gathering is named ("protestó frente al Congreso").
    Civilians in a crowd who loot ("los manifestantes saquearon tiendas") riot (PLOVER PROTEST riot); armed groups
    who loot attack. A state that withdraws itself from an organisation ("Ecuador se retiró de la OPEP") cuts an
    exchange (PLOVER SANCTION withdraw), not troops. A party or union expelling a member sanctions it (SANCTION expel);
    police charging ("arremetió contra") attack (spanish_stances). Unchanged otherwise."""
    if event_type == "AGREE" and trigger is not None and _ended_protest(trigger):
        return "CONCEDE", None  # "dijeron que suspenderían la protesta": a promised concession stays one (codebook)
    if event_type == "PROTEST" and mode == "obstruct" and sources and all(hit.actor.sector in STATE_FORCES for hit in sources):
        return "COERCE", "restrict"
    if event_type == "COERCE" and mode == "restrict" and sources and all(hit.actor.sector in CIVILIAN_GROUPS for hit in sources):
        return "PROTEST", "obstruct"  # "los campesinos cercaron La Paz con bloqueos": civilians blocking protest
    if event_type == "PROTEST" and mode == "demo" and trigger is not None and _one_person_protests(trigger):
        return "ACCUSE", "disapprove"
    if event_type == "ASSAULT" and trigger is not None and sources and all(hit.actor.sector in CIVILIAN_GROUPS for hit in sources) \
            and _looting(trigger):
        return "PROTEST", "riot"
    if event_type == "RETREAT" and mode == "withdraw" and trigger is not None and _left_organisation(trigger):
        return "SANCTION", "withdraw"
    if event_type == "RETREAT" and mode == "access" and trigger is not None and _protest_blockade_lifted(trigger, sources):
        return "CONCEDE", None
    if event_type == "COERCE" and mode == "deport" and expelled_member(sources, trigger):
        return "SANCTION", "expel"  # "el PSOE expulsó al alcalde": a member expelled, no one deported
    if event_type == "ACCUSE" and trigger is not None and forces_charging(trigger, sources):
        return "ASSAULT", "crowd-control"  # "la policía arremetió contra los manifestantes": a charge
    return event_type, mode


BLOCKADE_NOUNS = {"bloqueo", "cerco"}


def _protest_blockade_lifted(verb: Token, sources: list) -> bool:
    """"los piqueteros levantaron el bloqueo de la ruta": civilians ending their own blockade, or a blockade of a road
    or building, ease their protest (CAMEO 082 "ease political dissent", PLOVER CONCEDE: "suspending protests"); a
    state lifting its blockade of a country lets goods or people in (RETREAT access), and stays so."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.spanish_arguments import OF_WORDS, preposition, spanish_words

    if any(hit.actor.sector in STATE_FORCES | {"GOV"} for hit in sources):
        return False
    blockades = [c for c in verb.children if c.dep_ in {"obj", "nsubj:pass"} and lemma(c, "es") in BLOCKADE_NOUNS]
    if not blockades:
        return False
    if sources and all(hit.actor.sector in CIVILIAN_GROUPS for hit in sources):
        return True
    sites = spanish_words("occupied")
    return any(c.dep_ == "nmod" and preposition(c) in OF_WORDS and (lemma(c, "es") in sites or c.lower_ in sites)
               for b in blockades for c in b.children)


def _one_person_protests(verb: Token) -> bool:
    """The verb "protestar" whose subject is one person: a singular role noun ("un representante de las
    comunidades protestó", "el portavoz protestó") or a person's name ("Maduro protestó por ..."); or one named
    body with no place of gathering ("Bolivia protestó por la privatización", "la CGT protestó por el veto")."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.spanish_arguments import spanish_words

    if verb.pos_ != "VERB" or lemma(verb, "es") != PROTEST_VERB:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
        return False
    subject = subjects[0]
    if "Plur" in subject.morph.get("Number") or "Plur" in verb.morph.get("Number"):
        return False
    if subject.pos_ == "PROPN":
        return subject.ent_type_ == "PER" or not _gathering_place(verb)  # one named body lodges a protest
    return subject.pos_ == "NOUN" and (lemma(subject, "es") in spanish_words("person_role") or subject.lower_ in spanish_words("person_role"))


PLACE_MARKS = {"frente", "delante", "fuera", "afuera", "alrededor"}  # "frente a", "delante de": where people gather
GATHERING_PLACES = {"calle", "calles", "avenida", "puerta", "puertas", "exterior", "inmediaciones", "centro", "explanada"}


def _gathering_place(verb: Token) -> bool:
    """The verb names where the protest stood: "frente a"/"delante de" a place, or a building, square or street
    ("protestó frente al Congreso", "en la plaza", "ante la sede del ministerio"; spanish_cues.tsv "occupied"), or a
    named place "en" which it stood ("en el Zócalo")."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.spanish_arguments import spanish_words

    places = spanish_words("occupied") | GATHERING_PLACES
    for child in verb.children:
        if child.dep_ not in {"obl", "advmod", "obl:arg"}:
            continue
        if child.lower_ in PLACE_MARKS or any(c.lower_ in PLACE_MARKS for c in child.children):
            return True
        if child.pos_ == "NOUN" and (lemma(child, "es") in places or child.lower_ in places):
            return True
        named_place = child.ent_type_ == "LOC" or child.pos_ == "PROPN" and any(c.dep_ == "det" for c in child.children)
        if named_place and any(c.dep_ == "case" and c.lower_ == "en" for c in child.children):
            return True  # "la CNTE protestó en el Zócalo", "en Caracas": where a crowd stood ("en Twitter" is no place)
    return False


def bodily_gathering(trigger: Token) -> bool:
    """The protest word is a gathering of bodies (spanish_cues.tsv "gathering": "se manifestaron", "una marcha"), not
    a complaint that a government may lodge ("el gobierno protestó"): it stays a demonstration whoever gathers. A verb
    counts only in the plural: one body that "se manifestó en contra" states a view, a crowd "se manifestaron"."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.spanish_arguments import spanish_words

    gathering = spanish_words("gathering")
    if lemma(trigger, "es") not in gathering and trigger.lower_ not in gathering:
        return False
    return trigger.pos_ in {"NOUN", "PROPN"} or "Plur" in trigger.morph.get("Number")


def _looting(trigger: Token) -> bool:
    """The trigger is a verb or noun of plunder (spanish_cues.tsv "looting": "saquearon", "los saqueos")."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.spanish_arguments import spanish_words

    return lemma(trigger, "es") in spanish_words("looting") or trigger.lower_ in spanish_words("looting")


def _left_organisation(verb: Token) -> bool:
    """Reflexive "retirarse de" an organisation: a named organisation or an acronym ("de la OPEP", "del Mercosur")."""
    from detente.analyze.events.spanish_arguments import OF_WORDS, preposition

    if not any(c.lower_ == "se" for c in verb.children):
        return False
    return any(c.dep_ in {"obl", "obj"} and preposition(c) in OF_WORDS and c.pos_ == "PROPN"
               and (c.ent_type_ == "ORG" or c.text.isupper() and len(c.text) > 2) for c in verb.children)


def _ended_protest(verb: Token) -> bool:
    """A verb of ending whose object is a protest ("suspenderían el paro", "levantarán el bloqueo")."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.spanish_arguments import spanish_words

    if lemma(verb, "es") not in spanish_words("ending_protest"):
        return False
    protests = spanish_words("protest_action")
    return any(c.dep_ in {"obj", "dobj"} and (lemma(c, "es") in protests or c.lower_ in protests) for c in verb.children)
