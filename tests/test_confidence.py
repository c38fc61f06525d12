"""The confidence model: evidence computed in the pipeline, features, prediction and the shipped weights."""
from __future__ import annotations

import json
import math
from dataclasses import fields, replace
from importlib import resources

import pytest

from dyads import confidence, evaluate, evidence
from dyads.records import Evidence


def _event(events, event_type, trigger=None):
    found = [e for e in events if e.event_type == event_type and (trigger is None or e.trigger.text == trigger)]
    assert found, [(e.event_type, e.trigger.text) for e in events]
    return found[0]


def test_every_coded_event_carries_its_evidence_and_a_probability(code):
    events = code("Norway accused Sweden of spying. Denmark's navy fired on a Polish boat near the coast.")
    assert events
    for event in events:
        assert isinstance(event.evidence, Evidence)
        assert 0.0 < event.confidence < 1.0
        assert event.confidence == confidence.score(event.evidence)
        assert "evidence" not in event.to_dict()


def test_a_party_named_in_its_own_words_is_named_and_a_pronoun_is_inferred(code):
    events = code("Norway criticized Denmark on Monday. It accused Sweden of spying on its ministers.")
    criticized = [e for e in events if e.sentence_index == 0]
    assert criticized and criticized[0].evidence.actor_found == "named"
    accused = [e for e in events if e.sentence_index == 1][0]
    assert accused.actor is not None and accused.actor.code == "NOR"
    assert accused.evidence.actor_found == "inferred" and accused.evidence.actor_pronoun
    assert accused.evidence.recipient_found == "named" and accused.evidence.recipient_tier == 0


@pytest.mark.parametrize("text, field, value", [
    ("Norway accused Sweden of spying.", "status", "occurred"),
    ("Norway will accuse Sweden of spying.", "status", "planned"),
    ("Norway accused Sweden of spying.", "actor_how", "subject"),
    ("Sweden was attacked by Norway.", "actor_how", "passive agent"),
    ("Norway accused Sweden of spying.", "trigger_pos", "VERB"),
    ("The Norwegian attack on Sweden began at dawn.", "trigger_pos", "NOUN"),
    ("Norway accused Sweden of spying.", "sentence_index", 0),
])
def test_evidence_fields_follow_the_sentence(code, text, field, value):
    events = [e for e in code(text) if e.evidence.intent is False]
    assert events and getattr(events[0].evidence, field) == value


def test_an_announced_intent_has_its_own_evidence_and_score(code):
    events = code("Norway will send troops to Sweden next week, the defence minister announced.")
    intents = [e for e in events if e.evidence.intent]
    for event in intents:
        assert event.evidence.status == "occurred" and event.status == "occurred"
        assert event.confidence == confidence.score(event.evidence)


def test_features_are_one_hot_names_and_bounded_numbers(code):
    event = code("Norway accused Sweden of spying.")[0]
    found = confidence.features(event.evidence)
    assert found["type=ACCUSE"] == 1.0 and found["status=occurred"] == 1.0 and found["first_sentence"] == 1.0
    assert 0.0 <= found["rank"] <= 1.0 and 0.0 <= found["sentence_position"] <= 1.0


def test_a_one_sided_act_has_a_feature_for_its_type(code):
    one_sided = [e for e in code("The Chilean army withdrew from the border town.") if e.recipient is None]
    assert one_sided, "expected a retreat with no recipient"
    found = confidence.features(one_sided[0].evidence)
    assert found[f"no_recipient_type={one_sided[0].event_type}"] == 1.0
    aimed = confidence.features(code("Norway accused Sweden of spying.")[0].evidence)
    assert not any(name.startswith("no_recipient_type=") for name in aimed)


def test_prediction_is_a_sigmoid_of_the_weighted_features_then_platt_scaling(code):
    ev = code("Norway accused Sweden of spying.")[0].evidence
    plain = confidence.Model({"type=ACCUSE": 1.0, "rank": 0.5}, -1.0)
    z = -1.0 + 1.0 + 0.5 * ev.rank
    assert plain.predict(ev) == pytest.approx(1 / (1 + math.exp(-z)))
    scaled = confidence.Model(plain.weights, plain.bias, (2.0, -0.5))
    assert scaled.predict(ev) == pytest.approx(1 / (1 + math.exp(-(2.0 * z - 0.5))))


def test_coding_with_another_model_changes_every_confidence(code):
    with confidence.using(confidence.Model.flat()):
        events = code("Norway accused Sweden of spying. Denmark criticized Finland.")
    assert events and {e.confidence for e in events} == {0.5}
    assert {e.confidence for e in code("Norway accused Sweden of spying.")} != {0.5}


