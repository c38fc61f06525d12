"""Typed records that flow between the pipeline stages.

Every stage takes and returns these frozen dataclasses; spaCy objects never leave
the NLP stages (`nlp`, `events`, `actors`, `dates`, `geo`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES = ("occurred", "planned", "hypothetical", "negated")
DATE_PRECISIONS = ("day", "month", "year", "publication", "unknown")


@dataclass(frozen=True, slots=True)
class Document:
    """One input text with its metadata.

    `origin` names where it came from (file and line/record) for error reports; `language`
    is the ISO 639-1 code found by language identification.
    """

    id: str
    text: str
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    origin: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of document text with character offsets into `Document.text`."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Party:
    """An actor or recipient: the text that names it and what it resolved to."""

    text: str
    start: int
    end: int
    name: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    why: str | None = None

    def named_by(self, text: str, start: int, end: int) -> Party:
        """The same party named by another phrase: `dataclasses.replace(self, text=text, start=start, end=end)`
        without its overhead (actor resolution places phrases tens of thousands of times per batch)."""
        return Party(text, start, end, self.name, self.code, self.country, self.sector, self.why)


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved location."""

    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    why: str | None = None


@dataclass(frozen=True, slots=True)
class EventDate:
    """An event's resolved date, how precise it is and the text it came from."""

    date: dt.date | None
    precision: str = "publication"
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the coder knew when it coded one event: the features its confidence is estimated from.

    Parties are described by `*_found`: "none" (no party), "sector" (a sector and no code), "named" (its
    own words name the code), "inferred" (the code came from elsewhere: a pronoun's antecedent, the
    sentence's or story's country), "changed" (its words name another code than the one given), or
    "authorities" (the government of the place of an agentless passive). Tiers are the argument tiers
    of the trigger that gave the party (-1: none). `type_p` and `proposed` come from `dyads.typeclf`.
    """

    event_type: str
    trigger_pos: str
    entry_pos: str
    light_verb: bool
    phrasal: bool
    actor_how: str
    actor_tier: int
    actor_found: str
    actor_sector: str
    actor_pronoun: bool
    recipient_tier: int
    recipient_found: str
    recipient_sector: str
    recipient_pronoun: bool
    same_country: bool
    status: str
    attributed: bool
    intent: bool
    conditional: bool
    cue: bool
    sentence_index: int
    rank: float
    date_precision: str
    contexts: int
    pairs: int
    # the event-type classifier's probability of this type at the trigger (-1: not scored), and whether the
    # classifier proposed the event (no lexicon entry fired in its sentence)
    type_p: float = -1.0
    proposed: bool = False
    # the classifier's probability that the trigger is no event at all (-1: not scored), and whether the event's
    # type is the classifier's most probable label there
    none_p: float = -1.0
    type_best: bool = False
    # the trigger stands inside quotation marks (direct speech); the event is dated more than a month before the
    # story's publication (background, history)
    quoted: bool = False
    background: bool = False
    # the sentence's length in words; the share of the story's counted events (occurred or planned) in which the
    # actor's / recipient's country takes part (as actor or recipient), and whether it is the story's most
    # frequent country: parties central to the story are more often right than ones met in passing
    sentence_words: int = 0
    actor_share: float = 0.0
    recipient_share: float = 0.0
    actor_top: bool = False
    recipient_top: bool = False
    # the lexicon entry that fired ("call +out/VERB": lemma, light-verb object, particle, part of speech): entries
    # differ in how often their events are right, which the confidence model learns for the frequent ones
    entry: str = ""
    # the actor's / recipient's country is only a guess from the story's setting (a role such as "the government"
    # with no country in its phrase, sentence or the document before it)
    # ("scene": the story is set there; "named": it is only the country the story names most; "": no guess)
    actor_guess: str = ""
    recipient_guess: str = ""
    # where the actor's words start, in characters from the trigger's start (negative: before it, as a subject
    # stands; 0 with no actor): an actor far from its trigger, or after an active trigger, is more often wrong
    actor_offset: int = 0
    # how many other triggers of the story's coded events stand in the event's sentence (filled in with the
    # story-level fields): a crowded sentence is harder to code right
    sentence_triggers: int = 0
    # where the parties' words stand in the trigger's parse (`dyads.party_syntax`, filled in on the document's final
    # events): their role towards the trigger ("subj", "obj", "prep_with", "other_sentence", "none", ...), the
    # dependency arcs between their head word and the trigger (-1: none or another sentence), and where the
    # recipient's words start in characters from the trigger's start (0 with no recipient)
    actor_role: str = ""
    actor_path: int = -1
    recipient_role: str = ""
    recipient_path: int = -1
    recipient_offset: int = 0
    # the story: its sentences, and in how many other sentences an event of the same two parties (either way round)
    # was coded (a pair the story comes back to is more often a real one)
    doc_sentences: int = 0
    dyad_elsewhere: int = 0
    # for a party whose code came from elsewhere ("inferred": a pronoun, "the government", the setting): how many
    # sentences back the document last named that code (-1: not inferred, or never named before its words)
    actor_named_back: int = -1
    recipient_named_back: int = -1


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event (a mention of it in one sentence of one document)."""

    doc_id: str
    event_id: str
    sentence_index: int
    sentence: str
    event_type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str
    goldstein: float
    quad_class: int
    trigger: Span
    actor: Party | None
    recipient: Party | None
    status: str = "occurred"
    date: dt.date | None = None
    date_precision: str = "publication"
    date_text: str | None = None
    location: Place | None = None
    attribution: Span | None = None
    confidence: float = 0.5
    why: str = ""
    # the features `confidence` was estimated from; kept in memory only (not stored, not in to_dict)
    evidence: Evidence | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """Return the event as plain JSON-ready data (dates as ISO strings)."""
        out = asdict(self)
        del out["evidence"]
        out["context"] = list(self.context)
        out["date"] = self.date.isoformat() if self.date else None
        return out


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """A document or input that could not be coded, and why."""

    origin: str
    code: str
    message: str
    doc_id: str | None = None
    # SHA-256 of the document's text when the document was read but its coding failed (E009): a restarted
    # ingest skips that content instead of failing on it again
    content_hash: str | None = None


@dataclass(frozen=True, slots=True)
class Result:
    """What the pipeline returns for one document."""

    document: Document
    events: tuple[Event, ...] = ()
    error: ErrorRecord | None = None
    n_sentences: int = 0
    extra: dict[str, Any] = field(default_factory=dict)
