"""Spanish participles for trigger matching: simplemma gives some verbal participles an adjective lemma
("detenido", "bloqueados", "condenado"), so "anunció haber detenido a 22 personas" matched no cue. A participle
used as a verb is matched by its infinitive when that infinitive is a Spanish cue word (and a noun simplemma turns
into a verb, "estado" → "estar", by its own form when that form is a cue word): always in compound tenses
("han condenado", "haber detenido"); as a passive or a state only for acts done to people ("fueron detenidos"),
since "el recurso fue negado" or "evacuados a un hospital" name no political act of a known actor. Reflexive
"movilizarse" by people who are no armed force is matched as the lexicon's pseudo-lemma "movilizarse" (PROTEST), and
"desfilar" by protesters or against something as "desfilar_protesta".
A present-tense verb spelled like its noun ("Chile protesta", "Perú denuncia", "amenaza") is matched by its
infinitive when the parser tags it a verb (simplemma returns the noun). "Concentrarse en" + a clause is focusing,
not gathering."""
from __future__ import annotations

from typing import Mapping

from spacy.tokens import Span as SpacySpan, Token

from detente.analyze.events.sentence_words import sentence_lowers, sentence_words
from detente.analyze.lemma_es import PARTICIPLE_FORMS, participle_infinitives
from detente.analyze.events.spanish_background import conceded_event, dated_by_protest
from detente.analyze.events.spanish_unasserted import (
    conditioned_act, counted_event, counted_trend, doubted_possibility, duty_kind, forecast_warning, hoped_act, questioned_act,
    recalled_act, judged_needed, ruled_kind, stated_aim, unreached_agreement,
)
from detente.analyze.events.spanish_warnings import unthreatening_warning
from detente.analyze.events.spanish_stances import (
    BARRACKS_VERB, HELD_OUT_THREAT, HELD_OUT_VERB, POLICE_MUTINY, held_captive, held_out_threat, police_mutiny,
)
from detente.analyze.events.spanish_senses import (
    CLASSIFYING, EXCHANGE_WORD, OBJECT_SENSED, called_protest, claimed_act, classifier_sense, forbidden_act,
    gathering_sense, gear_sense, in_game, name_word, object_sense, other_noun_sense, protest_cue, protest_motive, protest_topic,
    raised_barricade, requested_call, under_exchange,
)

VERBAL_POS = {"VERB", "AUX"}


def is_verbal_participle(token: Token) -> bool:
    """A participle the parser uses as a verb (tagged VERB, or marked VerbForm=Part on a clause head), or the
    participle a verb of result takes ("murieron baleados por la policía": ``predicative_participle``)."""
    if token.pos_ in VERBAL_POS:
        return True
    if "Part" in token.morph.get("VerbForm") and token.dep_ in {"ROOT", "ccomp", "xcomp", "advcl", "conj", "acl"}:
        return True
    return predicative_participle(token)


PREDICATIVE_DEPS = {"obj", "xcomp", "advcl", "amod", "obl", "acl"}  # how the small parser hangs "baleados" on "murieron"


