"""Spanish senses of a verb read off its negation, its reflexive or the words around it (stop 19, round 2).

- "no descartó romper relaciones / una acción militar": an act held out as an option is a threat (PLOVER THREATEN, as
  the English "did not rule out"), not a negated refusal; the trigger becomes the lexicon's pseudo-lemma
  ``descartar_amenaza`` and the negation is no longer the event's (``spanish_senses.continuing``).
- "los policías se acuartelaron": police shutting themselves in their barracks is a mutiny, a protest by the force
  (pseudo-lemma ``acuartelarse_protesta``); "acuarteló a las tropas" (confining troops) stays MOBILIZE.
- "liberó a 20 estudiantes detenidos": the participle that says how the released were held tells no new arrest.
- "el PSOE expulsó al alcalde": a party, union or organisation expelling a member sanctions (PLOVER SANCTION expel),
  it deports no one; "la policía arremetió contra los manifestantes": security forces charging attack (ASSAULT).
"""
from __future__ import annotations

from spacy.tokens import Token

HELD_OUT_VERB, HELD_OUT_THREAT = "descartar", "descartar_amenaza"
BARRACKS_VERB, POLICE_MUTINY = "acuartelar", "acuartelarse_protesta"
NEGATIONS = {"no", "nunca", "jamás"}
THREAT_ABLE = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"}  # acts whose holding out threatens
OBJECT_DEPS = {"obj", "xcomp", "ccomp", "nsubj:pass"}
ORGANISATION_SECTORS = {"PTY", "LAB", "IGO", "NGO", "REL"}  # who expels members, not people from a country


def _words(kind: str) -> frozenset[str]:
    from detente.analyze.events.spanish_arguments import spanish_words

    return spanish_words(kind)


def _lemma(token: Token) -> str:
    from detente.analyze.events.lemmas import lemma

    return lemma(token, "es")


def _negated(verb: Token) -> bool:
    return any(c.lower_ in NEGATIONS and c.dep_ in {"advmod", "neg"} for c in verb.children)


def held_out_threat(verb: Token) -> bool:
    """A negated "descartar" whose object is a coercive act: an infinitive or noun of the lexicon's SANCTION, COERCE,
    ASSAULT, MOBILIZE or PROTEST cues ("no descartó romper relaciones", "no descarta nuevas huelgas"), or force itself
    (spanish_cues.tsv "held_out": "una acción militar", "el uso de la fuerza"). "No descartó que haya más víctimas"
    and "no descarta presentarse" hold out no act against anyone."""
    from detente.analyze.events.lexicon import cues_by_trigger

    if verb.pos_ != "VERB" or _lemma(verb) != HELD_OUT_VERB or not _negated(verb):
        return False
    lexicon = cues_by_trigger("es")
    force, forceful = _words("held_out"), _words("held_out_modifier")
    for obj in (c for c in verb.children if c.dep_ in OBJECT_DEPS):
        if obj.dep_ == "ccomp" and "Inf" not in obj.morph.get("VerbForm"):
            continue  # "no descartó que haya más detenidos": a possibility, not an act held out
        said = [obj] + [n for n in obj.children if n.dep_ == "nmod"]
        if any(_lemma(n) in force or n.lower_ in force for n in said):
            if obj.pos_ != "NOUN" or _lemma(obj) != "acción" or any(_lemma(m) in forceful for m in obj.children if m.dep_ == "amod"):
                return True  # "el uso de la fuerza", "una intervención", "una acción militar" (not "acciones legales")
        if any(cue.type in THREAT_ABLE for cue in lexicon.get(_lemma(obj), ())):
            return True  # "romper relaciones", "nuevas huelgas", "sanciones"
    return False


def lifted_negation(trigger: Token) -> bool:
    """The trigger is a held-out threat: its "no" is part of the threat ("no descartó"), not the event's negation."""
    return held_out_threat(trigger)


def police_mutiny(verb: Token) -> bool:
    """Reflexive "acuartelarse" with police as subject ("cientos de policías se acuartelaron en reclamo de aumentos"):
    a police protest (a mutiny in the barracks). Transitive "acuarteló a las tropas" confines troops (MOBILIZE)."""
    if _lemma(verb) != BARRACKS_VERB or not any(c.lower_ == "se" for c in verb.children):
        return False
    if any(c.dep_ == "obj" and c.lower_ != "se" for c in verb.children):
        return False
    police = _words("police")
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        heads = [subject] + [n for n in subject.children if n.dep_ == "nmod"]  # "cientos de policías"
        if any(_lemma(n) in police or n.lower_ in police for n in heads):
            return True
    return False


def held_captive(participle: Token) -> bool:
    """A participle ("detenidos", "capturados", "secuestrados") said of the people a verb or noun of release frees
    ("liberó a 20 estudiantes detenidos durante las protestas"): it tells how they were held, not a new arrest. With its
    doer named ("secuestrados por la guerrilla") the act is kept."""
    if participle.dep_ not in {"amod", "acl"} or "Part" not in participle.morph.get("VerbForm") and not \
            participle.lower_.endswith(("ado", "ados", "ada", "adas", "ido", "idos", "ida", "idas")):
        return False
    held = participle.head
    if held.pos_ not in {"NOUN", "PROPN", "NUM"} or held.dep_ not in {"obj", "nsubj:pass", "nmod", "iobj", "nsubj"}:
        return False
    freeing = held.head
    release = _words("released")
    if _lemma(freeing) not in release and freeing.lower_ not in release:
        return False
    if any(c.dep_ == "obl:agent" or c.dep_ == "obl" and any(k.lower_ == "por" for k in c.children) for c in participle.children):
        return False  # "los rehenes secuestrados por la guerrilla": the doer is named, the act is coded
    return held.dep_ != "nsubj" or any(c.dep_ == "aux:pass" for c in freeing.children)


def expelled_member(sources: list, verb: Token | None) -> bool:
    """An expulsion by a party, union or organisation, or out of one ("expulsó al alcalde del partido"): a sanction
    on a member (PLOVER SANCTION expel), not a deportation from a country."""
    if sources and all(hit.actor.sector in ORGANISATION_SECTORS or hit.actor.country == "IGO" for hit in sources):
        return True
    if verb is None:
        return False
    from detente.analyze.events.spanish_arguments import OF_WORDS, preposition

    bodies = _words("member_body")
    return any(c.dep_ in {"obl", "nmod"} and preposition(c) in OF_WORDS and (_lemma(c) in bodies or c.lower_ in bodies)
               for c in verb.children)


def forces_charging(verb: Token, sources: list) -> bool:
    """"arremeter contra" said of police or soldiers ("el escuadrón antidisturbios de la policía arremetió contra los
    indígenas"): a charge, not a verbal attack."""
    if _lemma(verb) not in _words("charge"):
        return False
    from detente.analyze.events.sector_groups import STATE_FORCES

    if sources and all(hit.actor.sector in STATE_FORCES for hit in sources):
        return True
    armed = _words("armed") | _words("police")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(_lemma(t) in armed or t.lower_ in armed for s in subjects for t in s.subtree)
