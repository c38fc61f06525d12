"""Acts only a state's authorities carry out (word class `state_act`: arrest, charge, deport, exile, censor, ...;
holding someone in custody or without charge; stripping someone of citizenship; closing or suspending a medium),
told in the passive with no by-agent, are the state's where it happened or where the story is set (coding guide,
session 19 n12). Acts anyone may do (seizing, kidnapping, closing a factory) and a state as the passive's subject
get no actor guessed. Sentences we wrote."""
from __future__ import annotations

import pytest

DATELINE = "LIMA, March 3 (Reuters) - "


def _state_acts(events, event_type="COERCE"):
    return [e for e in events if e.event_type == event_type and e.actor is not None and e.actor.code
            and "no agent of the passive" in (e.actor.why or "")]


@pytest.mark.parametrize("sentence", [
    "Three union organisers were deported on Friday.",
    "The former mayor was exiled after the coup.",
    "Two opposition leaders were stripped of their citizenship on Monday.",
    "Opposition leader Ana Ruiz has been held without charge since May.",
    "Three activists were taken into custody on Monday.",
    "Two students were placed under arrest.",
    "The opposition newspaper was shut down on Monday.",
    "Social media networks have been temporarily suspended.",
])
def test_a_state_only_act_in_the_passive_is_the_setting_s_state(code, sentence):
    events = _state_acts(code(DATELINE + sentence))
    assert events and {(e.actor.code, e.actor.sector) for e in events} == {("PER", "GOV")}, \
        [(e.actor, e.recipient) for e in events]


def test_a_state_only_act_with_a_place_is_that_place_s_state(code):
    events = _state_acts(code(DATELINE + "Two journalists were arrested in Cairo on Tuesday."))
    assert events and {e.actor.code for e in events} == {"EGY"}


@pytest.mark.parametrize("sentence", [
    "Two journalists were seized in Mosul on Tuesday.",
    "The factory was shut down on Monday.",
    "The boxer was stripped of his title on Monday.",
    "Opposition leader Ana Ruiz has been held in a cave since May.",
])
def test_an_act_anyone_may_do_gets_no_state_as_actor(code, sentence):
    assert not _state_acts(code(DATELINE + sentence))


@pytest.mark.parametrize("sentence, event_type", [
    ("Peru was sentenced to pay reparations to the families.", "SANCTION"),
    ("The government was charged with negligence over the floods.", "ACCUSE"),
])
def test_a_state_undergoing_the_act_is_not_its_own_authorities_patient(code, sentence, event_type):
    assert not _state_acts(code(DATELINE + sentence), event_type)


def test_a_name_taken_for_no_place_names_no_country_of_the_story(settings):
    # "Arroyo" is also a little-known town abroad; taken for no place, it names no second country, so the story
    # still names one country only (`geo.one_named_country`), whose authorities detain with no agent named
    from dyads import geo, nlp
    text = ("Police in Manila detained the opposition leader's son on Saturday. Cruz, 45, led an unsuccessful "
            "challenge for the presidency against President Gloria Macapagal Arroyo")
    places = geo.analyse(nlp.load(settings.spacy_model)(text), gazetteer=geo.from_settings(settings))
    assert geo.one_named_country(places) == "PHL", dict(places.countries)
