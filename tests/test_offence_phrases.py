"""The offence an accusation names ("charged *with being a member of X*", "accused Y *of helping X*") is not its
target: the parties in it are never the accusation's recipient."""
from __future__ import annotations


def _accusations(found):
    return [e for e in found if e.event_type == "ACCUSE"]


def test_membership_charged_is_no_recipient(code):
    text = ("Paul Green, a British aid worker, was detained in Turkey last month. "
            "His lawyer said he has been charged with being a member of a terrorist organisation.")
    found = _accusations(code(text))
    assert found and not any(e.recipient is not None and e.recipient.sector == "REB" for e in found)


def test_the_accused_not_the_party_in_the_offence(code):
    found = _accusations(code("Prosecutors in Lima accused the Peruvian minister of spying for the Chilean navy."))
    assert found and all(e.recipient is None or e.recipient.code != "CHL" for e in found)
    assert any(e.recipient is not None and e.recipient.code == "PER" for e in found)
