"""Acts only hoped for, aimed at, weighed or sought by a purpose phrase are not reported (stop 27, the largest
non-event class of the held-out audit: plans, hopes and purposes; classes seen on the dev pools and dev audits).

- A hope or wish: the act is the infinitive of a verb of hoping ("Kyiv hoped to reach an agreement with the new
  Polish government", "Iraq invaded, hoping to seize some Saudi oil fields") or of "would like" ("China would like
  to sign a trade agreement"). Bettering ties ("Jordan said it hoped to improve relations with Iraq") is CAMEO's
  expressed intent to cooperate (AGREE, codebook cases) and stays coded.
- An aim: the act is the infinitive of the verb "aim" ("the EU aims to impose sanctions", "the program, which aims
  to support potential top charities") or its "at" gerund ("aims at curbing"); the participle "aimed at" is
  purposes.py's.
- A deliberation: an event noun weighed now or to come ("Britain is weighing sanctions", "will consider sanctions");
  "the court considered the appeal" (past) is a real act considered and stays coded. A gerund ("is considering
  dismissing the army chief") keeps the coder's hypothetical reading (s20 tests).
- A purpose phrase: the act is the infinitive of "in a bid / an effort / an attempt / a push / a move to", or the
  gerund of "with the aim / the goal / the intention / a view of/to", "for the purpose of", "in the hope of"
  ("Israel struck Gaza in an attempt to free the hostages", "in an effort to get men to sign up"). The act the
  phrase hangs on (the strike) stays coded.
- A forecast: the infinitive of "likely" ("Xi is likely to deploy army forces").
- The purpose of an act itself only possible (a would/could/may/might verb): "the United States may extend its
  naval quarantine to Aqaba to shut off Iraq's last trade route". Purposes of real acts keep their type ("set up a
  commission to investigate" is ACCUSE in the codebook).
- The content of a proposal, a call, talks or a disposition (cue list ``unrealized_content_noun``): "Trump's
  proposal to ban Muslims", "negotiations to impose sanctions", "his reluctance to send troops"; a proposal that is
  itself the subject ("Iraq's proposal to open eight compounds was discussed") is the offer and stays coded. An act
  only "proposed", "mooted" or "envisaged" ("his proposed vaping ban"); a "planned" act is scheduled and stays.
- What trainees are readied for ("training the opposition forces to fight Islamic State").
- A campaign pledge: an act conditioned on the speaker's election ("if elected", "if he wins the election", "if she
  becomes president", "as president, I will"), and the pledge verb over it; "when Obama took office in 2009, he
  imposed" (past) is reported.
- What a plan, proposal or deal calls for or envisages (cue list ``plan_content_verb``): "the plan calls for Israel to
  withdraw its troops"; a (UN) resolution's call is its body's demand and stays coded.
Plans and intents ("plans to impose sanctions", "intends to step up cooperation"), scheduled and expected meetings
and "wants to" stay coded: the codebook codes them (AGREE, THREATEN, CONSULT with flag F).
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger

HOPING = {"hope", "wish", "yearn", "long"}
HOPE_FORMS = {"hope", "hopes", "hoped", "hoping"}  # the lemmatizer reads "hopes", "hoping" as "hop"
WEIGHING = {"consider", "contemplate", "weigh", "mull", "ponder", "eye"}
PURPOSE_PREPOSITIONS = {"in", "with", "for"}
HYPOTHETICAL = {"would", "could", "might", "may", "'d"}  # "will" is a plan or a schedule, kept
LIKELY = {"likely", "unlikely"}
PROPOSED = {"proposed", "mooted", "envisaged", "envisioned", "contemplated", "intended", "hoped"}  # not "planned"
CONDITION_MARKS = {"if", "once", "when"}
WINNING_OBJECTS = {"election", "presidency", "nomination", "office", "race", "vote", "primary", "house"}
CLAUSE_CLIMB = {"xcomp", "conj", "ccomp"}
PLAN_CONTENT_CLIMB = {"xcomp", "ccomp", "dobj", "obj", "pobj", "prep", "pcomp"}
JOINING = {"take", "part", "participate", "join", "involve", "engage", "lead", "help", "assist", "back", "support",
           "succeed", "fail", "play", "role"}  # the phrase is the complement, not a purpose: "took part in an effort"
TRAINING = {"train", "equip", "arm", "groom"}
TIMING = {"take", "be"}  # "may take years to commit" (a forecast, flag H); "would be to launch" (unrealized_scenarios)
MODALS = {"will", "would", "could", "might", "may", "should", "can", "shall", "'ll", "'d"}


def hoped_or_aimed(trigger: Trigger, lang: str) -> bool:
    """The English trigger is hoped for, aimed at, weighed or a purpose phrase's goal (module docstring)."""
    if lang != "en":
        return False
    token = trigger.token
    if _if_elected(token) or _plan_content(token):
        return True
    if trigger.is_nominal:
        if _weighed_noun(token) or _proposed_noun(token):
            return True
        token = _governing_verb(token)  # "negotiations to impose the largest set of sanctions": the verb over it
        if token is None:
            return False
    return _hoped(token) or _aimed(token) or _purpose_phrase(token) or _likely(token) \
        or _purpose_of_hypothetical(token) or _noun_content(token) or _trained_for(token)


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object the event noun is, or is in ("impose sanctions", "impose the largest set of sanctions")."""
    current = noun
    for _ in range(3):
        if current.dep_ not in {"dobj", "obj", "pobj", "prep"} or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ == "VERB":
            return current
    return None


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _hoped(verb: Token) -> bool:
    """"hoped to reach an agreement", "would like to sign"; not "hoped to improve relations" (intent to cooperate)."""
    if verb.dep_ != "xcomp" or not _infinitive(verb):
        return False
    head = verb.head
    own = lemma(head, "en")
    wished = own in HOPING or head.lower_ in HOPE_FORMS or own == "like" and any(
        c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in head.children)
    if not wished:
        return False
    return not (lemma(verb, "en") in words("bettering_verb") and any(
        c.dep_ in {"dobj", "obj"} and lemma(c, "en") in words("ties") for c in verb.children))


def _aimed(verb: Token) -> bool:
    """"aims to impose", "aiming at curbing": the verb "aim" in an active form (not the participle "aimed at")."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "at":
        head = head.head
    elif verb.dep_ != "xcomp" or not _infinitive(verb):
        return False
    return lemma(head, "en") == "aim" and head.tag_ != "VBN"


