"""Spanish argument rules added to the shared ones (arguments.py calls them for Spanish sentences):
- an infinitive complement of a verb of saying shares its subject ("La policía anunció haber detenido a 22
  personas", "Las FARC dijeron haber decretado un paro armado");
- a frame noun's complements belong to the event noun it frames ("la ola de protestas contra Milosevic");
- whoever faces an event is its target ("cuyo gobierno enfrenta un movimiento de protesta"), and so is the
  institution a protest stands in front of ("protestaron frente al Congreso", "delante de la embajada de X");
- whoever calls for an event is its source ("la CGT renovó el llamado a la huelga");
- the doer of an act done "en señal de protesta", and whoever takes part in, joins or heeds a protest;
- a group of people in a protest noun's "de" complement protests ("Bloqueo de campesinos paraliza ..."); a place there
  does not ("la marcha de Quito");
- those who die or are hurt "en" an attack are its target ("murieron en una emboscada de la guerrilla").
The rules for a verb's own subject (placed after it, or left unsaid) live in spanish_subjects.py.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of, preposition
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.sector_groups import ARMED, STATE_BODIES
from detente.analyze.events.spanish_ruled import ruling_body

SUBJECT_DEPS = {"nsubj", "csubj", "nsubj:pass", "nsubjpass"}
OBJECT_DEPS = {"obj", "dobj"}
TARGET_PREPS = {"contra", "hacia", "ante"}
FACED_TYPES = {"PROTEST", "ACCUSE", "REQUEST", "THREATEN", "SANCTION", "REJECT"}
OF_WORDS = {"de", "del"}  # "la marcha de los mineros", "la marcha del magisterio"


@lru_cache(maxsize=1)
def cue_lists() -> dict[str, frozenset[str]]:
    """Named Spanish word lists from detente/knowledge/plover/spanish_cues.tsv."""
    text = resources.files("detente.knowledge.plover").joinpath("spanish_cues.tsv").read_text(encoding="utf-8")
    lists: dict[str, set[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("kind\t"):
            continue
        kind, _, words = line.partition("\t")
        lists.setdefault(kind.strip(), set()).update(w.strip().lower() for w in words.split(",") if w.strip())
    return {kind: frozenset(words) for kind, words in lists.items()}


def spanish_words(kind: str) -> frozenset[str]:
    return cue_lists().get(kind, frozenset())


def controlled_infinitive(verb: Token, lang: str) -> bool:
    """A subjectless complement of a verb of saying that shares its subject: an infinitive ("anunció haber detenido",
    "dijo haber atacado"), or a finite verb in the third person agreeing with it in number ("la CGT anunció que
    renovará ...": Spanish drops the repeated subject; "dijo que detendrán" has another subject)."""
    if lang != "es" or verb.dep_ != "ccomp" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    if lemma(verb.head, lang) not in spanish_words("control"):
        return False
    forms = [verb] + [c for c in verb.children if c.dep_ in {"aux", "aux:pass"}]
    if any("Inf" in t.morph.get("VerbForm") for t in forms):
        return True
    finite = next((t for t in forms if "Fin" in t.morph.get("VerbForm")), None)
    matrix = next((t for t in [verb.head] + [c for c in verb.head.children if c.dep_ == "aux"]
                   if "Fin" in t.morph.get("VerbForm")), None)
    if finite is None or matrix is None:
        return False
    same = finite.morph.get("Number") == matrix.morph.get("Number") != []
    return same and finite.morph.get("Person") == matrix.morph.get("Person") == ["3"]


def frame_noun(noun: Token, lang: str) -> Token | None:
    """The noun framing ``noun`` through "de" ("ola de protestas", "movimiento de protesta"), if any."""
    if noun.dep_ != "nmod" or preposition(noun) != "de" or noun.head.pos_ != "NOUN":
        return None
    return noun.head if lemma(noun.head, lang) in spanish_words("frame") else None


def framed_targets(noun: Token, frame: Frame) -> list[ActorHit]:
    """Targets named on the frame noun: "la ola de protestas contra Slobodan Milosevic"."""
    holder = frame_noun(noun, frame.lang)
    if holder is None:
        return []
    return [h for c in holder.children if c.dep_ in {"nmod", "obl"} and preposition(c) in TARGET_PREPS
            for h in actors_of(c, frame)]


def duration(token: Token) -> bool:
    """A length of time ("48 horas", "tres días"): the "de" phrase of "un paro de 48 horas" names no one."""
    return lemma(token, "es") in spanish_words("duration") or token.lower_ in spanish_words("duration")


def _duration_hit(hit: ActorHit, frame: Frame) -> bool:
    words = frame.analysis.text[hit.start : hit.end].lower().split()
    return len(words) >= 1 and (words[-1] in spanish_words("duration")) and (len(words) == 1 or words[0][:1].isdigit()
                                                                            or words[0] in {"unos", "unas", "varios", "varias"})


def organisers(noun: Token, frame: Frame) -> list[ActorHit]:
    """The por-agents of a participle on ``noun`` ("organizada/convocada por X")."""
    agents = [a for c in noun.children if c.dep_ in {"amod", "acl"} and "Part" in c.morph.get("VerbForm")
              for a in c.children if a.dep_ in {"obj", "obl", "obl:agent", "nmod"} and preposition(a) == "por"]
    return [h for agent in agents for h in actors_of(agent, frame)]


def frame_organisers(noun: Token, frame: Frame) -> list[ActorHit]:
    """Whoever organised the frame around a protest noun: "una jornada de protesta convocada por X" (the frame holds
    the noun) and "las manifestaciones de la jornada de lucha organizada por Jarrai" (the noun holds the frame)."""
    holder = frame_noun(noun, frame.lang)
    frames = ([holder] if holder is not None else []) + [
        c for c in noun.children if c.dep_ == "nmod" and preposition(c) in OF_WORDS and lemma(c, frame.lang) in spanish_words("frame")]
    return [h for f in frames for h in organisers(f, frame)]


def framed_holders(noun: Token, frame: Frame) -> list[ActorHit]:
    """The subject of the light verb whose object frames the event noun: "los taxistas realizaron una caravana de
    protesta", "iniciaron una jornada de protestas" (not "enfrenta una ola de protestas": see ``facing_subject``)."""
    from detente.analyze.events.lexicon import words
    from detente.analyze.events.sources import subject_of as _subject_of

    holder = frame_noun(noun, frame.lang)
    if holder is None or holder.dep_ not in OBJECT_DEPS or lemma(holder.head, frame.lang) not in words("light"):
        return []
    return _subject_of(holder.head, frame)


def facing_subject(noun: Token, event_type: str, frame: Frame) -> list[ActorHit]:
    """The subject of "enfrentar/afrontar/sufrir" whose object is the event: "cuyo gobierno enfrenta un movimiento
    de protesta" is a protest against that government."""
    if event_type not in FACED_TYPES:
        return []
    anchor = frame_noun(noun, frame.lang) or noun
    if anchor.dep_ not in OBJECT_DEPS or lemma(anchor.head, frame.lang) not in spanish_words("facing"):
        return []
    return [h for c in anchor.head.children if c.dep_ in SUBJECT_DEPS for h in actors_of(c, frame)]


FRONT_WORDS = {"frente", "delante", "enfrente"}  # "frente a", "delante de": in front of


def faced_institution(trigger: Token, frame: Frame) -> list[ActorHit]:
    """The actors a Spanish protest stands in front of ("protestaron frente al Congreso", "se manifestaron delante
    del Palacio de Miraflores", "una concentración frente a la embajada de Estados Unidos"): the institution, or
    the state whose building it is, is what the protest is against (PLOVER PROTEST recipient)."""
    if frame.lang != "es":
        return []
    holders = [trigger]
    if trigger.pos_ == "NOUN" and trigger.dep_ in SUBJECT_DEPS and trigger.head.pos_ in {"VERB", "AUX"}:
        holders.append(trigger.head)  # "las protestas continuaron frente al Congreso": the verb locates its subject
    objects = [c for h in holders for c in h.children if c.dep_ in {"obl", "nmod"} and preposition(c) in FRONT_WORDS]
    objects += [o for h in holders for c in h.children if c.dep_ == "advmod" and c.lower_ in FRONT_WORDS  # the parser's
                for o in c.children if o.dep_ in {"obl", "nmod"}]  # other reading
    objects += [c for h in holders for c in h.children if c.dep_ in OBJECT_DEPS and front_object(c)]  # and a third one
    return [h for o in objects for h in actors_of(o, frame)]


def front_object(noun: Token) -> bool:
    """A noun the small parser makes the verb's object although "frente al / delante del" comes before it ("se
    manifestaron frente al Palacio": "frente" an adverb of the verb, "al" fixed to it): a place, not an object."""
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    return before is not None and before.dep_ == "fixed" and before.head.lower_ in FRONT_WORDS \
        and before.head.head.i == noun.head.i


def callers(noun: Token, frame: Frame) -> list[ActorHit]:
    """Whoever calls for the event: "el llamado de la CGT a la huelga" (the "de" complement), or the subject of
    the verb holding the call noun ("la CGT renovó el llamado a la huelga")."""
    from detente.analyze.events.sources import subject_of as _subject_of

    call = noun.head
    if noun.dep_ not in {"obj", "nmod", "obl"} or preposition(noun) != "a" or lemma(call, frame.lang) not in spanish_words("call"):
        return []
    own = [h for c in call.children if c.dep_ in {"nmod", "nmod:poss", "det"} and preposition(c) in {"de", None}
           and c.i != noun.i for h in actors_of(c, frame)]
    if own:
        return own
    if call.dep_ in OBJECT_DEPS and call.head.pos_ in {"VERB", "AUX"}:
        return _subject_of(call.head, frame)
    return []


def state_holders(noun: Token, sources: list, frame: Frame) -> list:
    """A protest noun said of people through "en" ("los maestros en huelga", "los mineros en paro"): only those people
    are in it, not a conjunct they are coordinated with ("el gobierno boliviano y los maestros en huelga instalaron
    una mesa de diálogo": the government strikes with no one). Only a state conjunct is dropped ("los médicos y los
    enfermeros en huelga" may both strike)."""
    held = noun.head
    if noun.dep_ != "nmod" or preposition(noun) != "en" or held.pos_ not in {"NOUN", "PROPN"} or held.i == noun.i:
        return sources
    start, end = frame.offset + held.left_edge.idx, frame.offset + held.right_edge.idx + len(held.right_edge.text)
    kept = [h for h in sources if start <= h.start and h.end <= end or h.actor.sector not in STATE_BODIES]
    return kept or sources


def spanish_roles(noun: Token, event_type: str, frame: Frame, found) -> None:
    """Roles of a Spanish event noun that the shared rules do not read; whoever faces the event is its target,
    never its source, whatever other rule proposed it (``found``: the arguments.Participants being built)."""
    if frame.lang != "es":
        return
    found.sources = [h for h in found.sources if not _duration_hit(h, frame)]  # "el paro de 48 horas": no actor
    ruling = ruling_body(noun, frame)  # "el tribunal declaró ilegal la huelga de los médicos": not the court's strike
    found.sources = [h for h in found.sources if h.actor.id not in ruling]
    if event_type == "PROTEST":
        found.sources = [h for h in found.sources if not place_complement(noun, h, frame)]  # "la marcha de Quito"
        found.sources = state_holders(noun, found.sources, frame)  # "el gobierno y los maestros en huelga"
    if not found.sources:
        found.sources += callers(noun, frame)
    if not found.sources and event_type == "PROTEST":
        found.sources += protest_sign_subject(noun, frame)  # "anular la gira en señal de protesta"
    if not found.sources and event_type == "PROTEST":
        found.sources += participants_in(noun, frame)  # "300 personas participaron en la concentración"
    if not found.sources and event_type == "PROTEST":
        found.sources += joiners(noun, frame)  # "cientos de personas se sumaron a los piquetes", "acataron el paro"
    if not found.sources and event_type == "PROTEST":
        found.sources += framed_holders(noun, frame)  # "los taxistas realizaron una caravana de protesta"
    if not found.sources and event_type == "PROTEST":
        found.sources += frame_organisers(noun, frame)  # "las manifestaciones de la jornada de lucha organizada por X"
    if not found.sources and event_type == "PROTEST":  # "Bloqueo de campesinos paraliza ...": people block, not blocked
        blockers = people_complement(noun, frame)
        found.sources = blockers
        found.targets = [h for h in found.targets if h not in blockers]
    if not found.sources and event_type == "PROTEST":  # "Marcha de mujeres en ...": a headline noun taken for a name
        found.sources += [h for c in noun.children if c.dep_ == "flat" and preposition(c) in {"de", "del"}
                          for h in actors_of(c, frame)]
    facing = facing_subject(noun, event_type, frame)
    if facing:
        faced = {h.actor.id for h in facing}
        found.sources = [h for h in found.sources if h.actor.id not in faced]
        found.targets = facing + [h for h in found.targets if h.actor.id not in faced]
    elif not found.targets:
        found.targets += framed_targets(noun, frame)
    if not found.sources and lemma(noun, "es") in spanish_words("imposed"):
        imposers = imposing_complement(noun, frame, found.targets)
        found.sources = imposers  # "la sanción de MLB", "las sanciones de la UE contra Rusia": who imposes it
        found.targets = [h for h in found.targets if h not in imposers]
    if not found.sources and event_type == "ASSAULT":
        doers = attacker_complement(noun, frame)  # "los ataques de Israel sobre Gaza", "la emboscada de las FARC"
        found.sources = doers
        found.targets = [h for h in found.targets if h.actor.id not in {d.actor.id for d in doers}]
    if not found.targets and event_type == "ASSAULT":
        doers = {h.actor.id for h in found.sources}  # "murieron en una emboscada de la guerrilla": the dead were hit
        found.targets = [h for h in harmed_in(noun, frame) if h.actor.id not in doers]
    if not found.sources and not found.targets and event_type == "ASSAULT":
        sides = between_on_modifier(noun, frame)  # "un enfrentamiento armado entre el ejército y la guerrilla"
        found.sources, found.targets = sides[:1], sides[1:]
    if event_type == "PROTEST" and noun.lower_ in OCCUPATION_NOUNS:  # "la ocupación de la alcaldía": the site
        sites = [h for c in noun.children if c.dep_ == "nmod" and preposition(c) in OF_WORDS for h in actors_of(c, frame)]
        site_ids = {h.actor.id for h in sites}
        found.targets += [h for h in found.sources if h.actor.id in site_ids]
        found.sources = [h for h in found.sources if h.actor.id not in site_ids]
    if not found.sources and event_type in SPEECH_TYPES:
        speakers = speaker_complement(noun, frame)  # "las denuncias de la oposición contra el gobierno"
        found.sources = speakers
        found.targets = [h for h in found.targets if h.actor.id not in {a.actor.id for a in speakers}]
    if not found.sources:
        agents = agent_complement(noun, frame)  # "la toma de carreteras por parte de los maestros"
        found.sources = agents
        found.targets = [h for h in found.targets if h.actor.id not in {a.actor.id for a in agents}]


AGENT_MARK = "por"
SPEECH_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN"}  # speech acts whose noun may name its speaker with "de"
ADDRESSEE_MARKS = {"contra", "ante", "a", "al", "hacia"}


def speaker_complement(noun: Token, frame: Frame) -> list[ActorHit]:
    """The speaker a speech-act noun names with "de" when an addressee or target follows in a "contra/ante/a" phrase
    ("las denuncias de la oposición contra el gobierno", "el reclamo de Bolivia ante la OEA"): with the one aimed at
    named apart, the "de" actor is who speaks, not what is spoken of ("la denuncia de torturas" has no speaker). The
    parser may hang the "contra" phrase on the "de" noun."""
    of = [c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and preposition(c) in OF_WORDS][:1]
    aimed = [c for holder in [noun, *of] for c in holder.children if c.dep_ == "nmod" and c.i > noun.i
             and preposition(c) in ADDRESSEE_MARKS and actors_of(c, frame)]  # the parser may hang it on the "de" noun
    if not of or not aimed or aimed[0].i < of[0].i:
        return []
    return actors_of(of[0], frame)
OCCUPATION_NOUNS = {"toma", "tomas", "ocupación", "ocupaciones"}  # their "de" complement is the site taken


def agent_complement(noun: Token, frame: Frame) -> list[ActorHit]:
    """The doer an event noun names with "por parte de" ("la toma de carreteras por parte de los maestros"), or with
    "por" after its "de" patient ("el corte de la ruta 14 por productores rurales", "la detención del dirigente por
    la policía"): a noun with its object taken says who did it with "por", as a passive does; without a "de" patient
    "por" gives a cause or a cause served ("la marcha por los desaparecidos"). The parser may hang the "por" phrase on
    the patient."""
    patients = [c for c in noun.children if c.dep_ == "nmod" and preposition(c) in OF_WORDS]
    for holder in [noun, *patients]:
        for child in holder.children:
            if child.dep_ != "nmod" or preposition(child) != AGENT_MARK or child.i < noun.i:
                continue
            phrase = any(k.dep_ == "case" and any(f.lower_ == "parte" for f in k.children if f.dep_ == "fixed")
                         for k in child.children)
            if phrase or any(p.i < child.i for p in patients):
                return actors_of(child, frame)
    return []


def people_complement(noun: Token, frame: Frame) -> list[ActorHit]:
    """The actors of a protest noun's "de" complement headed by a noun for a group of people ("el bloqueo de los
    campesinos", "Bloqueo de campesinos paraliza ..."): they protest; "el bloqueo de Cuba" or "de las carreteras" names
    what is blocked, and no group of people. A count is looked through ("manifestaciones de miles de gendarmes")."""
    from detente.analyze.events.spanish_groups import counted_noun, people_noun

    complements = [c for c in noun.children if c.dep_ in {"nmod", "flat", "nummod"} and preposition(c) in OF_WORDS]
    groups = [counted_noun(c) or c for c in complements]
    return [h for c in groups if people_noun(c) for h in actors_of(c, frame)]


def place_complement(noun: Token, hit: ActorHit, frame: Frame) -> bool:
    """The actor is read off a place name in the protest noun's "de" complement ("la marcha de Quito", "la huelga de
    Santiago"): the place where the protest is, not who protests (the actor layer may read a capital as its
    government); a people's name ("la marcha de los mineros") or an organisation's stays the protesters."""
    complements = [c for c in noun.children if c.dep_ in {"nmod", "flat"} and preposition(c) in OF_WORDS]
    for complement in complements:
        start = frame.offset + complement.left_edge.idx
        end = frame.offset + complement.right_edge.idx + len(complement.right_edge)
        if not start <= hit.start < end:
            continue
        return any(p.start <= hit.start and hit.end <= p.end for p in frame.analysis.places if start <= p.start < end)
    return False


HIT_PREPS = {"contra", "sobre"}  # "ataques contra la ciudad", "bombardeos sobre Gaza"


def attacker_complement(noun: Token, frame: Frame) -> list[ActorHit]:
    """The actors of the "de" complement of an attack noun that also names what it hits ("los ataques de Israel
    sobre Gaza"), or that are an armed group ("la emboscada de las FARC"): then "de" gives the attacker; otherwise
    ("el bombardeo de Gaza", "el asesinato de dos policías") it stays what was hit."""
    doers = [c for c in noun.children if c.dep_ in {"nmod", "flat"} and preposition(c) in OF_WORDS]
    hit = [c for n in [noun, *doers] for c in n.children  # the parser may hang "contra X" on the "de" noun
           if c.dep_ in {"nmod", "obl", "flat"} and preposition(c) in HIT_PREPS]
    if not doers:
        return []
    if not hit:  # "la emboscada de las FARC", "los disparos de la policía": an armed group's strike is its own;
        # "el bombardeo de Gaza", "el asesinato de dos policías" is not
        armed = lemma(noun, "es") in spanish_words("armed_strike") or noun.lower_ in spanish_words("armed_strike")
        return [h for c in doers for h in actors_of(c, frame) if armed and h.actor.sector in ARMED]
    struck = {h.actor.id for c in hit for h in actors_of(c, frame)}
    return [h for c in doers for h in actors_of(c, frame) if h.actor.id not in struck]


HARM_PREPS = {"en", "durante"}


def harmed_in(noun: Token, frame: Frame) -> list[ActorHit]:
    """Those who died or were hurt in an attack ("Tres policías murieron en una emboscada de la guerrilla", "cinco
    soldados resultaron heridos en un ataque"): the subject of the verb of harm (spanish_cues.tsv "harmed") the attack
    noun's "en/durante" phrase hangs on, or of the verb of result its participle goes with, is the attack's target."""
    if noun.dep_ not in {"obl", "nmod"} or preposition(noun) not in HARM_PREPS:
        return []
    verb = noun.head
    if verb.pos_ not in {"VERB", "AUX"} and "Part" in verb.morph.get("VerbForm") and verb.head.i != verb.i:
        verb = verb.head  # "resultaron heridos en un ataque": the phrase hangs on the participle
    harmed = spanish_words("harmed")
    if lemma(verb, "es") not in harmed and lemma(noun.head, "es") not in harmed and noun.head.lower_ not in harmed:
        return []
    return [h for c in verb.children if c.dep_ in SUBJECT_DEPS | {"nsubj:pass"} for h in actors_of(c, frame)]


def between_on_modifier(noun: Token, frame: Frame) -> list[ActorHit]:
    """The sides of a clash named on the noun's adjective ("un enfrentamiento armado entre el ejército y guerrilleros
    del ELN": the parser hangs "entre" on "armado"), in text order."""
    sides = [h for a in noun.children if a.dep_ == "amod" and a.pos_ == "ADJ"
             for c in a.children if c.dep_ in {"obl", "nmod"} and preposition(c) == "entre"
             for h in actors_of(c, frame)]
    return sorted(sides, key=lambda h: h.start)


AUTHORITY_SECTORS = {"GOV", "COP", "MIL", "JUD", "IGO", "LEG"}


def imposing_complement(noun: Token, frame: Frame, targets: list[ActorHit]) -> list[ActorHit]:
    """The actors of the "de" complement of a measure noun (sanción, prohibición, embargo) that imposed it: when
    the noun also names whom it is against ("las sanciones de la UE contra Rusia"), when they are an authority
    ("la prohibición de las autoridades") or an organisation of no country ("una sanción de MLB"). "Las sanciones
    de Irán" (a country alone, no "contra") stays what it is aimed at."""
    complements = [c for c in noun.children if c.dep_ in {"nmod", "flat"} and preposition(c) in {"de", "del"}]
    if not complements:
        return []
    aimed = any(preposition(c) in TARGET_PREPS | {"a", "al", "sobre"} for c in noun.children if c.dep_ in {"nmod", "obl"})
    spans = [(frame.offset + c.left_edge.idx, frame.offset + c.right_edge.idx + len(c.right_edge)) for c in complements]
    inside = [h for h in targets if any(start <= h.start < end for start, end in spans)]
    organisations = {frame.offset + t.idx for c in complements for t in c.subtree if t.ent_type_ == "ORG"}
    return [h for h in inside if aimed or h.actor.sector in AUTHORITY_SECTORS or (not h.actor.country and h.start in organisations)]


SIGN_PREPS = {"en", "como", "a"}


def participants_in(noun: Token, frame: Frame) -> list[ActorHit]:
    """The subject of the verb an "en/durante" phrase with the protest noun hangs on, when the small parser labels that
    phrase obj ("Más de 300 personas participaron en la concentración"); not when the verb acts on people ("la policía
    detuvo a 20 personas durante la marcha": those detained took part, which the shared rule reads)."""
    from detente.analyze.events.lexicon import cues_of
    from detente.analyze.events.sources import subject_of as _subject_of

    verb = noun.head
    if noun.dep_ not in OBJECT_DEPS or preposition(noun) not in {"en", "durante"} or verb.pos_ not in {"VERB", "AUX"}:
        return []
    if any(c.type in {"ASSAULT", "COERCE"} for c in cues_of(verb, "es")):
        return []
    return _subject_of(verb, frame)


def joiners(noun: Token, frame: Frame) -> list[ActorHit]:
    """Whoever joins or heeds a protest takes part in it: the subject of "sumarse/unirse/plegarse/adherirse a" the
    protest noun or of "acatar/secundar" it ("los docentes acataron el paro", "se plegaron a la huelga")."""
    from detente.analyze.events.sources import subject_of as _subject_of

    verb = noun.head
    if verb.pos_ not in {"VERB", "AUX"} or lemma(verb, frame.lang) not in spanish_words("join"):
        return []
    if noun.dep_ in OBJECT_DEPS | {"obl"} and preposition(noun) in {None, "a", "al"}:
        return _subject_of(verb, frame)
    return []


def protest_sign_subject(noun: Token, frame: Frame) -> list[ActorHit]:
    """The doer of an act done "en señal de protesta", "como protesta", "a modo de protesta": the subject of the verb
    the phrase modifies ("el ministro decidió anular la gira en señal de protesta por las pruebas nucleares")."""
    from detente.analyze.events.sources import subject_of as _subject_of

    holder = noun
    if noun.dep_ == "nmod" and preposition(noun) == "de" and lemma(noun.head, "es") in spanish_words("sign"):
        holder = noun.head
    marks = {c.lower_ for c in holder.children if c.dep_ in {"case", "mark"}}
    if holder.dep_ not in {"obl", "nmod"} or not marks & SIGN_PREPS:
        return []
    if holder is noun and not marks & {"como"}:
        return []  # "en protesta por" on a verb is read by the shared participant rule
    verb = holder.head
    for _ in range(2):  # the parser may hang the phrase on the verb's object ("anular la gira ... en señal de protesta")
        if verb.pos_ in {"VERB", "AUX"} or verb.dep_ not in {"obj", "obl", "nmod"} or verb.head.i == verb.i:
            break
        verb = verb.head
    return _subject_of(verb, frame) if verb.pos_ in {"VERB", "AUX"} else []
