"""An event placed nowhere in particular ("attacks around the world", "operations abroad") takes no place from
its sentence's main clause or the story, and so no people of a place as its recipient."""
from __future__ import annotations


def test_attacks_around_the_world_are_not_in_the_main_clause_place(code):
    text = ("In Mali, where a vote is due next year, Islamic State has tried to exploit the unrest, and it has kept "
            "launching attacks around the world.")
    found = [e for e in code(text) if e.event_type == "ASSAULT"]
    assert all(e.recipient is None or e.recipient.code != "MLI" for e in found)


def test_a_place_of_the_main_clause_still_places_an_attack(code):
    found = [e for e in code("In Mali, gunmen attacked a convoy on Monday.") if e.event_type == "ASSAULT"]
    assert any(e.recipient is not None and e.recipient.code == "MLI" for e in found)
