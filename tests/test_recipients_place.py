"""Force with no target named strikes the people of the place where it happened: the country of a place
attached to the event's clause, phrase or sentence; the story's setting only for an actor of that country."""
from __future__ import annotations

import pytest

from conftest import triples
from dyads import place_recipient


@pytest.mark.parametrize("text, want", [
    # a place preposition on the trigger's clause
    ("Ugandan troops opened fire in Goma on Tuesday.", ("ASSAULT", "UGA", "COD")),
    # an event noun's place phrase
    ("Turkish soldiers launched an offensive in Mosul last week.", ("ASSAULT", "TUR", "IRQ")),
])
def test_an_attack_with_no_target_takes_the_country_of_its_place(code, text, want):
    found = code(text)
    assert want in triples(found)
    rec = next(e.recipient for e in found if (e.event_type, e.actor.code, e.recipient and e.recipient.code) == want)
    assert rec.sector == "CVL" and "the people of the place" in rec.why


def test_a_named_target_is_kept(code):
    found = triples(code("Ugandan troops shelled Rwandan positions in Goma on Tuesday."))
    assert ("ASSAULT", "UGA", "RWA") in found and ("ASSAULT", "UGA", "COD") not in found


def test_a_retreat_from_a_place_bears_on_its_country(code):
    assert ("RETREAT", "TUR", "IRQ") in triples(code("Turkish troops withdrew from Mosul on Friday."))


def test_the_story_setting_is_not_the_recipient_of_a_foreign_actor():
    setting = place_recipient.of("ASSAULT", _place("Aleppo", "SYR"), "story setting: 'in Aleppo' in the lead",
                                 _no_places(), (0, 10), _party("IRQ"))
    assert setting is None


def test_the_story_setting_is_the_recipient_of_its_own_countrys_forces():
    setting = place_recipient.of("ASSAULT", _place("Aleppo", "SYR"), "story setting: 'in Aleppo' in the lead",
                                 _no_places(), (0, 10), _party("SYR"))
    assert setting is not None and setting.code == "SYR"


def test_a_place_in_the_sentence_counts_for_any_actor():
    found = place_recipient.of("RETREAT", _place("Aleppo", "SYR"), "'in Aleppo' in the sentence's main clause",
                               _no_places(), (0, 10), _party("IRQ"))
    assert found is not None and found.code == "SYR"
    assert place_recipient.of("CONSULT", _place("Aleppo", "SYR"), "'in Aleppo' in the sentence's main clause",
                              _no_places(), (0, 10), _party("IRQ")) is None


def _place(name, country):
    from dyads.records import Place
    return Place(name, country)


def _party(country):
    from dyads.records import Party
    return Party("troops", 0, 6, None, country, country, "MIL", "test")


def _no_places():
    from dyads import geo
    return geo.DocumentPlaces(mentions=[], setting=None)


def test_a_target_known_only_by_its_sector_is_of_the_places_country(code):
    found = [e for e in code("Heavy fighting raged in central Mali on Monday. Malian soldiers killed dozens of "
                             "fighters, the army said.") if e.event_type == "ASSAULT" and e.actor.code == "MLI"]
    assert [(e.recipient.code, e.recipient.sector) for e in found] == [("MLI", "REB")]
    assert "no country of its own: the people of the place" in found[0].recipient.why


def test_victims_given_the_actors_country_take_the_country_of_the_acts_own_place():
    from dyads.records import Party
    victims = Party("civilians", 20, 29, "Chile", "CHL", "CHL", "CVL",
                    f"role 'civilians' -> CVL; {place_recipient.HOME_WHY} (CHL), an assault by MIL is domestic")
    found = place_recipient.choose(victims, "ASSAULT", _place("Arequipa", "PER"), "'in Arequipa' attached to 'killed'",
                                   _no_places(), (0, 60), _party("CHL"))
    assert found is not None and found.code == "PER" and found.sector == "CVL"
    # the story's setting alone does not move them
    kept = place_recipient.choose(victims, "ASSAULT", _place("Arequipa", "PER"), "story setting: 'in Arequipa' in the "
                                  "lead", _no_places(), (0, 60), _party("CHL"))
    assert kept.code == "CHL"


STORY = "Peru's government has faced growing protests. Peru's opposition has called for elections in Peru. "


@pytest.mark.parametrize("text, want", [
    (STORY + "In 2019, the Peruvian army carried out a brutal offensive.", ("ASSAULT", "PER", "PER")),
    (STORY + "In 2019, Chilean troops carried out a brutal offensive.", ("ASSAULT", "CHL", None)),
    (STORY + "In 2019, Peruvian rebels carried out a brutal offensive.", ("ASSAULT", "PER", None)),
])
def test_an_attack_placed_nowhere_by_the_settings_own_state_forces_bears_on_its_people(code, text, want):
    # the place rule gives the setting's people only to its own state's forces; a recipient the story-recipient
    # ranker fills in for foreign troops or rebels is its own guess (its `why` says so), not this rule's
    events = code(text)
    unfilled = {(e.event_type, e.actor.code if e.actor else None, None
                 if e.recipient is not None and (e.recipient.why or "").startswith("recipient from the story")
                 else e.recipient.code if e.recipient else None) for e in events}
    assert want in unfilled


def test_the_setting_rule_needs_the_actor_of_that_country():
    assert place_recipient.choose(None, "ASSAULT", None, "no place", _no_places(), (0, 10), _party("CHL"),
                                  "PER") is None
    found = place_recipient.choose(None, "ASSAULT", None, "no place", _no_places(), (0, 10), _party("PER"), "PER")
    assert found is not None and (found.code, found.sector) == ("PER", "CVL")
    assert place_recipient.choose(None, "CONSULT", None, "no place", _no_places(), (0, 10), _party("PER"),
                                  "PER") is None
