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
    # lower-case modifiers of the party's own phrase between the state and the name
    ("South Korea's main opposition Democratic Party", "KOR"),
    ("Kenya's ruling Democratic Party", "KEN"),
    ("the South Korean opposition Democratic Party", "KOR"),
    # the tables' own entries for other states' parties of a shared name
    ("the Democratic Party of Korea", "KOR"),
    ("the People Power Party", "KOR"),
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
    ("Russia's talks with the Democratic Party", "USA"),  # the state's phrase ends before the party's
    ("Mexico and the Democratic Party", "USA"),
])
def test_a_party_without_another_state_keeps_the_tables_state(text, code):
    party = actors.resolve_text(text)
    assert party is not None and party.code == code, party


def test_an_event_by_another_states_party_is_coded_to_that_state(code):
    events = code("The Democratic Party of Equatorial Guinea condemned the government of Gabon on Monday.")
    assert any(e.actor is not None and e.actor.code == "GNQ" for e in events), events
    assert not any(e.actor is not None and e.actor.code == "USA" for e in events), events


@pytest.mark.parametrize("text,state", [
    ("AMMAN (Reuters) - Jordanian authorities banned the Muslim Brotherhood on Wednesday, officials said.", "JOR"),
    ("TEHRAN - The National Front called for protests against the government on Sunday. Police in Tehran "
     "arrested dozens of people.", "IRN"),
])
def test_a_party_in_a_story_set_elsewhere_that_never_names_its_tables_state_is_of_the_setting(code, text, state):
    events = code(text)
    parties = [p for e in events for p in (e.actor, e.recipient) if p is not None and p.sector in ("PTY", "OPP")]
    assert parties and all(p.code == state for p in parties), events


@pytest.mark.parametrize("text,state", [
    # the table's state is named in the story: the tables stand
    ("JERUSALEM - Democrats in the US Congress criticised the Israeli government on Monday.", "USA"),
    ("CAIRO - The Egyptian government banned the Muslim Brotherhood on Monday.", "EGY"),
])
def test_a_party_whose_tables_state_the_story_names_keeps_it(code, text, state):
    events = code(text)
    parties = [p for e in events for p in (e.actor, e.recipient) if p is not None and p.sector in ("PTY", "OPP")]
    assert parties and all(p.code == state for p in parties), events
