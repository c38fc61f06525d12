"""A known name that is only part of a longer name names nothing by itself (sentences we wrote): a city joined to
another proper word by "de"/"del" ("Santiago de Cuba" is Cuban, not Chile's capital), and a state's short name
that ends another of its names ("States", "America") after a word of the same entity ("the Gulf States", "Latin
America"). A place name with a joiner inside it is found whole ("Rio de Janeiro")."""
from __future__ import annotations


def test_a_city_joined_by_de_is_part_of_a_longer_place(code):
    events = code("Hundreds of people protested in the eastern city of Santiago de Cuba on Sunday.")
    assert events and all(e.actor.code == "CUB" for e in events if e.actor), [e.actor for e in events]


def test_a_place_name_with_de_inside_is_found_whole(code):
    events = [e for e in code("Police in Rio de Janeiro arrested ten protesters on Monday.") if e.event_type == "COERCE"]
    assert events and events[0].actor.code == "BRA" and "Rio de Janeiro" in events[0].actor.why


def test_states_after_another_word_of_the_name_is_not_the_us(code):
    events = code("The Economic Community of Central African States readmitted Chad on Monday.")
    assert not any(e.actor and e.actor.code == "USA" for e in events)
    events = code("Leaders of the Gulf States condemned the attack on Monday.")
    assert not any(e.actor and e.actor.code == "USA" for e in events)


def test_the_us_by_its_short_names_still_counts(code):
    for sentence in ("The United States criticised the decision on Monday.",
                     "America criticised the decision on Monday.",
                     "Communist China criticised the decision on Monday."):
        events = [e for e in code(sentence) if e.event_type == "ACCUSE"]
        assert events and events[0].actor.code in ("USA", "CHN"), (sentence, [e.actor for e in events])
