"""Recipients of reactions to an earlier event: "Iraq condemned *the strike*", "Argentina denied *the charge*",
"a claim the group denies". The stance is aimed at the author of the act or statement the noun refers back to,
which an earlier sentence (or clause) reports; the clause itself names no recipient.

The nouns and the types of event each may refer to are data (`data/event_anaphors.csv`). A reaction takes as
recipient the actor of the latest earlier event of one of those types, in its sentence or the two before, by a
party of another country; when there is none, the event is left as it was.
"""
from __future__ import annotations

import csv
import functools
import hashlib
import io
from dataclasses import replace
from importlib import resources

from spacy.tokens import Doc, Token

from dyads import confidence
from dyads.records import Event

# Stances toward a party whose object may be an earlier act or claim ("condemned the strike").
REACTION_TYPES = frozenset(("ACCUSE", "REJECT", "SUPPORT"))
# A recipient the clause did not name: none, the actor's own state by default, or a party of another phrase.
UNNAMED_WHY = ("no recipient named",)
LOOSE_TIER = "recipient from elsewhere in the clause"
REFERRING_DETS = frozenset(("the", "this", "that", "these", "those"))
SENTENCES_BACK = 2


@functools.cache
def nouns() -> dict[str, frozenset[str]]:
    """Event-anaphor nouns (`data/event_anaphors.csv`): noun -> the event types it may refer back to."""
    text = resources.files("dyads.data").joinpath("event_anaphors.csv").read_text("utf-8")
    return {row["noun"].strip().lower(): frozenset(row["antecedent_types"].split())
            for row in csv.DictReader(io.StringIO(text)) if row["noun"].strip()}


def anaphor_of(trigger: Token) -> Token | None:
    """The noun by which a reaction's trigger refers to an earlier event: its definite object ("condemned the
    strike") or the noun its relative clause describes ("a charge the army denies"), else None."""
    known = nouns()
    for child in trigger.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lower_ in known \
                and any(d.dep_ == "det" and d.lower_ in REFERRING_DETS for d in child.children):
            return child
    if trigger.dep_ == "relcl" and trigger.head.lower_ in known:
        return trigger.head
    return None


def _open_recipient(event: Event) -> bool:
    if event.recipient is None:
        return True
    return (event.recipient.why or "").startswith(UNNAMED_WHY) or LOOSE_TIER in event.why


def _antecedent(event: Event, kinds: frozenset[str], found: list[Event]) -> Event | None:
    """The latest earlier event of one of `kinds` by a party of another country than the event's actor."""
    mine = {event.actor.code, event.actor.country} - {None}
    best = None
    for other in found:
        if other.trigger.start >= event.trigger.start or other.sentence_index < event.sentence_index - SENTENCES_BACK:
            continue
        if other.event_type not in kinds or other.status != "occurred" or other.actor is None \
                or other.actor.code is None or {other.actor.code, other.actor.country} & mine:
            continue
        if best is None or other.trigger.start > best.trigger.start:
            best = other
    return best


def resolve(found: list[Event], doc: Doc) -> list[Event]:
    """The events with reactions to an earlier event aimed at that event's actor (see the module doc)."""
    out = []
    for event in found:
        if event.event_type in REACTION_TYPES and event.actor is not None and event.actor.code \
                and _open_recipient(event):
            span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
            noun = anaphor_of(span.root) if span is not None else None
            before = _antecedent(event, nouns()[noun.lower_], found) if noun is not None else None
            if before is not None:
                why = f"'{noun.text}' refers to {before.event_type} '{before.trigger.text}' by " \
                      f"'{before.actor.text}': its author; {before.actor.why}"
                recipient = replace(before.actor, why=why)
                known = event.evidence
                if known is not None:
                    # the recipient is inferred from the trigger's own object, a direct argument (tier 0)
                    known = replace(known, recipient_tier=0, recipient_found="inferred",
                                    recipient_sector=recipient.sector or "", recipient_pronoun=False,
                                    same_country=False)
                event = replace(event, recipient=recipient, why=f"{event.why}; recipient: {why}", evidence=known,
                                confidence=confidence.score(known) if known is not None else event.confidence,
                                event_id=hashlib.sha1(f"{event.event_id}|{recipient.code}|{recipient.start}".encode())
                                .hexdigest()[:16])
        out.append(event)
    return out
