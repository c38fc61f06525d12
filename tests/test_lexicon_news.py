"""News-English triggers the real-news tune misses showed the lexicon lacked (issue 14): each word codes in an
invented sentence where it names the action, and stays out where it does not (invented sentences)."""
from __future__ import annotations

import pytest

from conftest import triples


def _types(events, trigger):
    return {e.event_type for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(("text", "trigger", "types"), [
    ("A Pentagon official briefed the German ambassador on the plan.", "briefed", {"CONSULT"}),
    ("Iran will honour the ceasefire.", "honour", {"AGREE"}),
    ("The Syrian opposition will send a delegation to Geneva on Wednesday.", "send", {"CONSULT"}),
    ("The Syrian government sent a letter to Geneva on Wednesday.", "sent", set()),
    ("The Ukrainian army gave the monitors access to the city.", "gave", {"RETREAT"}),
    ("Hamas will attend the talks in Cairo next week.", "attend", {"CONSULT"}),
    ("The Kenyan president received a Somali delegation in Nairobi on Monday.", "received", {"CONSULT"}),
    ("The Kenyan president received a letter from Somalia on Monday.", "received", set()),
    ("The Egyptian foreign minister led a delegation to Khartoum.", "led", {"CONSULT"}),
    ("Biden expressed his respect for Erdogan after the coup attempt.", "expressed", {"SUPPORT"}),
    ("China expressed anger at the Japanese visit to the shrine.", "expressed", {"ACCUSE"}),
])
def test_a_news_trigger_codes_only_in_its_event_sense(code, text, trigger, types):
    assert _types(code(text), trigger) == types


def test_briefing_diplomats_is_a_meeting_with_their_country(code):
    assert ("CONSULT", "USA", "DEU") in triples(code("A Pentagon official briefed the German ambassador on the plan."))


def test_a_promise_to_respect_a_truce_is_an_agreement_made_now(code):
    # "would respect / abide by / accept" commits the speaker at once (status.py: a commitment made now)
    events = [e for e in code("Iran said it would respect the ceasefire in Idlib.") if e.trigger.text == "respect"]
    assert [(e.event_type, e.actor.code, e.status) for e in events] == [("AGREE", "IRN", "occurred")]


def test_a_refusal_to_attend_talks_is_no_meeting(code):
    events = [e for e in code("Hamas will not attend the talks in Cairo.") if e.trigger.text == "attend"]
    assert all(e.status not in ("occurred", "planned") for e in events)


def test_a_no_event_governor_does_not_absorb_a_nominal_that_names_its_parties(code):
    # publishing accounts is no event; the phone call between the two leaders is
    found = triples(code("Kenya and Uganda released opposing accounts of a phone call between Ruto and Museveni."))
    assert ("CONSULT", "KEN", "UGA") in found


def test_a_nominal_with_no_parties_of_its_own_stays_absorbed(code):
    # the speaker is no attacker
    events = code("The Kenyan minister spoke to reporters about the attack on the embassy.")
    assert not _types(events, "attack")


@pytest.mark.parametrize(("text", "trigger", "types"), [
    # a recommendation to another party is an appeal (CAMEO 020)
    ("The IMF recommended that Argentina devalue the peso.", "recommended", {"REQUEST"}),
    # "charge d'affaires" is parsed with "charge" as a modifier of "d'affaires"
    ("Lithuania summoned the Russian charge d'affaires over the border incident.", "summoned", {"ACCUSE"}),
])
def test_appeals_and_summons_code_in_their_event_sense(code, text, trigger, types):
    assert _types(code(text), trigger) == types



def test_a_phrasal_object_the_parser_glued_to_a_following_time_measure_still_counts(code):
    # "from office hours after ...": the parser makes "office" a modifier of "hours"
    events = code("Peru's Congress voted on Wednesday to remove President Pedro Castillo from office hours after he "
                  "tried to dissolve the legislature.")
    assert ("COERCE", "PER", "PER") in triples(events)
