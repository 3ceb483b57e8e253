"""Spanish cue words in senses that are no political act, told apart before trigger matching:
- "llamar a" asks for something only with what it asks for: an infinitive ("llamó a protestar", "llamó a los
  ciudadanos a votar") or a called-for noun ("llamó a la calma", "a la huelga"); "llamó a su homólogo para hablar"
  is a phone call and "no les he llamado aquí" a summons; "llamó a una huelga" calls the strike: the protest is the
  event (by the caller), not a request;
- on the field of play ("el portero detuvo el penalti", "pidió tiempo muerto", "disparó a puerta") shooting,
  attacking, stopping, asking and protesting are moves of the game, unless police or soldiers are in the sentence;
  so are sentences with a running score and minute ("(3-2, min. 34)");
- "marcha" as a gear or pace ("imprimió una marcha más al partido") or a reversal ("dio marcha atrás") is no march;
- a fighting noun that classifies another noun ("médico de combate", "fusil de asalto", "buques de guerra") names a
  kind of person or equipment, not a fight;
- "reivindicar" an attack ("ETA reivindicó el atentado") claims it, as "claimed responsibility for" does: the attack
  is the event, by whoever claims it, not a demand;
- an event noun whose ending is denied ("los ataques no cesan") goes on: the "no" does not negate it;
- a demand verb in the purpose clause of a protest ("organizó una manifestación ... para exigir la liberación de X")
  states the protest's topic, which the codebook does not code apart from the protest (PLOVER PROTEST, note 2);
  so does a rejection or condemnation noun that gives a protest's motive ("un paro en rechazo al alza", "marcharon
  en repudio a la visita");
- an event noun in "a cambio de" ("a cambio del acuerdo de los vecinos") is a condition asked for, not an act;
- an act in the infinitive a verb of forbidding or preventing takes ("prohibió protestar", "impidió marchar a los
  estudiantes", "les prohibió participar en las reuniones") did not take place: the ban is the event;
- a granting, claiming, freeing or clearing verb whose object is no party ("el premio fue concedido a", "reclamó la
  victoria", "liberó una nueva versión", "los aficionados desalojaron el estadio") concedes, asks, releases or
  coerces nothing;
- an event noun that begins a multiword name ("Amnistía Internacional advirtió", "Marcha Patriótica denunció") names an
  organisation, not an amnesty or a march."""
from __future__ import annotations

import re

from spacy.tokens import Token

from detente.analyze.events.spanish_things import THING_WORDS, thing_sense

CALL_MARKS = {"a", "al"}
VERBAL_POS = {"VERB", "AUX"}
OBJECT_DEPS = {"obj", "iobj", "obl", "nmod"}


