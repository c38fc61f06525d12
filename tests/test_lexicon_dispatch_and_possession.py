"""Recall of the trigger lexicon, session 29 (helper c29e): triggers the tune pool's misses showed missing —
police or gendarmes sent or dispatched (CAMEO 153), property taken into possession (1711), a party's help
appreciated (051, as the CAMEO verb dictionary files APPRECIATE), migrants intercepted (170, the CAMEO verb
dictionary's INTERCEPT * IMMIGRANT) and acts called biased, rigged or flawed (111) — each with uses that are no
event (all sentences invented)."""
from __future__ import annotations

import pytest

from conftest import triples


def _types(events, trigger):
    return {e.event_type for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # CAMEO 153 mobilize or increase police power: police or gendarmes sent or dispatched
    ("Senegal sent 300 gendarmes to the southern region of Casamance on Monday.", "sent", ("MOBILIZE", "SEN", "SEN")),
    ("Ecuador dispatched police to the port of Guayaquil after the prison riot.", "dispatched",
     ("MOBILIZE", "ECU", "ECU")),
    # CAMEO 1711 confiscate property: possession taken of property
    ("The Kenyan government took possession of a Russian businessman's yacht on Tuesday.", "took",
     ("COERCE", "KEN", "RUS")),
    # CAMEO 170 coerce: migrants intercepted (the CAMEO verb dictionary's INTERCEPT * IMMIGRANT)
    ("The Greek coast guard intercepted 60 Afghan migrants off Lesbos.", "intercepted", ("COERCE", "GRC", "AFG")),
    # CAMEO 111 criticize: an act called biased or prejudiced
    ("The Dutch government called the ruling of the Turkish court biased.", "called", ("ACCUSE", "NLD", "TUR")),
    # CAMEO 051 praise or endorse
    ("Prime Minister Modi appreciated Japan's support for the new railway.", "appreciated", ("SUPPORT", "IND", "JPN")),
])
def test_new_triggers_code(code, text, trigger, expected):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert expected in triples(events)


def test_taking_possession_of_a_town_occupies_it(code):
    events = [e for e in code("Ethiopian troops took possession of the town of Humera on Sunday.")
              if e.trigger.text == "took"]
    assert {e.event_type for e in events} <= {"ASSAULT"}


@pytest.mark.parametrize(("text", "trigger"), [
    # possession that is had, not taken
    ("The Kenyan government is in possession of the documents.", "possession"),
    # a parcel or a letter sent is no deployment of police
    ("Brazil sent a letter to the police chiefs of Paraguay.", "sent"),
])
def test_other_uses_stay_out(code, text, trigger):
    assert not _types(code(text), trigger) - {"NONE"}
