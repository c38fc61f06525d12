"""Actors and non-events found through the excluded-tune "not an event" and "wrong actor" errors (session 21,
helper c21d). Every sentence is invented for the test."""
from __future__ import annotations

import pytest

from tests.conftest import triples


@pytest.mark.parametrize("text, expected", [
    # "come to X's aid": the subject helps, the possessor of the noun is helped (never its doer)
    ("Britain is coming to Iraq's aid against the militants.", ("AID", "GBR", "IRQ")),
    ("Chile came to Peru's rescue after the floods.", ("AID", "CHL", "PER")),
    ("Kenya rushed to Somalia's aid after the drought.", ("AID", "KEN", "SOM")),
    ("France came to the aid of Mali.", ("AID", "FRA", "MLI")),
])
def test_come_to_the_aid_of_a_party(code, text, expected):
    found = triples(code(text))
    assert expected in found
    helped = expected[2]
    assert not any(t[1] == helped for t in found)  # the helped party never acts


@pytest.mark.parametrize("text, abstainer", [
    # a verb of staying out of an act: its subject takes no part in it, so is never its doer
    ("Russia sat out the clashes to protect its ties with Ankara.", "RUS"),
    ("Jordan sat out the bombing campaign against Syria.", "JOR"),
    ("Russia and the US both sat out the clashes.", "USA"),
])
def test_who_sits_out_an_act_does_not_do_it(code, text, abstainer):
    assert not any(t[1] == abstainer for t in triples(code(text)))


def test_who_joins_an_act_still_does_it(code):
    assert ("ASSAULT", "RUS", None) in triples(code("Russia joined the clashes."))


@pytest.mark.parametrize("text, author", [
    # coordinated actors taking up a third party's own plan, resolution or proposal act towards its author
    ("Iran and Syria accepted the UN plan.", "IGOUNO"),
    ("Iran and Syria would respect the UN resolution.", "IGOUNO"),
    ("Iran and Syria accepted Russia's proposal.", "RUS"),
])
def test_coordinated_actors_accepting_a_partys_plan_act_towards_its_author(code, text, author):
    found = triples(code(text))
    assert ("AGREE", "IRN", author) in found and ("AGREE", "SYR", author) in found
    assert ("AGREE", "IRN", "SYR") not in found and ("AGREE", "SYR", "IRN") not in found


@pytest.mark.parametrize("text", [
    "Iran and Syria agreed.",
    "Russia and Turkey agreed to a ceasefire in Syria.",  # a place in the object's phrase is no author
    "Iran and Syria accepted the plan.",
])
def test_coordinated_actors_agreeing_with_no_author_named_still_agree_with_each_other(code, text):
    found = triples(code(text))
    a, b = ("RUS", "TUR") if "Russia" in text else ("IRN", "SYR")
    assert ("AGREE", a, b) in found and ("AGREE", b, a) in found


def test_a_speaking_participle_hung_on_a_reported_clause_about_talks_is_the_speakers(code):
    # the parser hangs "accusing" on the reported clause, whose subject is a meeting, not a party
    found = triples(code("Chile said on Monday that talks with Peru had ended without a deal, accusing Lima of "
                         "stalling."))
    assert ("ACCUSE", "CHL", "PER") in found
    assert not any(t[0] == "ACCUSE" and t[1] == "PER" for t in found)


def test_a_participle_after_a_reported_clause_with_a_party_subject_is_left_alone(code):
    # "X said Y had withdrawn, accusing Z": who accuses is not told by this rule
    found = triples(code("Chile said Peru had withdrawn its envoy, accusing Bolivia of meddling."))
    assert ("ACCUSE", "CHL", "BOL") not in found


@pytest.mark.parametrize("text", [
    "YPJ fighters shelled Turkish positions near Afrin.",
    "The Women's Protection Units attacked Turkish troops.",
])
def test_the_kurdish_womens_protection_units_are_a_syrian_armed_group(code, text):
    assert ("ASSAULT", "SYR", "TUR") in triples(code(text))


def test_volunteering_with_a_force_is_no_commitment_to_it(code):
    found = triples(code("A British nurse was volunteering with the Women's Protection Units in Afrin."))
    assert not any(t[0] == "AGREE" for t in found)
    assert ("AGREE", "CHL", "PER") in triples(code("Chile volunteered to mediate between Peru and Bolivia."))
