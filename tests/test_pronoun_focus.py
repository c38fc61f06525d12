""""he"/"she" beyond the sentence before it: the person every sentence since has referred to again with a pronoun of
the same gender, when no other person is named in between. Sentences we wrote; parsed with the shared spaCy
pipeline."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, trigger, actor", [
    ("President Ruben Okafor of Nigeria opened the summit on Monday. He said the region needed calm. He also "
     "praised the farmers. Later he accused Cameroon of arming the rebels.", "accused", "NGA"),
    ("Prime Minister Anna Lindqvist of Sweden arrived in Oslo. She spoke of trade. Her hosts listened. "
     "She then criticised Russia over the cable attacks.", "criticised", "SWE"),
])
def test_a_pronoun_chain_keeps_the_person_in_focus(code, text, trigger, actor):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and {e.actor.code for e in events} == {actor}, triples(events)


@pytest.mark.parametrize("text", [
    # a sentence since that does not refer to the person: the focus may have moved
    "President Ruben Okafor of Nigeria opened the summit on Monday. The economy grew fast. The markets rose. "
    "He accused Cameroon of arming the rebels.",
    # another person named in between is as good an antecedent
    "President Ruben Okafor of Nigeria opened the summit on Monday. He met Peter Mbeki. He said the talks went "
    "well. He accused Cameroon of arming the rebels.",
    # a pronoun of the other gender does not keep him in focus
    "President Ruben Okafor of Nigeria opened the summit on Monday. She said the region needed calm. She praised "
    "the farmers. He accused Cameroon of arming the rebels.",
])
def test_no_focus_without_an_unbroken_chain(code, text):
    events = [e for e in code(text) if e.trigger.text == "accused"]
    assert not [e for e in events if e.actor and e.actor.code == "NGA"], triples(events)


def test_a_body_is_no_nearer_antecedent_of_he(code):
    # "the community" between the person and "he" cannot be what "he" stands for
    text = ('President Ruben Okafor of Nigeria spoke on Monday. "The international community needs to act," he said, '
            'accusing Cameroon of arming the rebels.')
    events = [e for e in code(text) if e.trigger.text == "accusing"]
    assert events and {e.actor.code for e in events} == {"NGA"}, triples(events)


def test_he_in_a_body_s_report_is_not_the_body(code):
    # "the ministry said he ...": he is the person named before, not the ministry that reports it
    text = "President Ruben Okafor of Nigeria spoke on Monday. The ministry said he accused Cameroon of arming the rebels."
    events = [e for e in code(text) if e.trigger.text == "accused"]
    assert events and {e.actor.code for e in events} == {"NGA"}, triples(events)


def test_they_stands_for_a_people_s_armed_faction(code):
    # "Syrian rebel factions": a people's adjective and a sector modifier on a noun that is no role word
    text = "Syrian rebel factions in Idlib said they would respect the truce. But they also vowed to attack the army."
    events = [e for e in code(text) if e.trigger.text == "vowed"]
    assert events and {e.actor.code for e in events} == {"SYR"}, triples(events)
