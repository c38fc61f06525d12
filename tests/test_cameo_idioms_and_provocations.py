"""Fixes from the weakest CAMEO-proxy tune batches (session 30, helper c30g): aid held back (162), envoys sent
packing (166), a call had with a partner (041), state aid agencies and Iran's Guardian Council as actors, and the
foreign party whose act prompted a force posture as the posture's recipient (15x).

Every sentence here is invented for the test; none is a sentence of the proxy set or of any other gold."""
from __future__ import annotations

import pytest

from tests.conftest import triples


@pytest.mark.parametrize("text, expected", [
    # 162 reduce or stop aid: "held back" aid, support, loans or payments
    ("Sweden held back development aid to Uganda after the parliament passed the law.", ("SANCTION", "SWE", "UGA")),
    ("The Netherlands held back budget support for Burundi after the disputed vote.", ("SANCTION", "NLD", "BDI")),
    # 166 expel: an envoy "sent packing"
    ("The junta sent the Belgian envoy packing after the row.", ("SANCTION", None, "BEL")),
    ("Bolivia sent the Peruvian ambassador packing on Tuesday.", ("SANCTION", "BOL", "PER")),
])
def test_idioms_of_sanction(code, text, expected):
    assert expected in triples(code(text, date="2010-01-01"))


def test_an_envoy_sent_packing_is_no_visit(code):
    events = code("Bolivia sent the Peruvian ambassador packing on Tuesday.", date="2010-01-01")
    assert not any(e.event_type == "CONSULT" for e in events)


def test_holding_back_a_crowd_is_no_sanction(code):
    events = code("The police held back protesters at the gates of parliament.", date="2010-01-01")
    assert not any(e.event_type == "SANCTION" for e in events)


@pytest.mark.parametrize("text, expected", [
    ("The Chilean president had a video call with the Peruvian president about migration.", ("CONSULT", "CHL", "PER")),
    ("The Austrian chancellor had a phone call with the Czech prime minister.", ("CONSULT", "AUT", "CZE")),
])
def test_a_call_had_with_a_partner_is_a_consultation(code, text, expected):
    assert expected in triples(code(text, date="2020-01-01"))


def test_a_call_for_calm_that_was_had_is_no_consultation(code):
    events = code("The minister had a call for calm after the riots.", date="2020-01-01")
    assert not any(e.event_type == "CONSULT" for e in events)


@pytest.mark.parametrize("text, expected", [
    ("The US Agency for International Development suspended its aid to Haiti after the coup.",
     ("SANCTION", "USA", "HTI")),
    ("Iran's Guardian Council rejected the bill passed by parliament.", ("REJECT", "IRN", "IRN")),
])
def test_state_bodies_as_actors(code, text, expected):
    assert expected in triples(code(text, date="2020-01-01"))


@pytest.mark.parametrize("text, expected", [
    ("Estonia raised the readiness of its army after Russian troops massed near the border.",
     ("MOBILIZE", "EST", "RUS")),
    ("The Thai army went on high alert as Cambodian soldiers moved into the disputed temple area.",
     ("MOBILIZE", "THA", "KHM")),
    ("Georgia declared a general mobilisation after Russian forces launched an offensive.",
     ("MOBILIZE", "GEO", "RUS")),
    ("Norway put its air force on alert after Russian jets fired missiles near its coast.", ("MOBILIZE", "NOR", "RUS")),
])
def test_a_posture_faces_the_foreign_party_that_prompted_it(code, text, expected):
    assert expected in triples(code(text, date="2020-01-01"))


def test_a_posture_prompted_at_home_gets_no_foreign_recipient(code):
    events = code("Chile deployed troops in the capital after protesters rioted in Santiago.", date="2020-01-01")
    mobilized = [e for e in events if e.event_type == "MOBILIZE"]
    assert mobilized and all(e.recipient is None or e.recipient.code == "CHL" for e in mobilized)


def test_a_posture_with_its_own_target_keeps_it(code):
    events = code("India moved troops to the Chinese border after Pakistani militants attacked a post.",
                  date="2020-01-01")
    assert ("MOBILIZE", "IND", "CHN") in triples(events)


@pytest.mark.parametrize("text", [
    "The Tajik government unblocked the websites of independent newspapers.",
    "The Kazakh authorities unblocked the internet in Almaty.",
])
def test_unblocking_websites_eases_political_restrictions(code, text):
    kinds = {e.event_type for e in code(text, date="2020-01-01")}
    assert "CONCEDE" in kinds and "RETREAT" not in kinds


def test_unblocking_a_road_stays_no_concession(code):
    kinds = {e.event_type for e in code("Protesters unblocked the main road to the airport.", date="2020-01-01")}
    assert "CONCEDE" not in kinds


@pytest.mark.parametrize("text, expected", [
    ("Chilean police turned over a fugitive accused of fraud to Peruvian authorities at the border.",
     ("COOPERATE", "CHL", "PER")),
    ("Argentine police handed over a former army officer to Spanish authorities at the airport.",
     ("COOPERATE", "ARG", "ESP")),
])
def test_police_handing_a_person_to_another_state_cooperate(code, text, expected):
    assert expected in triples(code(text, date="2020-01-01"))


def test_an_army_handing_over_prisoners_still_releases_them(code):
    events = code("The Syrian army handed over the prisoners to Turkish authorities.", date="2020-01-01")
    assert ("RETREAT", "SYR", "TUR") in triples(events)


def test_a_posture_after_a_visit_does_not_face_the_visitor(code):
    events = code("China staged large military drills after the Czech senate speaker visited Taipei.",
                  date="2020-01-01")
    mobilized = [e for e in events if e.event_type == "MOBILIZE"]
    assert mobilized and all(e.recipient is None or e.recipient.code != "CZE" for e in mobilized)
