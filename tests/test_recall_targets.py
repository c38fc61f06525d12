"""Recall fixes of session 10 (d2): parties an act aims at that only the story's setting places, and a named
speaker whose own relative clause holds the act. Sentences we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations

import pytest


def _of(events, event_type):
    return [e for e in events if e.event_type == event_type]


DATELINE = "BAMAKO (Reuters) - Soldiers patrolled the streets of Bamako on Tuesday. "


@pytest.mark.parametrize("sentence, event_type, actor", [
    ("The African Union urged the junta to hand power to civilians.", "REQUEST", "IGOAFR"),
    ("The United Nations accused the rebels of looting a market.", "ACCUSE", "IGOUNO"),
    ("The African Union urged all sides to show restraint.", "REQUEST", "IGOAFR"),
])
def test_an_unnamed_target_is_of_the_story_setting(code, sentence, event_type, actor):
    events = _of(code(DATELINE + sentence), event_type)
    assert [(e.actor.code, e.recipient.code if e.recipient else None) for e in events] == [(actor, "MLI")], events
    assert "where the story is set" in events[0].recipient.why


def test_troops_sent_are_not_guessed_of_the_setting(code):
    # the moved troops are the actor's own: no recipient from the setting
    events = _of(code(DATELINE + "Senegal will send 500 more troops to the capital."), "MOBILIZE")
    assert all(e.recipient is None or e.recipient.code != "MLI" for e in events), events


def test_a_target_named_with_its_country_keeps_it(code):
    events = _of(code(DATELINE + "The African Union urged Guinean rebels to lay down their arms."), "REQUEST")
    assert {e.recipient.code for e in events} == {"GIN"}


def test_a_named_speaker_s_relative_clause_keeps_the_speaker_as_actor(code):
    events = code("Egyptian Foreign Minister Omar Halim, who hosted the delegations in Cairo, said the talks "
                  "had gone well.")
    consult = _of(events, "CONSULT")
    assert consult and all(e.actor.code == "EGY" for e in consult), events


def test_an_unnamed_speaker_s_relative_clause_stays_background(code):
    # "a doctor who treated ...": no named party; the report, not the background act, is the news
    events = code("A nurse who attended the meeting said the clinic had run out of medicine.")
    assert not _of(events, "CONSULT"), events


# --- lexicon rows: combat that repels a foe, meetings of a body, moved units, opened hostilities ------------------

@pytest.mark.parametrize("sentence, event_type, actor", [
    ("Bolivian troops fended off a rebel attack on the base.", "ASSAULT", "BOL"),
    ("The Bolivian army beat back the insurgents near the river.", "ASSAULT", "BOL"),
    ("Ecuador's opposition will hold its congress in Quito next month.", "CONSULT", "ECU"),
    ("The Senate of Chile will hold a special session on Monday.", "CONSULT", "CHL"),
    ("Russia moved two armoured units to the border.", "MOBILIZE", "RUS"),
    ("Azerbaijan moved artillery closer to the frontier.", "MOBILIZE", "AZE"),
    ("Armenia launched a counteroffensive in the south.", "ASSAULT", "ARM"),
    ("Eritrea opened hostilities along the border in May.", "ASSAULT", "ERI"),
    ("Chad's jets flew three sorties over the rebel camps.", "ASSAULT", "TCD"),
    ("A Russian air blitz on the port lasted two days.", "ASSAULT", "RUS"),
    ("The lobbying by Peru for the seat failed.", "REQUEST", "PER"),
])
def test_new_trigger_rows(code, sentence, event_type, actor):
    events = _of(code(sentence), event_type)
    assert actor in {e.actor.code for e in events}, [(e.event_type, e.actor, e.recipient) for e in code(sentence)]


def test_fending_off_questions_is_no_combat(code):
    assert not _of(code("Chile's ambassador fended off questions from reporters in Lima."), "ASSAULT")


# --- meetings named by a noun: parties in an of-phrase with a venue, and a span of meetings ---------------------

def _pairs(events, event_type):
    return {(e.actor.code, e.recipient.code if e.recipient else None) for e in _of(events, event_type)}


def test_between_ministers_of_several_states_meeting_in_a_city(code):
    events = code("The talks between the interior ministers of Ghana, Togo and Benin in Accra ended on Monday.")
    assert {("GHA", "TGO"), ("TGO", "BEN"), ("GHA", "BEN")} <= _pairs(events, "CONSULT")


def test_a_venue_does_not_replace_whose_officials_they_are(code):
    events = code("The foreign minister of Peru in Lima condemned the attack on the embassy.")
    assert {e.actor.code for e in _of(events, "ACCUSE")} == {"PER"}


@pytest.mark.parametrize("sentence", [
    "The foreign ministers of Peru and Chile ended two days of talks in Lima on Saturday.",
    "Peru and Chile began a new round of negotiations in Lima.",
])
def test_who_ends_or_begins_a_span_of_meetings_takes_part(code, sentence):
    assert ("PER", "CHL") in _pairs(code(sentence), "CONSULT")


@pytest.mark.parametrize("sentence, actor", [
    ("The Peruvian government responded with an intense lobbying campaign to have the group banned.", "PER"),
    ("Chile began a diplomatic campaign to win the seat.", "CHL"),
])
def test_a_pressure_campaign_is_an_appeal(code, sentence, actor):
    assert actor in {e.actor.code for e in _of(code(sentence), "REQUEST")}


def test_an_advertising_campaign_is_no_event(code):
    assert not code("Ecuador ran an advertising campaign for tourists.")


@pytest.mark.parametrize("sentence", [
    "Speaking after a meeting with the Chilean president in Lima on Monday, Peru's prime minister said trade "
    "would grow.",
    "Peru's prime minister, speaking in Lima after two days of talks with his Chilean counterpart, said trade "
    "would grow.",
])
def test_a_speaker_after_a_meeting_with_a_partner_took_part(code, sentence):
    assert ("PER", "CHL") in _pairs(code(sentence), "CONSULT")


def test_a_speaker_after_a_meeting_with_no_partner_is_only_a_reporter(code):
    assert not _of(code("Speaking after a meeting of the cabinet, Peru's prime minister said trade would grow."),
                   "CONSULT")


@pytest.mark.parametrize("sentence, actor", [
    ("North Korea fired a long-range missile into the sea on Friday.", "PRK"),
    ("Iran launched two rockets into the waters off its coast.", "IRN"),
])
def test_a_missile_fired_into_the_sea_is_a_show_of_force(code, sentence, actor):
    events = code(sentence)
    assert {e.actor.code for e in _of(events, "MOBILIZE")} == {actor} and not _of(events, "ASSAULT")


def test_a_missile_fired_at_a_city_is_an_attack(code):
    assert ("ASSAULT", "RUS", "UKR") in {(e.event_type, e.actor.code, e.recipient and e.recipient.code)
                                           for e in code("Russia fired missiles at Kyiv.")}


@pytest.mark.parametrize("sentence, pair", [
    ("Chile suspects Bolivia of arming the rebels.", ("CHL", "BOL")),
    ("LIMA (Reuters) - Peruvian police suspected two Chilean sailors of smuggling arms.", ("PER", "CHL")),
])
def test_suspecting_a_party_of_an_act_accuses_it(code, sentence, pair):
    assert pair in _pairs(code(sentence), "ACCUSE")


def test_suspecting_a_fact_is_no_event(code):
    assert not code("Officials in Quito suspect the fire started in the kitchen.")
