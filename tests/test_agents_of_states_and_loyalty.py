"""Who acts when the parser hangs the doer away from the trigger (invented sentences): the by-phrase of an
"under" state hung on its verb ("X has been under siege by Y"), forces named by whom they are loyal to, the
by-phrase hung on a passive's as-complement ("was described as reckless by Y"), and participles of praise that
report an act ("a plan endorsed by Y"), not a standing relation ("rebels backed by Y")."""
from __future__ import annotations

import pytest

from conftest import triples


def _pairs(events, trigger):
    return {(e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
            for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(("text", "pair"), [
    ("Gyumri has been under siege for months by the Armenian army.", ("ARM", "ARM")),
    ("Mosul was under siege for weeks by Iraqi troops.", ("IRQ", "IRQ")),
    ("Eastern Aleppo, which had been under siege for years by the Syrian army, was shelled again.", ("SYR", "SYR")),
])
def test_the_by_phrase_of_an_under_state_hung_on_its_verb_names_the_doer(code, text, pair):
    found = _pairs(code(text), "siege")
    assert pair in found, found


def test_the_undergoer_of_an_under_state_is_never_made_its_doer(code):
    # the town underwent the siege: it is not the actor against the army
    found = _pairs(code("Gyumri has been under siege for months by the Armenian army."), "siege")
    assert all(actor == "ARM" for actor, _ in found), found


@pytest.mark.parametrize(("text", "trigger", "triple"), [
    ("Soldiers loyal to the Syrian government have seized a village near Homs.", "seized", ("ASSAULT", "SYR")),
    ("Gunmen loyal to the Libyan prime minister attacked a checkpoint.", "attacked", ("ASSAULT", "LBY")),
    ("Villagers are living under a blockade imposed by forces loyal to the Yemeni president.", "blockade",
     ("COERCE", "YEM")),
])
def test_forces_loyal_to_a_party_act_for_its_side(code, text, trigger, triple):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert triple in {(e.event_type, e.actor.code if e.actor else None) for e in events}, triples(events)


def test_forces_loyal_to_a_party_are_its_side_as_recipients_too(code):
    found = _pairs(code("Houthi rebels attacked troops loyal to the Yemeni president."), "attacked")
    assert any(recipient == "YEM" for _, recipient in found), found


def test_staying_loyal_is_no_party_phrase(code):
    assert not code("Ministers remained loyal to the French president.")


@pytest.mark.parametrize(("text", "actor"), [
    ("The militia was described as a terror army by the Turkish president, Recep Tayyip Erdogan.", "TUR"),
    ("The plan was described as “deeply alarming” by Russia's ambassador to the UN.", "RUS"),
])
def test_a_by_phrase_hung_on_an_as_complement_names_the_passive_doer(code, text, actor):
    events = [e for e in code(text) if e.trigger.text == "described"]
    assert actor in {e.actor.code for e in events if e.actor}, triples(events)


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("The new delegation, endorsed by the EU foreign policy chief, will travel to Geneva.", "endorsed", "IGOEEC"),
    ("Kenya withdrew its troops, a decision hailed by the Ugandan foreign ministry.", "hailed", "UGA"),
])
def test_a_participle_of_praise_reports_an_act_of_its_by_agent(code, text, trigger, actor):
    events = [e for e in code(text) if e.trigger.text == trigger and e.event_type == "SUPPORT"]
    assert actor in {e.actor.code for e in events if e.actor}, triples(events)


def test_a_participle_of_backing_still_describes_a_relation(code):
    events = [e for e in code("Rebels backed by Turkey captured the village.") if e.trigger.text == "backed"]
    assert not events, triples(events)
