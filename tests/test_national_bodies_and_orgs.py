"""A state named right before an international body's generic name names its own national body, and
organizations the proxy batches 10-14 showed missing from the tables (issue 14). Every sentence here is
invented for the test."""
from __future__ import annotations

import pytest

from tests.conftest import triples


@pytest.mark.parametrize("text, expected", [
    ("The secretary of Russia's Security Council accused Britain of sabotage.", ("ACCUSE", "RUS", "GBR")),
    ("The Iranian Security Council condemned Israel.", ("ACCUSE", "IRN", "ISR")),
])
def test_a_states_security_council_is_its_own_body(code, text, expected):
    assert expected in triples(code(text, date="2020-01-01"))


@pytest.mark.parametrize("text", [
    "The Security Council condemned Israel.",
    "The UN Security Council condemned Israel.",
])
def test_the_security_council_alone_is_the_uns(code, text):
    events = code(text, date="2020-01-01")
    assert any(e.actor and e.actor.code == "IGOUNO" for e in events)


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Inter-American Commission on Human Rights condemned Nicaragua.", "IGOOAS", "NIC"),
    ("Ghana's finance ministry criticised Fitch Ratings.", "GHA", "USA"),
    ("Kazakhstan's media regulator threatened to block YouTube.", "KAZ", "USA"),
    ("Belarus's foreign ministry denounced Radio Free Europe.", "BLR", "USA"),
    ("The Uyghur Human Rights Project accused Chinese officials of abuses.", "NGOUHR", "CHN"),
    ("Cocoa growers in Ivory Coast demanded that the Coffee and Cocoa Council raise prices.", "CIV", "CIV"),
])
def test_organizations_in_the_tables(code, text, actor, recipient):
    events = code(text, date="2020-01-01")
    assert any(e.actor and e.actor.code == actor and e.recipient and e.recipient.code == recipient for e in events)
