""""he"/"she" after an office-holder named only by title and country ("the Kenyan president"): that person, of
that country; not after a body or several people, and not when two people of different parties compete.
Sentences we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, trigger, actor", [
    ("The Kenyan president spoke to reporters. He condemned Somalia for the raid.", "condemned", "KEN"),
    ("Ghana's foreign minister arrived in the capital. She criticised Togo over the border closure.",
     "criticised", "GHA"),
])
def test_a_title_of_one_person_is_an_antecedent_of_he(code, text, trigger, actor):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and {e.actor.code for e in events} == {actor}, triples(events)


@pytest.mark.parametrize("text, trigger", [
    # two office-holders of different states in the sentence before: either may be meant
    ("The Kenyan president met Ethiopia's foreign minister. He condemned Somalia for the raid.", "condemned"),
    # a body is no "he"
    ("The Kenyan ministry issued a statement. He condemned Somalia for the raid.", "condemned"),
])
def test_no_office_holder_when_contested_or_a_body(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert not [e for e in events if e.actor and e.actor.code in ("KEN", "ETH")], triples(events)


def test_a_person_named_since_blocks_the_title(code):
    # "him" is the prime minister of this sentence (ruled out as the writer's own party), never the envoy before
    text = ("A Peruvian navy spokesman confirmed the arrests. The Chilean governor Ana Soto wrote to President "
            "Gabriel Boric urging him to raise the arrests.")
    events = [e for e in code(text) if e.trigger.text == "urging"]
    assert not [e for e in events if e.recipient and e.recipient.code == "PER"], triples(events)
