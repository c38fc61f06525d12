"""A plural pronoun subject of a reported clause stands for every coordinated reporter: "Chile and Peru said *they*
had agreed" is an agreement of both (events.parties.actor_party_spans)."""
from __future__ import annotations

from conftest import triples


def test_they_after_coordinated_reporters_names_them_all(code):
    found = triples(code("Chile and Peru said on Wednesday that they had agreed to cooperate against the virus."))
    assert ("AGREE", "CHL", "PER") in found and ("AGREE", "PER", "CHL") in found


def test_a_description_in_apposition_is_no_further_reporter(code):
    found = triples(code("Chile and Peru, two Andean states, said they had agreed to cooperate against the virus."))
    assert ("AGREE", "CHL", "PER") in found
    assert all(e[1] in ("CHL", "PER") for e in found)


def test_a_single_reporter_stays_alone(code):
    found = triples(code("Chile said on Wednesday that it had agreed to cooperate against the virus."))
    assert not any(e[1] == "PER" or e[2] == "PER" for e in found)
