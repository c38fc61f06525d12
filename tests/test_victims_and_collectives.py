"""Who acts and who suffers: victims of a verb of suffering, collective actors named again, role words before a
nominal trigger (invented sentences)."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Three farmers died in a Turkish bombing raid near Afrin.", "TUR", "SYR"),
    ("Eleven villagers were killed in an Iraqi airstrike on their home in Mosul on Monday.", "IRQ", "IRQ"),
    ("Two soldiers were wounded during a Taliban attack in Kandahar.", "AFG", "AFG"),
])
def test_the_subject_of_a_verb_of_suffering_is_the_victim_of_the_act_it_names(code, text, actor, recipient):
    assault = [(a, r) for t, a, r in triples(code(text)) if t == "ASSAULT"]
    assert (actor, recipient) in assault


def test_a_strike_that_killed_people_is_still_absorbed_when_its_verb_names_the_killer(code):
    events = code("Iraqi troops killed two farmers in a raid near Mosul on Tuesday.")
    assault = [e for e in events if e.event_type == "ASSAULT"]
    assert [e.trigger.text for e in assault] == ["killed"]
