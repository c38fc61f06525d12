"""A third party's act told inside a direct quotation is the speaker's account, not a reported event; the speaker's
own acts in the first person, and quoted phrases worked into the writer's sentence, still code. Sentences we wrote."""
from __future__ import annotations

import pytest

from conftest import triples
from dyads.events.quoted import _in_direct_quote


@pytest.mark.parametrize("text, event_type", [
    ('"They bombed the hospital last night, and last week they blew up the waterworks," a resident of Cobija said '
     'of the Peruvian army.', "ASSAULT"),
    ('"The Peruvian army is taking over a land that is not theirs," a Bolivian army spokesman said.', "ASSAULT"),
    ('The Bolivian defence minister said: "Peruvian troops attacked our border posts on Monday night."', "ASSAULT"),
])
def test_a_third_partys_act_in_a_direct_quote_codes_nothing(code, text, event_type):
    events = code(text)
    assert not any(e.event_type == event_type for e in events), triples(events)


@pytest.mark.parametrize("text, event_type", [
    ('"We have requested consular access to the detained Peruvian journalist," the Bolivian foreign ministry said.',
     "REQUEST"),
    ('The Bolivian president said: "I call on Peru to withdraw its troops from the border."', "REQUEST"),
    ('The Chilean government said it "supports the Peruvian view that the dispute should be settled by talks".',
     "SUPPORT"),
])
def test_the_speakers_own_act_or_a_worked_in_quote_still_codes(code, text, event_type):
    events = code(text)
    assert any(e.event_type == event_type for e in events), triples(events)


def test_a_third_partys_act_outside_quotes_still_codes(code):
    events = code("Peruvian troops attacked Bolivian border posts on Monday night, the Bolivian defence minister said.")
    assert any(e.event_type == "ASSAULT" for e in events), triples(events)


@pytest.mark.parametrize("text, word, inside", [
    ('"They shelled the town," he said.', "shelled", True),
    ('He said: "They shelled the town."', "shelled", True),
    ('He said they had shelled the "safe" town.', "shelled", False),
    ('He called it "a planned attack" on the town.', "attack", False),
    ('they shelled the town," he said, as talks resumed.', "shelled", True),
    ('He called it "an attack", and they shelled the town.', "shelled", False),
])
def test_direct_quotations_are_told_from_worked_in_phrases(text, word, inside):
    assert _in_direct_quote(text, text.index(word)) is inside


def test_a_quotation_closed_before_the_trigger_leaves_it_outside():
    text = 'It is vital for the region, it is vital for trade," the Peruvian president said, after a visit to Chile.'
    assert not _in_direct_quote(text, text.index("visit"))


def test_an_act_the_speaker_reacts_to_in_the_first_person_still_codes(code):
    events = code('The Chilean envoy said: "We are delighted with the decision that has been made by the Peruvian '
                  'president to accept the deployment of Chilean observers."')
    assert any(e.actor is not None and e.actor.code == "PER" for e in events), triples(events)


@pytest.mark.parametrize("text, event_type", [
    ('"Peru is ready to work with Chile on the border dispute," the Peruvian president said.', "AGREE"),
    ('"Peru will send food aid to Bolivia next week," the Peruvian foreign minister said.', "AID"),
])
def test_the_speakers_own_country_named_in_a_quote_still_codes(code, text, event_type):
    events = code(text)
    assert any(e.event_type == event_type for e in events), triples(events)
