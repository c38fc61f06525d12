"""Word senses chosen by the arguments (senses/rules.csv): a police raid is a search or seizure, a legal appeal
rejects a ruling, a court that jails someone sentences them."""
from __future__ import annotations

import pytest

from conftest import triples


def _types(code, text, trigger):
    return [e.event_type for e in code(text) if e.trigger.text == trigger]


def test_police_who_raid_a_place_coerce(code):
    assert _types(code, "Chilean police raided the hotel where the suspect was staying.", "raided") == ["COERCE"]


def test_troops_who_raid_a_camp_still_attack(code):
    assert _types(code, "Chilean troops raided the rebel camp.", "raided") == ["ASSAULT"]


@pytest.mark.parametrize("text, trigger", [
    ("After the verdict, Chilean prosecutors appealed.", "appealed"),
    ("The Chilean government appealed the ruling.", "appealed"),
    ("The Chilean government appealed against the verdict on Monday.", "appealed"),
])
def test_a_legal_appeal_rejects_the_ruling_no_request(code, text, trigger):
    assert _types(code, text, trigger) == ["REJECT"]


@pytest.mark.parametrize("text, trigger", [
    ("Chile appealed to Peru for calm.", "appealed"),
    ("The Chilean government appealed for calm.", "appealed"),
])
def test_an_appeal_to_someone_or_for_something_stays_a_request(code, text, trigger):
    assert _types(code, text, trigger) == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "A Chilean court jailed a journalist for five years on Friday.",
    "The journalist was jailed by a Chilean court.",
])
def test_a_court_that_jails_someone_sentences_them(code, text):
    assert ("SANCTION", "CHL", "CHL") in triples(code(text))


def test_police_who_jail_protesters_still_detain_them(code):
    assert _types(code, "Chilean police jailed the protesters.", "jailed") == ["COERCE"]


@pytest.mark.parametrize("text", [
    # the parser glues the time after the phrase onto its noun ("[the sea hours]"): the sea is still the target
    "Peru fired a ballistic missile into the sea hours before the meeting.",
    "Peru fired two missiles into the sea days after the drills.",
])
def test_a_missile_fired_into_the_sea_before_or_after_something_is_a_test(code, text):
    assert _types(code, text, "fired") == ["MOBILIZE"]


@pytest.mark.parametrize("text", [
    "China imposed trade curbs on Australian wine in 2020.",
    "China imposed curbs on some Australian goods in 2020.",
    "China imposed export restrictions on Australia.",
])
def test_trade_curbs_imposed_on_a_party_are_an_embargo(code, text):
    assert ("SANCTION", "CHN", "AUS") in triples(code(text))


def test_restrictions_imposed_on_people_still_coerce(code):
    assert _types(code, "China imposed restrictions on protesters in Beijing.", "imposed") == ["COERCE"]


@pytest.mark.parametrize("text", [
    "Chile invited Peru to a summit.",
    "Chile invited the Peruvian president to visit Santiago.",
])
def test_an_invitation_to_meet_offers_a_meeting(code, text):
    # coding guide: "Offers, invitations, stated willingness ... are AGREE" (CAMEO 036, intend to meet)
    assert ("AGREE", "CHL", "PER") in triples(code(text))


def test_an_invitation_to_act_stays_a_request(code):
    assert _types(code, "Chile invited the UN to investigate the killings.", "invited") == ["REQUEST"]


def test_taking_control_of_a_business_seizes_property(code):
    assert _types(code, "The Chilean government took control of the country's largest bank.", "took") == ["COERCE"]


def test_taking_control_of_a_town_still_occupies_it(code):
    assert _types(code, "Chilean troops took control of the town on Monday.", "took") == ["ASSAULT"]
