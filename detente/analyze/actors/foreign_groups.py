"""'Foreign oil companies', 'western diplomats', 'bancos internacionales': a group the text marks as coming
from outside the story's country. The article's country is the one such a group is NOT from, so it takes no country
from context (it has none of its own either). Private people are left to the context rule: "foreign travellers" in a
Chinese story are where the story's acts reach them, and the event coder needs their country there."""
from __future__ import annotations

from detente.knowledge.actors.words import foreign_modifiers


def is_foreign_group(site, titles: set[str]) -> bool:
    """A modifier of the mention's head (not the head itself, nor a word of its title: "the foreign ministry" is the
    story's own) says the group is from abroad."""
    span = site.span
    words = foreign_modifiers() - {word for title in titles for word in title.lower().split()}
    return any(token.lower_ in words for token in span if token.i != span.root.i)
