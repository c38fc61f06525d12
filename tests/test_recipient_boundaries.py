"""Parties the coder picked wrong: a meeting's venue or a border taken as a party; a party of the clause
around a noun's infinitive clause taken as the recipient of the trigger inside it. Sentences are invented."""
from __future__ import annotations

from conftest import triples


def test_several_parties_meeting_somewhere_do_not_meet_the_place(code):
    found = triples(code("Chilean ministers will meet in the Argentine resort of Bariloche next month."))
    assert ("CONSULT", "CHL", "ARG") not in found


def test_one_party_meeting_abroad_keeps_its_hosts(code):
    assert ("CONSULT", "CHL", "BOL") in triples(code("The Chilean foreign minister met in Bolivia on Wednesday."))


def test_a_party_in_a_non_locative_phrase_of_the_meeting_stays(code):
    found = triples(code("The Chilean foreign minister met at the request of Bolivia on Wednesday."))
    assert ("CONSULT", "CHL", "BOL") in found


def test_the_clause_around_a_nouns_infinitive_gives_it_no_recipient(code):
    found = [e for e in code("Having thanked Morales for his help, the Chilean government set out a plan to withdraw "
                             "from the dispute.") if e.event_type == "RETREAT"]
    assert found and all(e.recipient is None or e.recipient.code != "BOL" for e in found)


def test_a_border_named_after_a_state_is_where_a_protest_was(code):
    found = triples(code("Bolivian miners blocked roads near the Peruvian border on Friday to demand higher wages."))
    assert ("PROTEST", "BOL", "PER") not in found and any(t[0] == "PROTEST" and t[1] == "BOL" for t in found)


def test_a_retreat_to_a_border_is_not_aimed_at_the_state_beyond_it(code):
    found = triples(code("Syrian rebels pulled back to the Iraqi border on Monday."))
    assert ("RETREAT", "SYR", "IRQ") not in found


def test_force_across_a_border_still_strikes_that_state(code):
    assert ("ASSAULT", "TUR", "SYR") in triples(code("Turkish artillery shelled positions across the Syrian border."))


def test_forces_massed_along_a_border_face_the_state_beyond_it(code):
    assert ("MOBILIZE", "PER", "CHL") in triples(code("The Peruvian army moved tanks up to the Chilean border."))
