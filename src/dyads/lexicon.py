"""Trigger lexicon: lemma (+ object / particle) -> PLOVER event type, mode and CAMEO code.

The built-in tables are the CSV files of `data/lexicon/` (verbs, nouns, adjectives, light verbs,
phrasal verbs, uses that are no event); users add their own CSV files with the same columns
(`--lexicon PATH`). Later files override earlier entries with the same key.

Inflection is the parser's: entries are lemmas, so "donate" matches "donates", "donated", "donating".
Derivation is data: `data/derivations.csv` pairs a verb with its event nominalisations
("donate,donation"), and every plain verb entry (no object, no particle) of such a verb yields a noun
entry with the verb's type, mode and CAMEO code. A noun row written in a lexicon file (built-in or the
user's) overrides the derived one.
"""
from __future__ import annotations

import csv
import functools
import io
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from dyads import cameo
from dyads.records import EVENT_TYPES

COLUMNS = ("lemma", "pos", "object", "particle", "event_type", "mode", "cameo", "note")
POS = ("VERB", "NOUN", "ADJ", "MODAL")
# Event type of entries that mark a use of a trigger word as no event ("released a *statement*").
NOT_AN_EVENT = "NONE"


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry; `source` names the file and line it came from."""

    lemma: str
    pos: str
    object: str
    particle: str
    event_type: str
    mode: str
    cameo: str
    note: str
    source: str

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.lemma, self.pos, self.object, self.particle)

    def describe(self) -> str:
        """Short human-readable name of the entry for `why` strings."""
        words = [self.lemma, f"+{self.object}" if self.object else "", f"+{self.particle}" if self.particle else ""]
        return f"{' '.join(w for w in words if w)}/{self.pos} ({self.source})"


class Lexicon:
    """Index of entries by (lemma, pos)."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        by_key: dict[tuple[str, str, str, str], Entry] = {}
        for entry in entries:
            by_key[entry.key] = entry
        self.entries = tuple(by_key.values())
        self._index: dict[tuple[str, str], list[Entry]] = {}
        for entry in self.entries:
            self._index.setdefault((entry.lemma, entry.pos), []).append(entry)
        for found in self._index.values():
            found.sort(key=lambda e: (not e.object, not e.particle))  # most specific first (a stable sort)
        self.object_lemmas = frozenset(e.object for e in self.entries if e.object)
        # every word an entry is written for, and the last part of hyphened ones ("cease-fire": "fire")
        self.lemmas = frozenset(e.lemma for e in self.entries) | frozenset(
            e.lemma.rsplit("-", 1)[-1] for e in self.entries if "-" in e.lemma)
        # string hash -> whether the string, lower-cased, is one of `lemmas` (filled by events.triggers.possible)
        self.word_cache: dict[int, bool] = {}

    def candidates(self, lemma: str, pos: str) -> list[Entry]:
        """Entries for a lemma and coarse part of speech; most specific first."""
        return list(self._index.get((lemma.lower(), pos), ()))

    def __len__(self) -> int:
        return len(self.entries)


def parse_rows(text: str, source: str) -> list[Entry]:
    """Parse and validate lexicon CSV text; raise ValueError naming the bad line."""
    reader = csv.DictReader(io.StringIO(text))
    missing = set(COLUMNS) - set(reader.fieldnames or ())
    if missing:
        raise ValueError(f"{source}: missing columns {sorted(missing)}")
    entries = []
    for line, row in enumerate(reader, start=2):
        entry = Entry(**{c: (row.get(c) or "").strip() for c in COLUMNS}, source=f"{source}:{line}")
        entry = Entry(**{**_as_dict(entry), "lemma": entry.lemma.lower(), "pos": entry.pos.upper()})
        if entry.event_type not in (*EVENT_TYPES, NOT_AN_EVENT):
            raise ValueError(f"{entry.source}: unknown event type {entry.event_type!r}")
        if entry.pos not in POS:
            raise ValueError(f"{entry.source}: pos must be one of {POS}")
        if entry.event_type != NOT_AN_EVENT:
            cameo.lookup(entry.cameo)  # raises on unknown codes
        if entry.mode and entry.mode not in modes().get(entry.event_type, ()):
            raise ValueError(f"{entry.source}: {entry.mode!r} is not a PLOVER mode of {entry.event_type}")
        entries.append(entry)
    return entries


def _as_dict(entry: Entry) -> dict[str, str]:
    return {name: getattr(entry, name) for name in (*COLUMNS, "source")}


