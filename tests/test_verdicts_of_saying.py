"""Accusations by their content (PLOVER ACCUSE: accusing a party of wrongdoing): a damning verdict or a blame for a harm
reported by any verb of saying ("claimed", "insisted", "argued", "stressed", not only "said") is the speaker's
accusation of the judged party; what those verbs report that judges no one is no event, and they absorb nothing."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Turkey claimed that the Syrian army was behind the bombing of the market.", "TUR", "SYR"),
    ("Canada insisted that China's new tariffs were illegal.", "CAN", "CHN"),
    ("Peru argued that Chile's naval exercise was a provocation.", "PER", "CHL"),
    ("Greece stressed that Turkey's survey mission was a violation of international law.", "GRC", "TUR"),
    ("Armenia asserted that Azerbaijan was responsible for the shelling of the village.", "ARM", "AZE"),
])
def test_a_damning_verdict_claimed_by_a_party_is_an_accusation(code, text, actor, recipient):
    assert ("ACCUSE", actor, recipient) in triples(code(text))


@pytest.mark.parametrize("text", [
    "Russia stated that the talks with Japan had been useful.",
    "Kenya argued that Uganda's proposal was worth studying.",
    "Chile claimed that Peru's fishing fleet was larger than its own.",
])
def test_a_neutral_claim_is_no_accusation(code, text):
    assert not [e for e in code(text) if e.event_type == "ACCUSE"], triples(code(text))


def test_a_verb_of_saying_absorbs_no_act_it_reports(code):
    events = code("Hamas claimed that it fired rockets at Tel Aviv.")
    assert ("ASSAULT", "PSE", "ISR") in triples(events)


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Iran's foreign ministry said the diplomat had been illegally detained by Belgium.", "IRN", "BEL"),
    ("Venezuela said that Guyana had unlawfully seized its fishing boats.", "VEN", "GUY"),
])
def test_a_hostile_act_another_party_calls_wrongful_is_its_accusation(code, text, actor, recipient):
    events = code(text)
    assert ("ACCUSE", actor, recipient) in triples(events)
    assert not [e for e in events if e.event_type == "COERCE"], triples(events)


def test_an_act_its_own_doer_calls_lawful_stays_the_act(code):
    events = code("Iran said it had lawfully detained the British sailors.")
    assert ("COERCE", "IRN", "GBR") in triples(events)
    assert not [e for e in events if e.event_type == "ACCUSE"], triples(events)


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Syria's authorities blamed the death of the activist on an attack by Kurdish rebels.", "SYR", "SYR"),
    ("Kenya blamed the bombing of the market on Somalia.", "KEN", "SOM"),
])
def test_blame_laid_on_a_party_accuses_that_party_not_the_harm(code, text, actor, recipient):
    events = [e for e in code(text) if e.event_type == "ACCUSE"]
    assert [e for e in events if e.actor and e.actor.code == actor and e.recipient
            and e.recipient.code == recipient and "blamed" in e.trigger.text], triples(events)
    assert not [e for e in events if e.recipient and e.recipient.text.startswith(("the death", "the bombing"))]


def test_a_breach_by_the_speakers_own_forces_is_admitted_not_alleged(code):
    events = code("Tajikistan says its troops violated the ceasefire a week ago.")
    assert not [e for e in events if e.event_type == "ACCUSE"], triples(events)


def test_a_breach_by_a_neighbour_the_speaker_names_is_alleged(code):
    events = code("Switzerland says that its neighbour Austria violated the treaty on water rights.")
    assert ("ACCUSE", "CHE", "AUT") in triples(events)
