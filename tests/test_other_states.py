"""A state set apart by "another", "other", "foreign" or "neighbouring" ("threatened another country") is not the
actor's own state nor the story's setting (actors/others.py)."""
from __future__ import annotations

from dyads.actors.others import other_state


def test_another_country_is_not_the_actors_own(code):
    found = [e for e in code("Belarus threatened another country with sanctions on Monday.")
             if e.event_type == "THREATEN"]
    assert found and all(e.recipient is None or e.recipient.code != "BLR" for e in found)


def test_a_named_state_is_still_the_recipient(code):
    found = [e for e in code("Belarus threatened Lithuania with sanctions on Monday.") if e.event_type == "THREATEN"]
    assert found and found[0].recipient is not None and found[0].recipient.code == "LTU"


def test_which_phrases_name_another_state():
    assert other_state("another country") and other_state("other neighbouring island nations")
    assert other_state("the neighboring country") and other_state("foreign governments")
    assert not other_state("the Foreign Office") and not other_state("other protesters")
    assert not other_state("the country") and not other_state("the foreign minister of Peru")
