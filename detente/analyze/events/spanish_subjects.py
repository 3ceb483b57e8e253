"""Spanish subjects the small parser does not label as the verb's subject (arguments.py reads them through
spanish_arguments for Spanish sentences):
- a subject placed after its verb, which the parser labels obj/iobj ("..., acusó la policía", "detuvo la policía a
  tres dirigentes", "Bloquean campesinos carreteras"), is the subject, and so is the "a" phrase of an intransitive
  infinitive under a verb of perceiving or letting ("vieron marchar a los mineros");
- a main verb with a dropped subject continues the previous sentence's subject ("Los estudiantes marcharon el
  lunes. Exigieron la renuncia del ministro."), when person and number agree;
- the subject of an aspect verb ("volvieron a marchar") does its infinitive's act; "los primeros" and "los
  segundos" point back to the two parties of the sentence's main verb;
- other subjects left unsaid: the organisers of a protest noun that is the subject ("Las manifestaciones,
  organizadas por X, reclaman ..."), the doers of a relative clause on an event noun ("una protesta que realizan ...
  reclamando"), the subject of the verb whose object takes the infinitive ("no tuvo más remedio que ... protestar"),
  and the noun a finite verb hangs on as a modifier ("Un dispositivo policial bloqueó el centro");
- the subject of a verb of result is what its participle's act was done to ("murieron baleados por la policía").
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of, preposition
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.spanish_arguments import (
    OBJECT_DEPS, OF_WORDS, SUBJECT_DEPS, attacker_complement, duration, place_complement, spanish_words,
)

POSTPOSED_DEPS = {"obj", "iobj", "dobj"}
DEFINITE = {"el", "la", "los", "las", "lo"}


def postposed_subject(verb: Token, lang: str) -> Token | None:
    """The noun after a subjectless Spanish verb that is its subject, not its object: with no personal "a", definite
    (or a name), and either the verb closes a report ("..., acusó la policía", "informaron fuentes judiciales") or
    another object carries the personal "a" ("detuvo la policía a tres dirigentes"). Never with "se" (a passive:
    "se detuvo a tres personas")."""
    if lang != "es" or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl:pass" or c.lower_ == "se" for c in verb.children):
        return None
    perceived = perceived_doer(verb)
    if perceived is not None:
        return perceived
    objects = [c for c in verb.children if c.dep_ in POSTPOSED_DEPS and c.i > verb.i and c.pos_ in {"NOUN", "PROPN"}]
    bare = [o for o in objects if not any(c.dep_ == "case" for c in o.children)]
    if not bare:
        return None
    candidate = bare[0]
    marked = any(any(c.dep_ == "case" and c.lower_ in {"a", "al"} for c in o.children) for o in objects if o is not candidate)
    definite = candidate.pos_ == "PROPN" or any(c.dep_ == "det" and c.lower_ in DEFINITE for c in candidate.children)
    plural_bare = "Plur" in candidate.morph.get("Number") and not any(c.dep_ == "det" for c in candidate.children)
    closing = _closes_report(verb, lang)
    if marked and definite:
        return candidate
    if closing and (definite or plural_bare):
        return candidate
    from detente.analyze.events.spanish_groups import people_noun

    if plural_bare and _verb_first(verb) and candidate.left_edge.i == verb.i + 1 and people_noun(candidate):
        return candidate  # "Bloquean campesinos carreteras en Bolivia", "Exigen jubilados aumento de pensiones"
    return None


PERSONAL_A = {"a", "al"}


def perceived_doer(verb: Token) -> Token | None:
    """The "a" phrase after an intransitive infinitive under a verb of perceiving or letting ("vieron marchar a los
    mineros", "dejó protestar a los jubilados"): with no object to take, the infinitive's "a" phrase is its doer, not
    its target, and the seeing or letting verb's subject does not do the act."""
    if "Inf" not in verb.morph.get("VerbForm") or verb.dep_ not in {"xcomp", "ccomp"}:
        return None
    if lemma(verb, "es") not in spanish_words("intransitive") or lemma(verb.head, "es") not in spanish_words("perceive"):
        return None
    return next((c for c in verb.children if c.dep_ in {"obj", "obl", "iobj"} and c.i > verb.i and c.pos_ in {"NOUN", "PROPN"}
                 and any(m.dep_ == "case" and m.lower_ in PERSONAL_A for m in c.children)), None)


def _verb_first(verb: Token) -> bool:
    """A plural verb in the third person opening its sentence (a verb-first headline or lead)."""
    first = next((t for t in verb.sent if not t.is_punct), None)
    return first is not None and first.i == verb.i and verb.morph.get("Number") == ["Plur"] and verb.morph.get("Person") == ["3"]


def _closes_report(verb: Token, lang: str) -> bool:
    """A verb of saying after the reported content, set off by a comma or quote ("..., acusó la policía")."""
    from detente.analyze.events.lexicon import words

    saying = words("communication") | spanish_words("control") | spanish_words("report")
    if lemma(verb, lang) not in saying:
        return False
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    return before is not None and before.is_punct and any(c.dep_ in {"ccomp", "parataxis"} or c.i < verb.i and c.dep_ == "ccomp"
                                                        for c in verb.children)


MAIN_DEPS = {"ROOT", "conj"}
LOOK_BACK = 2  # sentences


def pro_drop_subject(verb: Token, frame: Frame) -> list[ActorHit]:
    """Actors of a subject a Spanish verb leaves unsaid: the organisers of an event noun that is its subject ("Las
    manifestaciones, organizadas por X, reclaman ..."), the doers of a relative clause's verb that dropped its subject
    ("una protesta que realizan ... reclamando aumentos"), or the earlier sentence's subject (``previous_subject``)."""
    if frame.lang != "es":
        return []
    return (event_subject_agents(verb, frame) or relative_clause_subject(verb, frame) or noun_complement_subject(verb, frame)
            or noun_before_finite(verb, frame) or aspect_subject(verb, frame) or ordinal_subject(verb, frame)
            or previous_subject(verb, frame))


FIRST_WORDS = {"primero", "primera", "primeros", "primeras"}  # "los primeros": the former
LAST_WORDS = {"segundo", "segunda", "segundos", "segundas", "último", "última", "últimos", "últimas"}  # the latter
PARTY_PREPS = {None, "a", "al", "con", "contra"}  # the other party of "se enfrentaron a/con X", "atacaron a X"


def ordinal_subject(verb: Token, frame: Frame) -> list[ActorHit]:
    """The party "los primeros" (the former) or "los segundos / estos últimos" (the latter) points back to, when the
    sentence's main verb named two before it ("Los indígenas se enfrentaron a la policía ..., cuando los primeros
    protestaban"): its subject or its other party, when they agree in number."""
    word = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lower_ in FIRST_WORDS | LAST_WORDS), None)
    if word is None or not any(c.dep_ == "det" for c in word.children):
        return []
    root = verb.sent.root
    if root.i == verb.i or root.i > word.i:
        return []
    first = [c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i < word.i]
    second = [c for c in root.children if c.dep_ in {"obj", "iobj", "obl"} and c.i < word.i
              and c.pos_ in {"NOUN", "PROPN"} and preposition(c) in PARTY_PREPS]
    if not first or not second:
        return []
    party = first[0] if word.lower_ in FIRST_WORDS else second[0]
    number, party_number = word.morph.get("Number"), party.morph.get("Number")
    if number and party_number and number != party_number:
        return []
    return actors_of(party, frame)


