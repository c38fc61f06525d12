"""Parties the coder picked wrong: a meeting's venue taken as a party it meets; a party of the clause around a noun's
infinitive clause taken as the recipient of the trigger inside it. Sentences are invented."""
from __future__ import annotations

from conftest import triples


def test_several_parties_meeting_somewhere_do_not_meet_the_place(code):
    found = triples(code("The three key regional powers - Chile, Peru and Bolivia - will meet in the Argentine "
                         "resort of Bariloche on Wednesday to discuss the dispute."))
    assert ("CONSULT", "CHL", "ARG") not in found


def test_one_party_meeting_abroad_keeps_its_hosts(code):
    assert ("CONSULT", "CHL", "BOL") in triples(code("The Chilean foreign minister met in Bolivia on Wednesday."))


def test_a_party_in_a_non_locative_phrase_of_the_meeting_stays(code):
    found = triples(code("The Chilean foreign minister met at the request of Bolivia on Wednesday."))
    assert ("CONSULT", "CHL", "BOL") in found


def test_the_clause_around_a_nouns_infinitive_gives_it_no_recipient(code):
    found = [e for e in code("Since his phone call congratulating Morales on his victory, the Chilean president has "
                             "signalled his intention to withdraw from the dispute.") if e.event_type == "RETREAT"]
    assert found and all(e.recipient is None or e.recipient.code != "BOL" for e in found)
