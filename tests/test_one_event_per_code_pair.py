"""One action, one event per pair of codes: parties of one trigger that share their country codes and differ only in
sector ("detained a journalist and 40 students", "a truce between the rebels and the government") are one event, as
the gold writes one line per actor-recipient pair; and a reported "should" whose subject is no party appeals to
nobody (invented sentences)."""
from __future__ import annotations

from dyads import repeats
from dyads.records import Event, Party, Span


def _counted(events, event_type):
    return [e for e in events if e.event_type == event_type and e.status in ("occurred", "planned")]


def test_coordinated_victims_of_one_country_are_one_detention(code):
    events = _counted(code("Bolivian police detained a Bolivian journalist and 40 Bolivian students on Monday."),
                      "COERCE")
    assert [(e.actor.code, e.recipient.code) for e in events] == [("BOL", "BOL")]
    assert "one event for its pair of codes" in events[0].why, "the why names the parties folded in"


def test_a_deal_between_two_sides_of_one_country_is_rejected_once(code):
    events = _counted(code("Ecuador's president rejected a truce between the rebels and the government."), "REJECT")
    assert len(events) == 1


def test_victims_of_two_countries_stay_two_events(code):
    events = _counted(code("Bolivian police detained a Peruvian journalist and 40 Chilean students on Monday."),
                      "COERCE")
    assert {e.recipient.code for e in events} == {"PER", "CHL"}


def test_two_verbs_with_the_same_codes_stay_two_events(code):
    events = _counted(code("Venezuela's government expelled the Argentine ambassador on Wednesday and cut diplomatic "
                           "ties with Buenos Aires."), "SANCTION")
    assert len({e.trigger.text for e in events}) == 2


def _event(start: int, actor: Party | None, recipient: Party | None, status: str = "occurred") -> Event:
    return Event(doc_id="t", event_id=f"e{start}{actor.text if actor else ''}{recipient.text if recipient else ''}",
                 sentence_index=0, sentence="s", event_type="COERCE", mode=None, context=(), cameo="173",
                 goldstein=-5.0, quad_class=4, trigger=Span("detained", start, start + 8), actor=actor,
                 recipient=recipient, status=status, date=None, date_precision="publication", date_text=None,
                 location=None, attribution=None, confidence=0.5, why="w", evidence=None)


def _party(text: str, code: str | None, sector: str | None) -> Party:
    return Party(text, 0, len(text), None, code, code, sector)


def test_parties_without_a_country_are_never_merged():
    police = _party("police", "BOL", "COP")
    events = [_event(10, police, _party("gunmen", None, "UAF")), _event(10, police, _party("soldiers", None, "MIL"))]
    kept, noted, folded = repeats.one_per_code_pair(events)
    assert len(kept) == 2 and not noted and not folded


def test_another_status_or_trigger_is_another_event():
    police = _party("police", "BOL", "COP")
    students = _party("students", "BOL", "EDU")
    reporters = _party("reporters", "BOL", "MED")
    events = [_event(10, police, students), _event(10, police, reporters, status="planned"),
              _event(30, police, reporters)]
    kept, _, _ = repeats.one_per_code_pair(events)
    assert len(kept) == 3


def test_a_reported_should_with_no_party_as_subject_is_no_request(code):
    for text in ("The Chilean foreign minister said there should be no more border checks.",
                 "Peru's former president said his nephew should not be in prison."):
        assert not _counted(code(text), "REQUEST"), text


def test_a_reported_should_addressed_to_a_state_is_a_request(code):
    events = _counted(code("The Chilean foreign minister said Peru should withdraw its troops."), "REQUEST")
    assert [(e.actor.code, e.recipient.code) for e in events] == [("CHL", "PER")]


def test_a_mutual_act_inside_one_country_coded_both_ways_is_one_event():
    troops = _party("Colombian troops", "COL", "MIL")
    rebels = Party("Colombian rebels", 30, 46, None, "COL", "COL", "REB")
    events = [_event(20, troops, rebels), _event(20, rebels, troops)]
    kept, noted, folded = repeats.one_per_code_pair(events)
    assert len(kept) == 1 and len(folded) == 1 and id(kept[0]) in noted


def test_coordinated_actors_of_one_country_are_not_folded():
    president = _party("the president", "BOL", "GOV")
    minister = Party("his defence minister", 20, 40, None, "BOL", "BOL", "MIL")
    un = Party("the UN", 50, 56, None, "IGOUNO", None, "IGO")
    kept, _, folded = repeats.one_per_code_pair([_event(60, president, un), _event(60, minister, un)])
    assert len(kept) == 2 and not folded
