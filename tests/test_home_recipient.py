"""A domestic act that names no party it is aimed at (a threat, accusation, penalty, promise, endorsement or
appeal at home) has the actor's own country as its recipient, unless its sentence reaches abroad or it happens
abroad. Stories we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations

import pytest

from conftest import triples
from dyads import home_recipient


@pytest.mark.parametrize("text, expected", [
    ("Heavy rain fell across the south. The Peruvian government launched an investigation into the collapse of the "
     "dam.", ("ACCUSE", "PER", "PER")),
    ("Protests went on in Lima for a week. Peru's interior minister vowed to crush the unrest.",
     ("THREATEN", "PER", "PER")),
    ("Strikes shut the ports of Chile on Monday. The Chilean dockworkers' union agreed to a two-day truce on Tuesday.",
     ("AGREE", "CHL", "CHL")),
    ("Turnout was low in the vote. Chile's president endorsed the new pension law on Friday.",
     ("SUPPORT", "CHL", "CHL")),
    ("Protests went on in Lima for a week. The Peruvian police told the organizers to end the march.",
     ("REQUEST", "PER", "PER")),
])
def test_a_domestic_act_with_no_party_named_is_aimed_at_home(code, text, expected):
    events = code(text, date="2000-01-01")
    assert expected in triples(events)
    homed = [e for e in events if e.recipient is not None and "an act at home" in e.why]
    assert homed, [e.why for e in events]


@pytest.mark.parametrize("text, event_type", [
    # the sentence reaches abroad: no home recipient
    ("The currency fell again. Peru's government accused foreign investors of sabotage.", "ACCUSE"),
    ("The currency fell again. Peru's government vowed to strengthen ties with its allies.", "AGREE"),
    ("The talks ended on Friday. The Peruvian president praised his counterpart.", "SUPPORT"),
    # an act told as like others points back to them; a story that has paired the country with another leaves it
    ("Protests went on in Lima for a week. Peru's interior minister made similar threats.", "THREATEN"),
    ("Peru accused Chile of spying on Monday. Peru's interior minister vowed to crush the unrest.", "THREATEN"),
    # a story set in another country: the act is not at home
    ("KABUL, March 3 - Fighting went on near the border. The Peruvian government pledged to send more doctors.",
     "AGREE"),
])
def test_an_act_reaching_abroad_gets_no_home_recipient(code, text, event_type):
    events = [e for e in code(text, date="2000-01-01") if e.event_type == event_type]
    assert events, triples(code(text, date="2000-01-01"))
    assert all(e.recipient is None or e.recipient.code != e.actor.country for e in events), triples(events)


def test_the_types_and_words_are_data():
    assert {"THREATEN", "ACCUSE", "SANCTION", "AGREE", "SUPPORT", "REQUEST"} <= home_recipient.types()
    assert "PROTEST" not in home_recipient.types()  # pairing's domestic default covers it from the clause
    # an attack in a conflict story is most often on the other side: `place_recipient` places it instead
    assert "ASSAULT" not in home_recipient.types()
    assert {"foreign", "allies", "abroad", "observers"} <= home_recipient.foreign_words()
    assert {"similar", "such"} <= home_recipient.anaphoric_words()


def test_a_lone_sentence_is_left_as_it_is(code):
    # whether a lone sentence's act is at home is its story's to say
    events = code("The Peruvian government launched an investigation into the collapse of the dam.", date="2000-01-01")
    assert ("ACCUSE", "PER", None) in triples(events)


@pytest.mark.parametrize("text", [
    "Mozambican rebels have fought the army for years. On Monday the rebels withdrew from the town, witnesses said.",
])
def test_a_retreat_at_home_by_a_countrys_own_non_state_party_bears_on_that_country(code, text):
    events = [e for e in code(text, date="2000-01-01") if e.event_type == "RETREAT" and "an act at home" in e.why]
    assert events and all(e.recipient.code == e.actor.country for e in events), triples(code(text, date="2000-01-01"))


def test_an_insider_retreat_in_a_story_that_paired_the_country_with_another_gets_no_home_recipient(code):
    events = code("Peru accused Chile of spying on Monday. Peruvian rebels withdrew from the town on Tuesday.",
                  date="2000-01-01")
    withdrew = [e for e in events if e.trigger.text == "withdrew"]
    assert all(e.recipient is None or e.recipient.code != "PER" for e in withdrew)


def test_the_insider_types_and_sectors_are_data():
    assert {"RETREAT", "COERCE"} <= home_recipient.insider_types()
    assert "ASSAULT" not in home_recipient.insider_types()  # a rebel attack placed nowhere stays unaddressed
    assert {"REB", "CVL"} <= home_recipient.insider_sectors()
    assert not {"GOV", "MIL"} & home_recipient.insider_sectors()  # a state's own forces: `place_recipient`'s
