"""A mediator or host of talks between others, named only in a by-phrase ("talks mediated by X", "the talks were
hosted by Y"), consults the sides: the country the story is about when the clause names none (invented
sentences)."""
from __future__ import annotations

from conftest import triples


STORY = ("Sudan's army and the Rapid Support Forces signed a truce in Sudan on Monday. ")


def test_talks_hosted_by_a_state_are_its_consultation_of_the_sides(code):
    events = code(STORY + "The talks were hosted by Egypt in Cairo.")
    assert ("CONSULT", "EGY", "SDN") in triples(events)


def test_a_meeting_mediated_by_a_state_names_it_as_the_mediator(code):
    events = code(STORY + "The deal came after two weeks of talks mediated by Kenya.")
    assert ("CONSULT", "KEN", "SDN") in triples(events)


def test_a_mediator_of_talks_in_a_story_about_its_own_country_codes_nothing_against_itself(code):
    events = code("The talks were mediated by Kenya in Nairobi.")
    assert not [e for e in events if e.event_type == "CONSULT" and e.actor and e.actor.code == "KEN"
                and e.recipient and e.recipient.code == "KEN"]


def test_hosting_with_no_meeting_named_is_not_a_mediation(code):
    events = code(STORY + "The dinner was hosted by Egypt.")
    assert not [e for e in events if e.actor and e.actor.code == "EGY"]
