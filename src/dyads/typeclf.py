"""Event-type classifier: a statistical second opinion on what a sentence's predicate does.

One job: a predicate token of a parsed sentence (a trigger, or the sentence's main predicate) -> a probability
for each PLOVER event type and for "no event" (`NONE`). The model is a multinomial logistic regression over
sparse binary features of the token and its sentence (`features`): the lemmas of the sentence and of the
predicate's own clause, the predicate's lemma, part of speech, object head, particle and prepositions, negation,
and the event types the trigger lexicon gives the predicate and the other words of the sentence. It is fitted by
`scripts/train_typeclf.py` (fixed seed) on the real-news gold's tune split and the train split of the NGEC
synthetic stories; the weights ship in `data/models/typeclf.npz` with the feature names and labels in
`typeclf.json` and a model card `typeclf.md`. Scoring is a sum of weight rows and a softmax in numpy: no
machine-learning library is needed at run time.

Uses in the pipeline (`Uses`, from settings): `propose` (an event for a sentence where no lexicon entry
fires, typed by the classifier when it is sure), `choose` (between events of one sentence with one pair of
parties and different types) and the classifier's probability of an event's type as evidence for its
confidence (`confidence_p`, computed for every event).
"""
from __future__ import annotations

import contextlib
import functools
import io
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

import numpy as np
from spacy.tokens import Span, Token

from dyads import nlp
from dyads.parse_view import view
from dyads.errors import DyadsError
from dyads.modelslot import ModelSlot
from dyads.lexicon import NOT_AN_EVENT, Lexicon, builtin_entries

NONE = NOT_AN_EVENT
MODEL_FILE = "typeclf.json"  # feature names, labels, bias, training facts (in dyads/data/models/)
WEIGHTS_FILE = "typeclf.npz"  # the weight matrix (features x labels), float32
# Clause boundaries: words under them belong to another clause than the predicate's.
CLAUSE_DEPS = frozenset(("advcl", "relcl", "acl", "ccomp", "xcomp", "pcomp", "csubj", "parataxis", "conj"))
LEXICON_POS = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}
PREDICATE_POS = ("VERB", "AUX", "NOUN", "ADJ")
PROPOSED_SOURCE = "classifier"  # the `source` of the lexicon entry of a proposed event starts with it


@dataclass(frozen=True, slots=True)
class Model:
    """Weights of the classifier: `weights[k]` is the row of feature `names[k]`, one column per label."""

    labels: tuple[str, ...]
    index: dict[str, int]
    weights: np.ndarray
    bias: np.ndarray

    def proba(self, names: Iterable[str]) -> dict[str, float]:
        """The probability of every label given the active (binary) features `names`."""
        index = self.index
        rows = sorted({k for n in names if (k := index.get(n)) is not None})
        z = self.bias + (self.weights[rows].sum(axis=0) if rows else 0.0)
        z = np.exp(z - z.max())
        p = z / z.sum()
        return {label: float(v) for label, v in zip(self.labels, p)}

    def best(self, names: Iterable[str]) -> tuple[str, float]:
        """The most probable label and its probability (ties: the first label in order)."""
        p = self.proba(names)
        label = max(self.labels, key=lambda k: p[k])
        return label, p[label]

    def save(self, folder, meta: dict) -> None:
        """Write the feature names and labels (JSON) and the weights (NPZ) into `folder`."""
        names = sorted(self.index, key=self.index.get)
        data = {"model": "dyads event-type classifier: multinomial logistic regression (see typeclf.md)",
                "format": 1, "labels": list(self.labels), "bias": [round(float(b), 6) for b in self.bias],
                **meta, "features": names}
        (folder / MODEL_FILE).write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")
        buffer = io.BytesIO()
        np.savez_compressed(buffer, weights=self.weights.astype(np.float32))
        (folder / WEIGHTS_FILE).write_bytes(buffer.getvalue())

    @classmethod
    def load(cls, meta_text: str, weights_bytes: bytes) -> "Model":
        data = json.loads(meta_text)
        with np.load(io.BytesIO(weights_bytes)) as npz:
            weights = np.asarray(npz["weights"], dtype=np.float64)
        names = data["features"]
        if weights.shape != (len(names), len(data["labels"])):
            raise ValueError(f"weights {weights.shape} do not fit {len(names)} features x {len(data['labels'])} labels")
        return cls(tuple(data["labels"]), {n: k for k, n in enumerate(names)}, weights,
                   np.asarray(data["bias"], dtype=np.float64))




@functools.cache
def _shipped() -> Model:
    folder = resources.files("dyads.data").joinpath("models")
    try:
        return Model.load(folder.joinpath(MODEL_FILE).read_text(encoding="utf-8"),
                          folder.joinpath(WEIGHTS_FILE).read_bytes())
    except (FileNotFoundError, ModuleNotFoundError, KeyError, ValueError, OSError) as exc:
        raise DyadsError("E093", path=f"dyads/data/models/{MODEL_FILE}", detail=repr(exc)[:300]) from exc


_slot: ModelSlot[Model] = ModelSlot(lambda: _shipped())


def model() -> Model:
    """The classifier in use: the shipped one, unless `using` put another in place."""
    return _slot.current()


def using(other: Model) -> contextlib.AbstractContextManager[Model]:
    """Code with another classifier inside a `with` block (cross-validation codes with fold models)."""
    return _slot.using(other)


