"""A counted group reference with a continental adjective ("the three European governments") refers back to the
latest group of that many states named together that all lie on that continent (`actors.continents`,
`actors.nominal`). Sentences we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations

from dyads.actors.continents import all_within, named_continents


def _actors(events, trigger):
    return {e.actor.code for e in events if e.trigger.text == trigger and e.actor is not None}


def test_continental_adjectives_and_members():
    assert named_continents(["three", "european", "governments"]) == {"EU"}
    assert named_continents(["both", "latin", "american", "states"]) >= {"SA"}
    assert named_continents(["three", "governments"]) is None
    assert all_within(["GBR", "FRA", "DEU"], frozenset({"EU"}))
    assert not all_within(["IND", "LBY", "PAK"], frozenset({"EU"}))


def test_the_three_european_governments_are_the_european_states_named_together(code):
    events = code("The plan, drafted by Britain, France and Germany, passed on Monday. Brazil, Kenya and Peru "
                  "abstained. The three European governments urged Iran to stop.")
    assert _actors(events, "urged") == {"GBR", "FRA", "DEU"}


def test_no_group_of_that_continent_leaves_the_reference_unresolved(code):
    events = code("The plan passed on Monday. India, Libya and Pakistan abstained. The three European governments "
                  "urged Iran to stop.")
    assert not _actors(events, "urged") & {"IND", "LBY", "PAK"}


def test_without_an_adjective_the_last_group_is_still_meant(code):
    events = code("Kenya, Uganda and Ghana signed the plan on Monday. Brazil, Chile and Peru abstained. The three "
                  "governments urged Iran to stop.")
    assert _actors(events, "urged") == {"BRA", "CHL", "PER"}