def aspect_subject(verb: Token, frame: Frame) -> list[ActorHit]:
    """The subject of an aspect verb whose infinitive is the act ("volvieron a marchar", "siguen bloqueando",
    "comenzaron a protestar"; spanish_cues.tsv "aspect"): such a verb takes no object that could do the act, so a
    noun the parser makes its object ("volvieron a marchar ... por una educación gratuita") does not replace its
    subject."""
    from detente.analyze.events.sources import subject_of as _subject_of

    if verb.dep_ != "xcomp" or verb.head.i == verb.i or verb.head.pos_ not in {"VERB", "AUX"}:
        return []
    if not verb.morph.get("VerbForm") or verb.morph.get("VerbForm")[0] not in {"Inf", "Ger"}:
        return []
    if lemma(verb.head, "es") not in spanish_words("aspect"):
        return []
    return [h for c in verb.head.children if c.dep_ in SUBJECT_DEPS for h in actors_of(c, frame)] or _subject_of(verb.head, frame)


RELATIVE_WORDS = {"que", "quien", "quienes", "cual", "cuales", "cuyo", "cuya", "cuyos", "cuyas", "donde", "cuando", "como"}


def noun_before_finite(verb: Token, frame: Frame) -> list[ActorHit]:
    """The noun a finite verb right after its phrase hangs on as a modifier ("Un dispositivo policial bloqueó el
    centro": the small parser makes "bloqueó" an adjective of "dispositivo"): a finite verb modifies no noun without a
    relative word, so the noun is its subject, when they agree in number."""
    if verb.dep_ not in {"amod", "acl", "appos"} or "Fin" not in verb.morph.get("VerbForm") or verb.morph.get("Person") != ["3"]:
        return []
    noun = verb.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.i > verb.i:
        return []
    if any(c.lower_ in RELATIVE_WORDS or c.dep_ in {"mark", "nsubj"} for c in verb.children):
        return []
    between = verb.doc[noun.i + 1 : verb.i]
    if any(t.is_punct or t.lower_ in RELATIVE_WORDS for t in between):
        return []
    noun_number, verb_number = noun.morph.get("Number"), verb.morph.get("Number")
    if noun_number and verb_number and noun_number != verb_number:
        return []
    return actors_of(noun, frame)


