"""A restrictive relative clause in the perfect on an indefinite head describes its referent by what it has done
(an experiential perfect): no specific act, no event (session 15, e3). Named, definite or comma-set clauses, a
named subject and a time keep the act (invented sentences)."""
from __future__ import annotations

import pytest


def _on(events, trigger):
    return [e for e in events if e.trigger.text == trigger]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Peru appointed a diplomat who has attended earlier talks with Chile as its envoy.", "attended"),
    ("Chilean police arrested men who had allied themselves with a Bolivian gang.", "allied"),
    ("Peruvian spies rely on informants whom they have met in Bolivia.", "met"),
])
def test_an_experiential_perfect_describing_an_indefinite_noun_is_no_event(code, text, trigger):
    assert not _on(code(text), trigger)


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    # set off by a comma: a reported act of a specific party
    ("The Chilean army, which has attacked Peruvian border posts, crossed the river.", "attacked", "ASSAULT"),
    # a named subject answers the head noun
    ("Chile accused Peru of shelling the village, a charge the Peruvian army has denied.", "denied", "REJECT"),
    # a definite head: the specific party's act
    ("Chile praised the Peruvian troops who have attacked the rebels.", "attacked", "ASSAULT"),
    # a time places the act
    ("Peru expelled a Bolivian diplomat who had met Chilean rebels on Monday.", "met", "CONSULT"),
])
def test_specific_perfect_relative_clauses_still_code(code, text, trigger, event_type):
    assert event_type in {e.event_type for e in _on(code(text), trigger)}


def test_the_experiential_drop_gives_its_reason():
    from dyads import nlp
    from dyads.events.habitual import experiential_description
    from dyads.settings import load_settings

    doc = nlp.load(load_settings().spacy_model)("Peru appointed a diplomat who has attended earlier talks.")
    (verb,) = [t for t in doc if t.text == "attended"]
    assert "restrictive perfect clause" in experiential_description(verb)
    assert experiential_description(doc[1]) == ""


# A standing stance or habit over an open stretch of time: "has long opposed", "had always stood by".
@pytest.mark.parametrize(("text", "trigger"), [
    ("Chile has long opposed the Peruvian claim to the islands.", "opposed"),
    ("The Bolivian president said Bolivia had always stood by Peru.", "stood"),
    ("Peru often accuses Chile of spying.", "accuses"),
])
def test_a_standing_stance_or_habit_is_no_event(code, text, trigger):
    assert not _on(code(text), trigger)


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    ("Chile has repeatedly accused Peru of spying.", "accused", "ACCUSE"),
    ("Chile opposed the Peruvian claim to the islands on Monday.", "opposed", "REJECT"),
    ("Peruvian troops attacked the rebel camp as long as they could on Monday.", "attacked", "ASSAULT"),
])
def test_repeated_or_dated_acts_still_code(code, text, trigger, event_type):
    assert event_type in {e.event_type for e in _on(code(text), trigger)}
