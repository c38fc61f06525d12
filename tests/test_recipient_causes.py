"""Wrong recipients by cause (session 21): parties that act together taken as each other's recipients; the place
where people away from home are taken as their country. Sentences are invented."""
from __future__ import annotations

from conftest import triples


def test_co_hosts_of_a_meeting_do_not_host_one_another(code):
    found = triples(code("Chile and Peru hosted the talks on Monday."))
    assert ("CONSULT", "CHL", "PER") not in found and ("CONSULT", "PER", "CHL") not in found


def test_co_hosts_host_their_guests(code):
    found = triples(code("Chile and Peru hosted the Bolivian delegation on Monday."))
    assert {("CONSULT", "CHL", "BOL"), ("CONSULT", "PER", "BOL")} <= found
    assert ("CONSULT", "CHL", "PER") not in found


def test_parties_that_meet_still_meet_one_another(code):
    found = triples(code("Chile and Peru met on Monday."))
    assert ("CONSULT", "CHL", "PER") in found and ("CONSULT", "PER", "CHL") in found


def test_refugees_are_not_of_the_country_they_are_in(code):
    # "refugees in X": X is where they are, not whose they are (with or without a preposition before the phrase)
    found = triples(code("Chile said it was welcoming 30,000 refugees in Chile."))
    assert not any(t[0] == "AID" and t[2] == "CHL" for t in found)
    found = triples(code("Chile gave food aid to refugees in Peru."))
    assert not any(t[0] == "AID" and t[2] == "PER" for t in found)


def test_refugees_keep_the_country_their_own_words_name(code):
    assert ("AID", "CHL", "VEN") in triples(code("Chile gave food aid to Venezuelan refugees in Peru."))
