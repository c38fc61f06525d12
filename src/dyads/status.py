"""Status of a candidate event and whether a planned action is announced by its actor.

A trigger's status is `negated`, `planned`, `hypothetical` or `occurred`, decided by the nearest cue on the
way up from the trigger through its governors: a negator, a condition, a future or modal auxiliary, a denying
or planning governor. A reported clause keeps its own status ("said it *would* attack" is planned). The words
are data (`data/lexicon/status.toml`), loaded once by `words()`.
"""
from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Token

# Dependencies through which the status of a governor carries down to its complement.
CARRYING_DEPS = ("xcomp", "ccomp", "pobj", "prep", "pcomp", "conj", "acomp", "dobj", "acl")
MAX_STEPS = 6


@dataclass(frozen=True, slots=True)
class Words:
    """The word lists of `data/lexicon/status.toml`."""

    plan_verbs: frozenset[str]
    plan_auxiliaries: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    hypothetical_marks: frozenset[str]
    say_verbs: frozenset[str]
    negating_governors: frozenset[str]
    adjunct_prepositions: frozenset[str]
    negation_words: frozenset[str]
    intent_types: dict[str, str]
    intent_cues: frozenset[str]
    expectation_words: frozenset[str]
    ultimatum_marks: frozenset[str]


@functools.cache
def words() -> Words:
    """Load and validate `data/lexicon/status.toml`."""
    text = resources.files("dyads.data").joinpath("lexicon", "status.toml").read_text("utf-8")
    data = tomllib.loads(text)
    intent = data.pop("intent")
    types = data.pop("intent_types")
    lists = {name: frozenset(w.lower() for w in values) for name, values in data.items()}
    return Words(**lists, intent_types=dict(types), intent_cues=frozenset(intent["cues"]),
                 expectation_words=frozenset(intent["expectation_words"]),
                 ultimatum_marks=frozenset(intent["ultimatum_marks"]))


def status_of(trigger: Token) -> tuple[str, Token | None]:
    """negated / planned / hypothetical / occurred, with the word that decided it."""
    w = words()
    if trigger.sent.text.rstrip().endswith("?"):
        return "hypothetical", trigger.sent[-1]
    node = trigger
    for _ in range(MAX_STEPS):
        for child in node.children:
            if child.dep_ == "neg" or (child.dep_ in ("advmod", "det") and child.lower_ in w.negation_words
                                       and child.head.i == node.i and node.pos_ in ("VERB", "AUX")):
                return "negated", child
            if child.dep_ == "mark" and child.lower_ in w.hypothetical_marks:
                return "hypothetical", child
            if child.dep_ in ("aux", "auxpass") and child.lower_ in w.plan_auxiliaries:
                return "planned", child
            if child.dep_ == "aux" and child.lower_ in w.hypothetical_auxiliaries:
                return "hypothetical", child
        if node is not trigger and node.lemma_.lower() in w.negating_governors and node.pos_ == "VERB":
            return "negated", node
        if node is not trigger and node.lemma_.lower() in w.plan_verbs and node.pos_ in ("VERB", "ADJ", "NOUN"):
            return "planned", node
        if node.dep_ == "prep" and (node.lower_ in w.adjunct_prepositions
                                    or node.head.lower_ in w.adjunct_prepositions):
            break
        if node.dep_ in CARRYING_DEPS and node.head.i != node.i:
            if node.dep_ in ("conj", "ccomp") and node.head.lemma_ in w.say_verbs:
                break
            node = node.head
            continue
        break
    return "occurred", None


def announced(trigger: Token, cue: Token | None) -> bool:
    """True when a plan is the actor's own ("X will / plans to ..."), not others' expectation."""
    w = words()
    if cue is None or cue.lemma_.lower() not in w.intent_cues and cue.lower_ not in w.intent_cues:
        return False
    node = trigger
    while node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in w.expectation_words:
            return False
    return not any(t.lemma_.lower() in w.expectation_words for t in trigger.sent if t.dep_ in ("acomp", "ROOT"))


def intent_of(trigger: Token, event_type: str, status: str, cue: Token | None) -> tuple[bool, bool]:
    """(announced intent, ultimatum) of a candidate: its planned action announced as a promise or threat, and
    whether a condition makes it an ultimatum ("will withdraw unless ...")."""
    w = words()
    intent = status == "planned" and event_type in w.intent_types and announced(trigger, cue)
    conditional = intent and any(c.dep_ == "mark" and c.lower_ in w.ultimatum_marks
                                 for clause in trigger.children if clause.dep_ == "advcl" for c in clause.children)
    return intent, conditional


def intent_type(event_type: str, *, conditional: bool) -> str:
    """The type of the announcement of a planned `event_type`: AGREE (promise) or THREATEN."""
    return "THREATEN" if conditional else words().intent_types[event_type]
