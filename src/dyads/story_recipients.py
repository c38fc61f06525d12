"""Recipients from the story: the party an event with none named is aimed at, learnt from the gold.

A clause often leaves its recipient to the story: "Moscow has made similar threats" (to the party the story
pits Moscow against), "launched its offensive on Afrin" (the town's country), "vowed to exterminate them". When
no rule found a recipient (none, or only the domestic default of `pairing`: "no recipient named: ... the actor's
own government"), each political party the document has named up to and including the event's sentence (the
resolver's mentions: countries, IGOs, NGOs, armed groups), and the country of the event's place, is a candidate.
A logistic regression, fitted on the tune gold by `scripts/train_recipients.py`, scores each candidate from how
the story has used it: sentences since it was last named, how often and where it was named, whether it was the
actor or recipient of earlier coded events and the counterpart of this actor's country in them, whether it is of
the actor's country, the event's place or the story's setting, and the event type by the candidate's kind. The
best candidate becomes the recipient when its probability reaches the model's threshold (chosen for precision by
cross-validation grouped by document). Weights ship in `data/models/story_recipients.json` (model card beside it);
predicting is a dot product and a sigmoid.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from dyads import actors, confidence
from dyads.actors.vocab import GROUP_WORDS
from dyads.anaphors import REACTION_TYPES
from dyads.modelslot import ModelSlot, shipped_model
from dyads.records import Event, Party

MODEL_FILE = "story_recipients.json"  # in dyads/data/models/, with its card story_recipients.md
# How pairing says a recipient is only the actor's own state by default, and how place_recipient says it is the
# people of the event's place (kept: a place is the event's own).
DOMESTIC_WHY = "no recipient named"
PLACE_WHY = "no recipient named: the people of the place"
WHY = "recipient from the story"
FOUND = "story"  # how the evidence says the recipient was found (a confidence feature)
MIN_SENTENCES = 2  # a document of fewer sentences is no story: nothing is filled
FAR = 10  # sentences since the last mention count as at most this many
PREFIX_KINDS = (("IGO", "igo"), ("NGO", "ngo"), ("IMG", "militant"))
REBEL_SECTORS = frozenset(("REB", "INS", "IMG", "UAF"))
# types whose recipient is not required by the coding guide when forces are sent somewhere ("MOBILIZE ... normally
# needs no recipient"; a deployment into a country: host or null): the country of the event's own place is never
# filled in as its recipient, a guess the guide does not ask for and a wrong party whenever the forces are at home
DEPLOYMENT_TYPES = frozenset(("MOBILIZE",))


@dataclass(frozen=True, slots=True)
class Model:
    """Weights of the candidate ranker and the probability a candidate needs to be filled in."""

    weights: Mapping[str, float]
    bias: float
    threshold: float = 1.01

    def predict(self, features: Mapping[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    def choose(self, event: Event, candidates: Sequence["Candidate"]) -> tuple["Candidate", float] | None:
        """The best candidate and its probability, when it reaches the threshold."""
        if not candidates:
            return None
        best = max(((c, self.predict(c.features)) for c in candidates), key=lambda cp: cp[1])
        return best if best[1] >= self.threshold else None

    @classmethod
    def from_json(cls, data: Mapping) -> "Model":
        return cls(dict(data["weights"]), float(data["bias"]), float(data["threshold"]))


class Recorder:
    """In place of the model: fills nothing and keeps every open event with its candidates (training uses it)."""

    def __init__(self) -> None:
        self.seen: list[tuple[Event, list[Candidate]]] = []

    def choose(self, event: Event, candidates: Sequence["Candidate"]) -> None:
        self.seen.append((event, list(candidates)))
        return None


@functools.cache
def _shipped() -> Model:
    return shipped_model(MODEL_FILE, Model.from_json)


_slot: ModelSlot[Model | Recorder] = ModelSlot(lambda: _shipped())


def model() -> Model | Recorder:
    return _slot.current()


def using(other: Model | Recorder) -> contextlib.AbstractContextManager[Model | Recorder]:
    """Code with another model inside a `with` block (training records candidates with a `Recorder`)."""
    return _slot.using(other)


# --- the story ----------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Candidate:
    """A party of the story that may be an event's recipient, with its features and what they say."""

    party: Party
    features: dict[str, float]
    reason: str


@dataclass(slots=True)
class _Named:
    """What the document says of one party code: the sentences it is named in and its latest mention."""

    sentences: list[int] = field(default_factory=list)
    subject: set[int] = field(default_factory=set)
    latest: list[Party] = field(default_factory=list)  # party of each mention, in order


def _story(resolver: actors.DocumentResolver) -> dict[str, _Named]:
    """The parties the document names, by code, read once per document."""
    named: dict[str, _Named] = defaultdict(_Named)
    for m in sorted(resolver.mentions, key=lambda m: m.start):
        party = m.res.party
        if not party.code or m.res.kind == "media":
            continue
        entry = named[party.code]
        entry.sentences.append(m.sentence)
        entry.latest.append(party)
        if m.subject:
            entry.subject.add(m.sentence)
    return named


