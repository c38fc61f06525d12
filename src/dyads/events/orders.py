"""An order that another party yield: "ordered the rebels to surrender" is a demand on the rebels, not a retreat.

A verb of ordering makes its subject answer for what it orders its own people to do ("ordered troops to pull
back" is the orderer's retreat: `syntax.SUBJECT_CONTROL_LEMMAS`). Ordered of a party that is not the orderer's own
organ (its forces, police or officials: a state sector of the actor tables' role words), a surrender, withdrawal or
other concession is demanded of that party and has not happened: the event is the orderer's demand that the
target yield (CAMEO 105, REQUEST orderer -> ordered party). A pronoun object ("ordered them to ...") may be either:
left as it was.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dyads.events.candidate import Candidate
from dyads.events.parties import party_spans
from dyads.events.syntax import party_like
from dyads.home_parties import STATE_SECTORS

# Verbs of ordering (a subset of `syntax.SUBJECT_CONTROL_LEMMAS`), the yielding acts an order may demand of another
# party, and the CAMEO code of demanding that a target yield.
ORDER_LEMMAS = frozenset(("order", "command", "instruct", "direct"))
YIELDING_TYPES = ("RETREAT", "CONCEDE")
DEMAND_YIELD_CAMEO = "105"


def ordered_party(trigger: Token) -> Token | None:
    """The object of the verb of ordering whose "to" clause the trigger heads, when it is not the orderer's own
    organ ("ordered *the rebels* to surrender"); else None."""
    verb = trigger.head
    if trigger.dep_ != "xcomp" or verb.lemma_.lower() not in ORDER_LEMMAS \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < trigger.i), None)
    if obj is None or obj.pos_ == "PRON" or not (party_like(obj) or any(c.dep_ == "poss" for c in obj.children)):
        return None  # "ordered a break to allow ...": no party ordered; "its members": a party's people
    from dyads.actors.tables import index  # the actor tables load only when an order is met

    return None if index().roles.get(obj.lower_) in STATE_SECTORS else obj


def demanded(cand: Candidate) -> Candidate:
    """The candidate of a yielding act ordered of another party turned into the orderer's demand; others unchanged."""
    if cand.entry.event_type not in YIELDING_TYPES:
        return cand
    target = ordered_party(cand.trigger)
    if target is None:
        return cand
    cand.entry = replace(cand.entry, event_type="REQUEST", mode="", cameo=DEMAND_YIELD_CAMEO,
                         note=f"ordered of another party: a demand that it yield ({cand.entry.note})")
    cand.recipients = [party_spans(target)]
    cand.intent = False  # the order is the event, not a plan of the orderer's own
    cand.rule += f"; '{cand.trigger.text}' ordered of '{target.text}' by '{cand.trigger.head.text}': a demand"
    return cand
