"""A relative or infinitive clause on the predicate of "be" says what the copula's subject does: "X is one of the
few states that ...", "X is the only country to ...". Sentences we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    ("Norway is one of the few donor governments that has provided funding to Yemen.", "provided", "NOR", "YEM"),
    ("Japan is the only Asian country to still provide aid to North Korea.", "provide", "JPN", "PRK"),
    ("Cuba is a country that supports the rebels in Colombia.", "supports", "CUB", "COL"),
])
def test_the_clause_on_a_predicate_is_the_subject_s_act(code, text, trigger, actor, recipient):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and {(e.actor.code, e.recipient.code if e.recipient else None) for e in events} \
        == {(actor, recipient)}, triples(events)


def test_a_clause_on_a_subject_is_still_its_head_s(code):
    events = [e for e in code("The Rwandan army that attacked Goma was criticised.") if e.trigger.text == "attacked"]
    assert events and {e.actor.code for e in events} == {"RWA"}, triples(events)
