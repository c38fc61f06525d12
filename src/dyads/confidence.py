"""Confidence: the estimated probability that a coded event is right, from what the coder knew.

One job: the evidence of an event (`records.Evidence`, built by `dyads.evidence`: event type, trigger part of
speech, how its actor and recipient were found, status, ...) -> a probability. The estimate is a logistic regression over
one-hot and numeric features of that evidence, or a sum of small regression trees over the same features
(gradient boosting: a feature's weight may then depend on the others, e.g. a recipient found far from the trigger
is worse for one type than for another), fitted on the tune split of the real-news gold by
`scripts/train_confidence.py`; its weights or trees, calibration and the default threshold (`min_confidence`)
ship in `data/models/confidence.json`, with a model card beside them. Predicting is a dot product or a walk down
each tree, and a sigmoid: no machine-learning library is needed at run time.
"""
from __future__ import annotations

import contextlib
import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from dyads import calibration as kind_calibration
from dyads.modelslot import ModelSlot, shipped_model
from dyads.records import Evidence

MODEL_FILE = "confidence.json"  # in dyads/data/models/, with its card confidence.md
# parts of speech a trigger is expected to have; any other parse is one feature ("other")
TRIGGER_POS = frozenset(("VERB", "NOUN", "ADJ", "AUX", "PROPN"))
MAX_TIER = 3
FAR_SENTENCE = 20
# sentences longer than this many words count as this long (a feature in [0, 1])
LONG_SENTENCE = 80
# an actor whose words start this many characters or more from its trigger counts as this far (a feature in [0, 1])
FAR_ACTOR = 200
# a sentence with this many other events' triggers or more counts as this crowded (a feature in [0, 1])
CROWDED = 5
# a recipient whose words start this many characters or more from its trigger counts as this far (a feature in [0, 1])
FAR_RECIPIENT = 200
# dependency arcs between the actor's head word and its trigger counted at most (a feature in [0, 1])
LONG_PATH = 6
# a story of this many sentences or more counts as this long (a feature in [0, 1])
LONG_STORY = 60
# how a party found with a code is described (records.Evidence), and the sectors of a state (a country named, "GOV":
# its government): both parties states is the classic dyad of international relations
STATE_FOUND = frozenset(("named", "inferred", "changed", "story"))
STATE_SECTORS = frozenset(("", "GOV"))
# other sentences of the story coding the same pair counted at most (a feature in [0, 1])
REPEATED_PAIR = 3
# an inferred party last named this many sentences back or more counts as this far (a feature in [0, 1])
FAR_BACK = 5


@dataclass(frozen=True, slots=True)
class Model:
    """Weights of the logistic regression and/or its trees, its calibration and the threshold chosen for it.

    `calibration` is () or (a, b): Platt scaling of the model's logit, p = sigmoid(a * z + b), plus, with
    `kind_terms` ((term, weight), ...), the weighted kind terms of the event's document (`dyads.calibration`).
    `trees` are added to the logit: each a leaf value (a number) or a split `[feature, threshold, left, right]`
    that goes left when the event's value of the feature (0 when it has none) is at most the threshold.
    """

    weights: Mapping[str, float]
    bias: float
    calibration: tuple[float, ...] = ()
    threshold: float = 0.0
    trees: tuple = ()
    kind_terms: tuple[tuple[str, float], ...] = ()
    # the smoothed reliability of the trigger's lexicon verb within its type (`LemmaPrior`), or None
    prior: "LemmaPrior | None" = None
    # the trees as arrays (`Forest`), built once from `trees`
    forest: "Forest | None" = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "forest", Forest(self.trees) if self.trees else None)

    def logit(self, evidence: Evidence) -> float:
        """The model's score before calibration: bias, weighted features and the trees' leaves."""
        values = features(evidence)
        if self.prior is not None:
            values[LEMMA_PRIOR] = self.prior.value(evidence)
        leaves = self.forest.leaves(values) if self.forest is not None else ()
        return (self.bias + sum(self.weights.get(name, 0.0) * value for name, value in values.items())
                + sum(leaves))

    def uses(self) -> frozenset[str]:
        """The names of the features the model reads (a weight or a split)."""
        return frozenset(self.weights).union(*(_split_names(tree) for tree in self.trees))

    def predict(self, evidence: Evidence) -> float:
        """The probability that an event with this evidence is right."""
        return _sigmoid(kind_calibration.scale(self.logit(evidence), self.calibration, self.kind_terms, evidence))

    @classmethod
    def flat(cls) -> "Model":
        """A model that knows nothing: every event 0.5 (the training script codes with it)."""
        return cls({}, 0.0)

    @classmethod
    def from_json(cls, data: Mapping) -> "Model":
        calibration = data.get("calibration") or {}
        return cls(dict(data["weights"]), float(data["bias"]),
                   (float(calibration["a"]), float(calibration["b"])) if calibration.get("method") == "platt" else (),
                   float(data.get("threshold", 0.0)), tuple(data.get("trees", ())),
                   kind_calibration.terms_from_json(calibration) if calibration.get("method") == "platt" else (),
                   LemmaPrior.from_json(data["lemma_prior"]) if data.get("lemma_prior") else None)


