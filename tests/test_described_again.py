"""A body or people named again by a plain noun ("the court", "the observers", "the man", "the detainees") are the
party named before, not the country where the sentence happens or the story is set (invented stories)."""
from __future__ import annotations

import pytest

from dyads.actors import described_again


def _event(events, trigger):
    found = [e for e in events if e.trigger.text == trigger]
    assert found, f"no event for {trigger!r}"
    return found[0]


@pytest.mark.parametrize(("text", "trigger", "recipient"), [
    ("NAIROBI (Reuters) - Kenya filed a case at the International Court of Justice on Monday. "
     "Kenya also asked the court to order a halt to the fighting.", "asked", "IGOUNOJUD"),
    ("OSLO (Reuters) - A Norwegian appeals court on Monday ordered a halt to arms exports to Chile. "
     "The government said it would comply with the ruling. "
     "Chile's foreign ministry accused the court of ignoring the facts.", "accused", "NOR"),
    ("LUSAKA (AP) - Zambia held a presidential election on Thursday. "
     "Observers from the Southern African Development Community said the vote was flawed. "
     "The president's spokesman accused the observers of overstepping their mandate.", "accused", "IGOSAF"),
])
def test_a_body_named_again_by_a_plain_noun_is_the_body_named_before(code, text, trigger, recipient):
    event = _event(code(text), trigger)
    assert event.recipient is not None and event.recipient.code == recipient
    assert "named before" in event.recipient.why


@pytest.mark.parametrize(("text", "trigger", "recipient"), [
    ("HANOI (Reuters) - Vietnam sentenced a South Korean employee of a shipyard to four years in prison for spying "
     "on Monday. The man was detained in Hanoi last year.", "detained", "KOR"),
    ("CAIRO (AP) - Two Canadian citizens remain in detention in Egypt. "
     "Cairo has accused the detainees of espionage.", "accused", "CAN"),
    ("OTTAWA (Reuters) - Canada imposed sanctions on Friday on two former Honduran ministers. "
     "The ministers denied the charges. "
     "The United States imposed sanctions on the same two men last year.", "imposed", "HND"),
])
def test_people_named_again_by_a_plain_noun_keep_the_nationality_said_before(code, text, trigger, recipient):
    events = [e for e in code(text) if e.trigger.text == trigger and e.recipient is not None]
    assert any(e.recipient.code == recipient and "the people named before" in e.recipient.why for e in events)


def test_people_of_several_nationalities_before_leave_the_plain_noun_unresolved(code):
    events = code("HANOI (Reuters) - Two South Korean employees and two Japanese employees of a shipyard were held in "
                  "Hanoi. Vietnam has accused the detainees of espionage.")
    accused = [e for e in events if e.trigger.text == "accused" and e.recipient is not None]
    assert all("the people named before" not in (e.recipient.why or "") for e in accused)


def test_people_of_another_number_are_not_named_again(code):
    events = code("HANOI (Reuters) - Two South Korean employees of a shipyard were sentenced in Hanoi on Monday. "
                  "Police detained the man at the airport.")
    detained = [e for e in events if e.trigger.text == "detained" and e.recipient is not None]
    assert all("the people named before" not in (e.recipient.why or "") for e in detained)


def test_a_body_noun_takes_no_country_from_another_phrase_of_the_earlier_mention(code):
    events = code("BAKU (Reuters) - The European Union keeps a monitoring mission on the Armenian side of the border. "
                  "Azerbaijan has accused the mission of spying.")
    accused = [e for e in events if e.trigger.text == "accused" and e.recipient is not None]
    assert all(e.recipient.code != "ARM" for e in accused)


def test_the_noun_lists_are_read_from_the_data_file():
    assert {"court", "observer"} <= described_again.body_nouns()
    assert {"man", "detainee"} <= described_again.people_nouns()