def predicative_participle(token: Token) -> bool:
    """A participle (often tagged ADJ) that a verb of result takes for what was done to its subject ("murieron
    baleados por la policía", "resultaron heridos", "cayeron abatidos por el ejército", "aparecieron asesinados"):
    a passive act whose patient is that subject (spanish_cues.tsv "result")."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.spanish_arguments import spanish_words

    if "Part" not in token.morph.get("VerbForm") or token.dep_ not in PREDICATIVE_DEPS or token.head.i == token.i:
        return False
    head = token.head
    if head.pos_ in {"NOUN", "PROPN"}:
        return reported_participle(token)
    return head.pos_ in VERBAL_POS and head.i < token.i and lemma(head, "es") in spanish_words("result")


TIME_WORDS = {"ayer", "anoche", "anteayer", "anteanoche", "hoy"}
OCCASION_MARKS = {"durante", "tras", "en"}  # "detenidos durante la marcha", "heridos tras los incidentes"


def reported_participle(token: Token) -> bool:
    """A participle right after the noun it describes that tells when, by whom or during what it was done to them
    ("cinco personas arrestadas el domingo", "los estudiantes detenidos ayer", "los manifestantes heridos por la
    policía", "detenidos durante la marcha"): a reduced relative clause that reports the act; a bare participle ("los
    presos liberados", "un dirigente detenido") may only describe a state."""
    head = token.head
    if token.dep_ not in {"amod", "acl"} or head.i > token.i or token.i - head.i > 3 or not _done_to_people(token):
        return False
    for child in token.children:
        if child.i < token.i:
            continue
        if child.dep_ == "advmod" and child.lower_ in TIME_WORDS:
            return True
        if child.dep_ in {"obl", "nmod", "obj"} and ("Tim" in child.morph.get("AdvType") or _weekday(child)):
            return True
        marks = {c.lower_ for c in child.children if c.dep_ == "case"}
        if child.dep_ not in {"obl", "obj", "obl:agent", "nmod"}:
            continue
        if "por" in marks and _doer(child) or marks & OCCASION_MARKS and child.pos_ == "NOUN" and _occasion(child):
            return True
    return False


def _doer(noun: Token) -> bool:
    """A "por" phrase that names who did it: a name, an armed force, a group of people, or an attack ("por disparos
    de la policía"); not a cause ("heridos por la explosión de una caldera")."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.spanish_arguments import spanish_words
    from detente.analyze.events.spanish_groups import people_noun

    if noun.pos_ == "PROPN":
        return True
    own = lemma(noun, "es")
    doers = spanish_words("armed") | spanish_words("armed_strike") | spanish_words("protester")
    return own in doers or noun.lower_ in doers or people_noun(noun)


def _done_to_people(participle: Token) -> bool:
    """The participle's verb is a cue of an act done to people (arrest, attack: ``PASSIVE_TYPES``), not an interview
    ("fuentes interrogadas por la AFP") or a statement."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.lexicon import cues_by_trigger

    lexicon = cues_by_trigger("es")
    verbs = {lemma(participle, "es"), *participle_infinitives(participle.lower_)}
    return any(c.type in PASSIVE_TYPES and c.pos == "V" for v in verbs for c in lexicon.get(v, ()))


WEEKDAYS = {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "fin"}


def _weekday(noun: Token) -> bool:
    return noun.lower_ in WEEKDAYS


CLASH_NOUNS = {"incidente", "incidentes", "enfrentamiento", "enfrentamientos", "choque", "choques"}


def _occasion(noun: Token) -> bool:
    """A protest or a clash ("durante la marcha", "en los disturbios", "tras los enfrentamientos"), where people are
    detained or hurt by someone; not an explosion or an accident."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.lexicon import cues_by_trigger

    if noun.lower_ in CLASH_NOUNS or lemma(noun, "es") in CLASH_NOUNS:
        return True
    return protest_cue(noun, cues_by_trigger("es"), "N")


PASSIVE_TYPES = {"COERCE", "ASSAULT"}  # acts whose passive participle states what was done to someone


def compound_tense(token: Token) -> bool:
    """The participle carries the auxiliary "haber" ("han condenado", "haber detenido"), or is the state that
    "mantener/tener/dejar" keeps its object in ("mantienen bloqueadas las rutas": they block them)."""
    if token.dep_ == "xcomp" and token.head.pos_ in VERBAL_POS and lemma_of_aux(token.head) in HOLDING_VERBS:
        return True
    return any(c.dep_ == "aux" and lemma_of_aux(c) == "haber" for c in token.children)


def passive_voice(token: Token) -> bool:
    """The participle carries the auxiliary "ser" and names its doer ("fueron liberados por el gobierno cubano"): a
    passive act, whatever its type (a participle alone, "los presos liberados", may only describe a state, and an
    agentless "el recurso fue negado" would lend the previous clause's subject as the doer)."""
    return any(c.dep_ in {"aux", "aux:pass"} and lemma_of_aux(c) == "ser" for c in token.children) and any(
        c.dep_ in {"obl", "obj", "obl:agent"} and any(k.dep_ == "case" and k.lower_ == "por" for k in c.children)
        for c in token.children)


HOLDING_VERBS = {"mantener", "tener", "dejar"}  # "mantienen tomada la sede", "dejaron bloqueada la ruta"


def lemma_of_aux(token: Token) -> str:
    from detente.analyze.events.lemmas import lemma

    return lemma(token, "es")


CIVIL_MOBILIZATION = "movilizarse"  # the lexicon's pseudo-lemma for reflexive "movilizar" by civilians


def civil_mobilization(token: Token) -> bool:
    """Reflexive "movilizarse" whose subject is no armed force: Spanish for taking to the streets (the codebook:
    "mobilizing supporters to demonstrate" is PROTEST; MOBILIZE is military or police posturing)."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.spanish_arguments import spanish_words

    if not any(c.pos_ == "PRON" and c.lower_ == "se" for c in token.children):
        return False
    armed = spanish_words("armed")
    for subject in (c for c in token.children if c.dep_ in {"nsubj", "nsubj:pass"}):
        nouns = [subject] + [c for c in subject.children if c.dep_ == "nmod"]  # "miles de campesinos", "unidades del ejército"
        if any(lemma(n, "es") in armed or n.lower_ in armed for n in nouns):
            return False
    return True


PROTEST_PARADE = "desfilar_protesta"  # the lexicon's pseudo-lemma for filing past in protest
PROTEST_MARKS = {"contra"}


def protest_parade(token: Token, lemma_: str) -> str | None:
    """The pseudo-lemma for a parade verb ("desfilar", spanish_cues.tsv "parade") whose subject names protesters
    ("miles de manifestantes desfilaron", "los sindicalistas que desfilaron") or that has a "contra" or motive
    complement ("desfilaron contra la guerra", "en repudio a"): a march; a military or carnival parade is none."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.spanish_arguments import spanish_words

    if token.pos_ not in VERBAL_POS or lemma_ not in spanish_words("parade"):
        return None
    protesters, motives = spanish_words("protester"), spanish_words("motive")
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubj:pass"}]
    if token.dep_ in {"acl", "relcl"} and any(s.lower_ in {"que", "quienes"} for s in subjects):
        subjects.append(token.head)  # "los sindicalistas que desfilaron"
    nouns = subjects + [c for s in subjects for c in s.children if c.dep_ == "nmod"]  # "miles de manifestantes"
    if any(lemma(n, "es") in protesters or n.lower_ in protesters for n in nouns):
        return PROTEST_PARADE
    for child in token.children:
        marks = {k.lower_ for k in child.children if k.dep_ == "case"}
        if child.dep_ in {"obl", "obj", "nmod"} and (marks & PROTEST_MARKS or ("en" in marks and lemma(child, "es") in motives)):
            return PROTEST_PARADE
    return None


OCCUPY_VERBS = {"ocupar", "tomar"}
OCCUPY_NOUNS = {"toma", "ocupación"}
OCCUPATION_VERB, OCCUPATION_NOUN = "ocupar_sitio", "toma_sitio"  # the lexicon's pseudo-lemmas (PROTEST obstruct)


def occupation(token: Token, lemma_: str) -> str | None:
    """The occupation pseudo-lemma for "ocupar/tomar" whose direct object is a building, land or road ("ocuparon la
    sede", "tomaron las tierras") and for the noun "toma/ocupación" whose "de" complement is one ("la toma de la
    universidad"); None otherwise ("ocupó el cargo", "tomó posiciones alrededor del parlamento", "toma de posesión")."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.spanish_arguments import preposition, spanish_words
    from detente.analyze.nlp_spanish import COLLECTIVE, COUNTS

    places = spanish_words("occupied")
    if token.pos_ in VERBAL_POS and lemma_ in OCCUPY_VERBS:
        objects = [c for c in token.children if c.dep_ in {"obj", "dobj"} and not any(k.dep_ == "case" for k in c.children)]
        if not objects:  # a misparsed object ("ocuparon el domingo el fundo X", "fundo" tagged a verb): the next words
            objects = [t for t in token.doc[token.i + 1 : token.i + 6] if not t.is_punct][:4]
        objects += [c for o in objects if o.pos_ == "NUM" or o.lower_ in COUNTS | COLLECTIVE  # "tomaron decenas de colegios"
                    for c in o.children if c.dep_ == "nmod" and preposition(c) in {"de", "del"}]
        return OCCUPATION_VERB if any(lemma(o, "es") in places or o.lower_ in places for o in objects) else None
    if token.pos_ == "NOUN" and token.lower_ in OCCUPY_NOUNS | {"tomas", "ocupaciones"}:
        complements = [c for c in token.children if c.dep_ == "nmod" and preposition(c) in {"de", "del"}]
        return OCCUPATION_NOUN if any(lemma(c, "es") in places or c.lower_ in places for c in complements) else None
    return None


FOCUS_VERBS = {"concentrar", "centrar"}  # gather (a demonstration) or focus on something


def focus_sense(token: Token) -> bool:
    """"concentrarse en lo que mejor saben hacer", "se concentrará en reducir la inflación": a clause introduced by
    "en" is what one focuses on; people gathering "en la plaza" have a place there."""
    return any(c.pos_ in VERBAL_POS and c.dep_ in {"advcl", "xcomp", "ccomp", "csubj"}
               and any(m.dep_ == "mark" and m.lower_ == "en" for m in c.children) for c in token.children)


PRESENT_ENDINGS = (("a", ("ar",)), ("e", ("er", "ir")))  # third person singular present → infinitive


def present_infinitive(token: Token, lemma_: str, lexicon: Mapping[str, tuple]) -> str | None:
    """The infinitive of a present-tense verb that simplemma takes for its homograph noun ("denuncia", "protesta",
    "amenaza", "condena"), when the parser tags it a verb and the infinitive is a verb cue; else None."""
    if token.pos_ != "VERB" or lemma_.endswith(("ar", "er", "ir")) or "Sing" not in token.morph.get("Number", ["Sing"]):
        return None
    word = token.lower_
    for ending, replacements in PRESENT_ENDINGS:
        if word.endswith(ending) and len(word) > 4:
            for infinitive in (word[: -len(ending)] + r for r in replacements):
                if any(c.pos == "V" for c in lexicon.get(infinitive, ())):
                    return infinitive
    return None


def noun_form(token: Token, lemma_: str, lexicon: Mapping[str, tuple], words: frozenset[str]) -> str | None:
    """The own form (or its singular) of a noun that simplemma lemmatised into a word with no noun cue ("estado" →
    "estar", "escrache" → "escrachar", "tractoradas" → "tractor"), when that form is a cue word; else None."""
    if not (token.pos_ == "NOUN" or _headline_noun(token)) or any(c.pos == "N" for c in lexicon.get(lemma_, ())):
        return None
    forms = _noun_forms(token.lower_)
    if lemma_ in words and not any(f in lexicon and any(c.pos == "N" for c in lexicon[f]) for f in forms):
        return None  # the lemma is a cue word already (a verb cue, a word of a multiword cue): keep it
    return next((f for f in forms if f != lemma_ and f in words), None)


def _noun_forms(word: str) -> list[str]:
    """A noun's own form and its candidate singulars ("tractoradas" → tractorada; "paredes" → pared)."""
    return [word] + ([word[:-2], word[:-1]] if word.endswith("es") else [word[:-1]] if word.endswith("s") else [])


def _headline_noun(token: Token) -> bool:
    """A capitalised first word the small model takes for a name, heading a verbless headline with a "de" phrase:
    "Marcha de mujeres en Buenos Aires contra la violencia"."""
    if token.pos_ != "PROPN" or token.i != token.sent.start or not token.text[1:].islower():
        return False
    return any(any(k.dep_ == "case" and k.lower_ in {"de", "del"} for k in c.children) for c in token.children if c.i > token.i)


GAME_SENSE = "#juego"  # appended to a cue lemma used on the field of play: no cue matches it
CONTACT_SENSE = "llamar#contacto"  # "llamar" with no request in it: no cue matches it
GEAR_SENSE = "marcha#velocidad"  # "una marcha más": a gear or pace; no cue matches it
CALLED_PROTEST = "llamar#protesta"  # "llamar a" a protest: no cue matches it, so the protest word is the trigger
KIND_SENSE = "#clase"  # appended to a fighting noun that classifies another ("médico de combate"): no cue matches it
CLAIM_SENSE = "reivindicar#autoría"  # "reivindicó el atentado": no cue matches it, so the attack noun is the trigger
TOPIC_SENSE = "#tema"  # appended to a demand verb that states a protest's topic ("marcharon ... para exigir"): no cue
CONDITION_SENSE = "#condición"  # appended to an event noun after "a cambio de": no cue matches it
FORBIDDEN_SENSE = "#vedado"  # appended to an act a verb of forbidding keeps from happening: no cue matches it
GATHERING_SENSE = "reunir#concentración"  # "se reunieron frente al Palacio": a gathering, no meeting; no cue
RAISING_VERB, RAISED_BARRICADE = "levantar", "levantar_barricada"  # the lexicon's pseudo-lemma (PROTEST obstruct)
OTHER_SENSE = "#otro"  # appended to a protest noun its modifier gives another sense ("movilización de votantes")
MOTIVE_SENSE = "#motivo"  # appended to a rejection noun that gives a protest's motive ("en rechazo a"): no cue

_WORDS: dict[int, frozenset[str]] = {}


def _cue_words(lexicon: Mapping[str, tuple]) -> frozenset[str]:
    """Every word of every cue (trigger words and the other words of multiword cues), cached per lexicon."""
    if id(lexicon) not in _WORDS:
        _WORDS[id(lexicon)] = frozenset(w for cues in lexicon.values() for cue in cues for w in cue.words)
    return _WORDS[id(lexicon)]


def trigger_lemmas(sent: SpacySpan, lemmas: list[str], lexicon: Mapping[str, tuple]) -> list[str]:
    """``lemmas`` with each verbal participle whose lemma is no cue word replaced by its infinitive, when that is
    one (``lexicon``: cues by trigger lemma)."""
    from detente.analyze.events.spanish_arguments import spanish_words

    fixed = list(lemmas)
    if in_game(fixed):
        return [f"{own}{GAME_SENSE}" if own in lexicon else own for own in fixed]  # "el portero detuvo el penalti"
    words = _cue_words(lexicon)
    tags = sentence_words(sent, "es")[1]
    lowers = sentence_lowers(sent)
    for position, own in enumerate(fixed):
        if not _may_change(own, tags[position], lowers[position], lexicon, words):
            continue  # no rule below can apply: no Token is built for the word
        better = _trigger_lemma(sent[position], own, lexicon, words)
        if better is not None:
            fixed[position] = better
    exchange = EXCHANGE_WORD in lowers
    forbidding = not spanish_words("forbid").isdisjoint(fixed)
    motives = spanish_words("motive")
    for position, own in enumerate(fixed):
        if own == "llamar" and not requested_call(sent[position]):
            fixed[position] = CONTACT_SENSE  # "llamó a su homólogo para hablar", "no les he llamado aquí"
        elif own == "marcha" and gear_sense(sent[position], fixed, position):
            fixed[position] = GEAR_SENSE  # "imprimió una marcha más al final del partido": a pace, not a march
        elif own == "llamar" and called_protest(sent[position]):
            fixed[position] = CALLED_PROTEST  # "el sindicato llamó a una huelga": the strike is coded, the caller its source
        elif own in CLASSIFYING and classifier_sense(sent[position]):
            fixed[position] = own + KIND_SENSE  # "médico de combate", "fusil de asalto": a kind, not a fight
        elif own == "reivindicar" and claimed_act(sent[position]):
            fixed[position] = CLAIM_SENSE  # "ETA reivindicó el atentado": the attack is coded, the claimant its source
        elif own in _request_verbs(lexicon) and protest_topic(sent[position], lexicon):
            fixed[position] = own + TOPIC_SENSE  # "organizó una manifestación ... para exigir Y": the protest's topic
        elif own in SENSED_NOUNS and other_noun_sense(sent[position], own):
            fixed[position] = own + OTHER_SENSE  # "la movilización de votantes", "el paro juvenil": no protest
        elif own == RAISING_VERB and (raised := raised_barricade(sent[position])) is not None:
            fixed[position] = RAISED_BARRICADE  # "levantaron barricadas": put up (PROTEST), not lifted (CONCEDE)
            fixed[raised.i - sent.start] = raised.lower_ + OTHER_SENSE
        elif own in MEETING_VERBS and gathering_sense(sent[position]):
            fixed[position] = GATHERING_SENSE  # "se reunirán frente al Palacio Nacional": no one is met there
        elif own in motives and own in lexicon and protest_motive(sent[position], lexicon):
            fixed[position] = own + MOTIVE_SENSE  # "un paro en rechazo al alza": the protest's motive
        elif exchange and own in lexicon and under_exchange(sent[position]):
            fixed[position] = own + CONDITION_SENSE  # "a cambio del acuerdo de los vecinos": asked for, not done
        elif forbidding and own in lexicon and forbidden_act(sent[position]):
            fixed[position] = own + FORBIDDEN_SENSE  # "prohibió protestar", "impidió marchar": kept from happening
        elif own in OBJECT_SENSED and object_sense(sent[position], own):
            fixed[position] = own + OTHER_SENSE  # "el premio fue concedido", "los aficionados desalojaron el estadio"
        elif own == HELD_OUT_VERB and held_out_threat(sent[position]):
            fixed[position] = HELD_OUT_THREAT  # "no descartó romper relaciones": a threat (THREATEN), no refusal
        elif own == BARRACKS_VERB and police_mutiny(sent[position]):
            fixed[position] = POLICE_MUTINY  # "los policías se acuartelaron": a police protest, no troops readied
        elif own in lexicon and held_captive(sent[position]):
            fixed[position] = own + OTHER_SENSE  # "liberó a 20 estudiantes detenidos": no new arrest
        elif own in lexicon and name_word(sent[position]):
            fixed[position] = own + OTHER_SENSE  # "Amnistía Internacional advirtió": a name, no amnesty
        elif own in lexicon and (counted_event(sent[position]) or duty_kind(sent[position]) or questioned_act(sent[position])
                                 or conditioned_act(sent[position]) or hoped_act(sent[position]) or ruled_kind(sent[position])
                                 or counted_trend(sent[position]) or recalled_act(sent[position])
                                 or unreached_agreement(sent[position]) or judged_needed(sent[position])):
            fixed[position] = own + OTHER_SENSE  # "el número de huelgas descendió", "si aceptan", "a menos que acepte"
        elif own in lexicon and (stated_aim(sent[position]) or doubted_possibility(sent[position])
                                 or forecast_warning(sent[position]) or unthreatening_warning(sent[position])):
            fixed[position] = own + OTHER_SENSE  # "tiene el fin de responsabilizar", "no descarta que", "advirtió Moody's"
        elif own in lexicon and (dated_by_protest(sent[position], fixed, sent.start, lexicon) or conceded_event(sent[position])):
            fixed[position] = own + OTHER_SENSE  # "detuvieron a doce jóvenes durante los disturbios": a time adjunct
    return fixed


_REQUESTS: dict[int, frozenset[str]] = {}


def _request_verbs(lexicon: Mapping[str, tuple]) -> frozenset[str]:
    """Trigger lemmas of the one-word REQUEST verb cues ("exigir", "pedir", "reclamar"), cached per lexicon."""
    if id(lexicon) not in _REQUESTS:
        _REQUESTS[id(lexicon)] = frozenset(own for own, cues in lexicon.items()
                                           if any(c.type == "REQUEST" and c.pos == "V" and len(c.words) == 1 for c in cues))
    return _REQUESTS[id(lexicon)]


def _trigger_lemma(token: Token, own: str, lexicon: Mapping[str, tuple], words: frozenset[str]) -> str | None:
    """The lemma a word is matched by when it is not its own lemma (see ``trigger_lemmas``), else None."""
    found = noun_form(token, own, lexicon, words)
    if found is not None:
        return found  # "estado" is lemmatised "estar": "decretó el estado de sitio"; "escrache" "escrachar"
    occupied = occupation(token, own)
    if occupied is not None:
        return occupied  # "ocuparon la sede de la alcaldía", "la toma de la universidad" (not "ocupó el cargo")
    if own == "movilizar" and civil_mobilization(token):
        return CIVIL_MOBILIZATION  # "miles de campesinos se movilizaron": a demonstration (PLOVER)
    if own in PARADE_VERBS:
        return protest_parade(token, own)  # "los manifestantes desfilaron": a march, not a military parade
    if own in FOCUS_VERBS and focus_sense(token):
        return token.lower_  # "se concentrará en reducir la inflación": focusing, not gathering
    present = present_infinitive(token, own, lexicon)
    if present is not None:
        return present  # "Chile protesta ante Argentina": the verb, not the noun "protesta"
    if own in lexicon or not is_verbal_participle(token):
        return None
    perfect = compound_tense(token)
    for infinitive in participle_infinitives(token.lower_):
        cues = lexicon.get(infinitive, ())
        if cues and (perfect or any(c.type in PASSIVE_TYPES for c in cues) or passive_voice(token) or sentenced(token, cues)):
            return infinitive
    return None


def sentenced(token: Token, cues: tuple) -> bool:
    """A "ser" passive that names its sentence ("fue condenado a 80 años de prisión"): a conviction, whoever passed
    it; the term is the last word of a convicting cue ("condenar a año"), found in an "a" phrase of the participle."""
    terms = {c.words[-1] for c in cues if c.mode == "convict" and len(c.words) > 1}
    if not terms or not any(c.dep_ in {"aux", "aux:pass"} and lemma_of_aux(c) == "ser" for c in token.children):
        return False
    from detente.analyze.events.lemmas import lemma

    return any(lemma(c, "es") in terms and any(k.dep_ == "case" and k.lower_ == "a" for k in c.children)
               or c.lower_ == "a" and any(f.dep_ == "fixed" and lemma(f, "es") in terms for f in c.children)
               for c in token.children)  # "a muerte" may be parsed as a fixed adverb


def _may_change(own: str, tag: str, word: str, lexicon: Mapping[str, tuple], words: frozenset[str]) -> bool:
    """A cheap test on strings (lemma, coarse tag, lower-case form): False when no rule of ``_trigger_lemma`` can
    apply to the word, so most words need no Token (each test is looser than the rule it stands for)."""
    if tag in NOUN_TAGS and any(form != own and form in words for form in _noun_forms(word)):
        return True  # noun_form
    if own in OCCUPY_VERBS or word in OCCUPY_WORDS or own == "movilizar" or own in FOCUS_VERBS or own in PARADE_VERBS:
        return True  # occupation, civil_mobilization, focus_sense, protest_parade
    if tag == "VERB" and not own.endswith(("ar", "er", "ir")) and len(word) > 4 and word.endswith(("a", "e")):
        return True  # present_infinitive
    return word.endswith(PARTICIPLE_FORMS) and own not in lexicon \
        and any(infinitive in lexicon for infinitive in participle_infinitives(word))  # a participle


SENSED_NOUNS = {"paro", "marcha", "movilización", "manifestación", "disturbio"}  # other_noun_sense
MEETING_VERBS = {"reunir"}  # gathering_sense
PARADE_VERBS = {"desfilar"}  # spanish_cues.tsv "parade", for the cheap test of ``_may_change``
NOUN_TAGS = {"NOUN", "PROPN"}  # noun_form: a noun, or a headline's first word taken for a name
OCCUPY_WORDS = OCCUPY_NOUNS | {"tomas", "ocupaciones"}
