"""Event types decided by a trigger's sense or by the coding guide's conventions (session 22): an announced aid pledge
is the planned aid only; an agreed ceasefire is the agreement only; restoring relations is COOPERATE; lifting
sanctions and reopening a border are concessions; armed groups seizing people or places assault; approving aid is
aid; annulling an election takes a standing away; soldiers blocking roads restrict movement; vowing to keep
resisting is a threat. Sentences we wrote."""
from __future__ import annotations

import pytest

from conftest import triples


def _types(events, trigger):
    return {e.event_type for e in events if e.trigger.text == trigger and e.status in ("occurred", "planned")}


def test_an_announced_aid_pledge_codes_only_the_planned_aid(code):
    events = code("Chile said it would send food aid to Bolivia.")
    assert not [e for e in events if e.why.startswith("announced intent")], triples(events)
    assert _types(events, "send") == {"AID"}


@pytest.mark.parametrize("text, act", [
    ("The Bolivian rebels agreed to stop fighting.", "stop"),
    ("The Peruvian army and the rebels agreed to cease hostilities in June.", "cease"),
])
def test_an_agreed_ceasefire_is_the_agreement_only(code, text, act):
    events = code(text)
    assert "AGREE" in _types(events, "agreed"), triples(events)
    assert not _types(events, act), triples(events)


@pytest.mark.parametrize("text, act", [
    ("The rebels promised to withdraw from the town of Goma.", "withdraw"),
    ("The Peruvian government agreed to release the Bolivian prisoners.", "release"),
])
def test_a_commitment_to_another_retreat_still_codes_the_promised_concession(code, text, act):
    events = code(text)
    assert "CONCEDE" in _types(events, act), triples(events)


@pytest.mark.parametrize("text, trigger", [
    ("Chile and Peru restored diplomatic relations in 2004.", "restored"),
    ("Bolivia and Paraguay resumed diplomatic ties on Monday.", "resumed"),
    ("Chile normalised relations with Bolivia in 2020.", "normalised"),
])
def test_restoring_relations_is_cooperation(code, text, trigger):
    assert _types(code(text), trigger) == {"COOPERATE"}


@pytest.mark.parametrize("text, trigger", [
    ("The United States lifted sanctions on Venezuela on Monday.", "lifted"),
    ("Chile eased its embargo on Bolivian goods.", "eased"),
    ("Syria reopened two border crossings with Lebanon on Friday.", "reopened"),
    ("Peru reopened its border with Ecuador.", "reopened"),
])
def test_lifting_sanctions_and_reopening_borders_are_concessions(code, text, trigger):
    assert _types(code(text), trigger) == {"CONCEDE"}


@pytest.mark.parametrize("text, kind", [
    ("Peruvian militants seized two Bolivian fishermen on Monday.", "ASSAULT"),
    ("Separatist fighters seized the presidential palace in Aden on Saturday.", "ASSAULT"),
    ("Peruvian police seized two Bolivian fishermen on Monday.", "COERCE"),
])
def test_who_seizes_decides_between_assault_and_coercion(code, text, kind):
    assert _types(code(text), "seized") == {kind}


def test_approving_an_amount_in_aid_is_aid(code):
    events = code("The Bolivian Congress approved $5 million in aid to Peru.")
    assert _types(events, "approved") == {"AID"}, triples(events)


@pytest.mark.parametrize("text, kind", [
    ("Peru's constitutional court annulled the presidential election.", "COERCE"),
    ("The court annulled the first round of the election on Friday.", "COERCE"),
    ("Peru's supreme court annulled the ban on the opposition party.", "CONCEDE"),
])
def test_annulling_a_standing_is_coercion_and_annulling_a_ban_a_concession(code, text, kind):
    assert _types(code(text), "annulled") == {kind}


@pytest.mark.parametrize("text, kind", [
    ("Peruvian soldiers blocked the road to Cusco.", "COERCE"),
    ("Peruvian police blocked the main highway into Lima.", "COERCE"),
    ("Peruvian protesters blocked the road to Cusco.", "PROTEST"),
])
def test_who_blocks_a_road_decides_between_protest_and_restriction(code, text, kind):
    assert _types(code(text), "blocked") == {kind}


def test_vowing_to_keep_resisting_is_a_threat(code):
    events = code("The Mapuche group vowed to keep resisting Chilean forestry companies.")
    assert _types(events, "vowed") == {"THREATEN"}, triples(events)


def test_attackers_seizing_weapons_take_them_by_force(code):
    assert _types(code("The attackers seized weapons from the police post in Cusco."), "seized") == {"ASSAULT"}


@pytest.mark.parametrize("text, kind", [
    ("Japan handed over 12 fire engines to the Lao government on Monday.", "AID"),
    ("Rwanda handed over the two rebel commanders to Burundi on Friday.", "RETREAT"),
])
def test_handing_over_equipment_is_aid(code, text, kind):
    assert _types(code(text), "handed") == {kind}


def test_being_ready_to_continue_combat_is_a_threat(code):
    events = code("The separatists said they are ready to continue their combat operations against Ukraine.")
    assert _types(events, "ready") == {"THREATEN"}, triples(events)


@pytest.mark.parametrize("text, kind", [
    ("Bolivia's constitutional court struck down the 2012 border agreement with Chile.", "REJECT"),
    ("Peru's constitutional court struck down the law on Monday.", "REJECT"),
    ("The electoral council struck the main opposition leader off the list of candidates.", "COERCE"),
    ("Chile struck a deal with Peru on Monday.", "AGREE"),
])
def test_a_particle_decides_what_striking_is(code, text, kind):
    events = code(text)
    assert _types(events, "struck") == {kind}, triples(events)
