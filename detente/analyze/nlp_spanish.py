"""Repairs of the small Spanish parser's commonest misreadings of word order, run right after it (Spanish only), so
every later stage reads the same corrected tree:
- a counted subject after its verb, whose number the parser hangs on the noun before it ("Protestaron frente al
  Congreso cientos de jubilados", "Se manifestaron en Lima miles de estudiantes");
- an object placed first, which the parser takes for the subject though the verb agrees with the noun after it ("Una
  huelga de hambre iniciaron los presos");
- the subject of a subjectless verb placed after its object ("Bloquearon las carreteras los camioneros") or after an
  intransitive verb ("Protestaron ayer los jubilados");
- a headline participle without its "ser" ("Detenidos 20 manifestantes en Madrid"), which the parser tags a noun or
  an adjective: it is a passive, and the noun it agrees with is what was done to;
- an object put first and taken up again by a clitic ("La marcha la encabezaron los sindicatos");
- a participle put before the subject it describes ("Convocada por los sindicatos, la huelga paralizó el país"),
  which the parser hangs on the verb;
- the passive "se" of acts done to people ("Se detuvieron 20 manifestantes"): those detained are its passive subject;
  so is a thing after "se" and any other act of the event lexicon ("Se rechazó la propuesta de los sindicatos"): the
  proposers did not reject it;
- a count standing alone for people ("Miles protestan en Madrid"), which is a noun;
- a participle that "mantener/tener/dejar" holds on its object ("mantienen bloqueadas las rutas"), which the parser
  takes for a second object: it is the verb's predicative complement (xcomp), a verb;
- the "a" complement of a motive noun ("marcharon en repudio a la visita", "en rechazo al alza"), which the parser
  hangs on the verb as its object: it is the noun's complement (nmod);
- an imperfect of an -er/-ir verb ("extendían", "tenía") that the tagger marks conditional (Mood=Cnd), which would
  make the act hypothetical: a conditional is the infinitive plus "-ía" ("extenderían"), so a form in "-ía" with no
  "r" before it is an imperfect indicative;
- a second subject after a transitive verb that already has one before it ("Cuba denuncia el bloqueo de Estados
  Unidos", where the tagger took the verb for the noun "denuncia"): a verb has one subject, so the noun after it is
  its object;
- an "a" phrase the parser makes the object of an intransitive verb ("marcharon a la Plaza de Mayo") or that follows
  "frente/junto/rumbo" ("se manifestaron frente al Palacio Nacional"): a place or direction, an oblique (obl);
- the one obliged by "obligar/forzar a X a" + infinitive, which the parser hangs on the matrix verb: the infinitive's
  subject (events/spanish_control.py).
Each word-order repair needs agreement in number (or gender), and each of the last three a marked form or
preposition, so a sentence the parser read right is left as it was."""
from __future__ import annotations

from spacy.attrs import DEP, HEAD, LOWER, POS
from spacy.language import Language
from spacy.tokens import Doc, Token

from detente.analyze.lemma_es import PARTICIPLE_FORMS

SUBJECTS = {"nsubj", "nsubj:pass", "csubj"}
OBJECTS = {"obj", "iobj"}
COUNTS = {"cientos", "miles", "decenas", "centenares", "millares", "docenas", "millones"}
COLLECTIVE = {"mayoría", "mitad", "grupo", "resto", "parte", "millar", "centenar", "docena", "decena", "conjunto",
              "multitud", "minoría", "tercio", "cuarto", "totalidad", "serie", "número", "cantidad", "cientos",
              "miles", "decenas", "centenares", "millares"}
NOMINAL = {"NOUN", "PROPN"}
VERBAL = {"VERB", "AUX"}