@functools.cache
def modes() -> dict[str, tuple[str, ...]]:
    """PLOVER 2021 modes of each event type (`data/plover_modes.csv`)."""
    text = resources.files("dyads.data").joinpath("plover_modes.csv").read_text("utf-8")
    out: dict[str, list[str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        out.setdefault(row["event_type"].strip(), []).append(row["mode"].strip())
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def context_words() -> dict[str, str]:
    """Words (lemmas) that signal a PLOVER context, from `data/contexts.csv`."""
    text = resources.files("dyads.data").joinpath("contexts.csv").read_text("utf-8")
    return {row["word"].strip().lower(): row["context"].strip() for row in csv.DictReader(io.StringIO(text))}


@functools.cache
def builtin_entries() -> tuple[Entry, ...]:
    """Entries of the shipped lexicon files (every CSV under `data/lexicon/`)."""
    folder = resources.files("dyads.data").joinpath("lexicon")
    out: list[Entry] = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".csv"):
            out.extend(parse_rows(item.read_text("utf-8"), f"lexicon/{item.name}"))
    return tuple(out)


@functools.cache
def derivations() -> dict[str, tuple[tuple[str, str], ...]]:
    """Verb lemma -> its event nominalisations, each with the line it came from (`data/derivations.csv`)."""
    text = resources.files("dyads.data").joinpath("derivations.csv").read_text("utf-8")
    out: dict[str, list[tuple[str, str]]] = {}
    for line, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        verb, noun = (row.get("verb") or "").strip().lower(), (row.get("noun") or "").strip().lower()
        if not verb or not noun:
            raise ValueError(f"derivations.csv:{line}: a row needs a verb and a noun")
        out.setdefault(verb, []).append((noun, f"derivations.csv:{line}"))
    return {k: tuple(v) for k, v in out.items()}


def derive_nouns(entries: Iterable[Entry]) -> list[Entry]:
    """Noun entries derived from the plain verb entries of `entries` by `derivations()`."""
    table = derivations()
    verbs: dict[str, Entry] = {}
    for entry in entries:  # the last plain entry of a verb is the one in force
        if entry.pos == "VERB" and not entry.object and not entry.particle:
            verbs[entry.lemma] = entry
    out = []
    for verb, entry in verbs.items():
        if entry.event_type == NOT_AN_EVENT:
            continue
        for noun, where in table.get(verb, ()):
            out.append(Entry(noun, "NOUN", "", "", entry.event_type, entry.mode, entry.cameo,
                             f"{entry.note} (noun of '{verb}')", f"{where} from {entry.source}"))
    return out


@functools.cache
def load(paths: tuple[str, ...] = (), verbs: tuple[str, ...] = ()) -> Lexicon:
    """Return the built-in lexicon extended by user CSV files at `paths`, with nouns derived from verbs
    (written entries take precedence over derived ones), and PETRARCH/TABARI verb dictionaries at `verbs`
    (merged under `verbdict`'s precedence: our entries win)."""
    entries = list(builtin_entries())
    for path in paths:
        entries.extend(parse_rows(Path(path).read_text("utf-8"), str(path)))
    entries = [*derive_nouns(entries), *entries]
    if verbs:
        from dyads import verbdict  # imports this module

        imported, _ = verbdict.load(tuple(verbs))
        kept, _ = verbdict.merge(entries, imported)
        entries = kept + entries  # a later entry with the same key wins: ours
    return Lexicon(entries)


def act_noun(*forms: str) -> bool:
    """True when one of a word's forms (its lemma, its lower-case form) is a noun of the built-in trigger lexicon:
    the word names an act or a meeting ("talks", "bombardments"), whatever the tagger made of it."""
    table = load()
    return any(table.candidates(form, "NOUN") for form in forms)


def act_verb(lemma: str) -> bool:
    """True when a verb alone (no object or particle named by the entry) is a trigger of the built-in lexicon with
    an event type ("mass", "attack"; not "say", whose entry is no event, nor "use", an act only with "force"): the
    verb names an act of its own."""
    return any(e.event_type != NOT_AN_EVENT and not e.object and not e.particle
               for e in load().candidates(lemma, "VERB"))


def for_settings(settings) -> Lexicon:
    """The lexicon `settings` ask for (extra CSV files and verb dictionaries)."""
    return load(tuple(settings.lexicon_paths), tuple(settings.verb_dictionaries))