def requested_call(verb: Token) -> bool:
    """"llamar" with an "a" complement that names what is asked for: an infinitive or a called-for noun, hung on
    the verb or on its object ("llamó a los ciudadanos a votar")."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.lexicon import cues_by_trigger
    from detente.analyze.events.spanish_arguments import spanish_words

    called_for = spanish_words("called_for")
    nouns = cues_by_trigger("es")
    for complement in _a_complements(verb):
        if complement.pos_ in VERBAL_POS and "Inf" in complement.morph.get("VerbForm"):
            return True
        own = lemma(complement, "es")
        if own in called_for or complement.lower_ in called_for or any(c.pos == "N" for c in nouns.get(own, ())):
            return True
    return False


def called_protest(verb: Token) -> bool:
    """"llamar a" whose "a" complement is a protest ("llamó a una huelga", "llamó a un paro nacional", "llamó a
    protestar"): calling a strike or calling supporters out to demonstrate is the protest itself (PLOVER PROTEST:
    "mobilizing supporters to demonstrate"), by whoever called it, not a request."""
    from detente.analyze.events.lexicon import cues_by_trigger

    cues = cues_by_trigger("es")
    for complement in _a_complements(verb):
        verbal = complement.pos_ in VERBAL_POS and "Inf" in complement.morph.get("VerbForm")
        if not verbal and complement.pos_ != "NOUN":
            continue
        if verbal and (complement.head.i != verb.i or any(_called_people(c) for c in verb.children)):
            continue  # "llamó a los venezolanos a salir a las calles": those called would read as the protesters
        if protest_cue(complement, cues, "V" if verbal else "N"):
            return True
    return False


def _called_people(child: Token) -> bool:
    return child.dep_ in {"obj", "iobj"} and child.pos_ in {"NOUN", "PROPN", "PRON"}


def _a_complements(verb: Token):
    """Words introduced by "a"/"al" that hang on ``verb`` or on one of its objects."""
    for child in verb.children:
        if _introduced_by_a(child):
            yield child
        if child.dep_ in OBJECT_DEPS:
            yield from (c for c in child.children if _introduced_by_a(c))


def _introduced_by_a(token: Token) -> bool:
    return any(c.dep_ in {"case", "mark"} and c.lower_ in CALL_MARKS for c in token.children)


SCORE = re.compile(r"\d{1,2}-\d{1,2}")


def _scoreline(lemmas: list[str]) -> bool:
    """A running score with the minute of play, as match reports give it: "(3-2, min. 34)"."""
    return any(c == "minuto" and b == "," and SCORE.fullmatch(a) for a, b, c in zip(lemmas, lemmas[1:], lemmas[2:]))


def gear_sense(token: Token, lemmas: list[str], position: int) -> bool:
    """"marcha" as a gear or pace, not a march: "una marcha más", "imprimió otra marcha", "cambiar de marcha"."""
    from detente.analyze.events.spanish_arguments import spanish_words

    if lemmas[position] != "marcha":
        return False
    if position + 1 < len(lemmas) and lemmas[position + 1] in {"más", "atrás"}:
        return True  # "una marcha más"; "dio marcha atrás", "la marcha atrás del gobierno": a reversal
    from detente.analyze.events.lemmas import lemma

    return token.head.i != token.i and lemma(token.head, "es") in spanish_words("gear_verb")


_FIRSTS: dict[frozenset[str], frozenset[str]] = {}


def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first words of the two-word entries of a word list (cached per list), so a pair is only joined to be
    looked up when its first word can start one."""
    found = _FIRSTS.get(phrases)  # a frozenset keeps its hash: the lookup costs no scan of the list
    if found is None:
        found = _FIRSTS[phrases] = frozenset(p.split(" ", 1)[0] for p in phrases if " " in p)
    return found


def in_game(lemmas: list[str]) -> bool:
    """The sentence (its lemmas) is about play on a sports field (a word of the "in_game" list) and names no police
    or armed force (whose acts at a stadium are real: "la policía detuvo a 20 hinchas")."""
    from detente.analyze.events.spanish_arguments import spanish_words

    game = spanish_words("in_game")
    firsts = _first_words(game)
    if game.isdisjoint(lemmas) and not any(a in firsts and f"{a} {b}" in game for a, b in zip(lemmas, lemmas[1:])) \
            and not _scoreline(lemmas):
        return False
    armed = spanish_words("armed")
    return not any(w in armed for w in lemmas)


END_NOUNS = {"fin", "término"}  # "poner fin a", "dar término a"
ENDING_VERBS = {"poner", "dar"}


def put_an_end(noun: Token) -> Token | None:
    """The verb of "poner fin a" / "dar fin a" whose "a" complement is ``noun`` ("pusieron fin a la huelga"), which
    stops the act the noun names; None otherwise. The parser hangs the complement on "fin" or on the verb."""
    from detente.analyze.events.lemmas import lemma

    if not any(c.dep_ == "case" and c.lower_ in {"a", "al"} for c in noun.children) and noun.lower_ != "al":
        return None
    head = noun.head
    if head.lower_ in END_NOUNS and head.head.i != head.i and lemma(head.head, "es") in ENDING_VERBS:
        return head.head  # "puso fin (a la huelga)"
    if head.pos_ in {"VERB", "AUX"} and lemma(head, "es") in ENDING_VERBS \
            and any(c.dep_ in {"obj", "dobj", "compound"} and c.lower_ in END_NOUNS for c in head.children):
        return head  # "puso (fin) (a la huelga)"
    return None