@Language.component("detente_spanish_order")
def repair_order(doc: Doc) -> Doc:
    """Spanish word-order repairs (see the module docstring). The words that may need one are picked from the doc's
    arrays first (counts; verbs with an object or a "se"), so the rest of the text costs almost nothing."""
    if not len(doc):
        return doc
    table = doc.to_array([POS, LOWER, DEP, HEAD])
    strings = doc.vocab.strings
    counts, verbs = _candidates(table, strings)
    imperfect_mood(doc, table[:, 1].tolist(), strings)
    for i in counts:
        token = doc[i]
        if token.dep_ == "nummod" and token.head.i < token.i:
            stranded_count(token)
        else:
            bare_count(token)
    for i in sorted(verbs):  # after the counts, which may become a verb's subject or object
        verb = doc[i]
        held_participle(verb)
        motive_complement(verb)
        oblique_a_phrase(verb)
        if "Fin" in verb.morph.get("VerbForm"):
            fronted_object(verb) or dislocated_object(verb) or postverbal_subject(verb) or second_subject(verb)
            passive_se(verb)
    from detente.analyze.events.spanish_control import may_hold_control, object_control  # here: events imports nlp

    if may_hold_control(doc.text.lower()):
        object_control(doc)  # "obligó al gobierno a retirar el proyecto": the one obliged acts (spanish_control)
    for sent in doc.sents:
        first = sent[0] if not sent[0].is_punct else next((t for t in sent if not t.is_punct), None)
        if first is not None and first.lower_.endswith(PARTICIPLE_FORMS):
            headline_participle(sent)
            fronted_participle(sent)
    return doc


def _candidates(table, strings) -> tuple[list[int], list[int]]:
    """Indexes of count words tagged NUM, and of verbs with an object, a "se" or two subjects among their dependents."""
    ids = _ids(strings)
    pos, lower, dep, head = (column.tolist() for column in table.T)
    counts = [i for i, (p, w) in enumerate(zip(pos, lower)) if p == ids.num and w in ids.counts]
    heads = {i + (h if h < 2**63 else h - 2**64) for i, (d, w, h) in enumerate(zip(dep, lower, head)) if d in ids.objects or w == ids.se}
    subject_heads = [i + (h if h < 2**63 else h - 2**64) for i, (d, h) in enumerate(zip(dep, head)) if d == ids.nsubj]
    heads |= {i for i in subject_heads if subject_heads.count(i) > 1}  # second_subject
    return counts, [i for i in heads if 0 <= i < len(pos) and pos[i] in ids.verbal]


class _Ids:
    """String ids of the labels and words the candidate scan compares (one set per string store)."""

    def __init__(self, strings) -> None:
        self.num = strings["NUM"]
        self.verbal = {strings["VERB"], strings["AUX"]}
        self.counts = {strings.add(w) for w in COUNTS}
        self.objects = {strings.add(d) for d in OBJECTS}
        self.se = strings.add("se")
        self.nsubj = strings.add("nsubj")


_IDS: dict[int, _Ids] = {}


def _ids(strings) -> _Ids:
    if id(strings) not in _IDS:
        _IDS[id(strings)] = _Ids(strings)
    return _IDS[id(strings)]


def _number(token: Token) -> str | None:
    """"Sing"/"Plur" of a noun or a counted phrase ("300 personas" and "cientos" are plural)."""
    number = token.morph.get("Number")
    if number:
        return number[0]
    if token.like_num:
        return "Sing" if token.lower_ in {"1", "un", "uno", "una"} else "Plur"
    return None


def _third_person(verb: Token) -> str | None:
    """The number of a finite verb in the third person, else None."""
    if verb.morph.get("Person") != ["3"]:
        return None
    number = verb.morph.get("Number")
    return number[0] if number else None


def _clause_verb(token: Token) -> Token | None:
    """The closest verb above ``token`` in the tree (within a few steps)."""
    current = token
    for _ in range(5):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in VERBAL:
            return current
    return None


def _attach(token: Token, head: Token, dep: str) -> bool:
    """Hang ``token`` on ``head`` with ``dep``, unless that would make a cycle."""
    if head.i == token.i or any(t.i == head.i for t in token.subtree):
        return False
    token.head = head
    token.dep_ = dep
    return True


