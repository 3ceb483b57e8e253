"""Doers a clause does not name itself: subjects shared through conj/xcomp/advcl/relcl, pronoun subjects of
reported clauses, and the speaker of a stated act ("said they would boycott", "statements by X suggesting ...")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actor_at_token, actors_of, prep_objects
from detente.analyze.events.carried_subject import pair_antecedent, pair_stand_in, previous_subject
from detente.analyze.events.clause_shape import taken_turns
from detente.analyze.events.clause_sides import borrows_no_doer
from detente.analyze.events.continued_quote import continued_quote_speaker
from detente.analyze.events.country_anaphor import country_antecedent
from detente.analyze.events.gerund_control import gerund_controller
from detente.analyze.events.place_countries import place_country_actor
from detente.analyze.events.predicate_nouns import predicate_anchor
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.part_doers import part_holder
from detente.analyze.events.spanish_arguments import controlled_infinitive
from detente.analyze.events.speaker_roles import first_person_speaker
from detente.analyze.events.summoned_envoys import summoning_purpose
from detente.analyze.events.targets import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, relative_antecedent
from detente.analyze.events.triggers import Trigger

if TYPE_CHECKING:
    from detente.analyze.events.found_roles import Participants

SPEAKER_TYPES = {"AGREE", "COOPERATE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "CONCEDE", "ACCUSE"}
CLIMB_DEPS = {"dobj", "obj", "xcomp", "ccomp", "acl", "pcomp", "pobj", "attr", "nsubj", "prep", "advcl", "conj", "nmod", "obl", "acomp"}
CLIMB_PREPS = {"in", "of", "to", "for", "on", "de", "en", "a", "para", "sobre"}
MAX_CLIMB = 4
MESSAGE_NOUNS = {"call", "demand", "appeal", "plea", "letter", "petition", "request", "message", "statement", "motion"}
# "Iran is ready for / interested in / responsible for ...": the subject of a predicative adjective holds the act in
# its complement, except for adjectives of weariness, fear, incapacity, exposure or likeness ("tired of
# investigations", "vulnerable to extradition", "tantamount to self-indictment")
UNDISPOSED_ADJECTIVES = {"tired", "weary", "sick", "afraid", "fearful", "scared", "frightened", "wary", "unaware",
                         "unable", "incapable", "ashamed", "bored", "vulnerable", "subject", "exposed", "liable", "prone",
                         "susceptible", "immune", "tantamount", "equivalent", "akin", "similar", "due",
                         "entitled"}
# "pleaded guilty to conspiracy charges": a plea to a charge is no act of the defendant's (the charge is the
# prosecution's); "was found guilty of shelling the town" does name the defendant's act
PLEA_ADJECTIVES = {"guilty", "innocent"}


def inherited_subject(verb: Token, frame: Frame) -> list[ActorHit]:
    """Subject shared through conj / xcomp / advcl / relcl, and by gerunds in a PP ("focused on highlighting")."""
    if frame.lang == "en" and (controller := gerund_controller(verb)) is not None:
        # "the House was focused on providing relief": the one focused does the act in the phrase
        if controller.dep_ in SUBJECT_DEPS:
            return subject_of(controller.head, frame)
        return actors_of(relative_antecedent(controller), frame) or pronoun_antecedent(controller, frame)
    current = below = verb
    through_phrase = False  # "Trump's attempt to coerce Ukraine into investigating": the act below is Ukraine's
    for _ in range(5):
        dep, head = current.dep_, current.head
        if head.i == current.i:
            return []
        if dep == "prep" and current.lower_ == "in" and below.tag_ == "VBG" and below.dep_ == "pcomp" \
                and (held := part_holder(head, frame)) is not None:
            return held  # "Qatar played a key role in brokering the ceasefire": the part's holder
        if frame.lang == "es" and current.i == verb.i and "Ger" in verb.morph.get("VerbForm") and _nominal(head, frame):
            # "ocuparon el fundo golpeando a los trabajadores": a Spanish gerund is said of the clause's subject even
            # when the parser hangs it on a noun (or on a noun it took for a verb, "el fundo"); not on a person
            # ("vieron a los policías golpeando ..."), who may be the one doing it
            clause = head.head
            if head.dep_ in OBJECT_SLOTS and clause.pos_ == "VERB" and not _nominal(clause, frame):
                return subject_of(clause, frame, inherit=False)
        if dep in {"prep", "acl"} and current.tag_ == "VBG" and head.pos_ == "PROPN" and head.i == current.i - 1 \
                and head.dep_ in SUBJECT_DEPS and frame.lang == "en":
            return actors_of(head, frame)  # "Zelensky considering dismissing Syrsky comes after ...": a gerund clause's subject
        if dep in {"relcl", "acl"} and head.pos_ in {"NOUN", "PROPN"}:
            if dep == "acl" and frame.lang == "en" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
                if through_phrase:
                    return []
                # "France's decision to suspend military cooperation": the noun's possessor does the act
                return [h for c in head.children if c.dep_ == "poss" for h in actors_of(c, frame)]
            if dep == "acl" and through_phrase and current.tag_ == "VBN" and frame.lang == "en":
                # "soldiers accused of shelling Dubrovnik", "students arrested for taking part in protests": the one
                # the participle is said of does the act in its phrase (not a present participle: the parser hangs
                # many on the wrong noun, "vented their anger on the military attacking army installations")
                return actors_of(head, frame)
            if dep == "relcl" and current.i == verb.i and frame.lang == "en" and any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
                return []  # "the body, which was criticized by insiders": the noun is the one acted on
            if dep == "relcl" and frame.lang == "en" and (anchor := predicate_anchor(current, head)) is not None:
                # "Poland is the latest state to expel Russian diplomats": Poland, whom the noun describes, expels
                said_of = subject_of(anchor[1], frame, inherit=False) if anchor[0] == "subject" else actors_of(anchor[1], frame)
                if said_of:
                    return said_of
            if dep == "acl" and frame.lang == "en" and current.tag_ == "VBG" and taken_turns(head):
                return subject_of(head.head, frame, inherit=False)  # "the candidates took turns attacking Haley"
            return actors_of(head, frame) if dep == "relcl" else []
        if dep == "conj" and frame.lang == "en" and _reported_conjunct(current, frame):
            return subject_of(head.head, frame, inherit=False)  # "X said Y had killed five, and accused Y of ...": X
        if dep == "prep" and frame.lang == "en" and current.lower_ in CONTROL_PREPS and head.pos_ in {"VERB", "AUX"} \
                and below.tag_ == "VBG" and below.dep_ == "pcomp" and below.head.i == current.i:
            # "killed a reporter by firing two shells", "after firing two rounds, the tank used ...": a gerund in an
            # adverbial phrase of means or time is done by the clause's subject, and so is a gerund joined to it
            # ("opened the night by swiping at Trump, blaming him")
            if hits := subject_of(head, frame):
                return hits
        if dep in {"pcomp", "prep"} and head.pos_ in {"ADP", "VERB", "AUX", "SCONJ"}:
            through_phrase = through_phrase or dep == "prep"
            current, below = head, current
            continue
        if dep == "prep" and head.pos_ == "ADJ" and head.dep_ == "acomp" and frame.lang == "en" \
                and lemma(head, frame.lang) not in UNDISPOSED_ADJECTIVES:
            # "Serbia was responsible for shelling Sarajevo", "Iran is ready for signing": the one the adjective is said of
            return subject_of(head.head, frame, inherit=False)
        if dep not in {"conj", "xcomp", "advcl"} and not controlled_infinitive(current, frame.lang):
            return []  # Spanish "anunció haber detenido a X": the infinitive shares the speaker's subject
        gerund = "Ger" in current.morph.get("VerbForm") or current.tag_ == "VBG"
        gerund = gerund or (frame.lang == "es" and "Part" in current.morph.get("VerbForm"))  # "mantienen bloqueadas las rutas": the holders block
        if dep == "xcomp" and not gerund and summoning_purpose(current, frame.lang) is None:  # "ocuparon el fundo golpeando a los rehenes": the occupiers beat
            objects = [c for c in head.children if c.dep_ in OBJECT_DEPS]
            if objects:
                return [hit for obj in objects for hit in actors_of(obj, frame)]
        hits = subject_of(head, frame, inherit=False)
        if hits:
            return hits
        current, below = head, current
    return []


# adverbial prepositions whose gerund is controlled by the clause's subject (not "accused X of", "stopped X from")
CONTROL_PREPS = {"by", "after", "before", "while", "without", "upon", "through", "despite"}
REPORTED_AUX = {"had", "would", "will", "could", "might", "should", "may"}
SPEECH_ACTS = {"ACCUSE", "REQUEST", "THREATEN", "REJECT", "PROTEST"}


def _reported_conjunct(conj: Token, frame: Frame) -> bool:
    """"Pakistan said Indian troops had killed five civilians, and lodged a protest with New Delhi": the parser
    joins a speech act to the reported clause; a simple past that does not share the reported clause's "had" (or
    modal) continues the reporting clause, so the reporter is its subject."""
    from detente.analyze.events.lexicon import cues_by_trigger

    reported = conj.head
    if conj.tag_ != "VBD" or any(c.dep_ in {"aux", "nsubj"} for c in conj.children) or reported.dep_ != "ccomp" \
            or not any(c.dep_ == "aux" and c.lower_ in REPORTED_AUX for c in reported.children) \
            or lemma(reported.head, frame.lang) not in words("communication"):
        return False
    cues = cues_by_trigger(frame.lang)
    acts = [conj] + [c for c in conj.children if c.dep_ == "dobj"]
    return any(c.type in SPEECH_ACTS for t in acts for c in cues.get(lemma(t, frame.lang), ()))


OBJECT_SLOTS = {"obj", "dobj", "obl", "ccomp", "xcomp", "advcl"}  # "el fundo" as the object (or a misparsed clause)


def _nominal(token: Token, frame: Frame) -> bool:
    """A noun that names no actor, or a word the tagger took for a verb though a determiner opens it ("el fundo")."""
    if token.pos_ not in {"NOUN", "PROPN"} and not (token.pos_ == "VERB" and any(
            c.pos_ == "DET" and c.i < token.i and c.dep_ in {"det", "dep"} for c in token.children)):
        return False
    return actor_at_token(token, frame) is None


def subject_of(verb: Token, frame: Frame, inherit: bool = True) -> list[ActorHit]:
    hits: list[ActorHit] = []
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            subject = relative_antecedent(child)
            # "the two sides": the pair named before, over whatever country the actor layer guessed for the noun
            own = [] if pair_stand_in(subject) is not None else actors_of(subject, frame)  # "negotiators": the pair's
            hits += pair_antecedent(subject, frame) or own or pronoun_antecedent(subject, frame) \
                or country_antecedent(subject, frame)  # "the country had admitted": the state named just before
        elif child.dep_ in {"agent", "obl:agent"}:
            hits += [hit for obj in prep_objects(child)[1] for hit in actors_of(obj, frame)]
    if not hits and inherit:
        hits = inherited_subject(verb, frame)
    return hits


PERSONAL_PRONOUNS = {"it", "they", "he", "she", "we"}


def subject_doers(subject: Token, frame: Frame) -> list[ActorHit]:
    """The actors a clause's subject names: through a relative pronoun its antecedent, through a personal pronoun its
    referent ("Iraqi troops, who were reported to have attacked", "it is said to have sent troops")."""
    return actors_of(relative_antecedent(subject), frame) or pronoun_antecedent(subject, frame)


def pronoun_antecedent(subject: Token, frame: Frame) -> list[ActorHit]:
    """"Syria says it is willing to ...": a pronoun subject of a reported clause is the reporting subject; one
    opening its sentence continues the previous sentence's subject."""
    if subject.pos_ != "PRON" or subject.lower_ not in PERSONAL_PRONOUNS:
        return []
    if (speaker := first_person_speaker(subject, frame)) is not None:
        # a quoted "we" is the speaker's side, not a coordinated clause's subject; in a sentence that is all
        # quotation, the speaker of the quotation it continues
        return speaker or continued_quote_speaker(subject, frame)
    if frame.lang == "en" and quoted(subject):
        return []  # "'She welcomed them,' DeSantis said": in his own words the speaker is "I", never "she"
    clause_deps = {"ccomp", "conj", "advcl", "xcomp"}
    if hits := _reporter(subject.head, clause_deps, frame) or previous_subject(subject, frame):
        return hits
    # "X launched an offensive. It says it has killed thousands": the reporting "It" continues the previous subject
    reporting = _reporting_pronoun(subject.head, clause_deps)
    return previous_subject(reporting, frame) if reporting is not None and reporting.lower_ == subject.lower_ else []


