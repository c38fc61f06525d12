"""States in the plural that the story does not name ("a number of countries", "several Gulf states", "the
governments of the three nations") are no one party: within a story they give neither the story's own country
(they are other states) nor an event of an unknown actor on a coded recipient. Sentences we wrote; parsed with
the shared spaCy pipeline."""
from __future__ import annotations

import pytest

from conftest import triples

LEAD = "LIMA, Peru (AP) - Peru's president met farmers in Cusco on Monday. "


@pytest.mark.parametrize("sentence", [
    "A number of countries have criticized Chile over the new mining law.",
    "Several Gulf states condemned Iran on Tuesday.",
    "Some 40 countries accused Venezuela of rigging the vote.",
])
def test_unnamed_plural_states_code_no_event_in_a_story(code, sentence):
    events = code(LEAD + sentence, date="2000-01-01")
    bad = [e for e in events if e.sentence_index == 2 and e.event_type == "ACCUSE"]
    assert not bad, triples(events)


def test_a_counted_plural_of_states_is_never_the_setting_country(code):
    events = code(LEAD + "A number of countries have criticized the new mining law.", date="2000-01-01")
    assert not [e for e in events if e.actor is not None and e.actor.code == "PER" and e.event_type == "ACCUSE"], \
        triples(events)


def test_named_states_in_the_plural_still_act(code):
    events = code(LEAD + "Chile and Bolivia criticized Peru over the new mining law.", date="2000-01-01")
    assert {("ACCUSE", "CHL", "PER"), ("ACCUSE", "BOL", "PER")} <= set(triples(events)), triples(events)


def test_an_unnamed_official_acting_on_a_coded_party_is_still_kept(code):
    # one official of no country named is one party (its recipient may be all the story says): not a plural of states
    events = code("The talks resumed on Monday. A senior official accused Chile of stalling.", date="2000-01-01")
    assert ("ACCUSE", None, "CHL") in triples(events), triples(events)
