"""A state's name before a thing it owns is not its government (`owned` rows of data/actors/sectors.csv):
"Ugandan positions" are its forces' (MIL), "Ugandan goods" its businesses' (BUS), "Ugandan villages" its
people's (CVL). Prisoners and inmates are CRM (CAMEO), political prisoners CVL. Sentences and phrases we wrote."""
from __future__ import annotations

import pytest

from dyads import actors
from dyads.actors.tables import sector_words


def _party(text: str):
    party = actors.resolve_text(text)
    return (party.code, party.sector) if party else None


@pytest.mark.parametrize("text, expected", [
    # military places and targets
    ("Ugandan positions", ("UGA", "MIL")), ("the Ugandan border posts", ("UGA", "MIL")),
    ("Zambian targets", ("ZMB", "MIL")), ("a Ugandan air base", ("UGA", "MIL")),
    # goods, firms' things and traders
    ("Ugandan coffee exports", ("UGA", "BUS")), ("Zambian goods", ("ZMB", "BUS")),
    ("Zambian copper buyers", ("ZMB", "BUS")), ("a Ugandan mining company", ("UGA", "BUS")),
    ("a Zambian supertanker", ("ZMB", "BUS")), ("Ugandan mine owners", ("UGA", "BUS")), ("Ugandan farm owners", ("UGA", "AGR")),
    # places and people's things
    ("the Ugandan town of Gulu", ("UGA", "CVL")), ("northern Zambian villages", ("ZMB", "CVL")),
    ("a Ugandan bus", ("UGA", "CVL")), ("Ugandan homes", ("UGA", "CVL")), ("Zambian divers", ("ZMB", "CVL")),
    ("Lusaka's suburbs", ("ZMB", "CVL")), ("Zambian crops", ("ZMB", "AGR")),
])
def test_a_states_thing_takes_the_things_sector(text, expected):
    assert _party(text) == expected, actors.resolve_text(text)


@pytest.mark.parametrize("text, expected", [
    ("the Ugandan government", ("UGA", "GOV")), ("Uganda", ("UGA", "GOV")), ("Ugandan troops", ("UGA", "MIL")),
    ("Ugandan officials", ("UGA", "GOV")), ("Ugandan demands", ("UGA", "GOV")),
])
def test_a_state_alone_or_with_a_role_is_unchanged(text, expected):
    assert _party(text) == expected, actors.resolve_text(text)


def test_an_owned_thing_alone_names_no_party():
    assert actors.resolve_text("the positions") is None
    assert actors.resolve_text("the goods") is None


@pytest.mark.parametrize("text, sector", [
    ("Ugandan prisoners", "CRM"), ("the inmates", "CRM"), ("a Zambian prisoner", "CRM"),
    ("political prisoners", "CVL"), ("prisoners of conscience", "CVL"), ("Ugandan prisoners of war", "MIL"),
])
def test_prisoners(text, sector):
    party = actors.resolve_text(text)
    assert party is not None and party.sector == sector, party


@pytest.mark.parametrize("text, actor, recipient", [
    ("Zambian troops shelled Ugandan positions near the border.", ("ZMB", "MIL"), ("UGA", "MIL")),
    ("The Zambian government threatened to ban Ugandan goods.", ("ZMB", "GOV"), ("UGA", "BUS")),
    ("Zambian soldiers burned down the Ugandan village of Kitgum.", ("ZMB", "MIL"), ("UGA", "CVL")),
])
def test_in_sentences(code, text, actor, recipient):
    events = code(text)
    pairs = [((e.actor.code, e.actor.sector) if e.actor else None,
              (e.recipient.code, e.recipient.sector) if e.recipient else None) for e in events]
    assert (actor, recipient) in pairs, pairs


def test_owned_rows_are_a_kind_of_the_table():
    _, _, table = sector_words()
    assert table["position"]["owned"] == "MIL" and table["town"]["owned"] == "CVL"
