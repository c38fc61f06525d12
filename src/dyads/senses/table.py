"""The sense table: the sense rules of `data/senses/rules.csv`, the word classes of `data/senses/word_classes.csv`
they test with, and `in_class`, whether a token is a word of a class."""
from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Token

from dyads import cameo, lexicon
from dyads.parse_view import view
from dyads.records import EVENT_TYPES

TESTS = ("modifier", "actor", "prep", "subject_of", "plural", "clause", "complement", "complement_object", "object", "object_not", "object_modifier",
         "particle_time", "particle_object", "particle_bare", "question", "own_future", "own_future_pending", "modal_clause", "negated_clause",
         "object_clause", "clause_object", "clause_passive", "governed", "governed_by", "that_clause", "judged", "verdict", "attributive",
         "unopposed", "kept_open", "continued", "other_clause", "kind_of", "standing", "manner", "conditioned",
         "named_by", "answered", "answer_object", "addressed_prep", "addressed_clause", "penalty_pending", "reported_conduct", "particle", "participle", "purpose", "always")
# Special members of a word class: a named party, a place, a person (by the parser's entity type); a state's or an
# armed group's name or adjective (by the actor tables: `tables.armed_party_keys`).
NAMED, PLACE, PERSON, ARMED_PARTY = "@named", "@place", "@person", "@armed_party"
NAMED_ENTS = ("GPE", "NORP", "ORG", "LOC", "FAC", "PERSON")
PLACE_ENTS = ("GPE", "LOC", "FAC")
# Tests that hold of (nearly) every use of a word: a key's catch-all rules, tried after its specific rules.
CATCH_ALL_TESTS = ("always", "particle_bare")


@dataclass(frozen=True, slots=True)
class Rule:
    """One sense rule: when `test` holds for an entry of (lemma, pos, event_type), it codes `to_type`."""

    lemma: str
    pos: str
    event_type: str
    test: str
    words: tuple[str, ...]
    word_class: str
    to_type: str
    mode: str
    cameo: str
    note: str
    source: str


def _read(name: str) -> list[dict[str, str]]:
    text = resources.files("dyads.data").joinpath("senses", name).read_text("utf-8")
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]


@functools.cache
def word_classes() -> dict[str, frozenset[str]]:
    """Word classes (`data/senses/word_classes.csv`): class name -> lower-case words and phrases; a later row of a
    class adds words to it (rows are appended, never rewritten)."""
    out: dict[str, frozenset[str]] = {}
    for row in _read("word_classes.csv"):
        words = frozenset(w.strip().lower() for w in row["words"].split("|") if w.strip())
        out[row["class"]] = out.get(row["class"], frozenset()) | words
    return out


@functools.cache
def rules() -> dict[tuple[str, str, str], tuple[Rule, ...]]:
    """Sense rules (`data/senses/rules.csv`) by (lemma, pos, event type), in file order, except that catch-all
    rules (CATCH_ALL_TESTS) go after the specific rules of their key: a rule appended for one use of a word ("spoke
    *highly of* X") wins over an earlier catch-all of the same key ("speaking out about anything else"); validated."""
    out: dict[tuple[str, str, str], list[Rule]] = {}
    classes = word_classes()
    for line, row in enumerate(_read("rules.csv"), start=2):
        rule = Rule(row["lemma"].lower(), row["pos"].upper(), row["event_type"], row["test"],
                    tuple(w for w in row["words"].lower().split("|") if w), row["class"], row["to_type"],
                    row["mode"], row["cameo"], row["note"], f"senses/rules.csv:{line}")
        if rule.test not in TESTS:
            raise ValueError(f"{rule.source}: unknown test {rule.test!r}")
        if rule.word_class and rule.word_class not in classes:
            raise ValueError(f"{rule.source}: unknown word class {rule.word_class!r}")
        if rule.to_type not in (*EVENT_TYPES, lexicon.NOT_AN_EVENT):
            raise ValueError(f"{rule.source}: unknown event type {rule.to_type!r}")
        if rule.to_type != lexicon.NOT_AN_EVENT:
            cameo.lookup(rule.cameo)
        if rule.mode and rule.mode not in lexicon.modes().get(rule.to_type, ()):
            raise ValueError(f"{rule.source}: {rule.mode!r} is not a PLOVER mode of {rule.to_type}")
        out.setdefault((rule.lemma, rule.pos, rule.event_type), []).append(rule)
    return {k: tuple(sorted(v, key=lambda r: r.test in CATCH_ALL_TESTS)) for k, v in out.items()}


def in_class(token: Token, name: str) -> bool:
    """True when the token (its lemma or form, or with its compound modifier) is a word of class `name`."""
    words = word_classes()[name]
    parse, i = view(token.doc), token.i
    lower = parse.lower
    if parse.lemma[i].lower() in words or lower[i] in words:
        return True
    if NAMED in words and (parse.ent_type[i] in NAMED_ENTS or parse.pos[i] == "PROPN"):
        return True
    if PLACE in words and parse.ent_type[i] in PLACE_ENTS:
        return True
    if PERSON in words and parse.ent_type[i] == "PERSON":
        return True
    if ARMED_PARTY in words and _armed_party(token):
        return True
    # the compound modifier just before it ("*peace* talks"): a child of the token's at i - 1 (a token's children
    # never include itself, so the word before it is one exactly when its head is the token)
    if i > 0 and parse.head[i - 1] == i and parse.dep[i - 1] == "compound" and f"{lower[i - 1]} {lower[i]}" in words:
        return True
    # "build-up", "asylum-seekers": a hyphenated word the parser split into a compound, a hyphen and a head
    return i >= 2 and parse.text[i - 1] == "-" and parse.head[i - 2] == i and f"{lower[i - 2]}-{lower[i]}" in words



def _armed_party(token: Token) -> bool:
    """True for a capitalized word that is, alone or with the compound words before it, the name or adjective of a
    state or an armed group ("*Israeli*", "*US*", "United *States*", "*Hamas*"); "us" the pronoun is no state."""
    from dyads.actors.tables import armed_party_keys  # the actor tables import this package's word classes

    if not token.text[:1].isupper():
        return False
    keys = armed_party_keys()
    words = [token]
    while words[0].i > 0 and words[0].nbor(-1).dep_ == "compound" and words[0].nbor(-1).head.i == token.i:
        words.insert(0, words[0].nbor(-1))
    return any(" ".join(w.text for w in words[k:]).lower() in keys for k in range(len(words)))
