"""Speech acts: threats of the speaker's own side, blame, demands by "told" (invented sentences)."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "triple"), [
    ("The Greek prime minister warned that Greece would respond to any incursion by Turkish ships.",
     ("THREATEN", "GRC", "TUR")),
    ("The Polish president warned that Polish forces would retaliate against any Belarusian provocation.",
     ("THREATEN", "POL", "BLR")),
    ("Hungary's foreign ministry warned that it could again block Ukraine's membership talks.",
     ("THREATEN", "HUN", "UKR")),
])
def test_warning_of_an_own_side_act_is_a_threat_against_its_target(code, text, triple):
    assert triple in triples(code(text))


@pytest.mark.parametrize("text", [
    "The Indian army chief warned that the storm would hit the coast on Friday.",
    "The Indian army chief warned that Pakistan could attack the border posts.",
    "The Chilean finance minister warned that it could take years to rebuild the port.",
])
def test_warning_of_a_third_party_act_or_a_state_is_no_threat(code, text):
    assert not [e for e in code(text) if e.event_type == "THREATEN"]


def test_telling_a_party_to_act_is_a_demand(code):
    events = code("The Turkish president told the United States to withdraw its troops from Syria.")
    assert ("REQUEST", "TUR", "USA") in triples(events)


def test_telling_reporters_something_is_no_demand(code):
    assert not [e for e in code("The Turkish president told reporters that the talks had gone well.")
                if e.event_type == "REQUEST"]


def test_hours_given_to_an_indirect_object_to_comply_are_an_ultimatum(code):
    events = code("The Sudanese army gave Ethiopian troops 72 hours to withdraw from the border town.")
    assert ("THREATEN", "SDN", "ETH") in {(e.event_type, e.actor.code if e.actor else None,
                                           e.recipient.code[:3] if e.recipient else None) for e in events}


def test_hours_given_for_anything_else_threaten_no_one(code):
    events = code("The Sudanese army gave Ethiopian troops 72 hours to celebrate the holiday.")
    assert not [e for e in events if e.event_type == "THREATEN"]


def test_telling_reporters_of_a_meeting_still_codes_the_meeting(code):
    events = code("The US envoy told reporters that he had met the Turkish foreign minister in Ankara.")
    assert ("CONSULT", "USA", "TUR") in triples(events)


def test_telling_a_party_what_must_be_done_is_a_demand(code):
    events = code("The French president told his Turkish counterpart that the ceasefire must be respected in the north.")
    assert ("REQUEST", "FRA", "TUR") in triples(events)


def test_telling_journalists_what_was_signed_is_no_demand(code):
    events = code('"We have signed a truce to end the fighting," the Croatian prime minister told journalists.')
    assert not [e for e in events if e.event_type == "REQUEST"]


def test_the_means_of_an_own_side_response_is_not_its_target(code):
    events = code("The Greek prime minister warned that Greece would respond with great force to any attack by Turkey.")
    assert ("THREATEN", "GRC", "TUR") in triples(events)


def test_warning_of_what_befalls_the_own_country_is_no_threat(code):
    events = code("The Greek finance minister warned that the Greek economy would shrink next year.")
    assert not [e for e in events if e.event_type == "THREATEN"]


@pytest.mark.parametrize(("text", "triple"), [
    ("Rishi Sunak wrote to Putin on Monday. He warned in the letter that London could impose sanctions on Russian "
     "banks.", ("THREATEN", "GBR", "RUS")),
    ("Erdogan met Putin on Monday. He warned that Turkish troops would respond to any attack by Syrian forces.",
     ("THREATEN", "TUR", "SYR")),
])
def test_a_pronoun_speaker_resolved_to_a_state_threatens_with_its_country_s_act(code, text, triple):
    # the own-side decision waits for the pronoun's resolution: a head of government speaks for London
    assert triple in triples(code(text)), text


@pytest.mark.parametrize("text", [
    # the pronoun resolves to a party of another state, or to a former leader (no state party on the date)
    "Putin met Erdogan on Monday. He warned that Turkish troops would respond.",
    "Boris Johnson wrote to Putin on Monday. He warned that Britain would respond.",
    # what is merely of the country, or another country's act
    "Rishi Sunak criticised Putin on Monday. He warned that the British economy could shrink.",
    "Erdogan met Putin on Monday. He warned that Syrian troops would respond.",
])
def test_a_pronoun_speaker_not_of_the_acting_state_threatens_no_one(code, text):
    assert not [e for e in code(text) if e.event_type == "THREATEN"], text


@pytest.mark.parametrize("text", [
    "The Turkish president warned that Turkish troops intended to advance on Manbij.",
    "The Turkish president warned that Turkish troops planned to attack Kurdish fighters in Syria.",
    "The Turkish president warned that Turkey aims to drive the militants out of Manbij.",
])
def test_an_announced_intent_of_one_s_own_side_is_a_future_act(code, text):
    assert [e for e in code(text) if e.event_type == "THREATEN" and e.actor and e.actor.code == "TUR"], text


def test_another_side_s_intent_is_no_threat_by_the_speaker(code):
    assert not [e for e in code("The Turkish president warned that Syrian troops intended to advance on Afrin.")
                if e.event_type == "THREATEN"]


def test_the_speaker_s_own_forces_announced_to_act_are_not_the_threat_s_target(code):
    found = [e for e in code("The Turkish president warned that Turkish troops would advance on Manbij.")
             if e.event_type == "THREATEN"]
    assert found and all(e.recipient is None or e.recipient.country != "TUR" for e in found)


@pytest.mark.parametrize(("text", "triple"), [
    ("Erdogan warned that Turkish troops would respond to any incursion by Greek ships.", ("THREATEN", "TUR", "GRC")),
    ("Erdogan vowed to strangle the militia and warned that Turkish troops intended to attack Kurdish fighters in "
     "Syria.", ("THREATEN", "TUR", "SYR")),
])
def test_a_speaker_named_by_name_resolved_to_a_state_threatens_with_its_country_s_act(code, text, triple):
    # the speaker of a verb conjoined to another is that verb's subject
    assert triple in triples(code(text)), text


@pytest.mark.parametrize("text", [
    "Erdogan warned that Greek troops would respond.",
    "Erdogan warned that the Turkish economy would shrink next year.",
    "Boris Johnson warned that Britain would respond.",
])
def test_a_named_speaker_warning_of_another_s_act_a_state_or_out_of_office_threatens_no_one(code, text):
    assert not [e for e in code(text) if e.event_type == "THREATEN"], text
