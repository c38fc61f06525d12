"""Events set for a time to come: a trigger whose clause names a date after publication in a way that points
forward ("convened a meeting *for Monday*", "called a strike *for Friday*", "is convening talks *next week*",
"will be held *tomorrow*") is planned, even with no modal or plan verb. Used by the pipeline for candidates whose
status is otherwise `occurred`.

A verb told in the simple past or the perfect ("*withdrew* its draft budget for 2026", "tariffs Washington *has
threatened* to impose from next week", "*called on* the parties ... and invited them to talks next week") reports an
act done: a date to come in its clause dates what it acts on, not the act (`done_verb`). Only a verb whose lexicon
entry makes its object the event ("called *a strike* for Friday"), a verb of setting an event up (word class
`booking_verb`: "convened a meeting for Monday") or one that calls for an event ("called *for* a rally next week")
is booked by such a date.
"""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from dyads import dates, nlp
from dyads.senses import in_class

# Words of a date expression that point forward from the publication date on their own ("*next* week",
# "*tomorrow*", "the *coming* days", "*later* this month").
FORWARD_WORDS = frozenset({"next", "tomorrow", "coming", "later", "upcoming"})
# The preposition that books an event for a date ("a meeting *for* Monday", "the vote set *for* 3 May").
BOOKING_PREPOSITIONS = frozenset({"for"})
# Particles of verb entries whose object is the event called for or set up ("called *for* a strike next week").
EVENT_PARTICLES = frozenset({"for"})
PERFECT_AUXILIARIES = frozenset({"has", "have", "had", "'s", "'ve", "'d"})


def done_verb(trigger: Token, entry) -> bool:
    """True for a verb trigger in the simple past or the (active) perfect whose lexicon entry names no object noun
    and no particle of an event called for: what it tells was done, whatever later date its clause names."""
    if trigger.pos_ != "VERB" or entry.pos != "VERB" or entry.object or entry.particle in EVENT_PARTICLES \
            or in_class(trigger, "booking_verb"):
        return False
    if trigger.tag_ == "VBD":
        return not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)
    children = list(trigger.children)
    return trigger.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in PERFECT_AUXILIARIES for c in children) \
        and not any(c.dep_ == "auxpass" for c in children)


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
