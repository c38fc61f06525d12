"""A state named only as the place where something happens ("the talks *in Peru*") is the weakest antecedent of
"it" in its sentence. Sentences we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations


def test_it_prefers_a_party_over_a_place_of_its_sentence(code):
    events = [e for e in code("A statement from Chile at the talks in Peru was read out, and it accused the rebels "
                              "of torture.") if e.event_type == "ACCUSE"]
    assert events and {e.actor.code for e in events} == {"CHL"}, [e.actor for e in events]


def test_a_place_is_still_an_antecedent_when_nothing_else_is_named(code):
    events = [e for e in code("Fighting broke out in Peru last year. It accused Bolivia of arming the rebels.")
              if e.event_type == "ACCUSE"]
    assert events and {e.actor.code for e in events} == {"PER"}, [e.actor for e in events]


def test_they_is_not_one_person_named_by_a_people_s_adjective(code):
    # "a Kurdish resident" is one person: "they" in the quote that follows is someone else
    text = ('Turkish troops entered the valley on Monday. A Kurdish resident of the town, who has not been '
            'allowed to leave, spoke by phone. "Last night they bombed the hospital."')
    assert not [e for e in code(text) if e.actor and e.actor.text == "they" and "resident" in (e.actor.why or "")]
