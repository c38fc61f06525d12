"""Uses that report no event (session 11, E6): an aim or a purpose is no act done ("the aim of the drill is to
boost cooperation", "a resolution intended to allow aid", "talks to resolve the conflict"); "thank God" praises
no party."""
from __future__ import annotations

import pytest

from conftest import triples


def counted(events, event_type):
    """Events of a type with a status the gold counts (occurred or planned)."""
    return [e for e in events if e.event_type == event_type and e.status in ("occurred", "planned")]


@pytest.mark.parametrize("text, event_type", [
    ("The aim of the naval drill is to boost cooperation between Chile and Peru.", "COOPERATE"),
    ("Bolivia's goal is to resist Chilean attempts to dominate the lake.", "REJECT"),
    ("The priority for Ghana is to free the hostages held by the rebels.", "RETREAT"),
    ("The resolution is intended to allow delivery of aid to the besieged town.", "AID"),
    ("Peru unveiled a programme designed to arm Bolivian rebels.", "AID"),
    ("Ghana and Togo held talks aimed at ending the blockade of the port.", "RETREAT"),
])
def test_an_aim_is_no_act_done(code, text, event_type):
    events = code(text)
    assert not counted(events, event_type), [(e.event_type, e.trigger.text, e.status) for e in events]


@pytest.mark.parametrize("text, event_type", [
    ("Peruvian officials launched an effort to free the hostages held by Bolivia.", "RETREAT"),
    ("Chile made a bid to seize the disputed islands from Argentina.", "ASSAULT"),
])
def test_what_an_effort_is_for_is_not_reported_as_done(code, text, event_type):
    events = code(text)
    assert not counted(events, event_type), [(e.event_type, e.trigger.text, e.status) for e in events]


@pytest.mark.parametrize("text, event_type", [
    # an actor's own aim is its plan; a meeting held to talk did take place; a deployment made for a fight is made
    ("Chile aimed to capture the disputed islands from Argentina.", "ASSAULT"),
    ("Peruvian and Chilean ministers met in Lima to discuss the border.", "CONSULT"),
    ("Turkey sent troops to Libya to support the government.", "MOBILIZE"),
    ("The efforts of Norway led to talks between Colombia and the rebels.", "CONSULT"),
])
def test_own_aims_and_real_acts_stay(code, text, event_type):
    events = code(text)
    assert counted(events, event_type), [(e.event_type, e.trigger.text, e.status) for e in events]


def test_thank_god_praises_no_party(code):
    assert not any(t[0] == "SUPPORT" for t in triples(code("Thank God, the Peruvian army is here, the mayor said.")))


def test_thanking_a_party_is_praise(code):
    assert ("SUPPORT", "CHL", "PER") in triples(code("Chile thanked Peru for its help."))




def test_a_fact_told_inside_an_aim_stays(code):
    events = code("The aim of the museum is to keep a culture nearly wiped out by Iraqi troops.")
    assert counted(events, "ASSAULT"), [(e.event_type, e.trigger.text, e.status) for e in events]


@pytest.mark.parametrize("text", [
    "The PKK has waged an insurgency against Turkey for decades.",
    "For more than three decades, the rebels have attacked army posts in the north of Peru.",
])
def test_a_history_of_decades_is_no_reported_act(code, text):
    events = code(text)
    assert not counted(events, "ASSAULT"), [(e.event_type, e.trigger.text, e.status) for e in events]


def test_an_act_of_days_is_reported(code):
    assert counted(code("Turkish jets bombed Kurdish positions in Iraq for three days."), "ASSAULT")


PRIVATE_STORY = ("Rania Aziz, a young Kurdish woman, arrived at the camp in March. She met a young man from Chile "
                 "there. Rania Aziz encouraged her friends to join her.")


def test_a_private_person_acting_on_no_party_codes_nothing(code):
    events = code(PRIVATE_STORY)
    assert not [e for e in events if e.event_type in ("CONSULT", "SUPPORT")], \
        [(e.event_type, e.trigger.text, e.actor and e.actor.text) for e in events]


def test_a_private_person_acting_on_a_government_stays(code):
    events = code("Maria Lopez, a nurse from Lima, petitioned the Peruvian government to free her son.")
    assert any(e.event_type == "REQUEST" and e.recipient and e.recipient.code == "PER" for e in events), \
        [(e.event_type, e.trigger.text, e.recipient and e.recipient.code) for e in events]


