"""A title before a named object says what the object is for light-verb entries: "received *Emir* X" hosts a
visit as "received the emir" does, "recalled *Ambassador* X" withdraws an envoy. Sentences we wrote."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, expected", [
    ("Chilean President Gabriel Boric received Peru's Prime Minister Ana Ruiz in Santiago on Monday.", ("CHL", "PER")),
    ("Boric received Bolivian President Luis Arce in Santiago on Monday.", ("CHL", "BOL")),
])
def test_receiving_a_titled_leader_hosts_a_visit(code, sentence, expected):
    pairs = {(e.actor.code, e.recipient.code) for e in code(sentence, "2023-05-17")
             if e.event_type == "CONSULT" and e.actor and e.recipient}
    assert expected in pairs, pairs


def test_receiving_an_untitled_name_is_no_visit(code):
    events = code("Boric received Ana Ruiz in Santiago on Monday.", "2023-05-17")
    assert not [e for e in events if e.event_type == "CONSULT"]


def test_a_common_noun_before_a_place_name_is_no_title(code):
    events = code("Chadian rebels took over the capital Bangui on Monday.", "2023-05-17")
    taken = [e for e in events if e.trigger.text == "took" and e.recipient]
    assert taken and taken[0].recipient.code == "CAF"
    assert "recipient from the trigger's complements" not in taken[0].why, taken[0].why
