"""A party's name that the tables give one state ("Democratic Party": USA, "Muslim Brotherhood": EGY) belongs to
another state named with it in the same noun phrase: "of"/"in" <state> after it, a state's adjective or
possessive before it. Phrases we wrote."""
from __future__ import annotations

import pytest

from dyads import actors


@pytest.mark.parametrize("text,code", [
    ("The Democratic Party of Equatorial Guinea", "GNQ"),
    ("the Labour Party of Norway", "NOR"),
    ("the National Front of Malaysia", "MYS"),
    ("the Conservative Party of Canada", "CAN"),
    ("the Muslim Brotherhood in Jordan", "JOR"),
    ("Jordan's Muslim Brotherhood", "JOR"),
    ("Kenya's Democratic Party", "KEN"),
    ("the Australian Labour Party", "AUS"),
    ("the Syrian Muslim Brotherhood", "SYR"),
    ("Swedish Democrats", "SWE"),
])
def test_a_state_named_with_a_party_owns_it(text, code):
    party = actors.resolve_text(text)
    assert party is not None and (party.code, party.country) == (code, code), party
    assert party.sector in ("PTY", "OPP"), party


@pytest.mark.parametrize("text,code", [
    ("the Democratic Party", "USA"),
    ("the US Democratic Party", "USA"),
    ("the Egyptian Muslim Brotherhood", "EGY"),
    ("the Muslim Brotherhood", "EGY"),
    ("the Labour Party", "GBR"),
    ("Democrats in Ukraine", "USA"),  # a plural party name before "in": possibly visitors, the tables stand
    ("the Democratic Party in Congress", "USA"),  # not a state
])
def test_a_party_without_another_state_keeps_the_tables_state(text, code):
    party = actors.resolve_text(text)
    assert party is not None and party.code == code, party


def test_an_event_by_another_states_party_is_coded_to_that_state(code):
    events = code("The Democratic Party of Equatorial Guinea condemned the government of Gabon on Monday.")
    assert any(e.actor is not None and e.actor.code == "GNQ" for e in events), events
    assert not any(e.actor is not None and e.actor.code == "USA" for e in events), events
