"""Asylum granted with no agent named (session 30, branch c30f): only a state grants asylum or refuge (CAMEO 075,
PLOVER AID), so "X were granted asylum *in Y*" was granted by Y's authorities; with no place, nobody is guessed
(refugees leave their own state, and the story is often set there)."""
from __future__ import annotations

from conftest import triples


def _grants(events):
    return {(e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
            for e in events if e.event_type == "AID" and e.trigger.text == "granted"}


def test_asylum_granted_in_a_country_is_granted_by_its_authorities(code):
    events = code("Two Belarusian poets were granted asylum in Lithuania last month.")
    assert _grants(events) == {("LTU", "BLR")}, triples(events)


def test_asylum_granted_in_a_relative_clause(code):
    events = code("Three Eritrean runners who were granted asylum in Canada will race for their new club.")
    assert ("CAN", "ERI") in _grants(events), triples(events)


def test_asylum_granted_with_no_place_names_no_granter(code):
    events = code("KABUL - The Afghan singer was granted asylum, her manager said on Friday.")
    assert not _grants(events), triples(events)


def test_an_agent_named_still_grants_it(code):
    events = code("Two Belarusian poets were granted asylum by Poland.")
    assert _grants(events) == {("POL", "BLR")}, triples(events)


def test_the_place_and_the_refuge_are_not_whom_it_is_given_to(code):
    events = code("THE HAGUE - A group of 30 activists has been granted asylum in the Netherlands after months in "
                  "a detention centre.")
    grants = _grants(events)
    assert grants and all(actor == "NLD" and recipient != "NLD" for actor, recipient in grants), triples(events)
