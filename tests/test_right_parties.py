"""Right parties: the scene of an act ("in X") yields to the target named beside it; a title's explicit owner beats
the leader table; continents and short foreign city names are no states or cities. Sentences are invented."""
from __future__ import annotations

import datetime as dt

from conftest import triples

from dyads.actors import resolve_text


def test_the_target_named_beats_the_country_the_war_is_waged_in(code):
    found = triples(code("Chile is waging war against Islamic State in Peru and Bolivia."))
    assert not any(t[0] == "ASSAULT" and t[2] in ("PER", "BOL") for t in found)


def test_with_no_target_named_the_scene_stays(code):
    assert any(t[0] == "ASSAULT" and t[1] == "CHL" and t[2] == "BOL"
               for t in triples(code("Chilean troops opened fire in Bolivia on Monday.")))


def test_a_title_owned_by_a_state_beats_the_leader_table():
    party = resolve_text("Mozambique's President Faure Gnassingbe", when=dt.date(2024, 1, 1))
    assert party.code == "MOZ" and party.sector == "GOV"
    party = resolve_text("Mozambican President Faure Gnassingbe", when=dt.date(2024, 1, 1))
    assert party.code == "MOZ"


def test_the_leader_table_still_names_a_leader_with_his_own_states_title():
    assert resolve_text("Togolese President Faure Gnassingbe", when=dt.date(2024, 1, 1)).code == "TGO"
    assert resolve_text("Turkish President Erdogan", when=dt.date(2024, 1, 1)).code == "TUR"


def test_an_apposition_does_not_override_the_titles_own_state(code):
    found = triples(code("Mozambique's president, Faure Gnassingbe, met Kenyan officials in Maputo on Monday."))
    assert any(t[0] == "CONSULT" and t[1] == "MOZ" for t in found)
    assert not any(t[1] == "TGO" or t[2] == "TGO" for t in found)


def test_a_continents_qualifier_is_no_city():
    for text in ("Central Asian governments", "Central European states", "Central Asia"):
        party = resolve_text(text)
        assert party is None or party.code is None, text
    assert resolve_text("Central African troops").code == "CAF"
    assert resolve_text("the South African government").code == "ZAF"


def test_short_foreign_forms_of_city_names_are_no_cities():
    for text in ("minister Rim", "Pet Sounds"):
        party = resolve_text(text)
        assert party is None or party.code is None, text
    assert resolve_text("Vienna").code == "AUT"


def test_a_party_named_far_from_the_trigger_does_not_displace_the_scene(code):
    found = triples(code("Chile and Peru exchanged angry words on Monday, deepening tensions between the two countries "
                         "amid a Chilean military campaign inside Bolivia."))
    assert not any(t[0] == "ASSAULT" and t[1] == "CHL" and t[2] in ("PER", "CHL") for t in found)


def test_it_does_not_stand_for_a_phrase_headed_by_a_plural_noun(code):
    found = [e for e in code("Thousands of Chilean fighters were killed in the battle for the territory it seized "
                             "from Peru last year.") if e.event_type == "ASSAULT" and e.trigger.text == "seized"]
    assert not any(e.actor is not None and e.actor.code == "CHL" for e in found)


def test_it_still_stands_for_a_state(code):
    found = triples(code("Chile sent troops to the border last year. It has also attacked Peruvian positions."))
    assert ("ASSAULT", "CHL", "PER") in found
