"""A bare title refers back to a more specific title named before (`actors.title_kin`)."""
from __future__ import annotations

from dyads.actors.title_kin import earlier_titles

FILLER = " Aid workers fled. Residents said on Monday that they were hungry."


def _by_type(events, event_type):
    return [e for e in events if e.event_type == event_type]


def test_the_table_goes_from_the_general_title_to_the_specific():
    assert "ambassador" in earlier_titles("envoy") and "foreign minister" in earlier_titles("minister")
    assert "minister" not in earlier_titles("foreign minister") and earlier_titles("colonel") == {"colonel"}


def test_the_envoy_is_the_ambassador_named_before(code):
    events = _by_type(code("Norwegian Ambassador Lars Dahl arrived in Lima on Monday." + FILLER
                           + " The envoy condemned Bolivia."), "ACCUSE")
    assert {e.actor.code for e in events} == {"NOR"} and "title_kin" in events[0].actor.why


def test_the_minister_is_the_foreign_minister_named_before(code):
    events = _by_type(code("Chile's foreign minister, Rosa Vidal, flew to Quito on Monday." + FILLER
                           + " The minister criticized Bolivia."), "ACCUSE")
    assert {e.actor.code for e in events} == {"CHL"}


def test_a_specific_title_does_not_refer_back_to_a_general_one(code):
    events = _by_type(code("Chile's envoy, Rosa Vidal, flew to Quito on Monday." + FILLER
                           + " The ambassador criticized Bolivia."), "ACCUSE")
    assert all(e.actor.code != "CHL" or "title_kin" not in e.actor.why for e in events)


def test_refugees_expelled_are_deported(code):
    events = code("Lebanon expelled 300 Syrian refugees last week.")
    assert {(e.event_type, e.mode) for e in events} == {("COERCE", "deport")}
