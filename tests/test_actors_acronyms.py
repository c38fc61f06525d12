"""An acronym the tables do not know stands for the body the document named before in full whose capitalized
words it abbreviates ("the Rapid Support Forces ... the RSF"). Sentences we wrote."""
from __future__ import annotations


def test_acronym_after_the_full_name_is_that_body(code):
    events = code("Sudan's Rapid Support Forces shelled Omdurman on Monday. "
                  "The RSF also attacked the town of El Obeid on Tuesday, residents said.")
    second = [e for e in events if e.trigger.text == "attacked"]
    assert second and second[0].actor.code == "SDN", [(e.trigger.text, e.actor) for e in events]
    assert "acronym 'RSF'" in second[0].actor.why


def test_acronym_with_no_full_name_before_stays_unknown(code):
    events = code("The QRT attacked the town of El Obeid on Tuesday, residents said.")
    assert not [e for e in events if e.trigger.text == "attacked" and e.actor and "acronym" in (e.actor.why or "")]


def test_initials_of_other_words_are_no_match(code):
    events = code("Sudan's Rapid Support Forces shelled Omdurman on Monday. "
                  "The SRF also attacked the town of El Obeid on Tuesday, residents said.")
    assert not [e for e in events if e.trigger.text == "attacked" and e.actor and "acronym" in (e.actor.why or "")]
