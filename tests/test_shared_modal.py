"""A bare verb joined to a verb with a modal shares the modal, though the tagger calls it a plural present ("said
the army would secure the border, *continue* to shell ..."); a true present form ("are") keeps its own tense.
Sentences we wrote."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, event_type, expected", [
    ("Peru's defence minister said the army would secure the border, continue to shell rebel positions in "
     "Bolivia and protect civilians.", "ASSAULT", "planned"),
    ("The Peruvian envoy said his government would counter Bolivia, continue to fight the militia in Cobija and "
     "support local councils.", "ASSAULT", "planned"),
    ("Bolivian officials said Peruvian troops could seize the airport, continue to shell the capital and cut "
     "its roads.", "ASSAULT", "hypothetical"),
])
def test_a_bare_verb_after_a_modal_shares_its_status(code, text, event_type, expected):
    events = [e for e in code(text) if e.event_type == event_type]
    assert events and all(e.status == expected for e in events), triples(events)


def test_a_present_form_joined_to_a_modal_keeps_its_own_tense(settings):
    from dyads import nlp, status
    doc = nlp.load(settings.spacy_model)("The deal would mean more aid for the region, and the rebels are still under attack.")
    attack = next(t for t in doc if t.text == "attack")
    assert status.status_of(attack)[0] == "occurred"
