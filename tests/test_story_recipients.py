"""Recipients from the story (story_recipients): an event with no recipient named takes the story's party."""
from __future__ import annotations

import json
from importlib import resources

from dyads import story_recipients
from dyads.records import Event, Party, Span

STORY = ("The United States accused Russia on Monday of massing troops near the border. "
         "Washington also warned Moscow against any incursion. "
         "Moscow has made similar threats.")
# a ranker that trusts the story's counterpart of the actor's country
TRUSTING = story_recipients.Model({"counterpart": 4.0, "previous_sentence": 1.0}, -1.0, 0.5)


def _threats(events):
    return [e for e in events if e.event_type == "THREATEN" and e.actor is not None and e.actor.code == "RUS"]


def test_fills_the_counterpart_named_earlier(code):
    with story_recipients.using(TRUSTING):
        found = _threats(code(STORY))
    assert found and found[0].recipient is not None and found[0].recipient.code == "USA"
    assert "recipient from the story: USA" in found[0].why
    assert "counterpart of RUS in" in found[0].why and "p=0." in found[0].why
    assert found[0].evidence.recipient_found == story_recipients.FOUND  # the confidence model tells it apart


def test_does_not_fill_when_the_probability_is_low(code):
    with story_recipients.using(story_recipients.Model(TRUSTING.weights, TRUSTING.bias, 0.999)):
        found = _threats(code(STORY))
    assert found and found[0].recipient is None
    assert story_recipients.WHY not in found[0].why


def test_no_candidate_when_the_story_names_no_other_party(code):
    with story_recipients.using(story_recipients.Model({}, 10.0, 0.5)):  # any candidate would be filled
        found = _threats(code("The Kremlin spoke on Monday. Moscow has made similar threats."))
    assert found and found[0].recipient is None


def test_a_single_sentence_is_no_story(code):
    text = "The United States criticised Russia on Monday, and Moscow has made similar threats."
    with story_recipients.using(story_recipients.Model({}, 10.0, 0.5)):
        found = _threats(code(text))
    assert found and all(e.recipient is None for e in found)
    with story_recipients.using(story_recipients.Model({}, 10.0, 0.5)):  # the same, told in two sentences
        told = _threats(code(text.replace(", and Moscow", ". Moscow")))
    assert told and told[0].recipient is not None and told[0].recipient.code == "USA"


def test_a_named_recipient_is_left_alone(code):
    with story_recipients.using(story_recipients.Model({}, 10.0, 0.5)):
        found = [e for e in code("Germany criticised France. Italy condemned Spain on Tuesday.")
                 if e.actor is not None and e.actor.code == "ITA"]
    assert found and all(e.recipient is not None and e.recipient.code == "ESP" for e in found)


def test_later_parties_are_no_candidates():
    named = {"USA": story_recipients._Named([0], set(), [Party("the US", 0, 6, code="USA", country="USA")]),
             "CHN": story_recipients._Named([3], set(), [Party("China", 90, 95, code="CHN", country="CHN")])}
    event = Event(doc_id="d", event_id="e", sentence_index=1, sentence="", event_type="THREATEN", mode=None,
                  context=(), cameo="130", goldstein=-4.4, quad_class=3, trigger=Span("threats", 40, 47),
                  actor=Party("Moscow", 20, 26, code="RUS", country="RUS"), recipient=None, status="occurred")
    found = story_recipients.candidates(event, named, [])
    assert [c.party.code for c in found] == ["USA"]
    assert found[0].features["recency"] == 0.5 and found[0].features.get("in_lead") == 1.0


def test_the_shipped_model_loads():
    text = resources.files("dyads.data").joinpath("models", story_recipients.MODEL_FILE).read_text("utf-8")
    data = json.loads(text)
    model = story_recipients.Model.from_json(data)
    assert 0.0 < model.threshold <= 1.01
    assert story_recipients._shipped() == model
    # every weight names a feature the module computes
    prefixes = ("open=", "kind=", "type=")
    plain = {"recency", "mentions", "was_recipient", "was_actor", "counterpart", "candidates", "same_sentence",
             "previous_sentence", "in_lead", "subject", "same_country", "place", "setting", "top_counterpart",
             "latest", "most_mentioned", "only", "not_named"}
    assert all(k in plain or k.startswith(prefixes) for k in model.weights)


def test_an_act_addressed_to_him_or_her_takes_no_party_from_the_story(code):
    # the clause names whom the appeal addresses ("urging him"): the story's ranker does not aim it at the Bolivians
    text = ("Bolivian police detained two Paraguayan truck drivers at the border. Paraguay's interior minister "
            "Enrique Riera wrote to President Santiago Pena urging him to protest the detentions.")
    events = [e for e in code(text) if e.trigger.text == "urging"]
    assert not [e for e in events if e.recipient and e.recipient.code == "BOL"], [
        (e.event_type, e.actor.code if e.actor else None, e.recipient.code if e.recipient else None) for e in events]