def noun_complement_subject(verb: Token, frame: Frame) -> list[ActorHit]:
    """The subject of the verb whose object takes the infinitive: "tomaron la decisión de bloquear las rutas", "no ha
    tenido más remedio que recurrir a sus colegas para protestar", "anunció su intención de marchar" (through the
    infinitive's purpose clauses and conjuncts)."""
    from detente.analyze.events.sources import subject_of as _subject_of

    current = verb
    for _ in range(3):
        if current.dep_ == "acl":
            break
        if current.dep_ in {"advcl", "xcomp", "conj"} and current.head.i != current.i:
            current = current.head
        else:
            return []
    if current.dep_ != "acl" or "Inf" not in current.morph.get("VerbForm") or current.head.pos_ != "NOUN":
        return []
    noun = current.head
    if noun.dep_ not in OBJECT_DEPS or noun.head.pos_ not in {"VERB", "AUX"}:
        return []
    return _subject_of(noun.head, frame)


def event_subject_agents(verb: Token, frame: Frame) -> list[ActorHit]:
    """Whoever holds the protest that is the verb's subject: "Las manifestaciones, organizadas por varias entidades de
    piqueteros, reclaman ..." (the por-agent of its participle), "la marcha de los mineros exige ..." (its "de" phrase)."""
    from detente.analyze.events.lexicon import cues_of

    subjects = [c for c in verb.children if c.dep_ in {"nsubj"} and c.pos_ == "NOUN"]
    if verb.pos_ not in {"VERB", "AUX"} or not subjects:
        return []
    noun = subjects[0]
    if not any(c.type == "PROTEST" and c.pos == "N" for c in cues_of(noun, "es")):
        return []
    holders = [a for c in noun.children if c.dep_ in {"amod", "acl"} and "Part" in c.morph.get("VerbForm")
               for a in c.children if a.dep_ in {"obj", "obl", "obl:agent", "nmod"} and preposition(a) == "por"]
    holders += [c for c in noun.children if c.dep_ == "nmod" and preposition(c) in OF_WORDS and not duration(c)]
    groups, frame.groups = frame.groups, True  # the holders of a protest are usually groups ("los piqueteros")
    try:  # "la huelga de Santiago paralizó el país": a place, not who strikes
        return [h for holder in holders for h in actors_of(holder, frame) if not place_complement(noun, h, frame)]
    finally:
        frame.groups = groups


