"""Recall fixes of session 20 (helper s20c): parties found for triggers that had none. Every sentence is invented
for the test; none is a sentence of any gold set."""
from __future__ import annotations

import pytest

from tests.conftest import triples


@pytest.mark.parametrize("text, expected", [
    # a definite organization noun takes the organization of the speaker's phrase: a person between ("chief",
    # "leader") is no nearer organization
    ("The African Union's commission chairman said the bloc condemned Sudan.", ("ACCUSE", "IGO", "SDN")),
    ("Hezbollah's deputy leader said the group condemned Israel.", ("ACCUSE", "LBN", "ISR")),
])
def test_a_definite_organization_noun_passes_over_a_person(code, text, expected):
    assert any(t[0] == expected[0] and (t[1] or "").startswith(expected[1]) and t[2] == expected[2]
               for t in triples(code(text, date="2000-01-01")))


def test_a_body_between_still_stops_a_definite_organization_noun(code):
    # "the ministry" is the nearer body: "the agency" is not the African Union
    found = triples(code("The African Union said the ministry told the agency that Sudan was to blame.",
                         date="2000-01-01"))
    assert not any((t[1] or "").startswith("IGO") and t[0] == "ACCUSE" for t in found)


@pytest.mark.parametrize("text, expected", [
    # the speech verb's subject claims an act of its own: it is the actor, also when the parser gives the speech
    # verb a reported clause elsewhere in the sentence
    ("Ethiopia claims to have encircled Mekele, trapping thousands of residents, many of whom were trying to flee "
     "what they fear will be a long siege of the city.", ("COERCE", "ETH", "ETH")),
])
def test_the_subject_of_a_claimed_infinitive_is_its_doer(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


@pytest.mark.parametrize("text, expected", [
    # a meeting "with Y" that is the subject of the clause a speaker reports is the speaker's meeting with Y
    ("Peru said talks with Chile would resume next week.", ("CONSULT", "PER", "CHL")),
    ("Kenya said on Monday that negotiations with Somalia had stalled.", ("CONSULT", "KEN", "SOM")),
    # and so is a meeting "ahead of" which the speaker speaks
    ("The Kenyan president said ahead of a meeting with Somalia's president that the border would stay open.",
     ("CONSULT", "KEN", "SOM")),
])
def test_the_speaker_of_a_meeting_with_a_partner_takes_part_in_it(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


@pytest.mark.parametrize("text", [
    "Peru said talks between Chile and Bolivia would resume next week.",   # others' talks
    "Peru said a visit to Chile would take place next week.",               # a visit: whose is not said
    "Peru did not say talks with Chile would resume.",                      # no statement
])
def test_a_reported_meeting_without_the_speaker_stays_without_it(code, text):
    assert not any(t[0] == "CONSULT" and t[1] == "PER" for t in triples(code(text, date="2000-01-01")))


@pytest.mark.parametrize("text, expected", [
    # a people's adjective on a convened meeting names its sides ("UN-sponsored *Afghan* talks")
    ("Qatar-hosted Afghan peace talks resumed on Monday.", ("CONSULT", "QAT", "AFG")),
    ("UN-sponsored Libyan talks opened in Geneva.", ("CONSULT", "IGO", "LBY")),
])
def test_the_people_of_a_convened_meeting_are_its_sides(code, text, expected):
    assert any(t[0] == expected[0] and (t[1] or "").startswith(expected[1]) and t[2] == expected[2]
               for t in triples(code(text, date="2000-01-01")))


def _statuses(events, event_type):
    return {e.status for e in events if e.event_type == event_type}


@pytest.mark.parametrize("text", [
    "Talks between Chile and Peru are due to resume in Lima on Tuesday.",
    "A new round of talks between Chile and Peru is due to resume in Lima on Tuesday.",
    "The summit between Chile and Peru is scheduled for May.",
    "A visit by Peru's president to Chile is due on Monday.",
])
def test_a_timetabled_meeting_is_planned(code, text):
    assert _statuses(code(text, date="2000-01-01"), "CONSULT") == {"planned"}


@pytest.mark.parametrize("text, event_type", [
    ("An attack by Peru on Chile is due to the drought, officials said.", "ASSAULT"),   # a cause, not a timetable
    ("Peru's military operations in Chile are due to end soon.", "ASSAULT"),            # going on until then
])
def test_a_cause_or_an_end_is_no_timetable(code, text, event_type):
    assert "planned" not in _statuses(code(text, date="2000-01-01"), event_type)


@pytest.mark.parametrize("text, expected", [
    # a meeting that is the subject of a verb done "under X's auspices" is convened by X
    ("Afghan peace talks resumed under the aegis of Qatar.", ("CONSULT", "QAT", "AFG")),
    ("Libyan talks will resume under UN auspices in Geneva next week.", ("CONSULT", "IGO", "LBY")),
])
def test_the_holder_of_the_auspices_convenes_the_meeting(code, text, expected):
    assert any(t[0] == expected[0] and (t[1] or "").startswith(expected[1]) and t[2] == expected[2]
               for t in triples(code(text, date="2000-01-01")))


@pytest.mark.parametrize("text", [
    "Chile and Peru held talks under UN auspices in Vienna.",
    "Talks between Chile and Peru resumed under the auspices of the African Union.",
])
def test_named_sides_keep_their_meeting_under_auspices(code, text):
    found = triples(code(text, date="2000-01-01"))
    assert ("CONSULT", "CHL", "PER") in found and not any((t[1] or "").startswith("IGO") for t in found)


@pytest.mark.parametrize("text", [
    # the frames of something still to come are the shared list of status.toml (`upcoming_frames`), whether the
    # frame word stands on the speech verb ("prior to") or in a phrase of it ("on the eve of", "in the run-up to")
    "The Kenyan president said on the eve of a meeting with Somalia's president that the border would stay open.",
    "The Kenyan president said in the run-up to talks with Somalia's president that the border would stay open.",
    "The Kenyan president said in advance of talks with Somalia's president that the border would stay open.",
    "The Kenyan president said prior to talks with Somalia's president that the border would stay open.",
])
def test_the_speaker_of_a_meeting_framed_as_still_to_come_takes_part_in_it(code, text):
    assert ("CONSULT", "KEN", "SOM") in triples(code(text, date="2000-01-01"))
