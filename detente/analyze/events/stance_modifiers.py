"""An "anti-X" modifier on an act noun names whom the act is against, never its doer: "an anti-India protest rally"
is aimed at India and is held by whoever the clause says takes part ("Activists ... shout slogans during an
anti-India rally"). The actor layer reads "anti-India" as a stance phrase with no country of its own, so on a protest
noun it is no source (noun_roles), and the country named after "anti-" becomes the recipient when none is read
(implied_sides: the state's own actor, else its implied authorities). English only; Pakistani caption rallies on a dev
page of real news, and a common shape of protest reports ("anti-American protests", "anti-government rallies" name
no country and are left alone). A person or body after "anti-" ("an anti-Trump protest") is the recipient itself,
when the actor layer resolved it to an actor of its own."""
from __future__ import annotations

from spacy.tokens import Token

from detente.knowledge.actors.normalize import token_key

DASHES = {"-", "–"}
NATION_KINDS = {"country", "demonym"}


def in_stance(token: Token) -> bool:
    """``token`` is part of an "anti-X" modifier: "anti", its dash, or the X after them."""
    doc, i = token.doc, token.i
    if token.lower_ == "anti" or token.lower_.startswith("anti-"):
        return True
    if token.text in DASHES:
        return i >= 1 and doc[i - 1].lower_ == "anti"
    return i >= 2 and doc[i - 1].text in DASHES and doc[i - 2].lower_ == "anti"


def opposed_country(noun: Token) -> str | None:
    """The one country an "anti-X" modifier of ``noun`` names ("anti-India", "anti-American"), else None."""
    from detente.knowledge.actors import default_knowledge

    phrases = default_knowledge().phrases
    found = set()
    for child in noun.children:
        if child.dep_ not in {"amod", "compound", "nmod"} or not in_stance(child) or child.lower_ == "anti":
            continue
        word = child.text.split("-", 1)[1] if child.lower_.startswith("anti-") else child.text
        found |= {e.value for e in phrases.get(token_key(word), ()) if e.kind in NATION_KINDS}
    return found.pop() if len(found) == 1 else None


def stance_recipient(analysis, event) -> str | None:
    """The country an English PROTEST's trigger noun is "anti-" of, when the event has no recipient or only a place."""
    if event.type != "PROTEST":
        return None
    found = analysis.trigger_of(event)
    if found is None or found[0].lang != "en":
        return None
    token = found[1]  # the noun itself, or the object noun of a verb trigger ("held anti-American protests")
    nouns = [token] + [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    countries = {opposed_country(n) for n in nouns} - {None}
    country = countries.pop() if len(countries) == 1 else None
    if country is None or country in {a.country for a in event.source}:
        return None
    return country


def stance_actor(analysis, event):
    """The article's actor an English PROTEST's trigger noun is "anti-" of ("an anti-Trump protest" in a story that
    names Donald Trump: him), else None: a country (``stance_recipient`` codes those), a word no other mention of
    the article resolves, or more than one such actor."""
    if event.type != "PROTEST":
        return None
    found = analysis.trigger_of(event)
    if found is None or found[0].lang != "en":
        return None
    token = found[1]
    words = set()
    for noun in [token] + [c for c in token.children if c.dep_ in {"dobj", "obj"}]:
        if opposed_country(noun) is not None:
            return None
        for child in noun.children:
            if child.dep_ in {"amod", "compound", "nmod"} and in_stance(child) and child.lower_ != "anti" \
                    and child.text not in DASHES:
                word = child.text.split("-", 1)[1] if child.lower_.startswith("anti-") else child.text
                if word[:1].isupper():
                    words.add(word.lower())
    if len(words) != 1:
        return None
    word = words.pop()
    sources = {a.id for a in event.source}
    named = [a for a in analysis.actors if a.id not in sources and a.mentions and a.country
             and word in {a.name.lower().split()[-1]} | {m.text.lower() for m in a.mentions}]
    return named[0] if len(named) == 1 else None