def test_shipped_model_names_only_features_the_code_can_make():
    data = json.loads(resources.files("dyads.data").joinpath("models", confidence.MODEL_FILE).read_text("utf-8"))
    flags = {"pos_differs_from_entry", "light_verb", "phrasal", "actor_pronoun", "recipient_pronoun",
             "same_country", "attributed", "intent", "conditional", "status_cue", "first_sentence", "contexts",
             "several_pairs", "rank", "sentence_position", "classifier_p", "proposed", "quoted", "background",
             "sentence_length", "actor_share", "recipient_share", "actor_top", "recipient_top", "classifier_none_p",
             "classifier_best", "actor_distance", "actor_after", "sentence_triggers", "actor_path",
             "recipient_distance", "recipient_before", "story_sentences", "pair_elsewhere", "both_states",
             "lemma_prior", "actor_named_back", "recipient_named_back", "actor_never_named_before",
             "recipient_never_named_before"}
    one_hot = {"type", "trigger_pos", "actor_how", "actor_tier", "actor", "actor_sector", "recipient_tier",
               "recipient", "recipient_sector", "status", "date", "no_recipient_type", "entry",
               "actor_setting_guess", "recipient_setting_guess", "actor_how_tier", "classifier_p_type"}
    for name in confidence.Model.from_json(data).uses():  # a weight or a tree's split
        assert name in flags or name.split("=")[0] in one_hot, name
    assert 0.0 <= data["threshold"] < 1.0 and confidence.default_threshold() == data["threshold"]
    assert resources.files("dyads.data").joinpath("models", "confidence.md").is_file()


def test_evidence_record_has_a_field_for_every_feature_family():
    names = {f.name for f in fields(Evidence)}
    assert {"event_type", "actor_found", "recipient_found", "status", "rank", "date_precision"} <= names


def test_main_event_of_a_sentence_is_the_prominent_one_not_the_likeliest(code):
    events = code("Norway accused Sweden of spying after talks in Oslo.")
    top = evaluate.top_event(events)
    assert top is not None and top.event_type == "ACCUSE"
    assert evidence.salience(top) == max(evidence.salience(e) for e in events) and events[0] is top


@pytest.mark.parametrize("sentence, word, inside", [
    ("“Norway will pay for this,” the minister said.", "pay", True),
    ("“Norway will pay for this,” the minister said.", "said", False),
    ('"We reject the plan," Sweden said.', "reject", True),
    ('"We reject the plan," Sweden said.', "said", False),
    ("Sweden rejected the plan, calling it “a trap”.", "rejected", False),
    ("Sweden rejected the plan, calling it “a trap”.", "trap", True),
    ("They attacked the village at dawn,” a witness said.", "attacked", True),  # quote opened a sentence earlier
    ("Norway expelled two diplomats on Monday.", "expelled", False),
])
def test_quoted_tells_direct_speech_from_narration(sentence, word, inside):
    assert evidence.quoted(sentence, sentence.index(word)) is inside


def test_quoted_and_background_are_evidence_and_features(code):
    # (the speaker's own act: a third party's act inside a quotation codes nothing, see test_quoted_claims)
    events = code("“We condemn Norway for the attack on our boats,” the Swedish minister said. Norway criticized "
                  "Denmark in 2015.", date="2024-03-06")
    attacked = _event(events, "ACCUSE", "condemn")
    assert attacked.evidence.quoted and not attacked.evidence.background
    criticized = _event(events, "ACCUSE", "criticized")
    assert criticized.evidence.background and not criticized.evidence.quoted
    assert confidence.features(attacked.evidence)["quoted"] == 1.0
    assert confidence.features(criticized.evidence)["background"] == 1.0
    assert "quoted" not in confidence.features(criticized.evidence)


