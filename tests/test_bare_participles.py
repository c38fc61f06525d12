"""A bare past participle hung on a verb as an adverbial clause (no auxiliary, subject or by-agent) tells what befell
the noun or subject it belongs to: the main clause's subject is not its doer (sentences we wrote)."""
from __future__ import annotations


def test_reduced_relative_hung_on_the_verb_takes_no_main_subject(code):
    events = code("Britain will continue to honour its aid for local populations in Idlib and communities exiled "
                  "from elsewhere in Syria.")
    assert not [e for e in events if e.trigger.text == "exiled" and e.actor and e.actor.code == "GBR"], \
        [(e.event_type, e.trigger.text, e.actor and e.actor.code) for e in events]


def test_participle_with_an_auxiliary_keeps_its_subject(code):
    events = code("Turkey recalled its ambassador from Vienna after it had protested against the vote.")
    assert any(e.event_type == "SANCTION" and e.actor and e.actor.code == "TUR" for e in events), \
        [(e.event_type, e.actor and e.actor.code) for e in events]


def test_absolute_participle_subject_underwent_the_act(code):
    events = code("Venezuela was rocked last year, with at least 43 people killed, when protests swept across the "
                  "nation. With Islamic State crushed and the opposition in retreat, the three powers will meet.")
    assert not [e for e in events if e.trigger.text in ("killed", "crushed")], \
        [(e.event_type, e.trigger.text, e.actor and e.actor.text) for e in events]


def test_absolute_participle_of_own_forces_moved_stays_their_sides(code):
    events = code("Turkey accused Syria of shelling its border posts on Monday. With its troops deployed along the "
                  "border, Turkey threatened Syria.")
    assert any(e.event_type == "MOBILIZE" and e.actor and e.actor.code == "TUR" for e in events), \
        [(e.event_type, e.actor and e.actor.code) for e in events]