CLAIMED_TYPES = {"ASSAULT", "COERCE"}  # acts a group claims as its own


def claimed_act(verb: Token) -> bool:
    """"reivindicar" whose object (or the object's "de" noun: "el lanzamiento de un misil") is an attack noun."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.lexicon import cues_by_trigger

    cues = cues_by_trigger("es")
    objects = [c for c in verb.children if c.dep_ in {"obj", "dobj"}]
    nouns = objects + [n for o in objects for n in o.children if n.dep_ == "nmod"]
    return any(c.type in CLAIMED_TYPES and c.pos == "N" for n in nouns for c in cues.get(lemma(n, "es"), ()))


def continuing(trigger: Token) -> bool:
    """An event noun whose own ending is denied ("los ataques de Israel no cesan", "la huelga no termina"): the event
    goes on, so the negation of the verb does not negate it. A threat held out ("no descartó romper relaciones") is
    not negated either: its "no" is part of the threat (spanish_stances)."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.spanish_arguments import spanish_words
    from detente.analyze.events.spanish_stances import lifted_negation

    if lifted_negation(trigger):
        return True
    verb = trigger.head
    if trigger.dep_ not in {"nsubj", "nsubj:pass"} or verb.i == trigger.i:
        return False
    if lemma(verb, "es") not in spanish_words("ends"):
        return False
    return any(c.lower_ in NEGATIONS and not any(k.dep_ == "fixed" for k in c.children) for c in verb.children)


NEGATIONS = {"no", "nunca", "jamás"}


CLASSIFYING = {"combate", "guerra", "ataque", "asalto", "bombardeo"}  # fighting nouns used as "de" classifiers


def classifier_sense(noun: Token) -> bool:
    """A bare fighting noun in the "de" complement of a noun of kind ("médico de combate", "fusil de asalto",
    "prisioneros de guerra", spanish_cues.tsv "classified"): no determiner, so no particular fight ("la hora del
    ataque" keeps its attack)."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.spanish_arguments import spanish_words

    if noun.dep_ != "nmod" or noun.head.i == noun.i or any(c.dep_ == "det" for c in noun.children):
        return False
    if not any(c.dep_ == "case" and c.lower_ == "de" for c in noun.children):
        return False
    head = noun.head
    return lemma(head, "es") in spanish_words("classified") or head.lower_ in spanish_words("classified")


PURPOSE_MARKS = {"para", "a fin de", "con el fin de"}
CONJUNCT_DEPS = {"conj", "advcl", "xcomp", "acl"}


def protest_topic(verb: Token, lexicon) -> bool:
    """An infinitive demand verb ("para exigir", "para pedir") whose clause hangs on a protest: a protest verb, a
    protest noun, or the light verb whose object is one ("organizó una manifestación de protesta contra X y para
    exigir Y"). ``lexicon``: the Spanish cues by trigger lemma."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.lexicon import words

    if "Inf" not in verb.morph.get("VerbForm") or verb.dep_ not in CONJUNCT_DEPS or verb.head.i == verb.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "para" for c in verb.children):
        return False
    head = verb.head
    if protest_cue(head, lexicon, "V" if head.pos_ in VERBAL_POS else "N"):
        return True
    if head.pos_ not in VERBAL_POS or lemma(head, "es") not in words("light"):
        return False
    objects = [c for c in head.children if c.dep_ in {"obj", "dobj"}]
    return any(protest_cue(o, lexicon, "N") or any(protest_cue(n, lexicon, "N") for n in o.children if n.dep_ == "nmod")
               for o in objects)


def protest_cue(token: Token, lexicon, pos: str, single_word: bool = False) -> bool:
    """Whether ``lexicon`` (the Spanish cues by trigger lemma) holds a PROTEST cue of part of speech ``pos`` ("V" or
    "N") for the token's lemma; ``single_word``: only a one-word cue ("marcha", not "marcha atrás")."""
    from detente.analyze.events.lemmas import lemma

    return any(c.type == "PROTEST" and c.pos == pos and (not single_word or len(c.words) == 1)
               for c in lexicon.get(lemma(token, "es"), ()))