def test_story_level_evidence_counts_the_parties_of_the_whole_story(code):
    events = code("Norway accused Sweden of spying. Sweden rejected the claim on Monday. Norway expelled two Swedish "
                  "diplomats. Denmark criticized Finland.", date="2024-03-06")
    counted = [e for e in events if e.status in evidence.STORY_STATUSES]
    accused = _event(events, "ACCUSE", "accused")
    norway = sum("NOR" in (e.actor.country, e.recipient.country if e.recipient else None) for e in counted)
    assert accused.evidence.actor_share == pytest.approx(norway / len(counted), abs=1e-4)
    assert accused.evidence.actor_top and accused.evidence.recipient_top  # Norway and Sweden lead the story
    criticized = _event(events, "ACCUSE", "criticized")
    assert criticized.evidence.actor_share < accused.evidence.actor_share and not criticized.evidence.actor_top
    assert accused.evidence.sentence_words == 5  # Norway accused Sweden of spying
    found = confidence.features(accused.evidence)
    assert found["actor_share"] == accused.evidence.actor_share and found["actor_top"] == 1.0
    assert 0.0 < found["sentence_length"] <= 1.0
    assert "actor_top" not in confidence.features(criticized.evidence)
    for event in events:  # the confidence is computed from the evidence with its story-level fields
        assert event.confidence == confidence.score(event.evidence)


def test_story_level_evidence_leaves_events_without_evidence_alone(code):
    event = code("Norway accused Sweden of spying.")[0]
    bare = replace(event, evidence=None)
    assert evidence.in_story([bare]) == [bare]
    assert evidence.in_story([]) == []


def test_the_lexicon_entry_that_fired_is_evidence_and_a_feature(code):
    events = code("Norway accused Sweden of spying. Denmark called out Finland over the fishing quotas.")
    accused = _event(events, "ACCUSE", "accused")
    assert accused.evidence.entry == "accuse/VERB"
    assert confidence.features(accused.evidence)["entry=accuse/VERB"] == 1.0
    phrasal = [e for e in events if e.evidence is not None and e.evidence.entry.startswith("call ")]
    assert phrasal and phrasal[0].evidence.entry == "call +out/VERB"


def test_an_entry_the_model_has_no_weight_for_weighs_nothing(code):
    ev = code("Norway accused Sweden of spying.")[0].evidence
    plain = confidence.Model({"type=ACCUSE": 1.0}, 0.0)
    assert plain.logit(ev) == plain.logit(replace(ev, entry="never seen/VERB")) == 1.0
    known = confidence.Model({"type=ACCUSE": 1.0, f"entry={ev.entry}": -0.5}, 0.0)
    assert known.logit(ev) == pytest.approx(0.5)


def test_entry_key_names_the_lemma_its_object_and_particle():
    from dyads.lexicon import Entry
    entry = Entry("call", "VERB", "", "out", "ACCUSE", "", "", "", "test")
    assert evidence.entry_key(entry) == "call +out/VERB"
    assert evidence.entry_key(Entry("make", "VERB", "threat", "", "THREATEN", "", "", "", "t")) == "make +threat/VERB"


def test_the_classifier_reading_gives_type_no_event_and_best_label():
    from dyads import typeclf
    read = typeclf.reading({"ACCUSE": 0.6, "THREATEN": 0.1, typeclf.NONE: 0.3}, "ACCUSE")
    assert read == typeclf.Reading(0.6, 0.3, True)
    second = typeclf.reading({"ACCUSE": 0.6, "THREATEN": 0.1, typeclf.NONE: 0.3}, "THREATEN")
    assert second.type_p == 0.1 and second.none_p == 0.3 and not second.best
    assert typeclf.reading({}, "ACCUSE") == typeclf.Reading(0.0, 0.0, False)


def test_the_classifier_reading_is_evidence_and_features(code):
    ev = code("Norway accused Sweden of spying.")[0].evidence
    assert 0.0 <= ev.none_p <= 1.0 and 0.0 <= ev.type_p <= 1.0 and ev.type_p + ev.none_p <= 1.0 + 1e-6
    found = confidence.features(ev)
    assert found["classifier_none_p"] == ev.none_p
    assert ("classifier_best" in found) is ev.type_best
    assert "classifier_none_p" not in confidence.features(replace(ev, none_p=-1.0))


def test_the_actor_offset_from_its_trigger_is_evidence(code):
    before = _event(code("Norway accused Sweden of spying."), "ACCUSE")
    assert before.evidence.actor_offset == before.actor.start - before.trigger.start < 0
    after = _event(code("Sweden was attacked by Norway."), "ASSAULT")
    assert after.actor is not None and after.evidence.actor_offset > 0


