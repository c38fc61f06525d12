"""Breadth of the trigger lexicon, session 24 (issue 14): CAMEO families the lexicon had no trigger for — travel and
arrival of officials as visits (042), patrols as shows of force (150) or, joint, as military cooperation (062),
ships boarded by a navy as stopped (191), forces put on standby (150), dissatisfaction as disapproval (111) — each
with the uses that are no event (all sentences invented)."""
from __future__ import annotations

import pytest

from conftest import triples


def _types(events, trigger):
    return {e.event_type for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # CAMEO 042 make a visit: an official, a leader or a delegation travelling to or arriving in a party's territory
    ("The Chilean foreign minister travelled to Lima on Monday.", "travelled", ("CONSULT", "CHL", "PER")),
    ("A Brazilian trade delegation arrived in Buenos Aires on Tuesday.", "arrived", ("CONSULT", "BRA", "ARG")),
    # CAMEO 062 cooperate militarily: joint patrols and exercises carried out together
    ("The navies of Kenya and Tanzania carried out joint patrols off Mombasa.", "carried", ("COOPERATE", "KEN", "TZA")),
    # CAMEO 111 criticize or denounce: a party disappointed or displeased with another's act
    ("Norway said it was dissatisfied with the Danish decision.", "dissatisfied", ("ACCUSE", "NOR", "DNK")),
])
def test_new_families_code(code, text, trigger, expected):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert expected in triples(events)


@pytest.mark.parametrize(("text", "trigger"), [
    # travel or arrival by anyone but an official, a leader or a delegation is no visit
    ("Thousands of Syrian refugees arrived in Greece on Monday.", "arrived"),
    ("The first shipment of grain arrived in Lebanon on Friday.", "arrived"),
    ("Hundreds of migrants travelled to Italy by boat.", "travelled"),
])
def test_new_families_stay_out_of_other_senses(code, text, trigger):
    assert not _types(code(text), trigger)


def test_a_ship_boarded_by_a_navy_is_stopped_and_searched(code):
    # CAMEO 191 restrict movement: a navy or coast guard boarding another party's vessel, as intercepting it
    events = code("The Estonian navy boarded a Russian tanker on Sunday.")
    assert ("COERCE", "EST", "RUS") in triples([e for e in events if e.trigger.text == "boarded"])


def test_passengers_boarding_a_boat_make_no_event(code):
    assert not _types(code("Hundreds of Libyan migrants boarded a boat bound for Malta."), "boarded")


def test_a_pronoun_travelling_for_a_visit_keeps_the_visit(code):
    # the traveller class cannot test a pronoun: travelling *for a visit* is a visit whoever travels (and the visit
    # noun it governs is not lost to a travel verb read as no event)
    text = "The Emir of Qatar left Doha, and he travelled to Oman on Monday for a state visit."
    assert "CONSULT" in _types(code(text), "travelled") | _types(code(text), "visit")


def test_being_on_patrol_is_no_event(code):
    assert not _types(code("Two Pakistani soldiers were on patrol near the village when a bomb exploded."), "patrol")


@pytest.mark.parametrize("text", [
    # CAMEO 150/151 raise alert status: the parser reads "on" as a particle and "standby" as an adverb of the verb
    "The Ghanaian army was put on standby on Monday.",
    "The Mexican police were put on standby ahead of the vote.",
])
def test_forces_put_on_standby_are_mobilized(code, text):
    assert "MOBILIZE" in _types(code(text), "put")


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # CAMEO 114 complain officially / 161 reduce relations: a Commonwealth high commissioner or a consul is an envoy
    ("India summoned Bangladesh's acting high commissioner on Monday.", "summoned", ("ACCUSE", "IND", "BGD")),
    ("Canada recalled its high commissioner from New Delhi.", "recalled", ("SANCTION", "CAN", "IND")),
])
def test_high_commissioners_and_consuls_are_envoys(code, text, trigger, expected):
    assert expected in triples([e for e in code(text) if e.trigger.text == trigger])
