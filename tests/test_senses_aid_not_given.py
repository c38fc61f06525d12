"""Aid that a party limits, diverts or secures is no aid given by that party (a receiving verb makes its subject the recipient: test_actors_setting) (invented sentences)."""
from __future__ import annotations

import pytest


def _aid(events, trigger):
    return [e for e in events if e.trigger.text == trigger and e.event_type == "AID"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Sudanese government has limited the aid delivered to Darfur by the Red Cross.", "aid"),
    ("Kenya said the militia diverts food aid in the north.", "aid"),
    ("The Peruvian government must secure the assistance before June.", "assistance"),
])
def test_aid_limited_diverted_or_received_is_no_aid(code, text, trigger):
    assert not _aid(code(text), trigger)


def test_aid_sent_is_still_aid(code):
    assert _aid(code("Japan sent aid to the Philippines on Monday."), "aid") or \
        any(e.event_type == "AID" for e in code("Japan sent aid to the Philippines on Monday."))
