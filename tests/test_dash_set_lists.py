"""A list set off by dashes in apposition to a plural description names its members, who act ("the three
powers – A, B and C – will meet": A, B and C meet), as a comma-set list does. Sentences we wrote."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "The three regional powers \u2013 Chile, Peru and Bolivia \u2013 will meet in Lima on Wednesday.",
    "The three regional powers \u2014 Chile, Peru and Bolivia \u2014 will meet in Lima on Wednesday.",
    "The three regional powers, Chile, Peru and Bolivia, will meet in Lima on Wednesday.",
])
def test_members_of_a_dash_set_list_meet_each_other(code, sentence):
    pairs = {(e.actor.code, e.recipient.code) for e in code(sentence)
             if e.event_type == "CONSULT" and e.actor and e.recipient}
    assert {("CHL", "PER"), ("PER", "BOL"), ("BOL", "CHL")} <= pairs, pairs


def test_a_dash_set_aside_without_a_list_adds_no_party(code):
    events = code("The envoy \u2013 a veteran diplomat \u2013 met Peru's foreign minister in Lima on Monday.")
    assert not [e for e in events if e.actor and e.actor.code == "PER" and e.recipient and e.recipient.code == "PER"]
