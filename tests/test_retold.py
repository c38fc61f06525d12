"""A meeting told once is one event (dyads.retold): a noun mentioning again, in passing, a meeting already reported
between the same parties ("after the call", "a readout of the talks") is not coded a second time; a new meeting
("a second meeting"), one with other parties, or one that places another act ("during the talks") still is
(invented sentences)."""
from __future__ import annotations

from dyads import pipeline
from dyads.settings import Settings


def _consults(events):
    return [e for e in events if e.event_type == "CONSULT"]


def test_a_call_mentioned_again_in_passing_is_coded_once(code):
    found = code("Chilean President Gabriel Boric spoke by phone with Peruvian President Dina Boluarte on Monday. "
                 "After the call with Boluarte, Boric said the border would stay open.")
    assert {e.sentence_index for e in _consults(found)} == {0}


def test_a_readout_of_the_call_retells_it(code):
    found = code("Chilean President Gabriel Boric held talks with Peruvian President Dina Boluarte on Monday. "
                 "According to a readout of the talks between Boric and Boluarte, they agreed to meet again.")
    assert all(e.trigger.text != "talks" or e.sentence_index == 0 for e in _consults(found))


def test_a_new_instance_of_a_meeting_is_coded(code):
    found = code("Chilean President Gabriel Boric met Peruvian President Dina Boluarte on Monday. "
                 "After a second meeting with Boluarte, Boric said the border would stay open.")
    assert any(e.sentence_index == 1 for e in _consults(found))


def test_a_meeting_with_other_parties_is_coded(code):
    found = code("Chilean President Gabriel Boric met Peruvian President Dina Boluarte on Monday. "
                 "After talks with Bolivian President Luis Arce, Boric said the border would stay open.")
    assert any(e.sentence_index == 1 for e in _consults(found))


def test_the_trace_says_which_mention_it_retells():
    _, verdicts, _ = pipeline.explain(
        "Chilean President Gabriel Boric spoke by phone with Peruvian President Dina Boluarte on Monday. "
        "After the call with Boluarte, Boric said the border would stay open.", settings=Settings())
    said = [v.verdict for v in verdicts if v.trigger == "call"]
    assert said and said[0].startswith("not coded: retells CONSULT")


def test_a_meeting_that_places_another_act_is_not_looked_back_on(code):
    # "during the talks" places what was said in the meeting; it does not look back on it as a past mention
    found = code("Chilean President Gabriel Boric met Peruvian President Dina Boluarte on Monday. "
                 "During the talks with Boluarte, Boric said the border would stay open.")
    assert any(e.sentence_index == 1 and e.trigger.text == "talks" for e in _consults(found))
