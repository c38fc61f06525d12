"""A coordinated clause's subject that the parser joined to the object before it ("France condemned the attack and
*Germany* said ..."): it is the subject of its own clause (`events.syntax.stranded_clause_subject`), never a
recipient of the first verb, and it does what its clause says. Sentences we wrote; parsed with the shared spaCy
pipeline."""
from __future__ import annotations


def _by_trigger(events, trigger):
    return [e for e in events if e.trigger.text == trigger]


def test_the_next_clauses_subject_is_no_recipient_of_the_first_verb(code):
    events = code("Chile condemned the attack and Peru demanded an inquiry.")
    condemned = _by_trigger(events, "condemned")
    assert condemned and all(e.recipient is None or e.recipient.code != "PER" for e in condemned), \
        [(e.event_type, e.actor, e.recipient) for e in condemned]


def test_the_next_clauses_subject_does_its_own_act(code):
    events = code("Chile condemned the attack and Peru demanded an inquiry.")
    demanded = _by_trigger(events, "demanded")
    assert demanded and {e.actor.code for e in demanded if e.actor} == {"PER"}, \
        [(e.event_type, e.actor) for e in demanded]
    assert all("subject of its own clause" in e.why for e in demanded if e.actor)


def test_a_pronoun_in_the_next_clause_refers_to_its_subject(code):
    events = code("France condemned the attack and Germany said it would send aid.")
    send = _by_trigger(events, "send")
    assert all(e.actor is None or e.actor.code == "DEU" for e in send), [(e.event_type, e.actor) for e in send]
    condemned = _by_trigger(events, "condemned")
    assert all(e.recipient is None or e.recipient.code != "DEU" for e in condemned)


def test_coordinated_objects_stay_recipients(code):
    events = code("Chile accused Bolivia and Peru of violating the treaty.")
    accused = _by_trigger(events, "accused")
    assert {e.recipient.code for e in accused if e.recipient} == {"BOL", "PER"}
