"""Fighting that attacks no party: fighting an election or a court case (a contest of votes or law), and fighting
only *to protect* or *to free* something, which names no opponent (senses/rules.csv, word classes `contest` and
`defending_purpose`)."""
from __future__ import annotations

from conftest import triples


def test_fighting_elections_is_no_attack(code):
    found = triples(code("The two Chilean parties fought elections in 1992 and won fifty seats each."))
    assert not any(e[0] == "ASSAULT" for e in found)


def test_fighting_to_protect_names_no_opponent(code):
    found = triples(code("The Chilean sergeant fought to protect our freedoms and to keep us safe."))
    assert not any(e[0] == "ASSAULT" for e in found)


def test_fighting_to_drive_out_a_party_still_attacks_it(code):
    found = triples(code("Chilean troops fought to drive the rebels from the town."))
    assert any(e[0] == "ASSAULT" and e[1] == "CHL" for e in found)