def stranded_count(number: Token) -> None:
    """"Protestaron frente al Congreso cientos de jubilados": the parser hangs "cientos" on "Congreso" (a number
    never follows its noun in Spanish) and the counted noun elsewhere. The count heads its "de" noun and, when the
    verb has no subject and agrees with it, is that verb's subject."""
    if number.lower_ not in COUNTS:
        return  # not digits: "la resolución 1244 de la ONU" is a label after its noun
    following = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if following is None or following.lower_ not in {"de", "del"} or (number.i > 0 and number.doc[number.i - 1].pos_ == "ADP"):
        return  # "a cientos de ...", "manifestaciones de miles de gendarmes": inside a prepositional phrase
    noun = next((t for t in number.doc[number.i + 2 : number.i + 5] if t.pos_ in NOMINAL), None)
    verb = number.head if number.head.pos_ in VERBAL else _clause_verb(number.head)  # the count may hang on the verb
    if noun is None or verb is None or "Fin" not in verb.morph.get("VerbForm") or any(c.dep_ in SUBJECTS for c in verb.children):
        return
    if _third_person(verb) != "Plur" or any(k.dep_ == "case" and k.lower_ != "de" for k in noun.children):
        return
    if noun.head.i != number.i and not _attach(noun, number, "nmod"):
        return
    passive = any(c.lower_ == "se" for c in verb.children)  # "se manifestaron", "se vendieron miles de entradas"
    _attach(number, verb, "nsubj" if passive or _intransitive(verb) else "obj")


def fronted_object(verb: Token) -> bool:
    """"Una huelga de hambre iniciaron los presos": the preverbal "subject" disagrees with the verb and the bare noun
    after it agrees, so they swap roles. Not for collective subjects that take a plural verb ("la mayoría de los
    diputados rechazaron los cambios")."""
    number = _third_person(verb)
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    objects = [c for c in verb.children if c.dep_ in OBJECTS and c.i > verb.i and c.pos_ in NOMINAL
               and not any(k.dep_ == "case" for k in c.children)]
    if number is None or len(subjects) != 1 or not objects or not _main_clause(verb):
        return False
    subject, obj = subjects[0], objects[0]
    if subject.pos_ != "NOUN" or _number(subject) in {None, number} or _number(obj) != number:
        return False
    if subject.lower_ in COLLECTIVE or any(c.dep_ == "conj" for c in subject.children):
        return False
    if any(c.dep_ == "nmod" and _number(c) == "Plur" for c in subject.children):
        return False  # "un grupo de presos iniciaron ...": agreement with the counted noun
    subject.dep_, obj.dep_ = "obj", "nsubj"
    return True


def postverbal_subject(verb: Token) -> bool:
    """The subject after a subjectless verb that the parser labels obj: the second of two bare objects ("Bloquearon
    las carreteras los camioneros"), or the only one after an intransitive verb ("Protestaron los jubilados"), when it
    agrees with the verb. Never with "se" (a passive or impersonal: "se bloquearon las carreteras")."""
    number = _third_person(verb)
    if number is None or not _main_clause(verb) or any(c.dep_ in SUBJECTS or c.lower_ == "se" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in OBJECTS and c.i > verb.i and (c.pos_ in NOMINAL or c.lower_ in COUNTS)
               and not any(k.dep_ == "case" for k in c.children)]
    if len(objects) == 2 and _number(objects[1]) == number and _definite(objects[1]) and not _comma_between(*objects):
        objects[1].dep_ = "nsubj"
        return True
    if len(objects) == 1 and _number(objects[0]) == number and _intransitive(verb):
        objects[0].dep_ = "nsubj"
        return True
    return False


