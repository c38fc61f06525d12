"""End-to-end coding of sentences we wrote: type, parties, status and evidence."""
from __future__ import annotations

import pytest

from conftest import triples

ARTICLE = (
    "Leaders of Brazil and Argentina sign energy pact\n\n"
    "On Tuesday, President Lula of Brazil and President Javier Milei of Argentina signed a joint declaration "
    "on energy cooperation.\n\n"
    "Milei arrived in Brasilia for a three-day state visit, local media said.\n\n"
    "The US has accused Caracas of hiding oil revenue. Venezuela rejected the accusation.\n"
)


def test_signing_is_coded_both_ways_between_the_signatories(code):
    events = code(ARTICLE)
    # PLOVER 2021 codes signing a formal agreement as SUPPORT (CAMEO 057).
    assert ("SUPPORT", "BRA", "ARG") in triples(events)
    assert ("SUPPORT", "ARG", "BRA") in triples(events)
    signed = [e for e in events if e.trigger.text == "signed"]
    assert signed and all(e.status == "occurred" for e in signed)


def test_state_visit_codes_consult_from_visitor_to_host(code):
    assert ("CONSULT", "ARG", "BRA") in triples(code(ARTICLE))


def test_accusation_and_rejection(code):
    events = triples(code(ARTICLE))
    assert ("ACCUSE", "USA", "VEN") in events
    assert any(t[0] == "REJECT" and t[1] == "VEN" for t in events)


def test_event_carries_evidence_spans_and_why(code):
    for event in code(ARTICLE):
        assert ARTICLE[event.trigger.start:event.trigger.end] == event.trigger.text
        for party in (event.actor, event.recipient):
            if party is not None:
                assert ARTICLE[party.start:party.end] == party.text
        assert "lexicon" in event.why and event.sentence in ARTICLE
        assert event.quad_class in (1, 2, 3, 4)


def test_event_ids_are_stable(code):
    assert [e.event_id for e in code(ARTICLE)] == [e.event_id for e in code(ARTICLE)]


@pytest.mark.parametrize("text, expected, status", [
    ("Pakistan will send aid to Afghanistan.", ("AID", "PAK", "AFG"), "planned"),
    ("Egypt did not condemn Israel.", ("ACCUSE", "EGY", "ISR"), "negated"),
    ("The Cameroonian rebels were attacked by Nigerian troops.", ("ASSAULT", "NGA", "CMR"), "occurred"),
    ("Japan praised India for its leadership.", ("SUPPORT", "JPN", "IND"), "occurred"),
    ("Turkish police arrested protesters in Ankara.", ("COERCE", "TUR", None), "occurred"),
    ("Germany imposed sanctions on Belarus.", ("SANCTION", "DEU", "BLR"), "occurred"),
])
def test_sentence_codes(code, text, expected, status):
    events = code(text)
    found = [e for e in events if (e.event_type, e.actor and e.actor.code) == expected[:2]]
    assert found, f"no {expected} in {triples(events)}"
    if expected[2]:
        assert any(e.recipient and e.recipient.code == expected[2] for e in found)
    assert found[0].status == status


def test_compound_actor_with_recipient_gives_one_event_per_actor(code):
    events = triples(code("France and Germany condemned Russia."))
    assert {("ACCUSE", "FRA", "RUS"), ("ACCUSE", "DEU", "RUS")} <= events


def test_sentence_without_political_action_codes_nothing(code):
    assert code("The weather in Lisbon was warm and sunny all week.") == []


def test_a_document_that_fails_inside_the_parser_is_an_error_row_and_the_batch_goes_on(settings):
    from dyads import pipeline
    from dyads.records import Document
    from poison_model import POISON_MARK

    good = Document("good", "Chile condemned Peru.")
    poison = Document("poison", f"Chile condemned Peru. {POISON_MARK}")
    twin = Document("good", "Brazil praised Argentina.")  # same id as another document of the batch
    # a pipeline whose last component raises a real RecursionError on the poison text, inside nlp.pipe
    results = list(pipeline.code_documents([good, poison, twin], settings=settings.with_(spacy_model="poison_model")))
    assert [r.error.code if r.error else None for r in results] == [None, "E009", None]
    assert "RecursionError" in results[1].error.message and results[1].error.doc_id == "poison"
    assert triples(results[0].events) == {("ACCUSE", "CHL", "PER")}
    assert triples(results[2].events) == {("SUPPORT", "BRA", "ARG")}
