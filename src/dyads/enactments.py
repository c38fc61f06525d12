"""Law-making is no support of a party: a legislature or government approving, ratifying or passing its own legal
instrument ("lawmakers approved the bill", "the assembly approved the new constitution", "the council approved a
decree") endorses nobody; what the instrument does is coded by its own words.

The approval stays an event until the recipients of reactions are resolved, because a later reaction may refer back
to it ("Russia condemned *the vote*": aimed at the legislature that voted, `dyads.anaphors`); it is dropped only
then. The verbs are the word class `enacting` and the instruments the word class `legal_instrument`
(`data/senses/word_classes.csv`); an agreement or treaty ratified with another party stays a SUPPORT.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from dyads import senses
from dyads.records import Event

# The types an approval is coded as by the lexicon (approve, ratify: CAMEO 050/057).
APPROVAL_TYPES = ("SUPPORT",)
# Who makes a country's own laws: its legislature and its government.
LAWMAKER_SECTORS = ("LEG", "GOV")
VERBS, INSTRUMENTS = "enacting", "legal_instrument"


def law_making(event: Event, token: Token | None) -> str:
    """Why an event is a lawmaker passing its own legal instrument ("" when it is not)."""
    if token is None or event.event_type not in APPROVAL_TYPES or token.pos_ != "VERB" \
            or not senses.in_class(token, VERBS) or event.actor is None or event.actor.sector not in LAWMAKER_SECTORS:
        return ""
    instrument = next((o for o in senses.verb_objects(token) if senses.in_class(o, INSTRUMENTS)), None)
    if instrument is None:
        return ""
    return f"law-making: '{event.actor.text}' {token.text} its own legal instrument '{instrument.text}', which " \
           f"supports no party (what it does is coded by its own words)"


def drop(found: Iterable[Event], token_of: Callable[[Event], Token | None]) -> tuple[list[Event], dict[int, str]]:
    """The events that are no law-making, and by the id of each dropped event why it was dropped."""
    kept, dropped = [], {}
    for event in found:
        if why := law_making(event, token_of(event)):
            dropped[id(event)] = why
        else:
            kept.append(event)
    return kept, dropped