def test_actor_distance_and_actor_after_are_features():
    ev = Evidence(event_type="ACCUSE", trigger_pos="VERB", entry_pos="VERB", light_verb=False, phrasal=False,
                  actor_how="subject", actor_tier=0, actor_found="named", actor_sector="", actor_pronoun=False,
                  recipient_tier=0, recipient_found="named", recipient_sector="", recipient_pronoun=False,
                  same_country=False, status="occurred", attributed=False, intent=False, conditional=False,
                  cue=False, sentence_index=0, rank=1.0, date_precision="publication", contexts=0, pairs=1)
    near = confidence.features(replace(ev, actor_offset=-7))
    assert near["actor_distance"] == 7 / confidence.FAR_ACTOR and "actor_after" not in near
    far = confidence.features(replace(ev, actor_offset=confidence.FAR_ACTOR * 3))
    assert far["actor_distance"] == 1.0 and far["actor_after"] == 1.0
    none = confidence.features(replace(ev, actor_found="none", actor_how="none"))
    assert "actor_distance" not in none and "actor_after" not in none


def test_interactions_of_how_the_actor_was_found_and_of_the_classifier_with_the_type():
    ev = Evidence(event_type="ACCUSE", trigger_pos="VERB", entry_pos="VERB", light_verb=False, phrasal=False,
                  actor_how="subject", actor_tier=5, actor_found="named", actor_sector="", actor_pronoun=False,
                  recipient_tier=0, recipient_found="named", recipient_sector="", recipient_pronoun=False,
                  same_country=False, status="occurred", attributed=False, intent=False, conditional=False,
                  cue=False, sentence_index=0, rank=1.0, date_precision="publication", contexts=0, pairs=1,
                  type_p=0.25)
    found = confidence.features(ev)
    assert found["actor_how_tier=subject|3"] == 1.0 and found["classifier_p_type=ACCUSE"] == 0.25
    assert "classifier_p_type=ACCUSE" not in confidence.features(replace(ev, type_p=-1.0))
    assert found["sentence_triggers"] == 0.0
    assert confidence.features(replace(ev, sentence_triggers=2))["sentence_triggers"] == 2 / confidence.CROWDED
    assert confidence.features(replace(ev, sentence_triggers=50))["sentence_triggers"] == 1.0


def test_story_level_evidence_counts_the_other_triggers_of_the_sentence(code):
    events = code("Norway accused Sweden of spying and threatened Denmark. Finland praised Estonia.")
    first = [e for e in events if e.sentence_index == 0]
    second = [e for e in events if e.sentence_index == 1]
    assert len({e.trigger.start for e in first}) == 2 and second
    assert all(e.evidence.sentence_triggers == 1 for e in first)
    assert all(e.evidence.sentence_triggers == 0 for e in second)


def test_a_tree_model_adds_the_leaf_each_event_reaches(code):
    ev = code("Norway accused Sweden of spying.")[0].evidence
    # one tree: split on the event's type, then on its rank; a feature the event lacks counts as 0
    tree = ["type=ACCUSE", 0.5, -2.0, ["rank", ev.rank + 1.0, 1.5, 3.0]]
    model = confidence.Model({}, -0.25, (), 0.0, (tree, ["no_such_feature", 0.5, 0.5, -9.0]))
    assert model.logit(ev) == pytest.approx(-0.25 + 1.5 + 0.5)
    assert model.uses() == {"type=ACCUSE", "rank", "no_such_feature"}
    data = {"weights": {}, "bias": -0.25, "trees": [tree], "calibration": {"method": "none"}}
    assert confidence.Model.from_json(data).logit(ev) == pytest.approx(1.25)


def test_the_forest_arrays_reach_the_same_leaves_as_walking_each_tree():
    """Model.logit walks all trees at once as arrays (confidence.Forest): trees of unequal depth (a leaf high up is
    padded), a value equal to a threshold (goes left), a missing feature (0) and a NaN (goes right) reach the leaf
    the plain walk reaches, tree by tree."""
    import random
    rng = random.Random(7)
    names = ["a", "b", "c", "d"]

    def grow(depth):
        if depth == 0 or rng.random() < 0.25:
            return round(rng.uniform(-1, 1), 3)
        return [rng.choice(names), rng.choice([0.0, 0.5, 1.0]), grow(depth - 1), grow(depth - 1)]

    trees = tuple(grow(rng.choice([1, 2, 3, 4])) for _ in range(60)) + (0.25,)
    forest = confidence.Forest(trees)
    cases = [{}, {"a": 0.5}, {"a": 1.0, "b": 0.0, "c": 2.0}, {"d": float("nan")}, {"e": 3.0}]
    cases += [{n: rng.choice([0.0, 0.5, 1.0, rng.random()]) for n in names} for _ in range(200)]
    for values in cases:
        assert forest.leaves(values) == [confidence._leaf(tree, values) for tree in trees]