LEMMA_PRIOR = "lemma_prior"


def lemma_key(ev: Evidence) -> str:
    """The event's type and the lemma of the lexicon entry that fired ("ACCUSE|blame"; "" without an entry)."""
    lemma = ev.entry.split("/")[0].split(" ")[0] if ev.entry else ""
    return f"{ev.event_type}|{lemma}" if lemma else ""


@dataclass(frozen=True, slots=True)
class LemmaPrior:
    """A reliability prior per lexicon verb: how much more (or less) often the events of a type's lemma were right
    in training than the type's events, shrunk toward the type's rate by `strength` pseudo-events:
    (right - n * rate) / (n + strength); 0 for a lemma not seen in training. Fitted by
    scripts/train_confidence.py (`lemma_prior`) on its training folds only."""

    strength: float
    type_rates: Mapping[str, float]
    counts: Mapping[str, tuple[int, int]]  # lemma_key -> (events, right)

    def value(self, ev: Evidence) -> float:
        return self.value_of(lemma_key(ev), ev.event_type)

    def value_of(self, key: str, event_type: str) -> float:
        n, right = self.counts.get(key, (0, 0))
        if not n:
            return 0.0
        rate = self.type_rates.get(event_type, 0.0)
        return (right - n * rate) / (n + self.strength)

    def to_json(self) -> dict:
        return {"strength": self.strength, "type_rates": dict(sorted(self.type_rates.items())),
                "counts": {k: list(v) for k, v in sorted(self.counts.items())}}

    @classmethod
    def from_json(cls, data: Mapping) -> "LemmaPrior":
        return cls(float(data["strength"]), {k: float(v) for k, v in data["type_rates"].items()},
                   {k: (int(v[0]), int(v[1])) for k, v in data["counts"].items()})

    @classmethod
    def fit(cls, keys, types, labels, strength: float) -> "LemmaPrior":
        """From parallel sequences of lemma keys, event types and 1/0 labels of the training events."""
        by_type: dict[str, list[int]] = {}
        by_key: dict[str, list[int]] = {}
        for key, kind, label in zip(keys, types, labels):
            by_type.setdefault(kind, [0, 0])
            by_type[kind][0] += 1
            by_type[kind][1] += int(label)
            if key:
                by_key.setdefault(key, [0, 0])
                by_key[key][0] += 1
                by_key[key][1] += int(label)
        return cls(strength, {k: round(r / n, 6) for k, (n, r) in by_type.items()},
                   {k: (n, r) for k, (n, r) in by_key.items()})


class Forest:
    """The trees of a model as arrays, walked for all trees at once (the same leaves as `_leaf`, tree by tree).

    Each tree is padded to the depth of the deepest: a leaf above it becomes splits on an always-zero slot with an
    infinite threshold (always left) down to copies of the leaf. Node k's children are 2k+1 (left) and 2k+2.
    """

    def __init__(self, trees) -> None:
        depth = max(_depth(tree) for tree in trees)
        names = sorted(set().union(*(_split_names(tree) for tree in trees)))
        self.column = {name: k for k, name in enumerate(names)}
        self.width = len(names) + 1  # the last slot stays 0: the padding splits read it
        inner, outer = 2 ** depth - 1, 2 ** depth
        self.feature = np.full((len(trees), inner), len(names), dtype=np.intp)
        self.cut = np.full((len(trees), inner), np.inf)
        self.leaf = np.zeros((len(trees), outer))
        self.depth = depth
        for t, tree in enumerate(trees):
            self._fill(t, tree, 0, depth)
        self.rows = np.arange(len(trees))
        # the tables read flat (`np.take` of one index array is cheaper than indexing by rows and nodes): tree t's
        # node k is at t * inner + k, its leaf k at t * outer + k
        self._features, self._cuts, self._leaves = self.feature.ravel(), self.cut.ravel(), self.leaf.ravel()
        self._inner_at, self._leaf_at = self.rows * inner, self.rows * outer - inner

    def _fill(self, t: int, tree, node: int, depth: int) -> None:
        if depth == 0:
            self.leaf[t, node - (2 ** self.depth - 1)] = float(tree)
            return
        if isinstance(tree, (int, float)):
            self._fill(t, tree, 2 * node + 1, depth - 1)
            self._fill(t, tree, 2 * node + 2, depth - 1)
            return
        name, cut, left, right = tree
        self.feature[t, node] = self.column[name]
        self.cut[t, node] = cut
        self._fill(t, left, 2 * node + 1, depth - 1)
        self._fill(t, right, 2 * node + 2, depth - 1)

    def leaves(self, values: Mapping[str, float]) -> list[float]:
        """The leaf value each tree gives an event's feature values, in tree order."""
        x = np.zeros(self.width)
        column, slots, known = self.column, [], []
        for name, value in values.items():
            k = column.get(name)
            if k is not None:
                slots.append(k)
                known.append(value)
        x[slots] = known  # one slot per name: no slot is written twice
        node = np.zeros(len(self.rows), dtype=np.intp)
        for _ in range(self.depth):
            at = self._inner_at + node
            # right unless the value is at most the threshold (as `_leaf`, also for a NaN)
            node = 2 * node + 1 + ~(x.take(self._features.take(at)) <= self._cuts.take(at))
        return self._leaves.take(self._leaf_at + node).tolist()


