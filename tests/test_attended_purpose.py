"""A meeting or protest that a no-event verb of going or settling is for ("arrived for the rallies", "sat down for
talks", "left for a trip to X") is the subject's own act: the verb does not absorb it. A verb that is no going
("spoke to reporters about the talks") still absorbs what it is about."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("Demonstrators were still arriving in Minsk for the rallies on Saturday.", "rallies", "PROTEST"),
    ("The Nicaraguan president left Managua on Tuesday for a two-day trip to Mexico.", "trip", "CONSULT"),
    ("Envoys of the Ethiopian government and the Fano militia sat down in Geneva on Wednesday for their first "
     "direct talks.", "talks", "CONSULT"),
])
def test_what_the_subject_goes_to_is_its_own_act(code, text, word, kind):
    events = code(text)
    assert [e.event_type for e in events if e.trigger.text == word] == [kind], triples(events)


def test_a_verb_of_speaking_still_absorbs_its_topic(code):
    events = code("The Iraqi minister spoke to reporters about the talks with Iran.")
    assert not [e for e in events if e.trigger.text == "talks"], triples(events)
