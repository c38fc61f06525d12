"""An act decided or announced by a doer named beside the noun of decision or announcement ("welcomed *X's*
decision to lift the ban", "applauded the announcement *by X* that it is making concessions") is X's own act:
it is coded as well as the stance taken toward it, with the doer as its actor. With no doer named ("welcomed the
decision to lift the curfew") the act stays part of the stance."""
from __future__ import annotations

import pytest

from conftest import triples

# (sentence, event type, actor code) of the decided or announced act
DECIDED = [
    ("The opposition backed the Kuwaiti government's decision to agree to all its demands.", "CONCEDE", "KWT"),
    ("Amnesty welcomed the Cuban government's decision to lift the travel ban.", "CONCEDE", "CUB"),
    ("The forum applauded the announcement by the Government of Bermuda that it is making concessions to Cambodia.",
     "CONCEDE", "BMU"),
    ("Germany criticised Turkey's decision to expel the Dutch ambassador.", "SANCTION", "TUR"),
]


@pytest.mark.parametrize("text, event_type, actor", DECIDED)
def test_decided_act_of_a_named_doer_is_coded(code, text, event_type, actor):
    events = code(text)
    assert any(e.event_type == event_type and e.actor and e.actor.code == actor for e in events), triples(events)


def test_stance_is_kept_beside_the_decided_act(code):
    events = code("Germany criticised Turkey's decision to expel the Dutch ambassador.")
    assert ("ACCUSE", "DEU", "TUR") in triples(events)


@pytest.mark.parametrize("text", [
    "France welcomed the decision to lift the curfew.",
    # a to-clause's doer is the decision's owner; a by-phrase does not name it ("approved the decision by X to ...")
    "France welcomed the decision by the Cuban government to lift the curfew.",
])
def test_decision_with_no_owner_stays_part_of_the_stance(code, text):
    events = code(text)
    assert not any(e.event_type == "CONCEDE" for e in events), triples(events)


def test_decision_under_no_stance_stays_absorbed(code):
    # only a stance (praise, criticism, objection) reports the decided act beside itself
    events = code("Germany asked for Turkey's decision to expel the Dutch ambassador to be reviewed.")
    assert not any(e.event_type == "SANCTION" and e.actor and e.actor.code == "TUR" for e in events), triples(events)
