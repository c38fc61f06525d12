"""Events set for a time to come: a trigger whose clause names a date after publication in a way that points
forward ("convened a meeting *for Monday*", "called a strike *for Friday*", "is convening talks *next week*",
"will be held *tomorrow*") is planned, even with no modal or plan verb. Used by the pipeline for candidates whose
status is otherwise `occurred`.
"""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from dyads import dates, nlp

# Words of a date expression that point forward from the publication date on their own ("*next* week",
# "*tomorrow*", "the *coming* days", "*later* this month").
FORWARD_WORDS = frozenset({"next", "tomorrow", "coming", "later", "upcoming"})
# The preposition that books an event for a date ("a meeting *for* Monday", "the vote set *for* 3 May").
BOOKING_PREPOSITIONS = frozenset({"for"})


def scheduled(trigger: Token, published: dt.date | None) -> str | None:
    """The date expression that sets the trigger's event after publication, or None. Only the first expression of
    the trigger's clause counts (the one that dates it); "for the next two weeks" (a duration) and "the next day" (a
    day after a past one) are no booking."""
    if published is None:
        return None
    found = dates.attached(trigger, dates.expressions(nlp.sentence(trigger)))
    if not found:
        return None
    span = found[0].span
    words = [t.lower_ for t in span]
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if "the" in words or before == "the" or dates.DURATION.match(span.text):
        return None
    booked = before in BOOKING_PREPOSITIONS
    forward = bool(FORWARD_WORDS & set(words)) and before not in BOOKING_PREPOSITIONS
    if not (booked or forward):
        return None
    when = dates.resolve_text(span.text, published=published, future=True)
    return span.text if when is not None and when.date is not None and when.date > published else None
