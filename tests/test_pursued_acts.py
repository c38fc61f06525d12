"""Whoever names, charges or arrests someone *in* or *over* an act pursues its doer and did not do it
(events.noun_args: the subject of a verb of class `pursuing_verb` is no actor of the act noun in its phrase)."""
from __future__ import annotations

from conftest import triples


def test_naming_a_suspect_in_a_killing_is_no_killing(code):
    found = triples(code("Chile expelled six diplomats after Peru named him a person of interest in the killing of a "
                         "Bolivian activist."))
    assert not any(e[0] == "ASSAULT" and e[1] == "PER" for e in found)


def test_taking_part_in_an_attack_still_attacks(code):
    found = triples(code("Chilean troops took part in the attack on the Peruvian post."))
    assert any(e[0] == "ASSAULT" and e[1] == "CHL" for e in found)
