"""A hostile speech act coordinated after a hostile verb, sharing its subject and naming no party of its own, is
addressed to the party the first verb is aimed at ("accused X of ... and warned of retaliation"). Every sentence
here is invented for the test."""
from __future__ import annotations

import pytest

from tests.conftest import triples


@pytest.mark.parametrize("text, expected", [
    ("Pakistan accused India of violating the ceasefire and warned of retaliation.", ("THREATEN", "PAK", "IND")),
    ("Iran condemned Israel and vowed revenge.", ("THREATEN", "IRN", "ISR")),
    ("The Chinese president criticised Japan and demanded an apology.", ("REQUEST", "CHN", "JPN")),
    ("Turkey's foreign minister accused the US of bad faith and delivered an ultimatum.", ("THREATEN", "TUR", "USA")),
])
def test_a_coordinated_hostile_speech_act_shares_the_first_verbs_target(code, text, expected):
    assert expected in triples(code(text, date="2022-01-01"))


def test_a_party_of_its_own_phrase_comes_first(code):
    found = triples(code("Iran condemned Israel and urged the United Nations to act.", date="2022-01-01"))
    assert ("REQUEST", "IRN", "IGOUNO") in found and ("REQUEST", "IRN", "ISR") not in found


def test_a_friendly_first_verb_names_no_target_for_the_second(code):
    found = triples(code("Russia welcomed the Indian premier and warned of terrorism.", date="2022-01-01"))
    assert not any(t[0] == "THREATEN" and t[2] == "IND" for t in found)


@pytest.mark.parametrize("text, expected", [
    ("The Iraqi prime minister pledged that his government would abide by its treaties with Kuwait.",
     ("AGREE", "IRQ", "KWT")),
    ("The Turkish president promised that Turkey would send aid to Syria.", ("AGREE", "TUR", "SYR")),
])
def test_the_promisers_own_side_is_not_whom_it_promises(code, text, expected):
    found = triples(code(text, date="2022-01-01"))
    assert expected in found and (expected[0], expected[1], expected[1]) not in found


@pytest.mark.parametrize("text, expected", [
    ("The Norwegian foreign ministry said it had written to the Tongan prime minister, requesting assistance.",
     ("REQUEST", "NOR", "TON")),
    ("Egypt sent a letter to the Security Council urging action against Ethiopia.", ("REQUEST", "EGY", "IGOUNO")),
])
def test_a_participle_of_speech_on_a_message_sent_goes_to_its_addressee(code, text, expected):
    assert expected in triples(code(text, date="2022-01-01"))
