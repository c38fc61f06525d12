"""An ordinary adjective capitalized as a sentence's first word ("Public executions") names no party of the
nominal it modifies. Sentences we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Public executions were routinely performed in the square.",
    "Fighting broke out in Arica, Chile. Public executions were routinely performed in the square.",
])
def test_a_sentence_initial_plain_adjective_is_no_actor(code, text):
    assert not [e for e in code(text) if e.actor and e.actor.text == "Public"]


def test_a_sentence_initial_name_still_acts(code):
    events = [e for e in code("Chilean airstrikes hit the rebel camp on Monday.") if e.event_type == "ASSAULT"]
    assert {e.actor.code for e in events} == {"CHL"}


def test_a_title_s_adjective_inside_a_named_actor_still_acts(code):
    # "secretary-general": "general" is parsed as an adjective of the act noun, but it is no sentence's first word
    events = code("The Andean Community secretary-general heaped praise on Peru's electoral commission.")
    assert [e for e in events if e.event_type == "SUPPORT" and e.actor and e.actor.code]
