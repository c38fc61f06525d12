"""Parties of long articles read from their phrase and clause (invented sentences): a nominal meeting that is its
own verb's subject takes no actor from a coordinated clause; complex prepositions ("in the face of X") name no
recipient; "Brussels" stands for the EU once the story names it; a faith is no nationality where the phrase places
its people; descriptions of a person coordinated in an apposition are no second actor; "its own" refers to its
clause's subject; "it" after an act named as an object is that act."""
from __future__ import annotations

from conftest import triples


def test_a_meeting_that_is_its_verbs_subject_takes_no_actor_from_a_coordinated_clause(code):
    events = code("Peru, Chile and Bolivia asked the Security Council to discuss the attack, and a meeting is "
                  "expected on Thursday.")
    assert not [e for e in events if e.event_type == "CONSULT" and e.trigger.text == "meeting"]


def test_brussels_stands_for_the_eu_once_the_story_names_it(code):
    events = code("The European Union's envoy met Armenia's foreign minister on Monday. The envoy said Brussels "
                  "would provide funding for the border monitors in Armenia.")
    assert ("AID", "IGOEEC", "ARM") in {(t, a, r) for t, a, r in triples(events)} \
        or any(e.actor.code == "IGOEEC" and e.trigger.text == "provide" for e in events)


def test_brussels_alone_stays_belgium(code):
    events = code("Brussels condemned the attack on the Belgian embassy in Kinshasa.")
    assert {a for t, a, r in triples(events) if t == "ACCUSE"} == {"BEL"}


def test_in_the_face_of_names_no_party_acted_on(code):
    events = code("Ukrainian troops withdrew from the town in the face of Russia's advance.")
    assert not {r for t, a, r in triples(events) if t == "RETREAT"} & {"RUS"}


def test_a_faith_group_placed_abroad_by_its_own_phrase_is_of_that_country(code):
    events = code("Sikh groups in Britain welcomed the minister's statement on Monday.")
    assert {e.actor.code for e in events if e.event_type == "SUPPORT"} == {"GBR"}


def test_descriptions_coordinated_in_a_persons_apposition_are_no_second_actor(code):
    events = code("Maria Lopez, the leader of the Labour Party and a Kurd, accused Russia of breaking the law.")
    accusing = [e for e in events if e.event_type == "ACCUSE"]
    assert accusing and not [e for e in accusing if "Kurd" in e.actor.text]


def test_the_new_democratic_party_is_canadian(code):
    events = code("The New Democratic Party accused India of interfering in the election.")
    assert {a for t, a, r in triples(events) if t == "ACCUSE"} == {"CAN"}


def test_its_own_refers_to_the_subject_of_its_clause(code):
    events = code("The United States urged Kenya to show restraint. At home, Ruto's government has responded to the "
                  "defeats with a crackdown on its own soldiers.")
    assert {r for t, a, r in triples(events) if t == "COERCE"} == {"KEN"}


def test_it_after_an_act_named_as_object_is_that_act_not_a_party(code):
    events = code("Burundi sent troops to the border. The United States welcomed the ceasefire and urged both "
                  "sides to respect it.")
    assert not {r for t, a, r in triples(events) if t == "SUPPORT" and a == "USA"} & {"BDI"}
