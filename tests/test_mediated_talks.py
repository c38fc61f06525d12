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


def test_a_host_conjoined_to_a_mediator_consults_the_sides_too(code):
    events = code(STORY + "The talks were mediated by Kenya and hosted by Egypt.")
    assert ("CONSULT", "EGY", "SDN") in triples(events)
    assert ("CONSULT", "KEN", "SDN") in triples(events)


def test_a_mediator_conjoined_to_another_participle_is_the_passive_agent(code):
    events = code("Chad and Sudan, meeting in Doha, agreed to reopen the border after talks held in Doha and "
                  "mediated by Qatar.")
    assert {("CONSULT", "QAT", "SDN"), ("CONSULT", "QAT", "TCD")} <= set(triples(events))


def test_a_host_of_talks_the_sides_hold_is_not_absorbed_by_the_meeting(code):
    events = code("Chad and Sudan signed a border accord on Monday after talks hosted by Qatar.")
    assert {("CONSULT", "QAT", "SDN"), ("CONSULT", "QAT", "TCD")} <= set(triples(events))


def test_the_host_of_a_summit_the_leaders_met_at_consults_them(code):
    events = code("Leaders of Ghana and Togo met at a summit hosted by Nigeria in Abuja.")
    assert {("CONSULT", "NGA", "GHA"), ("CONSULT", "NGA", "TGO")} <= set(triples(events))

