"""Which earlier party a subject "it" refers to (`actors.pronouns`, `actors.coreference`): a definite state noun
that was the last subject ("the government promised ... It also agreed"), and never one conjunct of a coordinated
phrase ("Russia and China voted against it ... It calls on"). Sentences we wrote; parsed with the shared spaCy
pipeline."""
from __future__ import annotations


def _by_trigger(events, trigger):
    return [e for e in events if e.trigger.text == trigger]


def test_it_refers_to_the_government_that_was_the_last_subject(code):
    events = code("The government of Chile and the opposition signed a pact on Monday. Under the pact, the government "
                  "promised to invite monitors from the European Union and the UN. It also agreed to reform the "
                  "electoral court.")
    agreed = _by_trigger(events, "agreed")
    assert agreed and {e.actor.code for e in agreed} == {"CHL"}, [(e.event_type, e.actor) for e in agreed]
    assert all("'the government' (CHL)" in e.actor.why for e in agreed)


def test_a_body_named_after_the_subject_still_wins_without_a_state_subject(code):
    # no definite state noun as subject: the last body named stays the antecedent, as before
    events = code("Monitors from the European Union visited the capital on Monday. The head of the mission met "
                  "the UN. It also urged Chile to reform the electoral court.")
    urged = _by_trigger(events, "urged")
    assert all(e.actor is None or e.actor.code != "CHL" for e in urged), [(e.event_type, e.actor) for e in urged]


def test_it_never_stands_for_one_conjunct_of_a_coordinated_phrase(code):
    events = code("The resolution, drafted by Canada and Norway, passed in Geneva on Monday. Russia and China voted "
                  "against it, and Brazil, Kenya and Peru abstained. It calls on Syria to admit inspectors.")
    calls = _by_trigger(events, "calls")
    assert all(e.actor is None or e.actor.code not in {"RUS", "CHN", "BRA", "KEN", "PER"} for e in calls), \
        [(e.event_type, e.actor) for e in calls]


def test_it_still_refers_to_a_single_state_named_before(code):
    events = code("Russia and China held talks in Beijing on Monday. Iran sent an envoy to Oman. It also urged "
                  "Qatar to join the talks.")
    urged = _by_trigger(events, "urged")
    assert urged and {e.actor.code for e in urged} == {"IRN"}, [(e.event_type, e.actor) for e in urged]
