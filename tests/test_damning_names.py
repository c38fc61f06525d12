"""Calling an act or a party by a damning name criticises it (CAMEO 111): names of a seizure of power ("a coup"),
of a mistake or a failing ("unfriendly", "inadequate"). Calling a situation by a word of danger stays out (all
sentences invented)."""
from __future__ import annotations

import pytest

from conftest import triples


def _accusations(events):
    return {(a, r) for t, a, r in triples([e for e in events if e.trigger.text in ("called", "calling")]) if t == "ACCUSE"}


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("The Zambian opposition called the arrest of its leader a coup.", "ZMB", None),
    ("Moscow called the Latvian decision unfriendly.", "RUS", "LVA"),
    ("Seoul called the North Korean deployment a grave mistake.", "KOR", "PRK"),
    ("The European Commission issued a statement calling the Spanish approach inadequate.", "IGOEEC", "ESP"),
    ("Ottawa responded, calling the American tariffs a very dumb mistake.", "CAN", "USA"),
])
def test_damning_names_criticise(code, text, actor, recipient):
    found = _accusations(code(text))
    assert any(a == actor and (recipient is None or r == recipient) for a, r in found), found


@pytest.mark.parametrize("text", [
    "The Kenyan minister called the flooding in the capital dangerous.",
    "The party that called the vote a coup won the election.",
])
def test_other_names_stay_out(code, text):
    events = code(text)
    assert not [e for e in events if e.trigger.text == "called" and e.event_type == "ACCUSE"
                and e.recipient is not None], triples(events)
