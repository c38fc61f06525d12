"""A promise made by three or more coordinated parties, or naming whom it benefits, is each promiser's commitment
towards that beneficiary, never towards the others promising beside it; two parties promising with nobody else
named commit to each other (invented sentences)."""
from __future__ import annotations

from conftest import triples


def test_states_listed_as_promising_personnel_are_not_paired_with_each_other(code):
    events = code("Kenya will lead the police mission. Ghana, Togo, Fiji and Nepal have also promised personnel.")
    promising = {(a, r) for t, a, r in triples(events) if t == "AGREE" and a in ("GHA", "TGO", "FJI", "NPL")}
    assert {a for a, _ in promising} == {"GHA", "TGO", "FJI", "NPL"}, "one promise per listed state"
    assert not {r for _, r in promising} & {"GHA", "TGO", "FJI", "NPL"}, "no promiser promises another"


def test_a_pledge_naming_its_beneficiary_is_aimed_at_it(code):
    events = code("Peru and Chile pledged aid to Bolivia.")
    pledges = {(a, r) for t, a, r in triples(events) if t == "AGREE"}
    assert pledges == {("PER", "BOL"), ("CHL", "BOL")}


def test_two_parties_pledging_with_nobody_else_named_commit_to_each_other(code):
    events = code("Ghana and Togo pledged to reopen the border crossing by June.")
    pledges = {(a, r) for t, a, r in triples(events) if t == "AGREE"}
    assert {("GHA", "TGO"), ("TGO", "GHA")} <= pledges


def test_a_reciprocal_pronoun_keeps_several_promisers_mutual(code):
    events = code("Ghana, Togo and Benin pledged to defend one another.")
    pledges = {(a, r) for t, a, r in triples(events) if t == "AGREE"}
    assert ("GHA", "TGO") in pledges and ("BEN", "GHA") in pledges