def open_kind(event: Event) -> str | None:
    """How an event's recipient is open to the story: "none", "uncoded" (a phrase naming no coded party),
    "domestic" (the actor's own state by default), else None (a recipient was found: left alone)."""
    if event.actor is None or not event.actor.code:
        return None
    if event.recipient is None:
        return "none"
    if event.recipient.code is None:  # a phrase that names no coded party ("them", "the protesters")
        return "uncoded"
    why = event.recipient.why or ""
    if why.startswith(DOMESTIC_WHY) and not why.startswith(PLACE_WHY):
        return "domestic"
    return None


def kind_of(party: Party) -> str:
    code = party.code or ""
    for prefix, kind in PREFIX_KINDS:
        if code.startswith(prefix):
            return kind
    if party.sector in REBEL_SECTORS:
        return "rebel"
    return "state" if len(code) == 3 else "other"


def _counterparts(event: Event, earlier: Sequence[Event]) -> tuple[Counter, Counter, Counter]:
    """Over earlier events: codes that were recipients, actors, and counterparts of the actor's country."""
    mine = {event.actor.code, event.actor.country} - {None}
    as_recipient, as_actor, counterpart = Counter(), Counter(), Counter()
    for other in earlier:
        a = {other.actor.code, other.actor.country} - {None} if other.actor else set()
        r = {other.recipient.code, other.recipient.country} - {None} if other.recipient else set()
        as_recipient.update(r)
        as_actor.update(a)
        if a & mine:
            counterpart.update(r - mine)
        if r & mine:
            counterpart.update(a - mine)
    return as_recipient, as_actor, counterpart


def candidates(event: Event, named: Mapping[str, _Named], earlier: Sequence[Event],
               setting: str | None = None) -> list[Candidate]:
    """The parties of the story up to the event's sentence (and the event's place country), with features."""
    kind_open = open_kind(event)
    s = event.sentence_index
    exclude = {event.actor.code}
    if kind_open == "domestic":
        exclude.add(event.recipient.code)
    as_recipient, as_actor, counterpart = _counterparts(event, earlier)
    place = event.location.country if event.location is not None and event.location.country else None
    found: dict[str, tuple[Party, list[int], set[int]]] = {}
    for code, entry in named.items():
        if code in exclude:
            continue
        upto = [k for k, sent in enumerate(entry.sentences) if sent <= s]
        if upto:
            found[code] = (entry.latest[upto[-1]], [entry.sentences[k] for k in upto],
                           {x for x in entry.subject if x <= s})
    if place and place not in exclude and place not in found:
        found[place] = (Party(event.location.name or place, event.trigger.start, event.trigger.start,
                              actors.country_name(place), place, place, None, f"the event's place ({place})"), [], set())
    if not found:
        return []
    top_counter = max((counterpart[c] for c in found), default=0)
    latest = max((max(v[1]) for v in found.values() if v[1]), default=-1)
    most = max((len(v[1]) for v in found.values()), default=0)
    out = []
    type_ = event.event_type
    for code, (party, sents, subj) in found.items():
        kind = kind_of(party)
        last = max(sents) if sents else None
        gap = min(s - last, FAR) if last is not None else FAR
        f: dict[str, float] = {
            f"open={kind_open}": 1.0, f"kind={kind}": 1.0, f"type={type_}&kind={kind}": 1.0,
            "recency": 1.0 / (1.0 + gap), "mentions": math.log1p(len(sents)),
            "was_recipient": math.log1p(as_recipient[code]), "was_actor": math.log1p(as_actor[code]),
            "counterpart": math.log1p(counterpart[code]),
            "candidates": math.log1p(len(found)),
        }
        flags = {"same_sentence": last == s, "previous_sentence": last == s - 1, "in_lead": 0 in sents,
                 "subject": bool(subj), "same_country": party.country is not None
                 and party.country == event.actor.country, "place": code == place, "setting": code == setting,
                 "top_counterpart": top_counter > 0 and counterpart[code] == top_counter,
                 "latest": last is not None and last == latest, "most_mentioned": len(sents) == most,
                 "only": len(found) == 1, "not_named": not sents}
        f.update({k: 1.0 for k, on in flags.items() if on})
        said = []
        if counterpart[code]:
            said.append(f"counterpart of {event.actor.country or event.actor.code} in {counterpart[code]} "
                        f"earlier event{'s' if counterpart[code] > 1 else ''}")
        if sents:
            said.append(f"named {len(sents)} time{'s' if len(sents) > 1 else ''}, last "
                        + ("in this sentence" if gap == 0 else f"{gap} sentence{'s' if gap > 1 else ''} before"))
        if code == place:
            said.append("the event's place")
        out.append(Candidate(party, f, ", ".join(said)))
    return out


