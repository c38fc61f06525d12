"""Unnamed groups and parties a state acts on at home (dyads.home_parties.home_group, roles.home_counterpart): "the
government accused the group of plotting a coup" is a domestic ACCUSE, "suspended the party's activities" a domestic
SANCTION; a group named before ("Hamas fighters ... the group") is not taken for the actor's own, and a request to
"the group" is left as it was."""
from __future__ import annotations

from conftest import triples


def test_an_unnamed_group_accused_by_a_government_is_of_its_country(code):
    found = code("The Turkish government accused the group of plotting a coup.")
    accuse = [e for e in found if e.event_type == "ACCUSE"]
    assert accuse and accuse[0].recipient is not None and accuse[0].recipient.code == "TUR"
    assert "unnamed group" in accuse[0].recipient.why


def test_plural_groups_with_a_modifier_are_home_groups(code):
    found = triples(code("The Georgian prime minister accused foreign-funded groups of organising a revolution."))
    assert ("ACCUSE", "GEO", "GEO") in found


def test_a_banned_movement_is_domestic(code):
    found = triples(code("The Kenyan government banned the movement on Friday."))
    assert ("COERCE", "KEN", "KEN") in found


def test_the_group_named_before_is_not_the_actors_own(code):
    found = triples(code("Hamas fighters attacked Israeli towns. Israel accused the group of war crimes."))
    assert ("ACCUSE", "ISR", "ISR") not in found


def test_a_request_to_an_unnamed_group_is_not_homed(code):
    found = triples(code("The Egyptian government urged the group to disarm."))
    assert ("REQUEST", "EGY", "EGY") not in found


def test_an_unnamed_party_suspended_by_a_government_is_of_its_country(code):
    found = triples(code("The Zambian government suspended the party's activities in April."))
    assert ("SANCTION", "ZMB", "ZMB") in found