def _weighed_noun(noun: Token) -> bool:
    """"is weighing sanctions", "will consider sanctions": an event noun weighed now or to come."""
    if noun.dep_ not in {"dobj", "obj"}:
        return False
    verb = noun.head
    if lemma(verb, "en") not in WEIGHING:
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return verb.tag_ == "VBG" or any(a.lower_ in MODALS or a.tag_ == "TO" for a in auxes)


def _purpose_phrase(verb: Token) -> bool:
    """"in a bid to V", "in an effort to V", "with the aim of V-ing", "with a view to V-ing", "in the hope of V-ing"."""
    noun = verb.head
    if verb.dep_ == "acl" and _infinitive(verb):
        pass  # "in a bid | to free"
    elif verb.dep_ == "pcomp" and noun.dep_ == "prep" and noun.lower_ in {"of", "to"}:
        noun = noun.head  # "with the aim of | deterring", "with a view to | ending"
    else:
        return False
    if noun.pos_ != "NOUN" or lemma(noun, "en") not in words("purpose_phrase_noun"):
        return False
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.lower_ not in PURPOSE_PREPOSITIONS:
        return False
    return lemma(preposition.head, "en") not in JOINING  # "took part in an effort to urge Ukraine": the effort's act


def _likely(verb: Token) -> bool:
    """"Xi is likely to deploy PLA forces": the infinitive of "likely" is a forecast."""
    return verb.dep_ == "xcomp" and _infinitive(verb) and verb.head.lower_ in LIKELY


def _purpose_of_hypothetical(verb: Token) -> bool:
    """"the United States may extend its naval quarantine to Aqaba to shut off Iraq's last trade route", "how he would
    form a coalition to fight the militant group": the purpose of an act itself only possible."""
    head = verb.head
    if verb.dep_ != "advcl" or not _infinitive(verb) or head.pos_ not in {"VERB", "AUX"} or lemma(head, "en") in TIMING:
        return False
    return any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in head.children)


