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


def test_the_object_of_discuss_is_a_topic_not_a_partner(code):
    # the discussed matter names a group; it is what the talks are about, never whom they are with
    found = triples(code("Kenyan officials are expected to discuss the recent rise of al Shabaab on Monday."))
    assert not any(e[0] == "CONSULT" and e[2] in ("SOM", "IMG", "KEN") for e in found)


def test_a_topic_object_naming_a_people_is_no_partner(code):
    found = triples(code("The ministers discussed the possibility of Kurdish groups joining the conference."))
    assert not any(e[0] == "CONSULT" for e in found)


def test_a_partner_parsed_onto_the_topic_object_is_kept(code):
    found = triples(code("Donald Trump discussed developments in Syria with the Turkish president on Sunday."))
    assert ("CONSULT", "USA", "TUR") in found
    assert not any(e[0] == "CONSULT" and e[2] == "SYR" for e in found)