def resolve(found: list[Event], resolver: actors.DocumentResolver) -> list[Event]:
    """The events whose recipient is open (see `open_kind`) with the story's most likely party filled in, when the
    model is confident enough; the others unchanged."""
    # a single sentence has no story beyond the clause the rules have read (dev gold, CAMEO-style sentences)
    if not any(open_kind(e) for e in found) or len(resolver.sents) < MIN_SENTENCES:
        return found
    ranker = model()
    named = _story(resolver)
    order = sorted(found, key=lambda e: (e.sentence_index, e.trigger.start))
    out = []
    for event in found:
        if open_kind(event) is None or _counted_group(event) or _own_act(event) or _addressed_person(event):
            out.append(event)
            continue
        earlier = [o for o in order if o is not event and (o.sentence_index, o.trigger.start)
                   < (event.sentence_index, event.trigger.start) and o.status in ("occurred", "planned")]
        chosen = ranker.choose(event, candidates(event, named, earlier, resolver.setting))
        if chosen is None:
            out.append(event)
            continue
        cand, p = chosen
        if event.event_type in DEPLOYMENT_TYPES and cand.features.get("place"):
            out.append(event)  # troops sent somewhere are the actor's own: where they go is no target guessed
            continue
        why = f"{WHY}: {cand.party.code}, {cand.reason}, p={p:.2f}"
        party = replace(cand.party, why=f"{why}; {cand.party.why}" if cand.party.why else why)
        out.append(with_inferred_recipient(event, party, why))
    return out


# plural heads of a counted group of parties ("the three countries", "both sides")
GROUP_NOUNS = frozenset(("countries", "nations", "states", "governments", "capitals", "sides"))


# how many modifiers may stand between the count and the group noun ("the two *largest Muslim-majority* countries")
GROUP_MODIFIERS = 3


def _counted_group(event: Event) -> bool:
    """The clause aims the act at a counted group the rules could not resolve ("recalled its envoys from the three
    countries", "both countries", "aid for the two largest Muslim-majority countries"): no one party of the story can
    be that recipient."""
    parts = split_at_trigger(event)
    after = (parts[1] if parts else event.sentence).lower().split()
    return any(w in GROUP_WORDS and _group_noun_follows(after[i + 1:i + 2 + GROUP_MODIFIERS])
               for i, w in enumerate(after))


def _group_noun_follows(words: Sequence[str]) -> bool:
    """True when a group noun closes the words after a count before any punctuation ends the phrase."""
    for word in words:
        if word.strip(".,;:") in GROUP_NOUNS:
            return True
        if word[-1:] in ".,;:":
            return False
    return False


# possessive pronouns that make the trigger's object the actor's own ("defended its decision")
OWN_POSSESSIVES = frozenset(("its", "his", "her", "their", "our", "my"))


def _own_act(event: Event) -> bool:
    """A stance whose object is the actor's own act or thing ("Israel defended *its* decision to bomb the tunnels"):
    a stance toward one's own act aims at no other party of the story (the reaction rule of `anaphors` leaves such
    events without a recipient on purpose)."""
    if event.event_type not in REACTION_TYPES:  # "recalled its ambassador" still aims at a party
        return False
    return _next_word(event) in OWN_POSSESSIVES


# object pronouns of one person: the clause names whom the act addresses ("urging *him* to", "told *her*")
PERSON_OBJECTS = frozenset(("him", "her"))


def _addressed_person(event: Event) -> bool:
    """The trigger's object is a pronoun of one person ("wrote to the president urging *him* to act"): the clause
    names its addressee, whom the rules resolved to no other party (often the actor's own side); the story's
    ranker must not aim the act at some other party named earlier."""
    return _next_word(event) in PERSON_OBJECTS


def split_at_trigger(event: Event) -> tuple[str, str] | None:
    """The event's sentence before and after its trigger's text (its first occurrence), None when not found."""
    at = event.sentence.find(event.trigger.text)
    return None if at < 0 else (event.sentence[:at], event.sentence[at + len(event.trigger.text):])


def _next_word(event: Event) -> str:
    """The word right after the trigger, lower-cased and without trailing punctuation ("" when none)."""
    parts = split_at_trigger(event)
    words = parts[1].lower().split()[:1] if parts else []
    return words[0].strip(".,;:") if words else ""


def with_inferred_recipient(event: Event, party: Party, why: str, *, found: str = FOUND, tag: str = "story") -> Event:
    """The event with a recipient no clause named (from the story's ranker, or `home_recipient`'s own country). Its
    evidence says so in its own words (`found`, the farthest tier), so the confidence model does not take it for a
    recipient the clause named; `tag` keeps its id apart from the event's with the clause's recipient."""
    known = event.evidence
    if known is not None:
        known = replace(known, recipient_tier=confidence.MAX_TIER, recipient_found=found,
                        recipient_sector=party.sector or "", recipient_pronoun=False,
                        same_country=bool(party.country) and party.country == event.actor.country)
    return replace(event, recipient=party, why=f"{event.why}; recipient: {why}", evidence=known,
                   confidence=confidence.score(known) if known is not None else event.confidence,
                   event_id=hashlib.sha1(f"{event.event_id}|{party.code}|{tag}".encode()).hexdigest()[:16])
