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
    # a gerund clause of manner is an act of the main clause's subject, not of the main verb's object
    ("Kenya has done little apart from urging Somalia to show restraint.", "REQUEST", "KEN", "SOM"),
    # a passive's doer decides the sense: armed forces pushing a force out attack it
    ("Ugandan rebels were pushed out by the Congolese army.", "ASSAULT", "COD", "UGA"),
    ("The town was later reclaimed by the Malian government with the backing of French forces.", "ASSAULT", "MLI",
     None),
    # a participle of a message: its author acts
    ("Mali issued a statement Monday condemning Niger.", "ACCUSE", "MLI", "NER"),
    ("Mali's letter accusing Niger of spying was leaked.", "ACCUSE", "MLI", "NER"),
    # a participle clause set off by commas: the noun it modifies acts
    ("Chad, which had hosted the talks, pulling out its troops from the area, blamed Sudan on Monday.", "RETREAT",
     "TCD", None),
    # a present participle of support reports current support by the noun it modifies
    ("The French-led coalition backing the Malian army bombed the town of Gao.", "SUPPORT", "FRA", "MLI"),
    # a list parsed as an apposition followed by a coordination: every member acts
    ("The Republic of Ghana, the Republic of Togo, the Republic of Benin and the Government of Niger have signed "
     "an agreement.", "SUPPORT", "NER", "GHA"),
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


@pytest.mark.parametrize("text", [
    "The minister was pushed out by his party.",  # no armed force: no attack
    "The region is a stronghold for Malian rebels fighting the government.",  # describes the rebels
    "A report accusing Niger of torture was published.",  # a message with no author named
])
def test_participles_without_a_political_doer_code_nothing(code, text):
    assert not [e for e in code(text) if e.trigger.text in ("pushed", "accusing", "fighting")], triples(code(text))


def test_ally_named_with_the_backing_of_is_no_recipient(code):
    events = code("The town was later reclaimed by the Malian government with the backing of French forces.")
    assert all(e.recipient is None or e.recipient.code != "FRA" for e in events if e.trigger.text == "reclaimed")


def test_apposition_name_before_a_coordination_is_no_list_member(code):
    events = code("In a meeting between Ghana's Vice President John Mensah and the head of the army, they spoke.")
    assert not [e for e in events if e.actor and e.recipient and e.actor.code == e.recipient.code == "GHA"
                and {e.actor.text, e.recipient.text} == {"Ghana's Vice President", "John Mensah"}]


def test_stance_participle_on_a_claim_is_its_own_event(code):
    events = code("Kenya accused Uganda of arming rebels, a charge denied by Uganda.")
    denied = [e for e in events if e.trigger.text == "denied"]
    assert denied and denied[0].event_type == "REJECT" and denied[0].actor.code == "UGA", triples(events)


def test_gerund_of_a_possible_act_has_no_actor_of_its_own(code):
    events = code("Chad will have to pay a price by withdrawing its troops from Niger.")
    assert not [e for e in events if e.trigger.text == "withdrawing" and e.status == "occurred"], triples(events)
