"""Session 27 confidence features: how far back an inferred party was last named, and the lemma prior."""
from __future__ import annotations

from dataclasses import replace

from dyads import confidence
from dyads.records import Evidence

BASE = Evidence(event_type="ACCUSE", trigger_pos="VERB", entry_pos="VERB", light_verb=False, phrasal=False,
                actor_how="subject", actor_tier=0, actor_found="named", actor_sector="", actor_pronoun=False,
                recipient_tier=0, recipient_found="named", recipient_sector="", recipient_pronoun=False,
                same_country=False, status="occurred", attributed=False, intent=False, conditional=False,
                cue=False, sentence_index=0, rank=1.0, date_precision="publication", contexts=0, pairs=1,
                entry="accuse/VERB")


def _event(events, sentence):
    found = [e for e in events if e.sentence_index == sentence and e.evidence is not None]
    assert found, [(e.event_type, e.sentence_index) for e in events]
    return found[0]


def test_a_pronoun_actor_knows_how_many_sentences_back_its_country_was_named(code):
    events = code("Norway criticized Denmark on Monday. It accused Sweden of spying on its ministers.")
    accused = _event(events, 1)
    assert accused.evidence.actor_found == "inferred"
    assert accused.evidence.actor_named_back == 1
    assert _event(events, 0).evidence.actor_named_back == -1  # named in its own words: not asked


def test_a_farther_antecedent_is_counted_farther(code):
    events = code("Norway criticized Denmark on Monday. The weather was cold. Ships stayed in port. "
                  "It accused Sweden of spying on its ministers.")
    accused = [e for e in events if e.sentence_index == 3 and e.evidence is not None]
    if accused and accused[0].evidence.actor_found == "inferred" and accused[0].actor.code == "NOR":
        assert accused[0].evidence.actor_named_back == 3


def test_antecedent_features_only_for_inferred_parties():
    assert not confidence.antecedent_features(BASE)
    near = confidence.antecedent_features(replace(BASE, actor_found="inferred", actor_named_back=1))
    assert near == {"actor_named_back": 1 / confidence.FAR_BACK}
    far = confidence.antecedent_features(replace(BASE, recipient_found="inferred", recipient_named_back=40))
    assert far == {"recipient_named_back": 1.0}
    never = confidence.antecedent_features(replace(BASE, actor_found="inferred", actor_named_back=-1))
    assert never == {"actor_never_named_before": 1.0}


def test_lemma_key_is_the_type_and_the_entry_lemma():
    assert confidence.lemma_key(replace(BASE, entry="call +out/VERB", event_type="ACCUSE")) == "ACCUSE|call"
    assert confidence.lemma_key(replace(BASE, entry="")) == ""


def test_lemma_prior_is_shrunk_toward_the_type_rate():
    keys = ["ACCUSE|accuse"] * 4 + ["ACCUSE|blame"] * 4
    types = ["ACCUSE"] * 8
    labels = [1, 1, 1, 1, 0, 0, 0, 0]
    prior = confidence.LemmaPrior.fit(keys, types, labels, strength=4.0)
    assert prior.type_rates == {"ACCUSE": 0.5}
    # (right - n * rate) / (n + strength): (4 - 2) / 8 and (0 - 2) / 8
    assert prior.value(BASE) == 0.25
    assert prior.value(replace(BASE, entry="blame/VERB")) == -0.25
    assert prior.value(replace(BASE, entry="denounce/VERB")) == 0.0  # never seen: no evidence either way
    stronger = confidence.LemmaPrior.fit(keys, types, labels, strength=40.0)
    assert 0 < stronger.value(BASE) < prior.value(BASE)


def test_a_model_with_a_lemma_prior_reads_it_and_round_trips_through_json():
    prior = confidence.LemmaPrior(10.0, {"ACCUSE": 0.5}, {"ACCUSE|accuse": (10, 9)})
    model = confidence.Model({confidence.LEMMA_PRIOR: 2.0}, 0.0, prior=prior)
    assert model.logit(BASE) == 2.0 * (9 - 5) / 20
    again = confidence.Model.from_json({"weights": {confidence.LEMMA_PRIOR: 2.0}, "bias": 0.0,
                                        "lemma_prior": prior.to_json()})
    assert again.logit(BASE) == model.logit(BASE)
    assert confidence.Model({confidence.LEMMA_PRIOR: 2.0}, 0.0).logit(BASE) == 0.0
