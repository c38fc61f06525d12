"""Parties named inside the subject of the verb a meeting noun hangs on (session 30, branch c30f): "*Delegates from
X and Y* began talks" are X's and Y's talks, as "Delegates from X and Y met" already was (the subject's own phrase
names whose delegates they are, which says more than where they meet)."""
from __future__ import annotations

from conftest import triples


def _talks(events):
    return {(e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
            for e in events if e.event_type == "CONSULT" and e.trigger.text in ("talks", "negotiations")}


def test_delegates_from_two_states_begin_talks(code):
    events = code("Delegates from Chile and Peru began talks on Monday in Quito.")
    assert {("CHL", "PER"), ("PER", "CHL")} <= _talks(events), triples(events)


def test_the_parties_inside_the_subject_outrank_where_the_talks_are_held(code):
    events = code("Envoys from Armenia and Azerbaijan began negotiations in Vienna on Tuesday.")
    talks = _talks(events)
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= talks and not any("AUT" in pair for pair in talks), triples(events)


def test_a_subject_named_by_its_state_keeps_it(code):
    events = code("Kenyan officials began talks with Somalia on Monday.")
    assert ("KEN", "SOM") in _talks(events), triples(events)


def test_officials_of_unnamed_countries_name_no_party(code):
    events = code("Officials from the two countries began talks on Monday.")
    assert not [pair for pair in _talks(events) if pair[0]], triples(events)