MOTIVE_DEPS = {"obl", "nmod"}


def protest_motive(noun: Token, lexicon) -> bool:
    """A motive noun in "en X a/por ..." (spanish_cues.tsv "motive": "en rechazo al alza", "en repudio a la visita")
    that hangs on a protest: a protest verb or noun, or a verb whose object or subject is (or frames) a protest noun
    ("cumplen diez días de paro en rechazo a ..."). The protest is the event; its motive is not another one."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.spanish_arguments import spanish_words

    if noun.dep_ not in MOTIVE_DEPS or noun.head.i == noun.i or lemma(noun, "es") not in spanish_words("motive"):
        return False
    if not any(c.dep_ == "case" and c.lower_ == "en" for c in noun.children):
        return False
    head = noun.head

    def protest(token: Token) -> bool:
        return protest_cue(token, lexicon, "V" if token.pos_ in VERBAL_POS else "N", single_word=True)

    if protest(noun):
        return False  # "en protesta por": the protest noun itself (outermost and implicit read it)
    if protest(head):
        return True
    if head.pos_ not in VERBAL_POS:
        return False
    held = [c for c in head.children if c.dep_ in {"obj", "dobj", "nsubj"} and c.pos_ == "NOUN"]
    return any(protest(h) or any(protest(n) for n in h.children if n.dep_ == "nmod") for h in held)


def other_noun_sense(noun: Token, own: str) -> bool:
    """A protest noun whose own modifier or "de" complement gives it another sense, by the implicit-protest lists
    (implicit_protest.tsv "other_sense": "la movilización de votantes", "el paro juvenil", "manifestaciones
    culturales"): the rules read the same senses as the implicit step."""
    from detente.analyze.events.implicit import implicit_words
    from detente.analyze.events.lemmas import lemma

    others = implicit_words("es").other_sense.get(own)
    if not others or noun.pos_ != "NOUN":
        return False
    near = [c for c in noun.children if c.dep_ in {"amod", "nmod", "compound"}]
    return any(lemma(c, "es") in others or c.lower_ in others for c in near)


RAISED_NOUNS = {"barricada", "barricadas"}
INDEFINITE = {"un", "una", "unos", "unas", "varias", "varios", "numerosas", "numerosos", "decenas", "cientos"}


def raised_barricade(verb: Token) -> Token | None:
    """The object of "levantar" when it is a bare or indefinite "barricadas" ("levantaron barricadas en la ruta"):
    they were put up, a protest (PLOVER obstruct), not lifted as "levantaron el bloqueo" is. With a definite article
    ("levantaron las barricadas tras el acuerdo") they may be taken down: left to the reversal rule."""
    for child in verb.children:
        if child.dep_ in {"obj", "dobj"} and child.lower_ in RAISED_NOUNS:
            determiners = [c.lower_ for c in child.children if c.dep_ in {"det", "nummod"}]
            if not determiners or all(d in INDEFINITE or d.isdigit() for d in determiners):
                return child
    return None


MEETING_VERBS = {"reunir"}
FACING_WORDS = {"frente", "enfrente", "delante"}  # "frente a", "delante de": in front of a building


def gathering_sense(verb: Token) -> bool:
    """"se reunirán frente al Palacio Nacional": people gathering in front of a building meet no one there (no
    "con" party); the building is where they stand, not a party to talks (CONSULT)."""
    from detente.analyze.events.spanish_arguments import preposition

    if any(preposition(c) == "con" for c in verb.children if c.dep_ in {"obl", "obj", "nmod"}):
        return False
    return any(c.dep_ in {"obl", "obj"} and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].lower_ in FACING_WORDS
               for c in verb.children)


EXCHANGE_WORD = "cambio"


