"""A council, association or federation OF a trade or profession ("Council of Fashion Designers of America",
"Federation of Indian Chambers of Commerce and Industry") is a business or civil body: the agent word "council"
reads GOV, which is right for "the council voted" or "Council of Ministers", not for a trade's own body."""
from __future__ import annotations

from spacy.tokens import Doc

from detente.knowledge.actors.words import trade_nouns

BODY_WORDS = {"council", "association", "federation", "confederation", "union", "chamber", "institute", "society",
              "guild", "board", "league", "alliance", "organization", "organisation"}
OF_WINDOW = 5  # words after "of" that may name the trade ("of American Fashion Designers")


def trade_body_sector(doc: Doc, start: int, end: int) -> str | None:
    """The trade's sector (BUS, SOC) when the phrase doc[start:end] is a body word + "of" + a trade or profession."""
    trades = trade_nouns()
    for i in range(start, end - 2):
        if doc[i].lower_ not in BODY_WORDS or doc[i + 1].lower_ != "of":
            continue
        for token in doc[i + 2:min(end, i + 2 + OF_WINDOW)]:
            sector = trades.get(token.lemma_.lower()) or trades.get(token.lower_.rstrip("s"))
            if sector:
                return sector
    return None
