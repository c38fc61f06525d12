"""A party named in an adverbial clause with a subject of its own ("as Y troops met Z") belongs to that clause's
act, never to the trigger's as a last-resort recipient."""
from __future__ import annotations


def test_a_party_of_another_clause_is_not_the_recipient(code):
    text = "Chile has made similar threats in the past, as Peruvian troops met Bolivian forces near the border."
    found = [e for e in code(text) if e.event_type == "THREATEN"]
    assert found and all(e.recipient is None or e.recipient.code not in ("PER", "BOL") for e in found)


def test_a_threats_condition_still_names_its_target(code):
    found = code("The rebel commander threatened a civil war unless Peruvian President Boluarte stepped down.")
    assert any(e.recipient is not None and e.recipient.code == "PER" for e in found if e.event_type == "THREATEN")