def exchange_condition(noun: Token) -> bool:
    """An event noun introduced by "a cambio de" in a deal proposed or promised ("un plan a cambio del acuerdo de los
    vecinos", "liberará a los rehenes a cambio de la liberación de presos"): what is asked in return has not
    happened. In an exchange told as done ("liberó a tres rehenes a cambio de la liberación de 90 presos") both acts
    happened. The parser makes "a cambio de" one preposition ("a" with "cambio" fixed to it) or hangs the noun on
    "cambio"."""
    marked = any(c.dep_ == "case" and c.lower_ == "a" and any(f.dep_ == "fixed" and f.lower_ == EXCHANGE_WORD
                                                               for f in c.children) for c in noun.children)
    head = noun.head
    if not marked and not (noun.dep_ in {"nmod", "obl"} and head.i != noun.i and head.lower_ == EXCHANGE_WORD
                           and head.i > 0 and noun.doc[head.i - 1].lower_ == "a"):
        return False
    holder = head.head if head.lower_ == EXCHANGE_WORD and not marked else head
    return not _done_act(holder)


def _done_act(verb: Token) -> bool:
    """A finite verb in the indicative past, or in the present of a headline ("liberó", "libera"): an act told as
    done; not the present of a verb that lays out a proposal ("consiste en un plan", "propone", spanish_cues.tsv
    "proposal")."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.spanish_arguments import spanish_words

    if verb.pos_ not in VERBAL_POS or "Fin" not in verb.morph.get("VerbForm") or verb.morph.get("Mood") != ["Ind"]:
        return False
    tenses = set(verb.morph.get("Tense"))
    if tenses & {"Past", "Imp"}:
        return True
    return "Pres" in tenses and lemma(verb, "es") not in spanish_words("proposal")


def under_exchange(token: Token) -> bool:
    """The word is, or lies inside, what "a cambio de" introduces ("a cambio del acuerdo de los vecinos para conceder
    un derecho de paso": the concession is asked for too)."""
    current = token
    for _ in range(5):
        if current.pos_ in {"NOUN", "PROPN"} and exchange_condition(current):
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


FORBID_DEPS = {"xcomp", "ccomp", "acl", "csubj"}  # the infinitive a verb or noun of forbidding takes
INSIDE_DEPS = {"obj", "obl", "nmod"}  # an event noun inside that infinitive's phrase ("participar en las reuniones")


def forbidden_act(token: Token) -> bool:
    """The word is an infinitive that a verb or noun of forbidding or preventing takes (spanish_cues.tsv "forbid":
    "prohibió protestar", "la prohibición de marchar"), or an event noun that infinitive governs ("prohibió participar
    en las reuniones"): an act kept from happening."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.spanish_arguments import spanish_words

    current = token
    for _ in range(3):
        if current.pos_ in VERBAL_POS and "Inf" in current.morph.get("VerbForm") and _complement(current):
            return current.head.i != current.i and lemma(current.head, "es") in spanish_words("forbid")
        if current.dep_ not in INSIDE_DEPS or current.head.i == current.i:
            return False
        current = current.head
    return False


def _complement(infinitive: Token) -> bool:
    """The infinitive is its head's complement; the small parser also labels a bare one advcl ("prohibió a los
    dirigentes participar"), unlike an adverbial one, which has its own preposition ("para protestar", "sin marchar")."""
    if infinitive.dep_ in FORBID_DEPS:
        return True
    return infinitive.dep_ == "advcl" and not any(c.dep_ in {"mark", "case"} for c in infinitive.children)


OBJECT_KINDS = {"conceder": "award", "otorgar": "award", "reclamar": "claimed", "sancionar": "enacted",
                "acusar": "felt", "pedir": "asked_idiom", "suspender": "suspended",
                "quemar": "burnt_idiom", "investigar": "sought"}  # spanish_cues.tsv kinds
SUBJECT_KINDS = {"exigir": "rule", "requerir": "rule"}  # spanish_cues.tsv kinds of subjects that are no actor
THING_SENSED = {"liberar", "advertir"}  # a thing as direct object: freed ("una versión"), noticed ("un olor a gas")
TARIFF_NOUNS = {"arancel"}  # a SANCTION cue that a verb of lowering turns into eased trade
OBJECT_SENSED = frozenset(OBJECT_KINDS) | frozenset(SUBJECT_KINDS) | THING_SENSED | {"desalojar"} | TARIFF_NOUNS \
    | THING_WORDS
PASSIVE_AUX = {"ser", "fue", "fueron", "es", "son", "será", "serán", "sido", "era", "eran"}


def object_sense(verb: Token, own: str) -> bool:  # ``verb``: for a tariff noun, the noun itself
    """The verb's object (or a passive's subject) gives it a sense that is no political act: a prize or interview
    granted ("el premio fue concedido a un escritor"), a win or authorship claimed ("reclamó la victoria en la etapa"),
    a thing freed ("liberó una nueva versión"; people freed, "a los rehenes", are a release) or noticed ("advirtieron un
    olor a gas"; "advirtió a los dirigentes" or "advirtió que ..." warn), a plan carried out ("ejecutarán las medidas";
    "ejecutaron a tres rehenes" stays an execution), a law enacted ("sancionó la ley"), a blow
    felt ("acusó el golpe"), a car part or a stage burnt ("quemó el embrague", "quemar etapas"), a whereabouts or
    cause looked into ("investiga el paradero de", "las causas del incendio": no one accused), a rule as subject ("la ley exige ..."), a tariff lowered
    ("acordaron reducir los aranceles"), a place left by those who are in it ("los aficionados desalojaron el
    estadio"; the police or the authorities clearing it coerce), a thing that helps, allows or guarantees ("la medida
    ayudará a ordenar las colas", "las reglas permiten el ingreso de 200 personas"), a thing paid for with no payer
    named ("obras financiadas con fondos públicos"; "financiadas por el BID" stays aid)."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.spanish_arguments import spanish_words

    if own in TARIFF_NOUNS:  # "acordaron reducir los aranceles": the tariff is lowered, no one is sanctioned
        return verb.dep_ in {"obj", "nsubj:pass"} and lemma(verb.head, "es") in spanish_words("lowered")
    if own in SUBJECT_KINDS:  # "la ley exige a las empresas ...": a standing rule, no demand
        kind = spanish_words(SUBJECT_KINDS[own])
        return any(c.dep_ == "nsubj" and lemma(c, "es") in kind for c in verb.children)
    if own in THING_WORDS:  # "ejecutó el plan", "la medida ayudará a", "obras financiadas con fondos públicos"
        return thing_sense(verb, own)
    objects = _sense_objects(verb)
    if own in OBJECT_KINDS:  # "suspendió el partido" (a match), not "al partido" (a party: the "a" of persons)
        return any(lemma(o, "es") in spanish_words(OBJECT_KINDS[own]) and not (own == "suspender" and _introduced_by_a(o))
                   for o in objects)
    if not objects or any(o.dep_ != "obj" or _introduced_by_a(o) or not _thing(o) for o in objects):
        return False
    if own in THING_SENSED:
        return True
    forces = spanish_words("armed") | spanish_words("authority")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.pos_ == "NOUN" and lemma(s, "es") not in forces and not any(
        lemma(c, "es") in forces for c in s.children if c.dep_ == "nmod") for s in subjects)


def _sense_objects(verb: Token) -> list[Token]:
    """The direct object, or the subject of a passive ("el premio fue concedido", "se concedió el premio")."""
    passive = any(c.dep_ in {"aux:pass", "expl:pass"} or c.dep_ == "aux" and c.lower_ in PASSIVE_AUX for c in verb.children)
    return [c for c in verb.children if c.dep_ in {"obj", "nsubj:pass"} or passive and c.dep_ == "nsubj"]


def _thing(noun: Token) -> bool:
    """A common noun that names no people, no group and no named entity ("una versión", "el estadio")."""
    from detente.analyze.events.spanish_groups import people_noun

    return noun.pos_ == "NOUN" and not noun.ent_type_ and not people_noun(noun)


def name_word(token: Token) -> bool:
    """A capitalised event noun the parser makes the head of a multiword name ("Amnistía Internacional": "Internacional"
    hangs on it as "flat"): part of an organisation's name, not the act."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() and any(
        c.dep_ == "flat" and c.pos_ == "PROPN" and c.i == token.i + 1 and c.text[:1].isupper() for c in token.children)
