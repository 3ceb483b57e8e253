"""One person talking about a topic meets no one (PolNeAR train audit s24, class N1 "speech described"; dump s25).

PLOVER CONSULT is a meeting, talks or consultation between parties. A single speaker who "discussed how he had placed
a note card in a burn bag" (in an email), "talked politics on Fox and Friends" or is "talking doom and gloom" says
something; the topic is the object, no partner is named. The reading needs all of: the verb "discuss" with an
indirect question as its object ("how", "what", "whether" ...), with a topic word (an issue, a matter, one's
career ...: "Rep. Cory Wilson discusses a transportation issue at the Capitol"), or with anything when it is the
manner of speaking ("he is more emphatic when discussing Ukraine"), or "talk" with a bare noun object (a topic, not
a partner); a subject that is one party (no "and", not a plural noun or pronoun); no partner ("with", "to").
"Biden and Xi discussed how to avoid a conflict", "the ministers discussed how to end the war" and "Blinken
discussed with Netanyahu how to free the hostages" stay meetings. "talk about" with no partner is phrase_idioms.py's.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.triggers import Trigger

QUESTION_TAGS = {"WDT", "WP", "WP$", "WRB"}
PARTNER_PREPS = {"with", "to", "among", "between"}
PLURAL_PRONOUNS = {"they", "we", "both", "all", "them", "leaders"}
TOPICS = {"issue", "topic", "matter", "subject", "problem", "question", "idea", "concern", "experience", "career",
          "life", "book", "view", "account", "childhood", "faith", "health", "record", "background"}


def topic_talk(trigger: Trigger, lang: str) -> bool:
    """An English "discuss"/"talk" of one speaker with a topic and no partner (module docstring)."""
    token = trigger.token
    if lang != "en" or trigger.cue.type != "CONSULT" or trigger.is_nominal:
        return False
    own = lemma(token, lang)
    if own not in {"discuss", "talk"} or not _one_party(token):
        return False
    if any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in token.children):
        return False
    if own == "discuss":
        objects = [c for c in token.children if c.dep_ in {"ccomp", "dobj", "obj"}]
        if any(_indirect_question(c) for c in objects):
            return True
        if _while_speaking(token):
            return bool(objects)  # "he is more emphatic when discussing Ukraine"
        return bool(objects) and all(lemma(o, lang) in TOPICS and not o.ent_type_ for o in objects)
    objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    return bool(objects) and all(o.pos_ == "NOUN" and not o.ent_type_ and o.tag_ in {"NN", "NNS"} for o in objects)


def _while_speaking(verb: Token) -> bool:
    """"when discussing Ukraine", "while discussing the economy": the manner of someone's speaking."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and any(c.dep_ == "mark" and c.lower_ in {"when", "while"}
                                                                for c in verb.children)


def _one_party(verb: Token) -> bool:
    """The verb's subject is one party: singular, not conjoined, no plural pronoun."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and verb.dep_ in {"relcl", "acl"}:
        subject = verb.head  # "Carter, who discussed how ..."
    if subject is None or subject.lower_ in PLURAL_PRONOUNS or subject.tag_ in {"NNS", "NNPS"}:
        return False
    return not any(c.dep_ == "conj" for c in subject.children)


def _indirect_question(clause: Token) -> bool:
    first = clause.doc[clause.left_edge.i]
    return first.tag_ in QUESTION_TAGS or first.lower_ in {"whether", "if"}
