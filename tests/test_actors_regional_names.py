"""Names in the actor tables (sentences we wrote): the Central African states' economic community is an
international body, not the Central African Republic; "PNG" is Papua New Guinea."""
from __future__ import annotations


def test_the_central_african_community_is_an_igo(code):
    events = code("The Economic Community of Central African States suspended Chad on Monday.")
    assert events and all(e.actor.code.startswith("IGO") for e in events), [(e.actor.code, e.actor.why) for e in events]


def test_png_is_papua_new_guinea(code):
    events = [e for e in code("Australia will help train PNG's police force.") if e.recipient is not None]
    assert events and all(e.recipient.code == "PNG" for e in events), [e.recipient.code for e in events]
