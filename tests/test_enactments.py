"""Law-making is no support of a party (dyads.enactments): a legislature or government approving, ratifying or
passing its own bill, law, constitution, decree or budget codes no SUPPORT, while a reaction to "the vote" still
finds the legislature behind it, and an agreement ratified with another party stays a SUPPORT (invented sentences)."""
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
])
def test_approving_an_agreement_aid_or_another_partys_proposal_still_is(code, text, trigger, kind):
    assert kind in _types(code(text), trigger)


def test_the_vote_a_reaction_refers_to_is_still_the_legislatures(code):
    found = code("The Estonian parliament approved a bill on Russian schools. Russia condemned the vote.")
    assert ("ACCUSE", "RUS", "EST") in triples(found)
    assert not any(e.event_type == "SUPPORT" and e.trigger.text == "approved" for e in found)


def test_the_trace_says_why_the_approval_was_dropped():
    _, verdicts, _ = pipeline.explain("Lawmakers in Lima approved a bill on mining royalties on Tuesday.",
                                      settings=Settings())
    said = [v.verdict for v in verdicts if v.trigger == "approved"]
    assert said and said[0].startswith("not coded: law-making")