def _depth(tree) -> int:
    if isinstance(tree, (int, float)):
        return 0
    return 1 + max(_depth(tree[2]), _depth(tree[3]))


def _leaf(tree, values: Mapping[str, float]) -> float:
    """The value of the leaf an event's feature values reach in one tree."""
    while not isinstance(tree, (int, float)):
        name, cut, left, right = tree
        tree = left if values.get(name, 0.0) <= cut else right
    return float(tree)


def _split_names(tree) -> set[str]:
    if isinstance(tree, (int, float)):
        return set()
    return {tree[0]} | _split_names(tree[2]) | _split_names(tree[3])


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))




@functools.cache
def _shipped() -> Model:
    return shipped_model(MODEL_FILE, Model.from_json)


_slot: ModelSlot[Model] = ModelSlot(lambda: _shipped())


def model() -> Model:
    """The model in use: the shipped one, unless `using` put another in place."""
    return _slot.current()


def using(other: Model) -> contextlib.AbstractContextManager[Model]:
    """Code with another model inside a `with` block (training codes with `Model.flat()`)."""
    return _slot.using(other)


def score(evidence: Evidence) -> float:
    """The probability that an event with this evidence is right, rounded to three places."""
    return round(model().predict(evidence), 3)


def default_threshold() -> float:
    """The `min_confidence` chosen for the shipped model on the tune split (see its model card)."""
    return _shipped().threshold


# --- features ------------------------------------------------------------------------------------------

def features(ev: Evidence) -> dict[str, float]:
    """The named feature values of one event's evidence (one-hot names are `field=value`)."""
    pos = ev.trigger_pos if ev.trigger_pos in TRIGGER_POS else "other"
    out: dict[str, float] = {
        f"type={ev.event_type}": 1.0,
        f"trigger_pos={pos}": 1.0,
        f"actor_how={ev.actor_how}": 1.0,
        f"actor_tier={min(ev.actor_tier, MAX_TIER)}": 1.0,
        f"actor={ev.actor_found}": 1.0,
        f"actor_sector={ev.actor_sector or 'none'}": 1.0,
        f"recipient_tier={min(ev.recipient_tier, MAX_TIER)}": 1.0,
        f"recipient={ev.recipient_found}": 1.0,
        f"recipient_sector={ev.recipient_sector or 'none'}": 1.0,
        f"status={ev.status}": 1.0,
        f"date={ev.date_precision}": 1.0,
        "rank": ev.rank,
        "sentence_position": min(ev.sentence_index, FAR_SENTENCE) / FAR_SENTENCE,
        "sentence_length": min(ev.sentence_words, LONG_SENTENCE) / LONG_SENTENCE,
        "actor_share": ev.actor_share,
        "recipient_share": ev.recipient_share,
        "sentence_triggers": min(ev.sentence_triggers, CROWDED) / CROWDED,
        # the argument rule that gave the actor is more or less reliable at each tier of the trigger's phrases
        f"actor_how_tier={ev.actor_how}|{min(ev.actor_tier, MAX_TIER)}": 1.0,
    }
    if ev.recipient_found == "none":  # a one-sided act: PLOVER lets some types have no recipient, not others
        out[f"no_recipient_type={ev.event_type}"] = 1.0
    if ev.actor_found != "none":  # how far the actor stands from its trigger, and whether after it
        out["actor_distance"] = min(abs(ev.actor_offset), FAR_ACTOR) / FAR_ACTOR
        if ev.actor_offset > 0:
            out["actor_after"] = 1.0
    if ev.entry:  # the lexicon entry (weights only for entries frequent enough in training; others weigh 0)
        out[f"entry={ev.entry}"] = 1.0
    if ev.type_p >= 0:  # the event-type classifier's probability of this type at the trigger
        out["classifier_p"] = ev.type_p
        out[f"classifier_p_type={ev.event_type}"] = ev.type_p  # the classifier is better at some types than others
    if ev.none_p >= 0:  # ... and its probability that the trigger is no event
        out["classifier_none_p"] = ev.none_p
    flags = {"pos_differs_from_entry": ev.trigger_pos != ev.entry_pos, "light_verb": ev.light_verb,
             "phrasal": ev.phrasal, "actor_pronoun": ev.actor_pronoun, "recipient_pronoun": ev.recipient_pronoun,
             "same_country": ev.same_country, "attributed": ev.attributed, "intent": ev.intent,
             "conditional": ev.conditional, "status_cue": ev.cue, "first_sentence": ev.sentence_index == 0,
             "contexts": ev.contexts > 0, "several_pairs": ev.pairs > 1, "proposed": ev.proposed,
             "quoted": ev.quoted, "background": ev.background, "actor_top": ev.actor_top,
             "recipient_top": ev.recipient_top, "classifier_best": ev.type_best}
    out.update({name: 1.0 for name, on in flags.items() if on})
    out.update(parse_features(ev))
    out.update(story_features(ev))
    out.update(antecedent_features(ev))
    for role, guess in (("actor", ev.actor_guess), ("recipient", ev.recipient_guess)):
        if guess:  # the party's country is only guessed from the story's setting: a scene, or the country named most
            out[f"{role}_setting_guess={guess}"] = 1.0
    return out


