"""The broker named on a deal ("a UN-brokered ceasefire") is no side of its signing: coordinated signatories sign
it with one another. Every sentence here is invented for the test."""
from __future__ import annotations

from tests.conftest import triples


def test_coordinated_signatories_of_a_brokered_deal_sign_it_with_one_another(code):
    found = triples(code("Ghana and Togo signed a UN-brokered ceasefire deal.", date="2022-01-01"))
    assert ("SUPPORT", "GHA", "TGO") in found and ("SUPPORT", "TGO", "GHA") in found
    assert not any(t[2] == "IGOUNO" for t in found)


def test_a_rejected_brokered_plan_stays_aimed_at_its_broker(code):
    found = triples(code("Ghana and Togo rejected the UN-brokered plan.", date="2022-01-01"))
    assert ("REJECT", "GHA", "IGOUNO") in found