THIRD_PERSON = {"he", "she", "it", "they"}
QUOTE_MARKS = {'"', "\u201c", "\u201d"}


def quoted(token: Token) -> bool:
    """``token`` stands inside a direct quotation of its sentence: an odd number of quotation marks before it, and
    the sentence's root (the reporting verb) outside it."""
    sent = token.sent
    before = sum(1 for t in token.doc[sent.start : token.i] if t.text in QUOTE_MARKS)
    root_before = sum(1 for t in token.doc[sent.start : sent.root.i] if t.text in QUOTE_MARKS)
    return before % 2 == 1 and root_before % 2 == 0 and not _inside_root_clause(token)


def _inside_root_clause(token: Token) -> bool:
    """The token's clause is the root's own (no quoted complement between them)."""
    head = token.head
    while head.i != head.head.i and head.dep_ not in {"ccomp", "parataxis", "xcomp", "conj", "advcl"}:
        head = head.head
    return head.i == token.sent.root.i


def _reporting_pronoun(clause: Token, clause_deps: set[str]) -> Token | None:
    """The pronoun subject of the nearest clause up to three steps above ``clause`` that reports it."""
    current = clause
    for _ in range(3):
        if current.dep_ not in clause_deps or current.head.i == current.i:
            return None
        current = current.head
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0] if subjects[0].pos_ == "PRON" else None
    return None


