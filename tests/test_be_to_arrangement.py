"""The be-to construction tells an arrangement to come: "the president is to travel to X next month" is planned, not
occurred; an aim told with "be to" stays no plan of a party (invented sentences)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, event_type", [
    ("South Africa's President Cyril Ramaphosa is to travel to Japan next month.", "CONSULT"),
    ("The Chilean president is to meet his Peruvian counterpart on Friday.", "CONSULT"),
])
def test_be_to_is_planned(code, text, event_type):
    found = [e for e in code(text) if e.event_type == event_type]
    assert found and all(e.status == "planned" for e in found), text


def test_a_negated_be_to_is_not_planned(code):
    found = [e for e in code("The Chilean president is not to meet his Peruvian counterpart on Friday.")
             if e.event_type == "CONSULT"]
    assert all(e.status != "planned" for e in found)


def test_an_act_told_in_the_past_stays_occurred(code):
    found = [e for e in code("The Chilean president met his Peruvian counterpart on Friday.")
             if e.event_type == "CONSULT"]
    assert found and all(e.status == "occurred" for e in found)



def test_a_party_inside_the_subjects_prepositional_phrase_is_not_the_subject(settings):
    from dyads import nlp, status
    doc = nlp.load(settings.spacy_model)("The only way for Peru is to negotiate with the miners.")
    trigger = next(t for t in doc if t.lemma_ == "negotiate")
    assert status._be_to(trigger, status.words()) is None
    doc = nlp.load(settings.spacy_model)("Peru's president is to negotiate with the miners.")
    trigger = next(t for t in doc if t.lemma_ == "negotiate")
    assert status._be_to(trigger, status.words()) is not None