@dataclass(frozen=True, slots=True)
class Uses:
    """Which uses of the classifier are on (settings `classifier_propose`, `classifier_choose`)."""

    propose: bool = False
    propose_min: float = 0.7
    choose: bool = False
    choose_min: float = 0.5

    @classmethod
    def from_settings(cls, settings) -> "Uses":
        return cls(settings.classifier_propose, settings.classifier_propose_min, settings.classifier_choose,
                   settings.classifier_choose_min)


@dataclass(frozen=True, slots=True)
class Reading:
    """What the classifier says of one trigger coded with one event type (evidence for the confidence model):
    the type's probability, the probability of no event, and whether the type is its most probable label
    (-1: not scored)."""

    type_p: float = -1.0
    none_p: float = -1.0
    best: bool = False


def reading(proba: dict[str, float], event_type: str) -> Reading:
    """The classifier's reading of a trigger coded as `event_type`, from its probabilities `proba`."""
    p = proba.get(event_type, 0.0)
    return Reading(p, proba.get(NONE, 0.0), bool(proba) and p >= max(proba.values()))


# --- features ------------------------------------------------------------------------------------------

def main_predicate(sentence: Span) -> Token | None:
    """The sentence's main predicate: its root, or the reported clause's verb when the root says or reports
    ("X said Y attacked Z" -> attacked)."""
    from dyads import status  # the say-verb list

    root = sentence.root
    say = status.words().say_verbs
    for _ in range(3):
        if root.lemma_ not in say:
            break
        reported = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
        if not reported:
            break
        root = reported[0]
    return root if root.pos_ in PREDICATE_POS else None


def clause_tokens(token: Token) -> list[Token]:
    """The predicate's own clause: its subtree without embedded or coordinated clauses."""
    doc, parse = token.doc, view(token.doc)
    dep, children = parse.dep, parse.children
    out, stack = [], [token.i]
    while stack:
        t = stack.pop()
        out.append(doc[t])
        stack.extend(c for c in children[t] if dep[c] not in CLAUSE_DEPS)
    return out


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _word(t: Token) -> bool:
    return t.is_alpha and not t.is_stop and len(t.text) > 1


def _lexicon_types(t: Token, lex: Lexicon) -> set[str]:
    pos = LEXICON_POS.get(t.pos_)
    if pos is None:
        return set()
    return {e.event_type for e in lex.candidates(_lemma(t), pos)}


def _sentence_facts(sentence: Span, lex: Lexicon) -> tuple[frozenset[str], tuple[tuple[int, frozenset[str]], ...]]:
    """The sentence's word features and the lexicon types of each of its tokens that has some, computed once per
    sentence and lexicon (kept in the document's user_data: a sentence often holds several candidates)."""
    key = (sentence.start, id(lex))
    memo = nlp.table(sentence.doc, "dyads.typeclf.sentences")
    if key not in memo:
        words = frozenset(f"s={_lemma(t)}" for t in sentence if _word(t))
        typed = tuple((t.i, frozenset(types)) for t in sentence if (types := _lexicon_types(t, lex)))
        memo[key] = (words, typed)
    return memo[key]


def features(token: Token, lex: Lexicon, *, sentence_types: Sequence[str] | None = None) -> list[str]:
    """The active features of predicate `token` in its sentence (see the module docstring)."""
    sentence = nlp.sentence(token)
    lemma = _lemma(token)
    out = {f"p={lemma}", f"pos={token.pos_}", f"dep={token.dep_}"}
    words, typed = _sentence_facts(sentence, lex)
    out.update(words)
    clause = clause_tokens(token)
    out.update(f"c={_lemma(t)}" for t in clause if _word(t) and t.i != token.i)
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            out.update((f"o={_lemma(child)}", f"po={lemma}|{_lemma(child)}"))
        elif child.dep_ == "prt":
            out.update((f"prt={child.lower_}", f"pp={lemma}|{child.lower_}"))
        elif child.dep_ in ("prep", "agent", "dative"):
            out.update((f"prep={child.lower_}", f"pp={lemma}|{child.lower_}"))
        elif child.dep_ == "neg":
            out.add("neg")
        elif child.dep_ == "xcomp":
            out.add(f"x={_lemma(child)}")
    if token.dep_ in ("dobj", "pobj", "attr", "nsubjpass") and token.head.pos_ in ("VERB", "AUX", "ADP"):
        governor = token.head.head if token.head.pos_ == "ADP" else token.head
        out.add(f"gov={_lemma(governor)}")
    own = _lexicon_types(token, lex)
    out.update(f"plex={t}" for t in own)
    if sentence_types is None:
        sentence_types = [t for i, types in typed if i != token.i for t in types]
    out.update(f"lex={t}" for t in set(sentence_types))
    if not own and not sentence_types:
        out.add("lex=none")
    return sorted(out)


# --- default CAMEO code of each type (proposed events) ---------------------------------------------------

@functools.cache
def default_cameo() -> dict[str, str]:
    """For each event type, the CAMEO code most entries of the built-in lexicon of that type (without a mode)
    carry: the code of an event the classifier proposes."""
    counts: dict[str, Counter] = {}
    for entry in builtin_entries():
        if entry.event_type != NONE and entry.cameo:
            counts.setdefault(entry.event_type, Counter())[entry.cameo] += 2 if not entry.mode else 1
    return {t: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for t, c in counts.items()}
