"""Where an event's parties stand in its trigger's parse, the story around it, and their confidence features."""
from __future__ import annotations

from dataclasses import replace

import pytest

from dyads import confidence, party_syntax
from dyads.records import Evidence


def _only(events, event_type):
    found = [e for e in events if e.event_type == event_type and not e.evidence.intent]
    assert found, [(e.event_type, e.trigger.text) for e in events]
    return found[0]


@pytest.mark.parametrize("text, event_type, actor_role, recipient_role", [
    ("Norway accused Sweden of spying.", "ACCUSE", "subj", "obj"),
    ("Sweden was attacked by Norway.", "ASSAULT", "agent", "subjpass"),
    ("The Norwegian attack on Sweden began at dawn.", "ASSAULT", "modifier", "prep_on"),
])
def test_the_parties_roles_towards_their_trigger(code, text, event_type, actor_role, recipient_role):
    ev = _only(code(text), event_type).evidence
    assert (ev.actor_role, ev.recipient_role) == (actor_role, recipient_role)
    assert ev.actor_path >= 1 and ev.recipient_path >= 1


def test_a_direct_argument_is_one_arc_from_its_trigger_and_its_offset_is_kept(code):
    event = _only(code("Norway accused Sweden of spying."), "ACCUSE")
    ev = event.evidence
    assert ev.actor_path == 1 and ev.recipient_path == 1
    assert ev.recipient_offset == event.recipient.start - event.trigger.start > 0


def test_a_party_in_another_sentence_has_no_path(code):
    doc = code("Norway accused Sweden of spying. Sweden rejected the claims.")
    ev = [e for e in doc if e.event_type == "REJECT"]
    if not ev or ev[0].recipient is None:
        pytest.skip("the rejection found no recipient in the story")
    assert ev[0].evidence.recipient_role == "other_sentence" and ev[0].evidence.recipient_path == -1


def test_no_recipient_is_role_none(code):
    event = [e for e in code("The Chilean army withdrew from the border town.") if e.recipient is None][0]
    assert event.evidence.recipient_role == "none" and event.evidence.recipient_path == -1
    assert event.evidence.recipient_offset == 0


def test_the_story_fields_count_sentences_and_the_pair_coded_elsewhere(code):
    events = code("Norway accused Sweden of spying. Sweden criticized Norway on Monday. Chile condemned Peru.")
    accused = _only(events, "ACCUSE").evidence
    assert accused.doc_sentences == 3
    assert accused.dyad_elsewhere == 1  # Sweden and Norway again, the other way round, in the second sentence
    condemned = [e for e in events if e.actor is not None and e.actor.code == "CHL"][0].evidence
    assert condemned.dyad_elsewhere == 0


def test_parse_features_are_bounded_numbers(code):
    found = confidence.features(_only(code("Norway accused Sweden of spying."), "ACCUSE").evidence)
    assert found["actor_path"] == 1 / confidence.LONG_PATH and not any(n.startswith("actor_role=") for n in found)
    assert 0.0 < found["recipient_distance"] <= 1.0 and "recipient_before" not in found
    passive = confidence.features(_only(code("Sweden was attacked by Norway."), "ASSAULT").evidence)
    assert passive["recipient_before"] == 1.0


def test_story_features(code):
    events = code("Norway accused Sweden of spying. Sweden criticized Norway on Monday.")
    found = confidence.features(_only(events, "ACCUSE").evidence)
    assert found["story_sentences"] == 2 / confidence.LONG_STORY
    assert found["pair_elsewhere"] == 1 / confidence.REPEATED_PAIR
    assert found["both_states"] == 1.0


def test_evidence_without_parse_or_story_fields_makes_no_such_features(code):
    ev = _only(code("Norway accused Sweden of spying."), "ACCUSE").evidence
    bare = replace(ev, actor_path=-1, recipient_role="", doc_sentences=0, dyad_elsewhere=0)
    found = confidence.features(bare)
    assert not any(n in ("actor_path", "recipient_distance", "story_sentences", "pair_elsewhere") for n in found)


def test_a_sector_party_is_no_state():
    ev = Evidence(event_type="ACCUSE", trigger_pos="VERB", entry_pos="VERB", light_verb=False, phrasal=False,
                  actor_how="subject", actor_tier=0, actor_found="named", actor_sector="MIL", actor_pronoun=False,
                  recipient_tier=0, recipient_found="named", recipient_sector="GOV", recipient_pronoun=False,
                  same_country=False, status="occurred", attributed=False, intent=False, conditional=False,
                  cue=False, sentence_index=0, rank=1.0, date_precision="publication", contexts=0, pairs=1)
    assert "both_states" not in confidence.features(ev)
    assert confidence.features(replace(ev, actor_sector=""))["both_states"] == 1.0


