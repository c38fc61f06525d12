"""Law-making is no support of a party (dyads.enactments): a legislature or government approving, ratifying or
passing its own bill, law, constitution, decree or budget codes no SUPPORT, while a reaction to "the vote" still
finds the legislature behind it; an agreement ratified with another party, or a law that names the party it is
aimed at, stays a SUPPORT, and a law that names an act makes its approval that act (invented sentences)."""
from __future__ import annotations

import pytest

from conftest import triples
from dyads import pipeline
from dyads.records import Document
from dyads.settings import Settings


def _types(events, trigger):
    return {e.event_type for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Lawmakers in Lima approved a bill on mining royalties on Tuesday.", "approved"),
    ("The Kenyan parliament approved the new budget on Tuesday.", "approved"),
    ("The National Assembly of Chad approved the new constitution last month.", "approved"),
    ("The Senate of Chile ratified the constitutional amendment on Monday.", "ratified"),
    ("The bill was approved by the Estonian parliament on Monday.", "approved"),
])
def test_a_lawmaker_approving_its_own_legal_instrument_is_no_support(code, text, trigger):
    assert "SUPPORT" not in _types(code(text), trigger)


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("The Chilean senate ratified the border treaty with Peru on Monday.", "ratified", "SUPPORT"),
    ("The Japanese cabinet approved a loan to Kenya.", "approved", "AID"),
    ("The Peruvian president approved Chile's proposal for talks.", "approved", "SUPPORT"),
    ("The Peruvian congress approved a bill on fishing rights for Chile.", "approved", "SUPPORT"),
])
def test_approving_an_agreement_aid_or_another_partys_proposal_still_is(code, text, trigger, kind):
    assert kind in _types(code(text), trigger)


def test_the_vote_a_reaction_refers_to_is_still_the_legislatures(code):
    found = code("The Estonian parliament approved a bill on language education. Russia condemned the vote.")
    assert ("ACCUSE", "RUS", "EST") in triples(found)
    assert not any(e.event_type == "SUPPORT" and e.trigger.text == "approved" for e in found)


def test_the_trace_says_why_the_approval_was_dropped():
    _, verdicts, _ = pipeline.explain("Lawmakers in Lima approved a bill on mining royalties on Tuesday.",
                                      settings=Settings())
    said = [v.verdict for v in verdicts if v.trigger == "approved"]
    assert said and said[0].startswith("not coded: law-making")


@pytest.mark.parametrize(("text", "kind"), [
    ("The Armenian parliament approved a bill lifting the curfew in Yerevan on Tuesday.", "CONCEDE"),
    ("The US Senate approved a bill imposing sanctions on Russia.", "SANCTION"),
])
def test_an_instrument_that_names_an_act_makes_its_approval_that_act(code, text, kind):
    assert kind in _types(code(text), "approved")


def test_the_trace_says_an_approval_was_retyped():
    _, verdicts, events = pipeline.explain("The Armenian parliament approved a bill lifting the curfew in Yerevan.",
                                           settings=Settings())
    assert [v.verdict for v in verdicts if v.trigger == "approved"] == ["coded 1 event(s)"]
    assert any("law-making" in e.why and e.event_type == "CONCEDE" for e in events)