OBJECT_PRONOUNS = {"it", "them", "him", "her", "us"}


def object_antecedent(verb: Token, frame: Frame) -> list[ActorHit]:
    """"Iran said American warships had attacked it": a pronoun object (or passive subject) of a reported clause
    stands for the subject of the clause that reports it. A pronoun aimed at by an on/against/to phrase counts too
    ("Pakistan tested a bomb, and the US imposed sanctions on it"); "it" and "them" take only an antecedent of their
    number, the earlier clause's subject first, then its objects ("Kurdish rebels used northern Iraq as a base, and
    Turkish jets bombed it": Iraq)."""
    pronouns = [c for c in verb.children if c.dep_ in OBJECT_DEPS | {"nsubjpass"} and c.pos_ == "PRON"
                and c.lower_ in OBJECT_PRONOUNS | PERSONAL_PRONOUNS]
    pronouns += _aimed_pronouns(verb)
    if not pronouns:
        return []
    number = {p.lower_ for p in pronouns} & NUMBERED_PRONOUNS
    if not number:
        return _reporter(verb, {"ccomp", "conj", "advcl"}, frame)
    return _agreeing_antecedent(verb, "them" in number, frame) or _reporter(verb, {"ccomp", "conj", "advcl"}, frame)


NUMBERED_PRONOUNS = {"it", "them"}
AIMED_PREPS = {"on", "against", "upon", "at", "to", "into"}


