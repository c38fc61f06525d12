"""A prison, a jail or a penitentiary is where people are held, not a party: sending someone to prison, or
something done in a jail, codes no police (COP) party named by the building. Those who run it still are."""
from __future__ import annotations

import pytest

BUILDINGS = ("prison", "jail", "penitentiar")


def _building_parties(events):
    return [p.text for e in events for p in (e.actor, e.recipient)
            if p is not None and any(w in p.text.lower() for w in BUILDINGS) and p.sector == "COP"]


@pytest.mark.parametrize("text", [
    "Iran has threatened to send the protesters to prison.",
    "Amnesty International condemned that the journalist was sent to prison.",
    "Human Rights Watch criticised the conditions in a jail in Cairo.",
    "Protesters marched to the prison in Tehran.",
    "Kenyan police arrested the man and took him to a penitentiary in Nairobi.",
])
def test_a_prison_is_no_party(code, text):
    assert not _building_parties(code(text))


def test_threat_of_prison_has_no_prison_recipient(code):
    events = [e for e in code("Iran has threatened to send the protesters to prison.") if e.event_type == "THREATEN"]
    assert events and all(e.recipient is None or "prison" not in e.recipient.text for e in events)


@pytest.mark.parametrize("text, sector", [
    ("Egyptian prison guards beat the inmates.", "COP"),
    ("A Turkish prison officer assaulted a detainee.", "COP"),
])
def test_those_who_run_a_prison_are_still_police(code, text, sector):
    assert any(e.actor is not None and e.actor.sector == sector for e in code(text))
