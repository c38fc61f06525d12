"""Actor and recipient fixes found through the third and fourth CAMEO proxy batches (helper T2, session 8).
Every sentence here is invented for the test; none is a sentence of the proxy set."""
from __future__ import annotations

from tests.conftest import triples


def test_part_of_a_hyphened_name_is_no_city(code):
    # "Mai" and "Ahram" are towns somewhere, but inside "Mai-Mai" or "Al-Ahram" they name no place
    got = triples(code("Rwandan troops clashed with Mai-Mai fighters in Kivu.", date="2000-01-01"))
    assert not any(t[2] == "KEN" for t in got), got
    events = code("The weekly Al-Ahram attacked Israel's blockade of Gaza.", date="2000-01-01")
    assert all(e.actor is None or e.actor.code != "IRN" for e in events), triples(events)


def test_a_hyphened_city_name_is_still_a_city(code):
    events = code("Russian jets bombed Ivano-Frankivsk.", date="2000-01-01")
    assert any(e.recipient is not None and e.recipient.code == "UKR" for e in events), triples(events)


def test_coordinated_signers_and_fighters_act_on_each_other(code):
    got = triples(code("Peru and Ecuador inked a border treaty in Brasilia.", date="2000-01-01"))
    assert {("SUPPORT", "PER", "ECU"), ("SUPPORT", "ECU", "PER")} <= got, got
    got = triples(code("Chadian and Libyan gunners slugged it out near the border.", date="2000-01-01"))
    assert {("ASSAULT", "TCD", "LBY"), ("ASSAULT", "LBY", "TCD")} <= got, got


def test_a_towns_officials_address_their_own_state(code):
    # a mayor (named by a town) and the capital of the same country are two parties
    got = triples(code("The mayor of Surabaya petitioned Jakarta for emergency funds.", date="2000-01-01"))
    assert ("REQUEST", "IDN", "IDN") in got, got


def test_multinational_companies_are_of_their_home_country(code):
    got = triples(code("The Nigerian government warned Chevron that its licence could be revoked.", date="2000-01-01"))
    assert ("THREATEN", "NGA", "USA") in got, got
    got = triples(code("Bolivian miners protested against the takeover of the mine by Anglo American.",
                       date="2000-01-01"))
    assert not any(t[2] == "USA" for t in got), got


def test_civil_service_officers_are_no_soldiers(code):
    got = {(e.event_type, e.actor.code if e.actor else None, e.recipient.sector if e.recipient else None)
           for e in code("Tanzanian police arrested Kenyan customs officers at the border.", date="2000-01-01")}
    assert ("COERCE", "TZA", "GOV") in got, got
