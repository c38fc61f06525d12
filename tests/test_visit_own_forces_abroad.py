"""A visit abroad to one's own country's base or troops meets the host country, not one's own side
(place_recipient._host_of_visit); meeting one's own officials at home stays domestic."""
from __future__ import annotations

from conftest import triples


def test_own_base_abroad_stands_for_the_host(code):
    found = triples(code("U.S. Vice President Kamala Harris visited a U.S. military base in southern Japan on Friday."))
    assert ("CONSULT", "USA", "JPN") in found
    assert ("CONSULT", "USA", "USA") not in found


def test_own_minister_at_home_stays_domestic(code):
    found = triples(code("Chile's president met the Chilean defence minister in Santiago."))
    assert ("CONSULT", "CHL", "CHL") in found
