"""Long documents in bounded pieces: cut a text where paragraphs or sentences end, and move the events
coded in one piece back to the offsets and sentence numbers of the whole text.

Parser memory grows with the length of the text parsed at once and coding time faster than linearly
(coreference looks back over the document), so a very long text is parsed and coded piece by piece.
"""
from __future__ import annotations

import hashlib
from dataclasses import replace

from dyads.records import Event, Party, Span

# Where a piece may end, best first: a paragraph, a line, a sentence, a clause, a word.
BREAKS = ("\n\n", "\n", ". ", "? ", "! ", "; ", " ")


def split(text: str, *, max_chars: int) -> list[tuple[int, str]]:
    """(offset, piece) pairs whose pieces, joined, are `text`; none longer than `max_chars`.

    A piece ends at the last paragraph break in its second half, else the last line break, sentence
    end, clause end or space there; text with none of these is cut at `max_chars`.
    """
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start:start + max_chars]
        cut = max_chars
        for mark in BREAKS:
            at = window.rfind(mark, max_chars // 2)
            if at > 0:
                cut = at + len(mark)
                break
        pieces.append((start, window[:cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def shift(event: Event, *, offset: int, sentences: int) -> Event:
    """The event of a piece starting at character `offset` after `sentences` sentences, in whole-text terms.

    Events of the first piece keep their ids; later pieces' ids also hash the offset, so the same
    paragraph repeated further down yields distinct mentions.
    """
    if not offset and not sentences:
        return event
    return replace(event, event_id=hashlib.sha1(f"{event.event_id}|{offset}".encode()).hexdigest()[:16],
                   sentence_index=event.sentence_index + sentences, trigger=_span(event.trigger, offset),
                   actor=_party(event.actor, offset), recipient=_party(event.recipient, offset),
                   attribution=_span(event.attribution, offset))


def _span(span: Span | None, offset: int) -> Span | None:
    return None if span is None else replace(span, start=span.start + offset, end=span.end + offset)


def _party(party: Party | None, offset: int) -> Party | None:
    return None if party is None else replace(party, start=party.start + offset, end=party.end + offset)