def second_subject(verb: Token) -> bool:
    """Two subjects of one transitive verb, one before it and a bare one after it with no comma between ("Cuba
    denuncia el bloqueo de Estados Unidos"): the one after is the object. Not with "se", not for intransitive verbs."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or not subjects[0].i < verb.i < subjects[1].i or _intransitive(verb):
        return False
    after = subjects[1]
    if after.pos_ not in NOMINAL or any(k.dep_ == "case" for k in after.children) \
            or any(t.is_punct for t in verb.doc[verb.i + 1 : after.left_edge.i]) \
            or any(c.lower_ == "se" or c.dep_ in OBJECTS for c in verb.children):
        return False
    after.dep_ = "obj"
    return True


def _main_clause(verb: Token) -> bool:
    """A main clause with no subordinator: marked word order is read only there ("Aunque no alcanzó ..." is not)."""
    return verb.dep_ in {"ROOT", "conj", "parataxis"} and not any(c.dep_ == "mark" for c in verb.children)


def _comma_between(first: Token, second: Token) -> bool:
    """Punctuation between two noun phrases: the second may open another clause."""
    return any(t.is_punct for t in first.doc[first.right_edge.i + 1 : second.left_edge.i])


def _definite(noun: Token) -> bool:
    """A name, a noun with a determiner or a number, or a count ("cientos de camioneros")."""
    return noun.pos_ == "PROPN" or noun.lower_ in COUNTS or any(c.dep_ in {"det", "nummod"} for c in noun.children)


def _intransitive(verb: Token) -> bool:
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.spanish_arguments import spanish_words

    return lemma(verb, "es") in spanish_words("intransitive")


def headline_participle(sent) -> None:
    """"Detenidos 20 manifestantes en Madrid", "Liberados los rehenes": a headline that opens with a participle and
    has no finite verb is a passive without its "ser"; the noun after it that agrees in number (and gender) is its
    passive subject. The participle becomes a verb, so events read it as one."""
    first = next((t for t in sent if not t.is_punct), None)
    if first is None or first.dep_ != "ROOT" or first.pos_ not in {"NOUN", "ADJ", "VERB"}:
        return
    if not first.text[:1].isupper() or not first.text[1:].islower() or not first.lower_.endswith(PARTICIPLE_FORMS):
        return
    if any("Fin" in t.morph.get("VerbForm") and t.dep_ in {"ROOT", "conj", "parataxis"} for t in sent):
        return
    number, gender = first.morph.get("Number"), first.morph.get("Gender")
    patients = [c for c in first.children if c.dep_ in SUBJECTS | OBJECTS | {"appos"} and c.i > first.i
                and c.pos_ in NOMINAL | {"NUM"} and not any(k.dep_ == "case" for k in c.children)]
    patient = next((c for c in patients if number and [_number(c)] == number
                    and (not gender or not c.morph.get("Gender") or c.morph.get("Gender") == gender)), None)
    if patient is None:
        return
    first.pos_ = "VERB"
    first.set_morph("|".join(f for f in (f"Gender={gender[0]}" if gender else "", f"Number={number[0]}",
                                         "Tense=Past", "VerbForm=Part") if f))
    patient.dep_ = "nsubj:pass"


CLITICS = {"lo", "la", "los", "las"}


def dislocated_object(verb: Token) -> bool:
    """"La marcha la encabezaron los sindicatos": a bare noun before the verb that a clitic of the same gender and
    number takes up again is the verb's object (the parser labels it iobj or subject), and the clitic is no second
    object."""
    clitics = [c for c in verb.children if c.dep_ in OBJECTS and c.pos_ == "PRON" and c.lower_ in CLITICS and c.i < verb.i]
    fronted = [c for c in verb.children if c.dep_ in OBJECTS | SUBJECTS and c.pos_ == "NOUN" and c.i < verb.i
               and not any(k.dep_ == "case" for k in c.children)]
    if len(clitics) != 1 or len(fronted) != 1 or not _main_clause(verb):
        return False
    clitic, noun = clitics[0], fronted[0]
    if noun.i > clitic.i or clitic.morph.get("Number") != noun.morph.get("Number") or clitic.morph.get("Gender") != noun.morph.get("Gender"):
        return False
    if noun.dep_ in SUBJECTS and not any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children):
        return False  # the subject itself, with an object clitic ("La policía la detuvo")
    noun.dep_, clitic.dep_ = "obj", "expl"
    return True


RECIPROCAL = "reciprocal"  # spanish_cues.tsv: acts that "se" makes mutual, not passive ("se enfrentaron")


def passive_se(verb: Token) -> bool:
    """"Se detuvieron 20 manifestantes en Madrid": "se" with an act done to people (a coercion or an assault in the
    event lexicon) and its subject after it is a passive, so that subject is what was done to; not for mutual acts
    ("se enfrentaron policías y manifestantes")."""
    se = [c for c in verb.children if c.lower_ == "se" and c.pos_ == "PRON"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i and c.pos_ in NOMINAL | {"NUM"}]
    if len(se) != 1 or len(subjects) != 1 or any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return False
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.lexicon import cues_by_trigger
    from detente.analyze.events.spanish_arguments import spanish_words

    own = lemma(verb, "es")
    cues = cues_by_trigger("es").get(own, ())
    if own in spanish_words(RECIPROCAL) or _intransitive(verb) or not any(c.pos == "V" for c in cues):
        return False
    if not any(c.type in {"COERCE", "ASSAULT"} and c.pos == "V" for c in cues) and not (
            _thing(subjects[0]) and all(c.type in THING_PASSIVE_TYPES for c in cues if c.pos == "V")):
        return False  # "se reunieron los ministros", "se reunió la comisión", "se retiró la delegación": themselves
    subjects[0].dep_, se[0].dep_ = "nsubj:pass", "expl:pass"
    return True


THING_PASSIVE_TYPES = {"REJECT", "SANCTION", "SUPPORT", "AGREE", "REQUEST", "ACCUSE", "AID", "COOPERATE", "THREATEN"}
# acts done to a thing; not CONSULT, RETREAT, PROTEST, MOBILIZE, CONCEDE ("reunirse", "retirarse", "manifestarse", ...)


def _thing(noun: Token) -> bool:
    """A common noun naming no people ("la propuesta", "las demandas"): with "se" and a transitive act it can only
    undergo it ("se rechazó la propuesta de los sindicatos")."""
    from detente.analyze.events.spanish_groups import people_noun

    return noun.pos_ == "NOUN" and not people_noun(noun)


def bare_count(number: Token) -> None:
    """"Miles protestan en Madrid": a count with no counted noun that is a subject or object stands for people; it
    is a plural noun, as "los manifestantes" would be."""
    if number.dep_ not in SUBJECTS | OBJECTS or any(c.dep_ == "nmod" for c in number.children):
        return
    following = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if following is not None and following.lower_ in {"de", "del"}:
        return
    number.pos_ = "NOUN"
    number.set_morph("Number=Plur")


def fronted_participle(sent) -> None:
    """"Convocada por los sindicatos, la huelga general paralizó el país": an opening participle with its "por" agent,
    set off by a comma, describes the subject that agrees with it in gender and number; the parser hangs it on the
    verb, so it is moved onto that subject (as in "la huelga, convocada por los sindicatos, ...")."""
    first = next((t for t in sent if not t.is_punct), None)
    if first is None or "Part" not in first.morph.get("VerbForm") or first.head.i == first.i:
        return
    verb = first.head
    comma = next((t for t in sent if t.i > first.i and t.is_punct), None)
    if comma is None or comma.text != "," or verb.pos_ not in VERBAL:
        return
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.i > comma.i and c.pos_ in NOMINAL | {"NUM"}]
    if not subjects or not any(k.dep_ == "case" and k.lower_ == "por" for c in first.children for k in c.children):
        return
    subject = subjects[0]
    if first.morph.get("Number") != [_number(subject)] or (subject.morph.get("Gender") and first.morph.get("Gender") != subject.morph.get("Gender")):
        return
    if _attach(first, subject, "acl"):
        for agent in (c for c in first.children if any(k.dep_ == "case" and k.lower_ == "por" for k in c.children)):
            agent.dep_ = "obl:agent"


HOLDING = {"mantener", "tener", "dejar"}


def held_participle(verb: Token) -> None:
    """"Los camioneros mantienen bloqueadas las rutas": a participle labelled an object of "mantener/tener/dejar" that
    agrees in gender and number with the verb's other object is a predicative complement (xcomp), tagged a verb."""
    participles = [c for c in verb.children if c.dep_ in OBJECTS and c.pos_ in {"ADJ", "VERB"} and c.lower_.endswith(PARTICIPLE_FORMS)]
    if not participles:
        return
    from detente.analyze.events.lemmas import lemma

    if lemma(verb, "es") not in HOLDING:
        return
    participle = participles[0]
    objects = [c for c in verb.children if c.dep_ in OBJECTS and c.pos_ in NOMINAL and c.i != participle.i] or [
        c for c in participle.children if c.dep_ in OBJECTS and c.pos_ in NOMINAL]  # "mantiene detenidos a 20 dirigentes"
    if not objects or participle.morph.get("Number") != objects[0].morph.get("Number"):
        return
    if objects[0].morph.get("Gender") and participle.morph.get("Gender") != objects[0].morph.get("Gender"):
        return
    participle.dep_, participle.pos_ = "xcomp", "VERB"


