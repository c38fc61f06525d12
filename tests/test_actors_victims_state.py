"""A past participle completing a verb of being in a state ("lie injured", "remained wounded") says what its
subject underwent: the subject is never the actor. Sentences we wrote."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "Hundreds lie injured after the bombing of the market in Homs.",
    "Dozens remained wounded in the hospital in Homs on Friday.",
])
def test_victims_in_a_state_are_not_actors(code, sentence):
    events = code(sentence)
    subject = sentence.split()[0]
    assert not [e for e in events if e.actor and e.actor.text == subject], [(e.event_type, e.actor) for e in events]


def test_an_active_verb_keeps_its_subject(code):
    events = code("Rebels attacked the market in Homs on Friday.")
    assert any(e.event_type == "ASSAULT" and e.actor and e.actor.text == "Rebels" for e in events)
