"""Material aid told by a verb of giving and what is given: "the US sent Ukraine a package of artillery shells",
"Russia shipped weapons to Syria", "Germany will deliver 50 tanks to Poland" (codebook AID: military assistance
including arms, humanitarian aid, food). The verb alone is no event ("sent a letter"), nor is the noun ("tanks").
"""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from detente.analyze.events.actor_lookup import quantity_anchor
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import Cue, words
from detente.analyze.events.sentence_words import sentence_words
from detente.analyze.events.triggers import Trigger


def material_gifts(sent: SpacySpan, triggers: list[Trigger], lang: str) -> list[Trigger]:
    """AID triggers on giving verbs whose object is arms or relief goods and that name a recipient."""
    taken = {t.token.i for t in triggers} | {tok.i for t in triggers for tok in t.tokens}
    found: list[Trigger] = []
    giving = words("giving")
    lemmas, tags = sentence_words(sent, lang)
    for position, own in enumerate(lemmas):
        if own not in giving or tags[position] != "VERB" or sent.start + position in taken:
            continue
        token = sent[position]
        given = _gives_goods(token, lang)
        if given and _names_recipient(token) and (given == GOODS or _named_giver(token)):
            # a sum is AID only to a recipient abroad (uncoded_acts.domestic_funding reads the "@funding" mark)
            marks = () if given == GOODS else ("@funding",)
            cue = Cue("AID", None, "V", (lemma(token, lang), *marks), 0, None)
            found.append(Trigger(token=token, cue=cue, tokens=(token,)))
    return found


GOODS, MONEY = "goods", "money"
GIVER_ENTITIES = {"GPE", "NORP", "ORG"}


def _gives_goods(verb: Token, lang: str) -> str | None:
    """The thing given (object, passive subject, or the with-phrase of "supplied X with Y") is arms, relief goods or
    a sum of money ("gave $100 million to the Palestinian Authority", "tons of food were flown to flood victims")."""
    given = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass", "nsubj:pass"}]
    given += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"]
    goods = words("goods")
    for thing in given:
        for member in [thing, *thing.conjuncts]:
            inner = [o for c in member.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                     if o.dep_ == "pobj"] if lemma(member, lang) in words("quantity") else []
            if any(lemma(t, lang) in goods for t in [member, *inner, *(i for n in inner for i in n.conjuncts)]):
                return GOODS
            if any(c.dep_ == "compound" and lemma(c, lang) in goods for c in member.children):
                return GOODS  # "air defence systems", "missile batteries"
            if quantity_anchor(member) is not member and lemma(member, lang) in goods:
                return GOODS
            if member.ent_type_ == "MONEY" and member.pos_ in {"NUM", "SYM", "NOUN"}:
                return MONEY  # "$10 million", "10 million dollars": the entity recognizer's sum
    return None


def _named_giver(verb: Token) -> bool:
    """A sum handed over is aid when a state or an organization hands it ("Japan gave Bangladesh $10 million"),
    not a person or a firm paying ("he gave $2,000 to the campaign")."""
    givers = [c for c in verb.children if c.dep_ == "nsubj"]
    givers += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return any(g.ent_type_ in GIVER_ENTITIES for g in givers)


def _names_recipient(verb: Token) -> bool:
    """An indirect object or a to-phrase: "sent Ukraine ...", "shipped weapons to Syria"."""
    return any(c.dep_ in {"dative", "iobj"} or (c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" for o in c.children))
               or (c.dep_ in {"dobj", "obj"} and any(p.dep_ == "prep" and p.lower_ == "with" for p in verb.children))
               for c in verb.children)
