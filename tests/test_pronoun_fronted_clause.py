"""A pronoun subject of a clause set before its main clause stands for the main clause's subject only when that
clause reports it ("It will withdraw, Chile said"); "It accused X, a charge Y denied": Y denies, it does not accuse
(events.syntax.resolve_pronoun)."""
from __future__ import annotations

from conftest import triples


def test_a_later_denier_is_not_the_accuser(code):
    found = triples(code("It accused Uzbek troops of opening fire first on a Kazakh patrol, a charge Tashkent denied."))
    assert not any(e[0] == "ACCUSE" and e[1] == "UZB" for e in found)


def test_a_later_reporter_still_names_the_speaker(code):
    found = triples(code("It will withdraw its troops from the border next week, Chile said on Monday."))
    assert any(e[1] == "CHL" for e in found)
