"""Talks halted, put off or skipped, and terrorism listings (session 29, branch c29d).

Halting negotiations under way is CAMEO 164 (SANCTION; coding guide: suspending talks is SANCTION); scrapping or
skipping a meeting declines it (CAMEO 125, REJECT, as calling it off); neither is a meeting held (CONSULT). Postponing
one is left as it was (a meeting that did not happen): gold codes a postponement as a concession, a rejection or a
sanction by context.

The broker of a deal or a truce mediates it (CAMEO 045, coded by the verb "broker"): the deal's or truce's own event
is not given the broker as its party.
Designating a group a terrorist organisation is a terrorism listing: SANCTION (coding guide), as putting a party on
a terror list, not the COERCE ban it used to be."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Norway paused negotiations with Iceland on a fishing accord last week.", "paused", ("SANCTION", "NOR", "ISL")),
    ("The Chilean president said he was terminating the border talks with Bolivia.", "terminating",
     ("SANCTION", "CHL", "BOL")),
    ("Ghana abandoned its negotiations with Togo after the shooting.", "abandoned", ("SANCTION", "GHA", "TGO")),
    ("Vietnam scrapped talks with Cambodia over the river dispute.", "scrapped", ("REJECT", "VNM", "KHM")),
    ("The Bolivian president will skip the summit with Peru.", "skip", ("REJECT", "BOL", "PER")),
])
def test_halted_or_declined_talks_are_no_meeting(code, text, trigger, expected):
    events = code(text)
    assert expected in triples([e for e in events if e.trigger.text == trigger]), triples(events)
    assert not [e for e in events if e.event_type == "CONSULT"], triples(events)


@pytest.mark.parametrize("text", [
    "Norway held talks with Iceland on a fishing accord last week.",
    "Vietnam and Cambodia concluded two days of talks in Hanoi.",
])
def test_talks_held_stay_a_meeting(code, text):
    events = code(text)
    assert [e for e in events if e.event_type == "CONSULT"], triples(events)
    assert not [e for e in events if e.event_type in ("SANCTION", "REJECT")], triples(events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Canada designated the Bolivian militia a terrorist organisation.", ("SANCTION", "CAN", "BOL")),
    ("Kenya declared the Somali group a terrorist organisation on Monday.", ("SANCTION", "KEN", "SOM")),
])
def test_terrorist_designations_are_listings(code, text, expected):
    events = code(text)
    assert expected in triples(events), triples(events)
    assert not [e for e in events if e.event_type == "COERCE"], triples(events)


@pytest.mark.parametrize(("text", "broker"), [
    ("The truce between Armenia and Azerbaijan was brokered by Kazakhstan.", "KAZ"),
    ("Peru freed the prisoners under a deal brokered by the Catholic Church.", "VAT"),
    ("Ghana and Togo signed the Nigerian-brokered accord on Friday.", "NGA"),
])
def test_the_broker_is_no_party_to_the_deal(code, text, broker):
    events = code(text)
    assert not [e for e in events if e.event_type in ("AGREE", "RETREAT") and e.actor and e.actor.code == broker
                and e.trigger.text in ("truce", "deal", "accord")], triples(events)


def test_the_broker_mediates(code):
    events = code("Kazakhstan brokered a truce between Armenia and Azerbaijan.")
    assert ("CONSULT", "KAZ", "ARM") in triples(events) or ("CONSULT", "KAZ", "AZE") in triples(events), triples(events)
    assert not [e for e in events if e.event_type == "RETREAT" and e.actor and e.actor.code == "KAZ"], triples(events)


def test_a_deal_agreed_by_its_parties_stays_agreed(code):
    events = code("Ghana and Togo agreed a deal on the border on Friday.")
    assert [e for e in events if e.event_type == "AGREE"], triples(events)


@pytest.mark.parametrize(("text", "code_"), [
    ("The International Labour Organisation criticised the Kenyan government over child labour.", "IGOUNOLAB"),
    ("The Organisation of American States condemned the coup in Bolivia.", "IGOOAS"),
])
def test_british_spellings_of_organisations_name_the_body(code, text, code_):
    events = code(text)
    assert [e for e in events if e.actor and e.actor.code == code_], triples(events)
