"""A protest, criticism, support or condemnation "from X" that a verb takes as its argument is X's act, aimed at
the verb's subject (data/from_agent_nouns.csv). Sentences we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations

import pytest

from dyads.actors.tables import from_agent_nouns


def _of_type(events, event_type):
    return [e for e in events if e.event_type == event_type]


def test_the_list_is_loaded():
    assert {"protest", "criticism", "support", "condemnation"} <= from_agent_nouns()


@pytest.mark.parametrize("text, event_type, actor", [
    ("The Chilean president used the disputed name at his inauguration, prompting a protest from Peru.", "ACCUSE",
     "PER"),
    ("Chile drew sharp criticism from Peru over the new border law.", "ACCUSE", "PER"),
])
def test_the_from_phrase_names_the_doer(code, text, event_type, actor):
    found = _of_type(code(text), event_type)
    assert found and {e.actor.code for e in found} == {actor}, [(e.event_type, e.actor, e.recipient) for e in found]


def test_the_subject_undergoes_it(code):
    found = _of_type(code("Chile drew sharp criticism from Peru over the new border law."), "ACCUSE")
    assert found and {e.recipient.code for e in found if e.recipient} == {"CHL"}


def test_a_word_of_protest_from_x_is_not_a_verb_argument(code):
    # "barely a word of protest from X": the noun hangs on "word", not on a verb: X is not made its doer
    events = code("Chile jailed hundreds of activists with barely a word of protest from Peru.")
    assert not any(e.actor and e.actor.code == "PER" and e.trigger.text == "protest" for e in events)
