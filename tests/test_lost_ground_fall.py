"""A town that "fell to" a force, and a border retaken, were ground taken from the militant group named nearby, not
from the town's or the border's own state (lost_ground: "fall" among the verbs of taking ground; a border is ground)."""
from __future__ import annotations

from conftest import triples


def test_a_town_fallen_to_troops_was_taken_from_the_group_named_with_it(code):
    found = triples(code("The Chilean town of Arica, once a stronghold of Islamic State, has fallen to Chilean troops "
                         "after a long battle."))
    assert ("ASSAULT", "CHL", "IMGREB") in found
    assert ("ASSAULT", "CHL", "CHL") not in found


def test_a_border_retaken_was_taken_from_the_group_before(code):
    found = triples(code("Islamic State fighters had held the area for months. Chilean troops recaptured the Chilean "
                         "border on Monday."))
    assert ("ASSAULT", "CHL", "IMGREB") in found
    assert ("ASSAULT", "CHL", "CHL") not in found
