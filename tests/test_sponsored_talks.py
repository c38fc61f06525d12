"""Talks named with their sponsor ("UN-sponsored talks", "the US-led talks", "talks brokered by X"): the sponsor
consults the sides it brings together (CAMEO 045), named in the talks' own phrase or, when none is, the country
the story is about; never where they meet, the sponsor's own country, nor the sponsor's co-sponsors (invented
sentences)."""
from __future__ import annotations

import pytest

from conftest import triples

# A story about Syria: Syria is the country it names clearly most often.
SYRIA = ("Syria's civil war has killed hundreds of thousands of people. Syrian government forces shelled rebel "
         "positions in Idlib on Monday, Syria's state media said. ")


def _consults(events):
    return {(a, r) for t, a, r in triples(events) if t == "CONSULT"}


@pytest.mark.parametrize("sentence", [
    "UN-hosted talks in Geneva collapsed again in December.",
    "The UN-led peace talks in Geneva ended late on Friday night.",
    "UN-sponsored talks in Geneva designed to end the war have collapsed.",
])
def test_a_sponsor_named_by_its_hyphened_participle_consults_the_sides_of_the_story(code, sentence):
    assert ("IGOUNO", "SYR") in _consults(code(SYRIA + sentence))


def test_the_sides_named_in_the_talks_own_phrase_are_the_recipients(code):
    found = _consults(code("UN-sponsored talks between the Syrian government and the opposition resumed in Geneva."))
    assert ("IGOUNO", "SYR") in found


def test_coordinated_sponsors_act_together_not_on_each_other(code):
    found = _consults(code(SYRIA + "The peace talks, brokered by Russia, Turkey and Iran, collapsed on Monday."))
    assert {("RUS", "SYR"), ("TUR", "SYR"), ("IRN", "SYR")} <= found
    assert not found & {("RUS", "TUR"), ("TUR", "RUS"), ("RUS", "IRN"), ("IRN", "TUR")}


@pytest.mark.parametrize("text", [
    # no sponsor named: no event
    SYRIA + "The hastily convened talks in Geneva collapsed again in December.",
    # where the talks meet is no side to them, nor the story's own setting when they meet there
    "UN-led talks in Vienna ended late on Friday night.",
    # whoever else the clause names is no side ("under the auspices of X")
    "UN-hosted talks collapsed, partly due to a rival process launched under the auspices of Russia and Iran.",
])
def test_no_side_is_taken_from_outside_the_talks_phrase(code, text):
    assert not {(a, r) for a, r in _consults(code(text)) if a == "IGOUNO"}


def test_a_party_attending_sponsored_talks_takes_part_the_sponsor_is_not_its_actor(code):
    found = _consults(code(SYRIA + "The Syrian government will attend the UN-sponsored talks in Geneva next week."))
    assert ("IGOUNO", "SYR") not in found


def test_talks_sponsored_by_the_story_country_have_no_sides_of_their_own(code):
    found = _consults(code("Russia's foreign ministry said on Monday that Russia wants peace. Russian officials "
                           "repeated it. Russian-brokered talks in Geneva ended on Friday."))
    assert ("RUS", "RUS") not in found and all(a != "RUS" for a, r in found if r is None)
