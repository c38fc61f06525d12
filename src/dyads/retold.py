"""A meeting told once is one event: a noun that mentions again, in passing, a meeting the document has already
reported ("Trump and Erdogan spoke by phone on Monday. ... According to the readout *of the call*, ...", "*After*
Trump's *call* with Erdogan, ...") is not coded a second time (the coding guide: restatements are coded once, at the
first mention).

A mention is retold when it is a noun of a retold type (`RETOLD_TYPES`) in a prepositional phrase that looks back
on it (the object of "after", "of", "following", ..., word class `retold_prep`), occurred, between the same two parties (by code, in either direction) as an
occurred event of its type in an earlier sentence, with no date of its own (from its clause) that differs from that event's, and
no modifier that makes it a new instance of its kind ("a *second* call", "*another* meeting", "the *sixth*
meeting", word class `new_instance` in `data/senses/word_classes.csv`). Such mentions are dropped after the
candidates are resolved, with why.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from dyads import senses
from dyads.records import Event

# Types whose restatements by a noun in passing are dropped: meetings, talks, calls and visits.
RETOLD_TYPES = ("CONSULT",)
# A noun mentioned in passing: the object of a preposition that looks back on it ("*after* the call", "a readout
# *of* the talks"), word class `retold_prep`; not one that places another act in it ("*during* the talks").
PASSING_DEPS = ("pobj",)
PASSING_PREPS, NEW_INSTANCE = "retold_prep", "new_instance"
# How an event's why says its date is its own, from its clause (`dyads.dates`), not the story's or the paper's.
OWN_DATE = "; date: date '"


def _pair(event: Event) -> frozenset[str] | None:
    codes = (event.actor.code if event.actor else None, event.recipient.code if event.recipient else None)
    return frozenset(codes) if all(codes) else None


def _new_instance(token: Token) -> bool:
    return any(c.dep_ in ("amod", "nummod", "det", "compound") and (c.ent_type_ == "ORDINAL"
                                                                   or senses.in_class(c, NEW_INSTANCE))
               for c in token.children)


def _same_time(a: Event, b: Event) -> bool:
    return not (OWN_DATE in a.why and OWN_DATE in b.why and a.date != b.date)


def retells(event: Event, token: Token | None, earlier: Iterable[Event]) -> Event | None:
    """The earlier event a mention in passing retells (None when it reports an event of its own)."""
    if token is None or event.event_type not in RETOLD_TYPES or event.status != "occurred" \
            or token.pos_ != "NOUN" or token.dep_ not in PASSING_DEPS or not senses.in_class(token.head, PASSING_PREPS) \
            or _new_instance(token):
        return None
    pair = _pair(event)
    if pair is None:
        return None
    return next((e for e in earlier if e.sentence_index < event.sentence_index and e.event_type == event.event_type
                 and e.status == "occurred" and _pair(e) == pair and _same_time(e, event)), None)


def drop(found: list[Event], token_of: Callable[[Event], Token | None]) -> tuple[list[Event], dict[int, str]]:
    """The events that report an event of their own, and by the id of each dropped mention why it was dropped."""
    kept, dropped = [], {}
    for event in found:
        first = retells(event, token_of(event), kept)
        if first is None:
            kept.append(event)
        else:
            dropped[id(event)] = f"retells {first.event_type} '{first.trigger.text}' of sentence " \
                                 f"{first.sentence_index} (same parties, occurred both times, mentioned in passing " \
                                 f"after '{token_of(event).head.text}'): coded once, at its first mention"
    return kept, dropped
