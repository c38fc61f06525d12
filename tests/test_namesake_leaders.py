"""A leader's surname after another given name is a namesake the tables do not know (session 29, branch c29d):
"Aguila Saleh" is not Ali Abdullah Saleh. The party is then read from the rest of its phrase and the story, not
from the tables' leader; a name the leader does bear, or an initial, keeps the table's leader."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "wrong"), [
    ("Libyan parliament speaker Aguila Saleh rejected the plan of the Tripoli government.", "YEM"),
    ("Kenyan police arrested Christian Ntaryamira, a Ugandan businessman, on Monday.", "BDI"),
])
def test_a_namesake_of_a_leader_is_not_the_leader(code, text, wrong):
    events = code(text)
    assert events, triples(events)
    assert not [e for e in events for p in (e.actor, e.recipient) if p and p.code == wrong], triples(events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Yemeni President Ali Abdullah Saleh rejected the Saudi proposal.", "YEM"),
    ("George W. Bush met the Mexican president in Monterrey.", "USA"),
    ("Saleh rejected the Saudi proposal in Sanaa.", "YEM"),
])
def test_the_leader_named_in_full_or_alone_stays_the_leader(code, text, expected):
    events = code(text)
    assert [e for e in events if e.actor and e.actor.code == expected], triples(events)
