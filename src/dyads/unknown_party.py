"""Events whose actor belongs to no known country or body.

An event is an action by a political party (docs/coding-guide.md, "What is an event": "if a careful reader cannot
tell which country, the party is unknown and the event is not coded"; "an unknown attacker ... is no actor: no
event"). A party resolved only to a sector ("gunmen" UAF, "the government" GOV, "who" CVL) with no country, and no
class code of a body without one (IGO, NGO, IMG, MNC), can enter no dyad: its events are not coded.
"""
from __future__ import annotations

from dyads.records import Event


WHY = "its actor belongs to no known country or body (a sector only): the party is unknown"


def countable(event: Event) -> bool:
    """True when the event's actor has a code (a country, or the class code of a body without one)."""
    if event.event_type in KEPT_TYPES:
        return True
    return event.actor is not None and event.actor.code is not None


# Coercion (arrests, dispersals, bans, curfews) with no country named is the act of the authorities where it happens
# (README: "a passive arrest ... with no agent was done by the authorities of the place it happened in"): kept.
KEPT_TYPES = frozenset(("COERCE",))
