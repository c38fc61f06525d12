"""Who acts on whom: recipients that are parties, countries only from real cues, pronouns, co-actors and
domestic events. Sentences we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations

import pytest

from conftest import triples
from dyads import actors


def _recipients(events, event_type=None):
    return {e.recipient.code for e in events if e.recipient is not None
            and (event_type is None or e.event_type == event_type)}


def _actors(events, event_type=None):
    return {e.actor.code for e in events if e.actor is not None
            and (event_type is None or e.event_type == event_type)}


# --- a recipient must name a party ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Chilean minister pledged an open-ended Chilean military commitment.",  # the actor's own act
    "Chilean troops attacked the Argentine military response.",  # an act is not the target of an attack
    "Kenyan troops shot down a drone near the border.",
])
def test_actions_policies_and_unowned_weapons_are_never_recipients(code, text):
    events = code(text)
    assert not any(e.recipient is not None and e.recipient.code for e in events), [
        (e.event_type, e.recipient) for e in events]


def test_a_weapon_fired_is_never_the_recipient_its_target_is(code):
    # the missiles have no owner named; the camp of a state's unnamed rebels is that state's (a domestic attack)
    events = code("Peru fired 40 cruise missiles at the rebel camp.")
    assert all("missiles" not in e.recipient.text for e in events if e.recipient is not None)
    assert ("ASSAULT", "PER", "PER") in triples(events)


def test_a_war_is_not_a_party(code):
    events = code("Fiji praised Samoa on Monday. The eight-year war has killed 40,000 people.")
    assert not [e for e in events if e.event_type == "ASSAULT" and (e.actor or e.recipient.code)]


@pytest.mark.parametrize("text, expected", [
    ("Norway condemned Sweden's attack on the fishing fleet.", ("ACCUSE", "NOR", "SWE")),
    ("The Danish minister welcomed the Dutch military response.", ("SUPPORT", "DNK", "NLD")),
])
def test_the_author_of_an_act_is_the_target_of_a_stance_toward_it(code, text, expected):
    assert expected in triples(code(text))


def test_a_weapon_whose_owner_is_named_stands_for_the_owner(code):
    assert ("ASSAULT", "TUR", "RUS") in triples(code("Turkey shot down a Russian jet over the border."))
    assert "USA" in _actors(code("A US drone killed three militants in Yemen."), "ASSAULT")


def test_a_drone_shot_down_is_never_the_actor(code):
    events = code("A drone shot down in northern Iraq by Kurdish forces exploded, killing two soldiers.")
    assert not any(e.actor is not None and "drone" in e.actor.text for e in events)


# --- country only from real cues ----------------------------------------------------------------------------

STORY = ("Sarah Jones, a British aid worker, travelled to Syria last year. The British government said the "
         "British embassy in Ankara was helping her family. Britain has asked Turkey for help. ")


def test_victims_take_the_country_of_the_place_not_of_the_story(code):
    # the killers are named: an event needs an actor that is a political party (senses)
    events = code(STORY + "Russian jets killed twelve civilians in a Syrian town on Monday.")
    assert "SYR" in _recipients(events, "ASSAULT")
    assert "GBR" not in _recipients(events, "ASSAULT")
    # with no killer named there is no event, so the story's country cannot creep in either
    assert not _recipients(code(STORY + "Twelve civilians were killed in a Syrian town on Monday."), "ASSAULT")


def test_a_party_with_no_cue_gets_no_country_from_the_story(code):
    events = code(STORY + "Activists accused the local police of torture.")
    assert not _actors(events, "ACCUSE") - {None} and not _recipients(events, "ACCUSE") - {None}


def test_a_border_does_not_locate_a_party(code):
    events = code("Protesters blocked the main road on Monday in the latest protest against a deal to sell barracks "
                  "near the Laotian border.")
    assert "LAO" not in _actors(events)


@pytest.mark.parametrize("text", ["pro-Russian rebels", "anti-American protesters"])
def test_whom_a_party_sides_with_or_against_is_not_its_country(text):
    party = actors.resolve_text(text)
    assert party is None or party.code is None


def test_the_government_after_one_countrys_leader_is_that_government(code):
    events = code("Turkish President Recep Tayyip Erdogan spoke in Ankara on Monday. "
                  "The government arrested 20 opposition members.")
    assert ("COERCE", "TUR", "TUR") in triples(events)


def test_the_government_after_two_countries_stays_unknown(code):
    events = code("Chile and Peru signed a fishing treaty on Monday. The government arrested 20 opposition members.")
    assert not _actors(events, "COERCE") - {None}


# --- actors: pronouns, groups, coordination, passive agents ---------------------------------------------------

def test_coordinated_nationalities_both_act_and_neither_is_the_recipient(code):
    events = code("Russian and Syrian airstrikes killed 20 civilians in Idlib.")
    assert {"RUS", "SYR"} <= _actors(events, "ASSAULT")
    assert not {("ASSAULT", "RUS", "SYR"), ("ASSAULT", "SYR", "RUS")} & {
        (e.event_type, e.actor.code, e.recipient.code) for e in events if e.actor and e.recipient
        and e.trigger.text == "airstrikes"}


def test_mutual_nominal_events_of_coordinated_nationalities_stay_mutual(code):
    assert {("CONSULT", "USA", "CHN"), ("CONSULT", "CHN", "USA")} <= triples(code("US and Chinese talks ended."))


def test_they_refers_to_the_coordinated_parties_of_the_previous_sentence(code):
    events = code("Russia and Iran met in Tehran. They signed a trade deal.")
    assert {"RUS", "IRN"} <= _actors(events, "SUPPORT") | _actors(events, "AGREE")


def test_they_does_not_reach_a_group_named_sentences_earlier(code):
    events = code("Russia and Iran met in Tehran on Monday. The weather was cold. Markets were calm. "
                  "Prices rose. They attacked a convoy.")
    assert not [e for e in events if e.event_type == "ASSAULT" and e.actor is not None and e.actor.code]


def test_the_two_leaders_needs_a_pair(code):
    events = code("Chile, Peru and Bolivia signed a river treaty. The two leaders praised the deal.")
    assert not [e for e in events if e.event_type == "SUPPORT" and e.trigger.text == "praised"
                and e.actor and e.actor.code]


def test_a_pronoun_with_a_nearer_unnamed_person_stays_empty(code):
    events = code("The family of a former Danish soldier begged Prime Minister Jacinda Ardern for help after his "
                  "lawyer said he had been charged.")
    assert not any(e.recipient is not None and e.recipient.text == "he" for e in events)


# --- domestic events ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, event_type, code_, sectors", [
    ("Turkish police detained 20 opposition protesters in Istanbul.", "COERCE", "TUR", ("COP", "OPP")),
    ("The Turkish government arrested opposition members in Ankara.", "COERCE", "TUR", ("GOV", "OPP")),
    ("Turkish opposition leader Kemal Kilicdaroglu accused Prime Minister Binali Yildirim of lying.", "ACCUSE", "TUR",
     ("OPP", "GOV")),
])
def test_domestic_events_between_sectors_of_one_country_are_coded(code, text, event_type, code_, sectors):
    events = code(text, date="2017-06-01")
    found = {(e.actor.code, e.actor.sector, e.recipient.code, e.recipient.sector) for e in events
             if e.event_type == event_type and e.actor and e.recipient}
    assert (code_, sectors[0], code_, sectors[1]) in found, found


# --- passive agents -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, actor, recipient", [
    ("Five Afghan soldiers were killed in an attack by Taliban fighters.", "AFG", "AFG"),
    ("Twelve Syrian civilians were killed in airstrikes carried out by Russian jets.", "RUS", "SYR"),
])
def test_who_carried_out_the_means_of_a_passive_did_it(code, text, actor, recipient):
    assert ("ASSAULT", actor, recipient) in triples(code(text))


def test_the_backer_of_an_unnamed_force_is_not_its_actor(code):
    events = code("Local fighters backed by Canadian airpower killed 30 militants near the town.")
    assert "CAN" not in _actors(events, "ASSAULT")


def test_the_targets_of_a_by_phrase_attack_are_its_recipients(code):
    events = code("Thousands of civilians in Idlib province have been uprooted by Russian and Syrian airstrikes.")
    assert {("ASSAULT", "RUS", "SYR"), ("ASSAULT", "SYR", "SYR")} <= triples(events)


def test_an_action_noun_names_the_party_it_is_the_act_of(code):
    events = code("Mali agreed to accept the deployment of United Nations forces.", date="2013-04-01")
    assert any(e.event_type == "AGREE" and e.recipient and e.recipient.code.startswith("IGO") for e in events)
