"""Verb events whose doer stands apart from the verb: reduced participles with a by-agent, "at the hands of",
and gerund clauses of time ("after taking X, Y ...")."""
from __future__ import annotations

import pytest

from conftest import triples

# (sentence, event type, actor code, recipient code or None)
CODED = [
    # a participle modifying its undergoer, the doer in a by-phrase
    ("Officials asked about a Danish journalist held by Somali pirates since March.", "COERCE", "SOM", "DNK"),
    ("The envoy visited clinics targeted by Ethiopian warplanes last week.", "ASSAULT", "ETH", None),
    ("Villagers driven out of their homes by Malian soldiers reached the border.", "COERCE", "MLI", None),
    ("The report named Eritrean prisoners being held by Sudanese police.", "COERCE", "SDN", "ERI"),
    # coordinated agents: one event each
    ("Aid groups counted schools shelled by Armenian and Azerbaijani artillery.", "ASSAULT", "ARM", None),
    ("Aid groups counted schools shelled by Armenian and Azerbaijani artillery.", "ASSAULT", "AZE", None),
    # "at the hands of"
    ("Nobody expected his killing at the hands of Congolese militiamen.", "ASSAULT", "COD", None),
    # a gerund clause of time is an act of the main clause's subject
    ("After capturing the town of Goma, Rwandan troops advanced south.", "ASSAULT", "RWA", None),
    ("Three Nepali students were beaten before being arrested by Indian police.", "COERCE", "IND", "NPL"),
]


@pytest.mark.parametrize("text, event_type, actor, recipient", CODED)
def test_doer_apart_from_the_verb_codes_the_event(code, text, event_type, actor, recipient):
    events = code(text)
    found = [e for e in events if e.event_type == event_type and (e.actor.code if e.actor else None) == actor
             and (recipient is None or (e.recipient and e.recipient.code == recipient))]
    assert found, f"no {event_type} {actor}->{recipient} in {triples(events)}"


@pytest.mark.parametrize("text", [
    # support named in passing describes a standing relation (optional in the gold): no event
    "The offensive involved Kenyan troops and Somali militias backed by Nairobi.",
    "The town, defended by Tuareg fighters, held out for a week.",
    # publishing is no release of persons
    "A video released by the Malian army showed the convoy.",
])
def test_participles_that_describe_code_no_event(code, text):
    assert not [e for e in code(text) if e.trigger.text in ("backed", "defended", "released")], triples(code(text))


def test_participle_after_coordination_undergoes_only_its_nearest_noun(code):
    events = code("The deal covered Kenyan police and Somali detainees held by Ethiopian troops.")
    held = [e for e in events if e.trigger.text == "held"]
    assert held and all(e.recipient is None or e.recipient.code != "KEN" for e in held), triples(held)