MOTIVE_CASES = {"a", "al"}


def motive_complement(verb: Token) -> None:
    """"Marcharon en repudio a la visita del dictador": an "a" object right after an "en" motive noun (spanish_cues.tsv
    "motive") is that noun's complement, not the verb's object (which made "marchar" look transitive)."""
    from detente.analyze.events.spanish_arguments import spanish_words

    motives = spanish_words("motive")
    for child in [c for c in verb.children if c.dep_ in OBJECTS and c.pos_ in NOMINAL]:
        if not any(k.dep_ == "case" and k.lower_ in MOTIVE_CASES for k in child.children):
            continue
        noun = next((c for c in verb.children if c.dep_ in {"obl", "nmod"} and c.lower_ in motives
                     and c.right_edge.i + 1 == child.left_edge.i
                     and any(k.dep_ == "case" and k.lower_ == "en" for k in c.children)), None)
        if noun is not None:
            _attach(child, noun, "nmod")


LOCATIVE_WORDS = {"frente", "enfrente", "junto", "rumbo", "camino"}  # "frente a", "junto a", "rumbo a", "camino a"


def oblique_a_phrase(verb: Token) -> None:
    """"Se manifestaron frente al Palacio", "marcharon a la Plaza de Mayo": an "a" object of an intransitive verb
    (spanish_cues.tsv "intransitive"), or one right after a locative word, is a place or direction, not an object."""
    intransitive = None
    for child in [c for c in verb.children if c.dep_ in OBJECTS and c.pos_ in NOMINAL]:
        if not any(k.dep_ == "case" and k.lower_ in MOTIVE_CASES for k in child.children):
            continue
        before = child.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
        if before is not None and before.lower_ in LOCATIVE_WORDS:
            child.dep_ = "obl"
            continue
        if intransitive is None:
            intransitive = _intransitive(verb)
        if intransitive and not _person_like(child):
            child.dep_ = "obl"


