"""A sense test on a verb's actor looks through a relative pronoun to the noun it stands for ("workers *who*
struck" hold a labour protest) and through a copula ("workers who were prepared to strike"). Sentences we wrote."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text", [
    "Peruvian dock workers who struck last week won a pay rise.",
    "Teachers in Cobija, who struck for three days, returned to their schools on Monday.",
])
def test_workers_who_strike_protest(code, text):
    events = code(text)
    assert not any(e.event_type == "ASSAULT" for e in events), triples(events)


def test_soldiers_who_strike_a_town_still_attack(code):
    events = code("Peruvian soldiers who struck Cobija on Monday killed four Bolivian civilians.")
    assert not any(e.event_type == "PROTEST" for e in events), triples(events)
