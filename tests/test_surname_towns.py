"""A person named in full and then by the surname alone is not a town of that name ("Alvarado", "Burgos"): the
surname codes no country of its own. Stories we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, town_country", [
    ("Jorge Alvarado, the envoy, arrived on Monday. Alvarado visited New Zealand on Tuesday.", "MEX"),
    ("Maria Burgos, the campaigner, spoke first. Burgos lobbied Brazil and Uruguay for support.", "ESP"),
])
def test_a_surname_is_no_town(code, text, town_country):
    events = code(text, date="2000-01-01")
    assert not [e for e in events if e.actor is not None and e.actor.code == town_country], triples(events)
