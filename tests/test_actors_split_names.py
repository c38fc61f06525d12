"""A state whose name has "and" in it ("Saint Kitts and Nevis") is one party, though the parser splits it into two
coordinated phrases; states merely coordinated stay two. Sentences we wrote; parsed with the shared spaCy
pipeline."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    ("Saint Kitts and Nevis accused Venezuela of smuggling.", "accused", "KNA", "VEN"),
    ("The Government of Saint Kitts and Nevis accused Venezuela of smuggling.", "accused", "KNA", "VEN"),
    ("Venezuela accused Antigua and Barbuda of smuggling.", "accused", "VEN", "ATG"),
])
def test_a_name_with_and_is_one_party(code, text, trigger, actor, recipient):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert [(e.actor.code, e.recipient.code if e.recipient else None) for e in events] == [(actor, recipient)], \
        triples(events)


def test_coordinated_states_stay_two(code):
    events = [e for e in code("Chile and Peru accused Bolivia of smuggling.") if e.trigger.text == "accused"]
    assert {e.actor.code for e in events} == {"CHL", "PER"}, triples(events)
