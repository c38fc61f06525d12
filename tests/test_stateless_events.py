"""An event neither of whose parties names a state or an organization codes nothing: an actor known only by its
sector ("officials", "the ministry", a pronoun standing for one) acting on nobody, or on a party known only by its
sector too, belongs to no dyad. An unknown actor's act on a coded party is kept, but an act by unnamed gunmen of no
group or country only in a lone sentence (within a story it is dropped too). Sentences we wrote; parsed with the
shared spaCy pipeline."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text", [
    "The rally had been planned for weeks. Officials banned the rally on Monday.",
    "The talks resumed on Monday. Several countries that opposed the plan threatened to walk out of the talks.",
])
def test_no_event_without_a_coded_party(code, text):
    events = code(text, date="2000-01-01")
    assert not events, triples(events)


def test_a_lone_sentence_keeps_its_event(code):
    # one sentence out of its story (as in sentence-level gold): the story that would name the state is not in hand
    events = code("Officials banned the rally on Monday.", date="2000-01-01")
    assert [(e.event_type, e.actor.code, e.actor.sector) for e in events] == [("COERCE", None, "GOV")]


def test_an_unknown_actor_acting_on_a_coded_party_is_kept(code):
    assert ("ASSAULT", None, "USA") in triples(code("Gunmen killed three American tourists.", date="2000-01-01"))


@pytest.mark.parametrize("text", [
    "The market reopened on Monday. Gunmen killed three American tourists near the old bridge.",
    "The convoy left at dawn. Unknown attackers later shot two Canadian volunteers near the front.",
])
def test_a_story_codes_no_act_by_unnamed_gunmen(code, text):
    # within a story unnamed gunmen of no group or country make no dyad, even when their recipient is known (the
    # coding guide): "? -> USA" would only put a wrong actor in the data
    events = code(text, date="2000-01-01")
    assert not [e for e in events if e.actor is None or e.actor.code is None], triples(events)
