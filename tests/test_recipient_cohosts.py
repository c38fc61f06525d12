"""Wrong recipients by cause (session 21): parties that act together taken as each other's recipients. Sentences are
invented."""
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
