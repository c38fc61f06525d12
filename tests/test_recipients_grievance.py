"""A society's groups and the opposition demand and denounce at home: with no addressee named, the demand or the
denunciation is aimed at the government of their own country (roles.home_grievance); a government's, an NGO's or
a state's own demand with no addressee keeps none."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, want", [
    ("Thousands of Chilean dockworkers marched through Valparaiso to demand higher wages.", ("REQUEST", "CHL", "CHL")),
    ("Bolivian students demanded free tuition.", ("REQUEST", "BOL", "BOL")),
    ("Opposition lawmakers in Peru criticised the budget as reckless.", ("ACCUSE", "PER", "PER")),
    ("Ecuadorian union leaders condemned the decision.", ("ACCUSE", "ECU", "ECU")),
    # a legislature holds its own government to account as the opposition does
    ("Peruvian lawmakers criticised the budget as reckless.", ("ACCUSE", "PER", "PER")),
    ("The Kenyan parliament demanded an inquiry into the killings.", ("REQUEST", "KEN", "KEN")),
    ("Brazilian senators condemned the decision.", ("ACCUSE", "BRA", "BRA")),
])
def test_a_groups_demand_with_no_addressee_is_aimed_at_its_own_government(code, text, want):
    assert want in triples(code(text))


@pytest.mark.parametrize("text, want", [
    ("The Chilean government demanded compensation.", ("REQUEST", "CHL", None)),
    ("Amnesty International demanded an inquiry.", ("REQUEST", "NGOAMN", None)),
    ("The European Parliament demanded an inquiry.", ("REQUEST", "IGOEEC", None)),  # no country of its own
])
def test_a_states_or_an_ngos_demand_with_no_addressee_keeps_none(code, text, want):
    assert want in triples(code(text))
