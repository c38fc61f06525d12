"""Actors of people in general (dyads.events.generic): a bare or quantified plural names no party."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "trigger"), [
    ("Many countries have signed the treaty on cluster munitions.", "signed"),
    ("Countries agreed on Monday to cut their emissions.", "agreed"),
    ("World leaders will meet in Nairobi in June.", "meet"),
    ("Some critics accused the Kenyan government of corruption.", "accused"),
    ("Government leaders have condemned the attack on the Peruvian embassy.", "condemned"),
])
def test_a_generic_plural_actor_codes_no_event(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert not events, triples(events)


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("The two countries signed a trade agreement in Nairobi.", "signed", None),
    ("Turkish leaders condemned the attack on the Greek embassy.", "condemned", "TUR"),
    ("Leaders of Chile and Peru met in Lima on Monday.", "met", None),
])
def test_a_plural_that_names_its_party_still_codes(code, text, trigger, actor):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events, triples(code(text))
    assert actor is None or actor in {e.actor.code for e in events if e.actor}


@pytest.mark.parametrize(("text", "trigger"), [
    ("The US presence in Syria has reassured Israel.", "reassured"),
    ("Russian involvement in Syria threatened Turkey.", "threatened"),
    ("The Turkish presence in northern Cyprus threatens Greece.", "threatens"),
])
def test_a_state_of_affairs_is_no_actor(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert not events, triples(events)


def test_a_named_group_whose_name_holds_a_state_word_still_acts(code):
    events = [e for e in code("The International Crisis Group criticised the Kenyan government.")
              if e.trigger.text == "criticised"]
    assert events and events[0].actor is not None


def test_a_relative_pronoun_standing_for_a_generic_plural_names_no_party(code):
    text = "Jordan has taken in many refugees, unlike richer nations, which have resettled very few Syrians."
    assert not [e for e in code(text) if e.trigger.text == "resettled"], triples(code(text))


def test_a_relative_pronoun_standing_for_a_named_party_still_acts(code):
    text = "Turkish officials, who condemned the Greek government, left Athens on Monday."
    assert [e for e in code(text) if e.trigger.text == "condemned"], triples(code(text))



@pytest.mark.parametrize(("text", "trigger"), [
    ("No country condemned the Peruvian government.", "condemned"),
    ("Every government condemned the attack on the Chilean embassy.", "condemned"),
    ("Chile promised sanctions on any party that violates the truce with Peru.", "violates"),
])
def test_no_any_or_every_party_names_no_party(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert not events, triples(events)


def test_a_singular_party_with_a_definite_article_still_acts(code):
    events = [e for e in code("The Chilean government condemned the Peruvian government.")
              if e.trigger.text == "condemned"]
    assert events and events[0].actor.code == "CHL"


@pytest.mark.parametrize(("text", "generic"), [
    ("Those who shelled the Peruvian embassy fled to Chile.", True),
    ("Anyone who shelled the Peruvian embassy fled to Chile.", True),
    ("The Chilean soldiers who shelled the Peruvian embassy fled to Chile.", False),
])
def test_those_or_anyone_who_acted_names_no_party(settings, text, generic):
    from dyads import nlp
    from dyads.events.generic import generic_actor

    doc = nlp.load(settings.spacy_model)(text)
    who = next(t for t in doc if t.lower_ == "who")
    assert bool(generic_actor([[doc[who.i:who.i + 1]]])) is generic


@pytest.mark.parametrize(("text", "trigger"), [
    ("Governments and companies agreed to cut emissions.", "agreed"),
    ("Firms must strengthen their defences before launching cyber attacks.", "launching"),
])
def test_a_bare_plural_of_businesses_codes_no_event(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert not events, triples(events)


def test_businesses_that_name_their_country_still_code(code):
    assert ("AGREE", "KEN", "UGA") in triples(code("Kenyan companies agreed to supply Uganda with oil."))