def _noun_content(verb: Token) -> bool:
    """"Trump's proposal to ban Muslims", "calls to ban all Muslims", "Kerry's determination to broker a cease-fire",
    "his reluctance to send troops": the infinitive of a noun of proposal or disposition (cue list
    ``unrealized_content_noun``) is what is proposed or inclined to, not done; the noun's own act, or the act that
    refers to it ("rejected the proposal"), stays coded. A proposal that is itself the news ("Iraq's proposal to open
    eight compounds to inspectors was discussed": the subject) is the offer, and its content codes it (codebook)."""
    if not _infinitive(verb):
        return False
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        noun = verb.head
    elif verb.dep_ in {"xcomp", "advcl"}:  # "decried Trump's calls | to ban": hung on the verb after its object
        noun = next((c for c in verb.head.children
                     if c.dep_ in {"dobj", "obj"} and c.right_edge.i + 1 == verb.left_edge.i), None)
        if noun is None:
            return False
    else:
        return False
    return lemma(noun, "en") in words("unrealized_content_noun") and noun.dep_ not in {"nsubj", "nsubjpass"}


def _proposed_noun(noun: Token) -> bool:
    """"his proposed flavored vaping ban", "the mooted sanctions": an act only proposed. A "planned" act is scheduled
    (kept, flag F)."""
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in PROPOSED for c in noun.children)


def _trained_for(verb: Token) -> bool:
    """"has been training the Syrian opposition forces to fight against Islamic State": what trainees are readied
    for, not done."""
    return verb.dep_ in {"xcomp", "advcl"} and _infinitive(verb) and lemma(verb.head, "en") in TRAINING \
        and any(c.dep_ in {"dobj", "obj"} for c in verb.head.children)


def _if_elected(token: Token) -> bool:
    """"if elected president I will work closely with Congress", "if she becomes president, women won't be punished",
    "if he wins the election he will impose tariffs", "as president, I will impose tariffs": a campaign pledge, an act
    conditioned on the speaker's election; the pledge verb over such a clause ("vowed that if he wins ...") too."""
    verb = token.head if token.dep_ in {"dobj", "obj", "nsubjpass", "pobj"} and token.pos_ == "NOUN" else token
    for _ in range(3):
        if _elected_condition(verb) or any(c.dep_ == "ccomp" and _elected_condition(c) for c in verb.children):
            return True
        if verb.dep_ not in CLAUSE_CLIMB or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _elected_condition(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as" and any(
                c.dep_ == "pobj" and lemma(c, "en") == "president" for c in child.children) \
                and any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
            return True  # "As president, I will impose tariffs"
        if child.dep_ not in {"advcl", "nsubj", "npadvmod"}:
            continue
        for t in child.subtree:
            if t.dep_ == "mark" and t.lower_ in CONDITION_MARKS and _elected(t.head):
                return True
    return False


def _elected(condition: Token) -> bool:
    """"elected", "wins the election", "becomes president", "takes office"; not in the past ("when Obama took office
    in 2009, he ordered ...": a real act)."""
    if condition.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in condition.children):
        return False
    own = lemma(condition, "en")
    if own == "elect":
        return True
    objects = [lemma(c, "en") for c in condition.children if c.dep_ in {"dobj", "obj", "attr"}]
    if own == "win":
        return any(o in WINNING_OBJECTS for o in objects)
    if own == "become":
        return any(o in {"president", "prime", "minister", "chancellor", "governor", "mayor"} for o in objects)
    return own == "take" and "office" in objects


def _plan_content(token: Token) -> bool:
    """"The plan calls for Israel to withdraw its troops", "the agreement calls for Iran to cut its enrichment", "the
    Arab peace initiative envisages Israel's withdrawal": what a plan, proposal or deal calls for or foresees (cue list
    ``plan_content_verb``; documents: ``plan_document`` and ``law_document`` but a resolution, which is a body's
    demand) is its content, not an act (law_contents.py has the permitting and obliging verbs)."""
    current = token
    for _ in range(4):
        if lemma(current, "en") in words("plan_content_verb") and _plan_subject(current) and not any(
                c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in current.children) and current.tag_ != "VBD":
            return True
        if current.dep_ not in PLAN_CONTENT_CLIMB or current.head.i == current.i:
            return False
        current = current.head
    return False


def _plan_subject(verb: Token) -> bool:
    documents = (words("plan_document") | words("law_document")) - {"resolution"}
    return any(c.dep_ in {"nsubj", "csubj"} and lemma(c, "en") in documents for c in verb.children)
