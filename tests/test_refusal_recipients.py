"""A refusal of a criticism or a demand ("rejected the criticism", "rejected the demand") is aimed at whoever
voiced it in an earlier event, not by default at the refuser's own state."""
from __future__ import annotations

from conftest import triples


def test_rejected_criticism_is_aimed_at_the_critic(code):
    text = ("Chile criticised Peru over its handling of the fishing dispute. "
            "Peru's foreign ministry rejected the criticism on Tuesday.")
    assert ("REJECT", "PER", "CHL") in triples(code(text))


def test_rejected_demand_is_aimed_at_whoever_made_it(code):
    text = "Chile demanded that Peru withdraw its boats. The Peruvian president rejected the demand."
    assert ("REJECT", "PER", "CHL") in triples(code(text))
