"""A promise about what the speaker's own state will do is not made to that state: "pledged that his government
would abide by its treaties", "pledged that Austria would work with ..." have the promiser's own side as the clause
subject, which is no recipient, neither directly nor as the clause's last resort."""
from __future__ import annotations


def test_own_government_in_the_promised_clause_is_no_recipient(code):
    found = [e for e in code("The Iraqi prime minister pledged that his government would abide by its treaties.")
             if e.event_type == "AGREE"]
    assert found and all(e.recipient is None or e.recipient.code != "IRQ" for e in found)


def test_own_state_named_after_a_named_speaker_is_no_recipient(code):
    found = [e for e in code("At his inauguration, Faymann pledged that Austria would work with the "
                             "European Union.") if e.event_type == "AGREE"]
    assert found and all(e.recipient is None or e.recipient.code != "AUT" for e in found)


def test_a_body_named_by_a_common_noun_stays(code):
    found = [e for e in code("The Austrian chancellor promised that the government would free the protesters.")
             if e.event_type == "AGREE"]
    assert found and found[0].recipient is not None and found[0].recipient.code == "AUT"
