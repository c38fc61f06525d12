"""A counted group ("the two governments") far from the last pair named together takes the two states of its own
sentence or just before it (session 29, branch c29d); a pair named together close by still wins."""
from __future__ import annotations

from conftest import triples


def test_a_pair_named_long_before_yields_to_the_two_states_near(code):
    events = code("Spain and Italy pledged money for the mission. The plan was debated for months. Critics said it "
                  "was too costly. Officials met in Rome. Then Ghana offered troops for Mali, and the two governments "
                  "signed an agreement in Accra.")
    signed = triples([e for e in events if e.trigger.text == "signed"])
    assert signed and {a for _, a, _ in signed} <= {"GHA", "MLI"}, signed


def test_a_pair_named_together_just_before_still_wins(code):
    events = code("Ghana and Togo held talks on Monday. Later Mali praised the effort. The two countries agreed to "
                  "reopen the border.")
    agreed = triples([e for e in events if e.trigger.text == "agreed"])
    assert agreed and {a for _, a, _ in agreed} <= {"GHA", "TGO"}, agreed


def test_a_town_named_near_does_not_make_a_near_pair(code):
    events = code("Chile accused Argentina of moving a border marker. Troops were sent south. Farmers were calm. "
                  "Schools stayed open. Argentine officials flew to Santa Rosa, and both governments said they were "
                  "ready to talk.")
    ready = triples([e for e in events if e.trigger.text == "ready"])
    assert ready and {a for _, a, _ in ready} <= {"CHL", "ARG"}, ready
