""""The two leaders" are the two persons in office of two states named last, not the subject and object of a
verb between them ("Tokyo protested to Pyongyang"), nor the party acting on them (invented sentences)."""
from __future__ import annotations

from conftest import triples


def test_the_two_leaders_are_the_persons_named_last_not_a_state_pair_in_between(code):
    events = code("Chile's president, Gabriel Boric, was at the summit in Lima. Argentina's president, Javier "
                  "Milei, said Buenos Aires had lodged a protest with London over the islands. "
                  "The two leaders met on the sidelines of the summit on Wednesday.")
    met = {(a, r) for t, a, r in triples(events) if t == "CONSULT"}
    assert {("CHL", "ARG"), ("ARG", "CHL")} & met
    assert not {a for a, _ in met} & {"GBR"} and not {r for _, r in met} & {"GBR"}


def test_the_party_acting_on_the_two_leaders_is_not_one_of_them(code):
    events = code("Kenya's president, William Ruto, and Uganda's president, Yoweri Museveni, signed a border "
                  "accord in Arusha. Tanzania's president, Samia Suluhu Hassan, praised the two leaders.")
    praised = {r for t, a, r in triples(events) if t == "SUPPORT" and a == "TZA"}
    assert praised == {"KEN", "UGA"}
