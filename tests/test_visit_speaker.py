"""A speaker on a visit (session 30, branch c30f): "X said *on a visit to Y*" and "X, *on a trip to Y*, said" make X
the visitor (PLOVER CONSULT, CAMEO 042), as "X said *during a visit to Y*" already did; another visitor named in a
by-phrase, or a meeting noun that is no visit ("said on talks with Y" is about them), changes nothing."""
from __future__ import annotations

from conftest import triples


def _visits(events):
    return {(e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
            for e in events if e.event_type == "CONSULT" and e.trigger.text in ("visit", "trip", "tour")}


def test_a_speaker_on_a_visit_makes_it(code):
    events = code("The Chilean president said on a visit to Peru that trade between the neighbours would grow.")
    assert ("CHL", "PER") in _visits(events), triples(events)


def test_a_speaker_on_a_trip_makes_it(code):
    events = code("The Dutch foreign minister said on a trip to Indonesia on Tuesday that the museum would return "
                  "the statues.")
    assert ("NLD", "IDN") in _visits(events), triples(events)


def test_a_visit_set_off_beside_the_speaker_is_the_speakers(code):
    events = code("The German chancellor, on a visit to Kenya, said the reforms were working.")
    assert ("DEU", "KEN") in _visits(events), triples(events)


def test_a_visitor_in_a_by_phrase_is_the_actor_not_the_speaker(code):
    events = code("The Chilean minister commented on a visit to Peru by the Bolivian president.")
    assert ("CHL", "PER") not in _visits(events), triples(events)


def test_a_speaker_on_a_visit_with_no_place_named_makes_no_visit(code):
    events = code("The Chilean president said on a visit that trade would grow.")
    assert not _visits(events), triples(events)