def relative_clause_subject(verb: Token, frame: Frame) -> list[ActorHit]:
    """The doers of a subjectless relative clause on an event noun, through its gerunds and conjuncts: in "iniciaron
    una huelga de hambre, como parte de una protesta que realizan desde hace 27 días reclamando aumentos" those who
    "realizan" (and claim) are the subject of the clause holding the event noun, when number agrees."""
    current = verb
    for _ in range(3):
        if current.dep_ in {"advcl", "xcomp", "conj"} and current.head.i != current.i:
            current = current.head
        else:
            break
    if current.dep_ not in {"acl", "relcl"} or current.head.pos_ != "NOUN" or "Fin" not in current.morph.get("VerbForm"):
        return []
    if current.morph.get("Person") != ["3"] or any(c.dep_ in SUBJECT_DEPS for c in current.children):
        return []
    if not any(c.dep_ in OBJECT_DEPS and c.lower_ in {"que", "cual", "cuales"} for c in current.children):
        return []  # "que" is the object: the clause's subject was dropped ("la protesta que (ellos) realizan")
    holder = current.head
    for _ in range(4):  # up the noun phrase to the verb whose object or oblique it is
        if holder.head.i == holder.i:
            return []
        holder = holder.head
        if holder.pos_ in {"VERB", "AUX"}:
            break
    subjects = [c for c in holder.children if c.dep_ in {"nsubj"} and c.pos_ in {"NOUN", "PROPN"}]
    if not subjects:
        return []
    number = current.morph.get("Number")
    subject_number = subjects[0].morph.get("Number") or (["Plur"] if subjects[0].conjuncts else [])
    if number and subject_number and number != subject_number:
        return []
    return actors_of(subjects[0], frame)


def previous_subject(verb: Token, frame: Frame) -> list[ActorHit]:
    """Actors of the subject a Spanish main-clause verb in the third person dropped: the subject of the closest
    earlier sentence of the paragraph whose main verb has one, if it agrees in number. Not for impersonal "se" with
    an object ("se detuvo a tres personas") nor for verbs of the first or second person."""
    if frame.lang != "es" or verb.pos_ not in {"VERB", "AUX"} or "Fin" not in verb.morph.get("VerbForm"):
        return []
    if verb.morph.get("Person") != ["3"] or not _main_clause(verb):
        return []
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or (
            any(c.lower_ == "se" for c in verb.children) and any(c.dep_ in OBJECT_DEPS for c in verb.children)):
        return []
    number = verb.morph.get("Number")
    sent = verb.sent
    for _ in range(LOOK_BACK):
        if sent.start == 0:
            return []
        sent = verb.doc[sent.start - 1].sent
        subjects = [c for c in sent.root.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        if not subjects:
            continue
        subject = subjects[0]
        plural = subject.conjuncts or (subject.pos_ == "NUM" and subject.lower_ not in {"uno", "un", "una", "1"})
        head_number = subject.morph.get("Number") or (["Plur"] if plural else [])  # "Miles (de estudiantes)"
        if number and head_number and head_number != number:
            return []
        return actors_of(subject, frame)
    return []


def _main_clause(verb: Token) -> bool:
    """The verb is its sentence's main verb or coordinated with it."""
    current = verb
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    return current.dep_ == "ROOT"


AGENT_DEPS = {"obj", "obl", "obl:agent", "nmod", "iobj"}


def predicative_roles(participle: Token, frame: Frame) -> tuple[list[ActorHit], list[ActorHit]]:
    """Sources and targets of a participle a verb of result takes (``spanish_lemmas.predicative_participle``), or
    that reports what was done to the noun it describes (``reported_participle``: that noun is the target): the
    verb's subject is what the act was done to, the "por" phrase (on the participle or the verb) its doer; "por
    disparos de la policía" names the doer through the armed "de" complement of the attack noun."""
    verb = participle.head
    if verb.pos_ in {"NOUN", "PROPN"}:  # "cinco personas arrestadas el domingo": the noun described is the target
        targets = actors_of(verb, frame)
        sources = [h for c in participle.children if c.dep_ in AGENT_DEPS and preposition(c) == "por" and c.i > participle.i
                   for h in actors_of(c, frame)]
        victims = {h.actor.id for h in targets}
        return [h for h in sources if h.actor.id not in victims], targets
    targets = [h for c in verb.children if c.dep_ in SUBJECT_DEPS for h in actors_of(c, frame)]
    sources: list[ActorHit] = []
    for agent in (c for holder in (participle, verb) for c in holder.children
                  if c.dep_ in AGENT_DEPS and preposition(c) == "por"):
        doers = attacker_complement(agent, frame) if lemma(agent, "es") in spanish_words("armed_strike") else []
        sources += doers or [h for h in actors_of(agent, frame) if lemma(agent, "es") not in spanish_words("armed_strike")]
    victims = {h.actor.id for h in targets}
    return [h for h in sources if h.actor.id not in victims], targets
