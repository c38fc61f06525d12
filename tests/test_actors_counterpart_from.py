"""A counterpart "from" or "of" named states is of those states, whatever pair the document named before (sentences
we wrote)."""
from __future__ import annotations


def test_counterparts_from_named_states_are_those_states(code):
    text = ("Russia and Syria signed a deal in March. Russian Foreign Minister Sergey Lavrov held talks with his "
            "counterparts from Kazakhstan and Kyrgyzstan on Tuesday.")
    events = [e for e in code(text) if e.event_type == "CONSULT" and e.sentence_index == 1]
    assert {e.recipient.code for e in events if e.recipient} == {"KAZ", "KGZ"}, \
        [(e.recipient and e.recipient.code, e.recipient and e.recipient.why) for e in events]


def test_a_counterpart_without_a_named_state_still_takes_the_pair_before(code):
    text = ("Chile and Peru signed a trade deal on Monday. The Chilean foreign minister later thanked his counterpart "
            "for the talks.")
    events = [e for e in code(text) if e.sentence_index == 1 and e.recipient is not None]
    assert all(e.recipient.code == "PER" for e in events), [(e.event_type, e.recipient.code) for e in events]
