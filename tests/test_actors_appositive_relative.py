"""A relative pronoun whose antecedent is a description in apposition to a name ("X: a group that ...",
"X, a militia that ...") takes the name's country when the description names none. Sentences we wrote."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "The footage came from Hezbollah: a militant group that fired rockets at Israel last year.",
    "The footage came from Hezbollah, a militant group that fired rockets at Israel last year.",
])
def test_relative_after_a_description_takes_the_named_party(code, sentence):
    events = code(sentence)
    actors = [e.actor for e in events if e.event_type == "ASSAULT" and e.actor]
    assert actors and {a.code for a in actors} == {"LBN"}, actors


def test_a_name_in_apposition_to_a_description_is_not_redirected(code):
    events = code("Mourners gathered for a young man, 30-year-old Tomas Vela, who went to the police on Monday "
                  "complaining about threats.")
    assert not [e for e in events if e.actor and e.actor.text == "who" and e.actor.sector == "CVL"
                and "young man" in (e.actor.why or "")]
