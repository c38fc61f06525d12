"""What a meeting verb is about ("discussed co-operation *on X*", "talked *about Y*") names no party to the meeting:
neither a recipient from its phrase nor a last-resort one from the clause (events.verb_args.topic_tokens)."""
from __future__ import annotations

from conftest import triples


def test_a_topic_phrase_is_no_partner(code):
    found = triples(code("The prime minister of Peru was in Paris to discuss progress on a trade deal, as well as "
                         "co-operation on the development of a Chilean stealth fighter."))
    assert not any(e[0] == "CONSULT" and e[2] == "CHL" for e in found)


def test_a_with_phrase_still_names_the_partner(code):
    found = triples(code("Peru's foreign minister discussed the border dispute with his Chilean counterpart on Monday."))
    assert ("CONSULT", "PER", "CHL") in found