def parse_features(ev: Evidence) -> dict[str, float]:
    """Where the parties' words stand in the trigger's parse (`dyads.party_syntax`): the dependency arcs between the
    actor's head word and the trigger, how far the recipient's words start from the trigger and whether before it.
    (The parties' roles as one-hot features, the recipient's arcs and its role crossed with how its code was found
    were tried too and left out: they did not lower the cross-validated log loss, or the actor's role lowered it
    a little but ranked the unseen tune documents worse.)"""
    out: dict[str, float] = {}
    if ev.actor_path >= 0:  # -1: no actor, its words in another sentence, or evidence built outside a document
        out["actor_path"] = min(ev.actor_path, LONG_PATH) / LONG_PATH
    if ev.recipient_role and ev.recipient_role not in ("none", "other_sentence"):
        out["recipient_distance"] = min(abs(ev.recipient_offset), FAR_RECIPIENT) / FAR_RECIPIENT
        if ev.recipient_offset < 0:
            out["recipient_before"] = 1.0
    return out


def antecedent_features(ev: Evidence) -> dict[str, float]:
    """How far back a party whose code came from elsewhere (a pronoun, "the government", the setting) was last
    named (`*_named_back`): the farther its antecedent, the more a reader would doubt the reference; never named
    before its words is its own flag."""
    out: dict[str, float] = {}
    for role, found, back in (("actor", ev.actor_found, ev.actor_named_back),
                              ("recipient", ev.recipient_found, ev.recipient_named_back)):
        if found != "inferred":
            continue
        if back >= 0:
            out[f"{role}_named_back"] = min(back, FAR_BACK) / FAR_BACK
        else:
            out[f"{role}_never_named_before"] = 1.0
    return out


def story_features(ev: Evidence) -> dict[str, float]:
    """The story around the event: how long it is, whether it codes the event's pair in other sentences too, and
    whether both parties are states (a country or its government).

    Session 25 tried more cues of the sentence and story and left them out: none ranked the unseen tune documents
    better (ROC AUC and recall at precision 0.75, model fitted without them, two seeds): the trigger's dependency role
    (root / clause / a noun that is another word's argument) and fine tag, a negation word near the trigger, hedge
    words ("reportedly"), a first-person pronoun or a question mark in the sentence, the story's shares of
    first-person and quoted sentences, the same type and pair coded in other sentences, the pair the story codes most,
    the story's countries and events, the actor's country in the lead, the distance between actor and recipient and a
    recipient that is only a place ("in Syria"). All of them together lowered unseen AUC 0.834 -> 0.829."""
    out: dict[str, float] = {}
    if ev.doc_sentences:
        out["story_sentences"] = min(ev.doc_sentences, LONG_STORY) / LONG_STORY
    if ev.dyad_elsewhere:
        out["pair_elsewhere"] = min(ev.dyad_elsewhere, REPEATED_PAIR) / REPEATED_PAIR
    if STATE_FOUND.issuperset((ev.actor_found, ev.recipient_found)) \
            and STATE_SECTORS.issuperset((ev.actor_sector, ev.recipient_sector)):
        out["both_states"] = 1.0
    return out
