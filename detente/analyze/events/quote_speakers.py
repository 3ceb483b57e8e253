"""The speaker of the quotation a word stands in, as the quotes layer attributed it: a quoted "we condemn ..." is
the speaker's side acting, even when the speaker tag is in another sentence ('"..." Kamikawa said. "We call on ..."')
or is a pronoun the parse alone cannot resolve. The quotes stage runs before events (pipeline.stages) for this."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame
from detente.model import Quote


def quote_speaker(token: Token, frame: Frame) -> list[ActorHit] | None:
    """The actor who said the quotation ``token`` stands in (a direct quote, or words inside quotation marks);
    None when ``token`` is in no quotation or its speaker resolved to no actor."""
    quotes = frame.analysis.quotes
    if not quotes:
        return None
    position = frame.offset + token.idx
    starts = [q.start for q in quotes]
    text = frame.analysis.text
    for quote in reversed(quotes[: bisect_right(starts, position)]):
        if quote.start <= position < quote.end and (quote.direct or _in_marks(text, quote.start, position)):
            return _speaker_hit(quote, frame)
    return None


OPENING_MARKS = "\"“‘«"
MARKS = "\"“”«»"


def _in_marks(text: str, start: int, position: int) -> bool:
    """A quote the quotes layer calls partial or reported, but whose words at ``position`` stand inside quotation
    marks: its span opens right after a mark, or an odd number of marks lies between its start and ``position``
    ("raises 'concerns ...,' the lawmakers wrote. 'We seek to understand ...'")."""
    opens_after_mark = start > 0 and text[start - 1] in OPENING_MARKS
    return opens_after_mark or sum(text[i] in MARKS for i in range(start, position)) % 2 == 1


def _speaker_hit(quote: Quote, frame: Frame) -> list[ActorHit] | None:
    """The speaker actor, with its mention nearest the quote (outside it)."""
    actor_id = quote.speaker.actor_id if quote.speaker is not None else None
    actor = next((a for a in frame.analysis.actors if a.id == actor_id), None) if actor_id else None
    if actor is None or not actor.mentions:
        return None
    outside = [m for m in actor.mentions if m.end <= quote.start or m.start >= quote.end] or actor.mentions
    mention = min(outside, key=lambda m: min(abs(m.end - quote.start), abs(m.start - quote.end)))
    return [ActorHit(actor, mention.start, mention.end)]