def _aimed_pronouns(verb: Token) -> list[Token]:
    """"it"/"them" as the object of an aim phrase of the verb or of its object ("imposed sanctions on it")."""
    holders = [verb] + [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    # "threatened to use live ammunition on them": the aim of the act the verb's complement names
    holders += [o for x in verb.children if x.dep_ == "xcomp" for o in (x, *x.children) if o.i == x.i or o.dep_ in {"dobj", "obj"}]
    return [o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in AIMED_PREPS
            for o in c.children if o.dep_ == "pobj" and o.lower_ in NUMBERED_PRONOUNS]


def _agreeing_antecedent(verb: Token, plural: bool, frame: Frame) -> list[ActorHit]:
    """The named subject, else object, of the clause just above ``verb`` (coordinated, reporting or adverbial) that
    agrees in number with the pronoun; not the subject ``verb`` shares ("wrote X asking them": those who ask are not
    "them")."""
    if verb.dep_ not in {"ccomp", "conj", "advcl"} or verb.head.i == verb.i:
        return []
    clause = verb.head
    shared = not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    ordered = [] if shared else [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    ordered += [c for c in clause.children if c.dep_ in {"dobj", "obj"}]
    for candidate in ordered:
        candidate = relative_antecedent(candidate)
        if candidate.pos_ not in {"NOUN", "PROPN"} or _plural(candidate) != plural:
            continue
        hits = actors_of(candidate, frame) or place_country_actor(candidate, frame)
        if hits:
            return hits
    return []


def _plural(token: Token) -> bool:
    return token.tag_ == "NNS" or bool(token.conjuncts) or (token.tag_ == "NNPS" and token.lower_ != "states")


STATE_NOUNS = {"country", "nation", "republic", "kingdom"}
NAMED_BEFORE_PREPS = {"on", "against", "to", "into", "from", "of", "at", "with"}


def named_before(verb: Token, frame: Frame, exclude: set[str]) -> list[ActorHit]:
    """"withdraw them from the country", "invaded the country": a bare definite state noun as the verb's object or in
    its aim or from phrase stands for the country named last before it in the sentence (none when that is the
    doer's own: "Iraq said the troops must leave the country")."""
    slots = [c for c in verb.children if c.dep_ in {"dobj", "obj", "dative"}]
    slots += [o for c in verb.children if c.dep_ in {"prep", "prt", "advmod"} for p in (c, *c.children)
              if p.dep_ == "prep" and p.lower_ in NAMED_BEFORE_PREPS for o in p.children if o.dep_ == "pobj"]
    for noun in slots:
        if noun.lemma_.lower() not in STATE_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
                or any(c.dep_ in {"amod", "compound", "poss", "prep"} for c in noun.children):
            continue  # "the country's border", "the Asian nation", "the country of origin": not the bare anaphor
        for earlier in reversed(noun.doc[noun.sent.start : noun.i]):
            hit = actor_at_token(earlier, frame) if earlier.pos_ == "PROPN" else None
            hits = [hit] if hit is not None else (place_country_actor(earlier, frame) if earlier.pos_ == "PROPN" else [])
            hits = [h for h in hits if h.actor.country and h.actor.sector is None]
            if hits:
                own = {a.country for a in frame.analysis.actors if a.id in exclude}
                return [] if hits[0].actor.id in exclude or hits[0].actor.country in own else hits[:1]
    return []


def _reporter(clause: Token, clause_deps: set[str], frame: Frame) -> list[ActorHit]:
    """The named (non-pronoun) subject of the nearest clause up to three steps above ``clause`` that reports it."""
    current = clause
    for _ in range(3):
        if current.dep_ not in clause_deps or current.head.i == current.i:
            return []
        current = current.head
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"]
        if subjects:
            return [h for s in subjects for h in actors_of(relative_antecedent(s), frame)]
    return []


def inherit_source(trigger: Trigger, event_type: str, frame: Frame, found: "Participants") -> None:
    """Speech-like events with no agent of their own take the speaker of the clause that states them."""
    if event_type not in SPEAKER_TYPES and not hypothetical_conflict(trigger) and not announced(trigger.token):
        return
    if frame.lang == "en" and not trigger.is_nominal and borrows_no_doer(trigger.token):
        return  # "resumed work two months after his team was blocked": the team's blocker is not the one resuming
    if frame.lang == "en" and any(c.dep_ in SUBJECT_DEPS and c.lower_ in THIRD_PERSON and quoted(c) for c in trigger.token.children):
        return  # "'She welcomed them,' DeSantis said": the quoted act is hers, not the speaker's
    current = trigger.token
    through_prep = False  # "interested in signing an agreement": the adjective's complement is the act
    for _ in range(MAX_CLIMB):
        dep, head = current.dep_, current.head
        through_prep = through_prep or dep == "prep"
        if head.i == current.i or dep not in CLIMB_DEPS:
            return
        if dep == "prep" and current.lower_ not in CLIMB_PREPS:
            return
        if dep == "acomp" and frame.lang == "en" and head.pos_ in {"VERB", "AUX"} and through_prep \
                and lemma(current, frame.lang) not in UNDISPOSED_ADJECTIVES | PLEA_ADJECTIVES:
            # "Iran is interested in signing an agreement": the subject the adjective is said of holds the attitude
            hits = subject_of(head, frame, inherit=False)
            if hits:
                found.sources += hits
                found.inherited_source = True
            return
        if head.pos_ in {"VERB", "AUX"}:
            hits = statement_author(head, frame)
            if not hits and lemma(head, frame.lang) in words("communication") | words("light"):
                hits = subject_of(head, frame)
            if hits:
                found.sources += hits
                found.inherited_source = True
                found.speaker = head
                return
            if any(c.dep_ in SUBJECT_DEPS for c in head.children):
                return  # "witnesses received death threats": the clause has its own subject, no speaker above it
        elif head.pos_ in {"NOUN", "PROPN"}:
            hits = [h for c in head.children if c.dep_ in {"poss", "nmod:poss", "nmod"} for h in actors_of(c, frame)]
            if hits:
                found.sources += hits
                found.inherited_source = True
                found.speaker = head
                return
            if frame.lang == "en" and current.i == trigger.token.i and dep == "acl" and head.dep_ == "pobj" \
                    and lemma(head, frame.lang) in MESSAGE_NOUNS:
                return  # "his failure to listen to calls urging a ceasefire": the calls' unnamed authors urge, not he
                # (a message sent or issued, "sent a letter demanding", is its sender's: the climb goes on)
        current = head


def statement_author(verb: Token, frame: Frame) -> list[ActorHit]:
    """A subjectless gerund of saying ("statements by Trump suggesting ...") belongs to the statement noun
    just before it, whatever the parser attached it to: its author is the noun's possessor."""
    communication = words("communication")
    if "Ger" not in verb.morph.get("VerbForm") and verb.tag_ != "VBG":
        return []
    if lemma(verb, frame.lang) not in communication or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return []
    for token in reversed(list(verb.doc[verb.sent.start : verb.i])):
        if token.pos_ == "NOUN" and lemma(token, frame.lang) in communication:
            authors = [h for c in token.children if c.dep_ in {"poss", "nmod:poss", "nmod"} for h in actors_of(c, frame)]
            # "statements by Trump suggesting ...": the by-complement is the author too
            return authors or [h for c in token.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
                               for o in prep_objects(c)[1] for h in actors_of(o, frame)]
    return []


def announced(token: Token) -> bool:
    """An act stated as intended: will/would/shall on the trigger's clause ("said they would boycott")."""
    from detente.analyze.events.flags import clause_of

    return any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "'ll", "'d"} for h in clause_of(token) for c in h.children)


def hypothetical_conflict(trigger: Trigger) -> bool:
    """A conflictual act stated as a possibility ("a possible military intervention"): a threat by its speaker."""
    from detente.analyze.events.flags import is_possibility

    return trigger.cue.type in {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"} and is_possibility(trigger.token)


def indefinite_speaker(verb: Token) -> bool:
    """The verb's own subject is a quantifier or indefinite pronoun standing alone ("many have voiced concerns that
    ...", "some accused the government of ...", "someone urged ..."): the speaker is an unnamed part of the public,
    not a political actor, so a speech act with no other source has no doer to code."""
    return any(c.dep_ in SUBJECT_DEPS and not list(c.children)
               and (c.tag_ in {"JJ", "JJS", "DT"} and "Dem" not in c.morph.get("PronType") or "Ind" in c.morph.get("PronType"))
               for c in verb.children)  # not a demonstrative ("That is inviting attacks": it refers back)
