"""Two argument patterns: what is handed back is the means when a "to" phrase names who gets it, and the subject
of "drew / earned / attracted" an act noun undergoes it while its "from" phrase did it."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, want", [
    ("Egypt handed back two captured fishing boats to Sudan.", ("RETREAT", "EGY", "SDN")),
    ("Russia returned three seized naval vessels to Ukraine.", ("RETREAT", "RUS", "UKR")),
])
def test_things_handed_back_are_the_means_and_the_to_phrase_the_recipient(code, text, want):
    assert want in triples(code(text))


def test_persons_returned_with_no_to_phrase_stay_the_recipient(code):
    assert ("RETREAT", "IRQ", "KWT") in triples(code("Iraq returned the Kuwaiti prisoners."))


@pytest.mark.parametrize("text, want", [
    ("Poland's president drew sharp criticism from the European Commission over a new judiciary law.",
     ("ACCUSE", "IGO", "POL")),
    ("Kenya's president won plaudits from the African Union for freeing political prisoners.",
     ("SUPPORT", "IGO", "KEN")),
    ("The Dutch government earned praise from Amnesty International for its refugee policy.",
     ("SUPPORT", "NGO", "NLD")),
])
def test_the_subject_of_drew_or_earned_undergoes_the_act_noun(code, text, want):
    got = {(t, a[:3], r[:3] if r else r) for t, a, r in triples(code(text))}
    assert want in got


def test_drawing_a_crowd_is_no_event(code):
    assert not code("The artist drew a crowd in the capital.")


@pytest.mark.parametrize("text, want", [
    ("Japan scaled back development assistance to China.", ("SANCTION", "JPN", "CHN")),
    ("Bolivia filed a case against Chile at the International Court of Justice.", ("ACCUSE", "BOL", "CHL")),
    ("Police picked up two opposition activists in Harare.", ("COERCE", "ZWE", "ZWE")),
])
def test_light_and_phrasal_verbs_of_sanction_lawsuit_and_arrest(code, text, want):
    assert want in triples(code(text))


@pytest.mark.parametrize("text", [
    "The Labour party picked up votes in the north.",
    "The president picked up the phone to call his Kenyan counterpart.",
])
def test_picking_up_things_is_no_arrest(code, text):
    assert not [e for e in code(text) if e.event_type == "COERCE"]


@pytest.mark.parametrize("text, want", [
    ("The Afghan Taliban claimed responsibility for the bombing of a police station in Kandahar.",
     ("ASSAULT", "AFG", "AFG")),
    ("Tunisian bloggers called on President Ben Ali to step down.", ("REQUEST", "TUN", "TUN")),
    ("Syria funnelled weapons to Hezbollah fighters, according to Israeli officials.", ("AID", "SYR", "LBN")),
    ("The Indian foreign ministry took strong exception to Pakistan's remarks on Kashmir.", ("ACCUSE", "IND", "PAK")),
])
def test_claimed_acts_addressed_requests_funnelled_aid_and_exceptions(code, text, want):
    assert want in triples(code(text))


@pytest.mark.parametrize("text", [
    "The Pakistani army denied responsibility for the airstrike.",
    "Hamas did not claim responsibility for the rocket attack.",
])
def test_a_denied_or_unclaimed_act_gets_no_doer_from_the_claim(code, text):
    assert not [e for e in code(text) if e.event_type == "ASSAULT"]


def test_channelling_water_is_no_aid(code):
    assert not code("Engineers channelled water to the fields.")
