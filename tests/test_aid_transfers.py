"""Aid given as a sum of money or as military hardware (CAMEO 071 economic aid, 072 military aid): a giving verb
whose object is a sum the parser tags as money ("$10 million", "5 million kina"), or aircraft, vessels and arms
handed to a party, is aid; the same verbs with other objects stay out (all sentences invented)."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a sum of money in any currency, named with a sign or a currency word the lexicon does not list
    ("Norway provided $40 million to Somalia.", "provided", ("AID", "NOR", "SOM")),
    ("The Japanese government gave Cambodia £3 million.", "gave", ("AID", "JPN", "KHM")),
    ("Kuwait handed €20 million to Jordan.", "handed", ("AID", "KWT", "JOR")),
    # military hardware given, delivered or donated to a party (handing back is a return: its own sense)
    ("Australia gave three patrol boats to Fiji.", "gave", ("AID", "AUS", "FJI")),
    ("Turkey delivered four aircraft to Azerbaijan.", "delivered", ("AID", "TUR", "AZE")),
    ("Germany donated two helicopters to Ghana.", "donated", ("AID", "DEU", "GHA")),
    ("Japan provided two frigates to the Philippines.", "provided", ("AID", "JPN", "PHL")),
])
def test_money_and_hardware_given_are_aid(code, text, trigger, expected):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert expected in triples(events)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Norway provided details of the plan to Somalia.", "provided"),
    ("The Kenyan minister gave a speech in Nairobi.", "gave"),
])
def test_other_objects_of_giving_verbs_stay_out(code, text, trigger):
    assert not [e for e in code(text) if e.trigger.text == trigger]