@pytest.mark.parametrize("text", [
    "In basketball, Chile beat Peru 88-71 in Lima on Sunday.",
    "Peru beat Chile 2-1 in the World Cup final.",
])
def test_a_win_in_a_game_is_no_assault(code, text):
    assert not counted(code(text), "ASSAULT")


def test_a_beating_by_police_is_an_assault(code):
    assert counted(code("Chilean police beat protesters in Santiago on Sunday."), "ASSAULT")


def test_a_purpose_participle_joined_to_another_is_an_aim(code):
    events = code("The UN resolution is limited in scope and intended to allow delivery of aid to Peru.")
    assert not counted(events, "RETREAT") and not counted(events, "AID"), \
        [(e.event_type, e.trigger.text, e.status) for e in events]


@pytest.mark.parametrize("text", [
    "When asked about the plan, Peruvian officials told reporters it was on hold.",
    "Asked about the raid, the Chilean minister declined to comment.",
])
def test_those_asked_in_a_fronted_participle_asked_no_one(code, text):
    assert not [e for e in code(text) if e.event_type == "REQUEST"]


def test_a_request_by_its_subject_stays(code):
    assert any(t[0] == "REQUEST" and t[1] == "PER" for t in triples(code("Peru asked Chile to return the ship.")))


@pytest.mark.parametrize("text, event_type", [
    ("There is no confirmation that Peru has received a request from Chile to hand over the pair.", "REQUEST"),
    ("There is no evidence that Chilean troops attacked the village.", "ASSAULT"),
])
def test_what_no_one_confirms_is_not_reported(code, text, event_type):
    events = code(text)
    assert not counted(events, event_type), [(e.event_type, e.trigger.text, e.status) for e in events]


@pytest.mark.parametrize("text", [
    "There is no doubt that Chilean troops attacked the village.",
    "There were reports that Chilean troops attacked the village.",
])
def test_what_is_affirmed_or_reported_stays(code, text):
    assert counted(code(text), "ASSAULT")


def test_an_attitude_is_no_actor(code):
    assert not [e for e in code("Western timidity and neglect encouraged the Bolivian rebels.") if e.event_type == "SUPPORT"]


def test_a_party_encouraging_stays(code):
    assert any(t[0] == "SUPPORT" for t in triples(code("Chile encouraged the Bolivian rebels.")))


@pytest.mark.parametrize("text, event_type", [
    ("Officials said that if the agreement had been made by Chile and Peru, the war would have ended.", "AGREE"),
    ("Peru will attend if an attack by Chilean forces happens.", "ASSAULT"),
])
def test_a_supposed_act_is_no_act(code, text, event_type):
    events = code(text)
    assert not counted(events, event_type), [(e.event_type, e.trigger.text, e.status) for e in events]


@pytest.mark.parametrize("text, event_type", [
    ("An attack by Chilean forces happened near the border on Monday.", "ASSAULT"),
    ("Talks between Chile and Peru took place in Lima on Monday.", "CONSULT"),
])
def test_a_done_act_named_as_subject_stays(code, text, event_type):
    assert counted(code(text), event_type)


@pytest.mark.parametrize("text, event_type", [
    ("Bolivian rebels remain driven to carry out attacks on the capital.", "ASSAULT"),
    ("Peru is determined to retake the islands from Chile.", "ASSAULT"),
    ("Chilean officials are eager to sign a deal with Peru.", "AGREE"),
])
def test_a_disposition_to_act_is_no_act(code, text, event_type):
    events = code(text)
    assert not counted(events, event_type), [(e.event_type, e.trigger.text, e.status) for e in events]


@pytest.mark.parametrize("text, event_type", [
    ("Chilean troops were forced to withdraw from the town.", "RETREAT"),
    ("Chile was quick to condemn the attack by Peru.", "ACCUSE"),
])
def test_an_act_one_was_forced_or_quick_to_do_was_done(code, text, event_type):
    assert counted(code(text), event_type)


def test_an_act_of_one_decade_is_reported(code):
    assert counted(code("Iran has helped arm the Syrian government for a decade."), "AID")
