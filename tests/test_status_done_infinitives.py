"""Acts reported as done inside an infinitive clause (dyads.clauses, dyads.status): a ranked noun's infinitive,
an infinitive a causing verb brings its object to, and a named act that a verb of resisting presupposes. Their
counterparts stay hypothetical: a plain purpose, a time phrase before the infinitive, an unnamed or possible act."""
from __future__ import annotations

import pytest

COUNTED = ("occurred", "planned")


def _statuses(code, text, trigger):
    return [(e.event_type, e.actor.code if e.actor else None, e.status) for e in code(text)
            if e.trigger.text == trigger]


DONE = [
    # a ranked noun before the infinitive, the parser hanging "as" on the main verb
    ("Chile made history as the first nation to impose sanctions on Peru.", "impose"),
    ("Ghana went down in history as the only country to expel Togolese diplomats.", "expel"),
    # a causing verb and its object (the parser hangs the infinitive as an adverbial clause)
    ("The Peruvian offensive led the Chilean army to plead with Brazil for military help.", "plead"),
    # a named act that is resisted or defended against is under way
    ("Volunteers travelled to Lima to help defend the capital from Peruvian attack.", "attack"),
    ("Bolivia sent troops to help Chile withstand Peru's offensive.", "offensive"),
    ("Volunteers went to Lima to help the soldiers repel Peru's attack.", "attack"),
]


@pytest.mark.parametrize("text, trigger", DONE)
def test_an_act_told_as_done_in_an_infinitive_is_counted(code, text, trigger):
    found = _statuses(code, text, trigger)
    assert found and all(status in COUNTED for _, _, status in found), found


def test_the_object_of_a_causing_verb_acts(code):
    found = _statuses(code, "The Peruvian offensive led the Chilean army to plead with Brazil for military help.",
                      "plead")
    assert found and all(actor == "CHL" for _, actor, _ in found), found


NOT_DONE = [
    # a plain purpose stays what the act was for
    ("Chile sent troops to Lima to attack the rebels.", "attack"),
    # "last week" is a time, not a ranked noun
    ("Chile sent officials to Lima last week to obtain Peru's agreement.", "agreement"),
    ("Bolivian farmers blocked roads last month to demand Peruvian aid.", "demand"),
    # joining an act is no resisting it; a possible act stays possible
    ("Chile sent troops to join the Peruvian offensive.", "offensive"),
    ("Chile sent troops to Lima to protect the city from a possible Peruvian attack.", "attack"),
]


@pytest.mark.parametrize("text, trigger", NOT_DONE)
def test_a_purpose_stays_hypothetical(code, text, trigger):
    found = _statuses(code, text, trigger)
    assert all(status not in COUNTED for _, _, status in found), found


def test_a_resisted_act_of_a_named_party_is_its_own_event(code):
    """"repel *Peru's* attack": the governing verb of resisting does not absorb the other side's act."""
    found = _statuses(code, "Volunteers went to Lima to help the soldiers repel Peru's attack.", "attack")
    assert any(actor == "PER" and status == "occurred" for _, actor, status in found), found


def test_an_unnamed_act_under_a_resisting_verb_stays_absorbed(code):
    assert not _statuses(code, "Chilean soldiers repelled the attack on Lima.", "attack")


WEIGHED = [
    ("Chile said it is considering a request by Peru for military help.", "request", True),
    ("Chile is weighing Peru's offer of talks.", "offer", True),
    # no author named: what is weighed is only possible
    ("Chile is considering sanctions against Peru.", "sanctions", False),
]


@pytest.mark.parametrize("text, trigger, made", WEIGHED)
def test_a_proposal_weighed_was_made_when_its_author_is_named(code, text, trigger, made):
    found = _statuses(code, text, trigger)
    assert found and all((status in COUNTED) == made for _, _, status in found), found