def _person_like(noun: Token) -> bool:
    """A name that may be a person's ("dejó protestar a Juan"): kept as the parser made it."""
    return noun.ent_type_ in {"PER", "PERSON"}


IMPERFECT_ENDINGS = ("ía", "ías", "íamos", "íais", "ían")
_IMPERFECT_IDS: dict[int, bool] = {}


def imperfect_mood(doc: Doc, lowers: list[int], strings) -> None:
    """"Mientras se extendían las protestas": a verb in "-ía(n)" without an "r" before the ending is an imperfect,
    whatever mood the tagger gave it (the conditional always ends in "-ría": "extendería", "tendría", "podría");
    forms in "-ría" ("quería", "ocurría") may be either and are left alone. Words are picked by their form first."""
    for i, word in enumerate(lowers):
        found = _IMPERFECT_IDS.get(word)
        if found is None:
            text = strings[word]
            found = _IMPERFECT_IDS[word] = text.endswith(IMPERFECT_ENDINGS) and not any(
                text.endswith("r" + ending) for ending in IMPERFECT_ENDINGS)
        if not found:
            continue
        token = doc[i]
        if token.pos_ in VERBAL and token.morph.get("Mood") == ["Cnd"]:
            features = {k: v for k, v in token.morph.to_dict().items() if k != "Mood"}
            features.update(Mood="Ind", Tense="Imp")
            token.set_morph("|".join(f"{k}={v}" for k, v in sorted(features.items())))
