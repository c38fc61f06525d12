"""A name standing beside the noun it modifies is a party by its own words: the possessor of a war ("mediate in
*Peru's* civil war") and a country the parser made a compound of a time noun ("relations with *Bolivia* days
after"); the war or the time itself never is (actors.coreference._named_beside)."""
from __future__ import annotations

from conftest import triples


def test_the_possessor_of_a_war_is_a_party(code):
    assert ("AGREE", "NOR", "PER") in triples(code("Norway offered to mediate in Peru's civil war."))


def test_a_country_misparsed_as_a_modifier_of_a_time_is_a_party(code):
    found = triples(code("Moscow established diplomatic relations with Bolivia days after its independence."))
    assert ("SUPPORT", "RUS", "BOL") in found


def test_a_time_is_still_no_party(code):
    assert ("ACCUSE", "CHL", None) in triples(code("Chile condemned the bombings in late July."))
