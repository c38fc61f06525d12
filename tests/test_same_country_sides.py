"""Two sides of one country, one of them an armed group or party named by its name, are two parties: "Iraqi troops
attacked the Peshmerga" has a recipient (pairing.same_party), while "its fighters" stays the actor's own."""
from __future__ import annotations


def _assault(code, text):
    found = [e for e in code(text) if e.event_type == "ASSAULT"]
    assert found, text
    return found[0]


def test_state_forces_attacking_a_named_group_of_their_country(code):
    event = _assault(code, "Iraqi troops attacked the Peshmerga in 1991.")
    assert event.recipient is not None and event.recipient.code == "IRQ" and "Peshmerga" in event.recipient.text


def test_a_named_group_repelling_state_forces(code):
    event = _assault(code, "The Peshmerga repelled Iraqi soldiers in 1991.")
    assert event.recipient is not None and event.recipient.code == "IRQ" and "soldiers" in event.recipient.text


def test_a_pronoun_for_the_group_is_still_the_group(code):
    found = [e for e in code("Hamas said its fighters had attacked the convoy.") if e.event_type == "ASSAULT"]
    assert all(e.recipient is None or "Hamas" not in e.recipient.text for e in found)
