"""Investigations aimed at the author of the act they look into (issue 14, cameo proxy batches 10-14): the by-phrase
names the author before the noun's modifiers, and an inquiry into an act of the actor's own side is aimed at that
side. Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from tests.conftest import triples


@pytest.mark.parametrize("text, expected", [
    # the actor's own forces: kept as the recipient
    ("The Dutch defence ministry opened an inquiry into a drone strike by Dutch forces in Iraq.",
     ("ACCUSE", "NLD", "NLD")),
    ("The Belgian army launched an inquiry into last week's night raid by its own commandos.",
     ("ACCUSE", "BEL", "BEL")),
    # a by-phrase before a modifier that names only the means ("helicopter", "air")
    ("Kenyan prosecutors opened an investigation into the helicopter raid by Somali troops near the border.",
     ("ACCUSE", "KEN", "SOM")),
])
def test_an_investigation_is_aimed_at_the_author_of_the_act(code, text, expected):
    assert expected in triples(code(text, date="2020-01-01"))


def test_a_stance_on_the_actors_own_act_still_has_no_recipient(code):
    # not an investigation: "pledged *US* commitment" is the actor's own act, never its recipient
    events = code("The United States pledged continued US military commitment to the region.", date="2020-01-01")
    assert not any(e.recipient and e.recipient.code == "USA" for e in events)
