"""A denial told in a relative clause on a claim answers the claim's author, not the parties the claim names
(invented sentences)."""
from __future__ import annotations

import pytest


def _rejections(events):
    return [(e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
            for e in events if e.event_type == "REJECT" and e.status == "occurred"]


@pytest.mark.parametrize("text, pair", [
    ("Norway has pushed for sanctions on Chad over its support for the Sudanese rebels, which Chad denies.",
     ("TCD", "NOR")),
    ("Peru accuses Bolivia of arming Chilean smugglers, which Bolivia denies.", ("BOL", "PER")),
])
def test_a_relative_denial_answers_the_claims_author(code, text, pair):
    assert _rejections(code(text)) == [pair], text


def test_a_relative_rejection_of_a_plan_still_acts_on_the_plan(code):
    # not a denial: rejecting a plan is aimed at the plan's author, found through the antecedent as before
    found = _rejections(code("Chile presented a plan drafted by Peru, which Bolivia rejected."))
    assert found and all(actor == "BOL" for actor, _ in found)
