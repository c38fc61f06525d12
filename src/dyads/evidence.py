"""Evidence: what the coder knew when it coded one event, gathered from the candidate and its parties.

The confidence model (`dyads.confidence`) estimates from this record whether the event is right, so every
field is structured data of the coding stages (which rule gave the actor, whether a party's code is named in
its own words or came from elsewhere, ...), never parsed from `why`.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span

from dyads import actors, events, nlp, typeclf
from dyads.actors.vocab import PRONOUNS
from dyads.events.quoted import CLOSING, OPENING, STRAIGHT
from dyads.records import Event, Evidence, Party


def of(cand: events.Candidate, actor: Party | None, recipient: Party | None, *, recipient_tier: int,
       date_precision: str, pairs: int, resolver: actors.DocumentResolver,
       reading: typeclf.Reading = typeclf.Reading(), proposed: bool = False, background: bool = False) -> Evidence:
    """What the coder knew of one event built from candidate `cand` with these parties."""
    entry, trigger = cand.entry, cand.trigger
    actor_tier = _tier(cand.actors, actor)
    actor_found = _found(actor, cand, resolver, authorities=actor is not None and actor_tier < 0
                         and cand.venue is not None)
    recipient_found = _found(recipient, cand, resolver)
    same = actor is not None and recipient is not None and actor.country is not None \
        and actor.country == recipient.country
    return Evidence(
        event_type=entry.event_type, trigger_pos=trigger.pos_, entry_pos=entry.pos, light_verb=bool(entry.object),
        phrasal=bool(entry.particle), actor_how=cand.actor_how or "none", actor_tier=actor_tier,
        actor_found=actor_found,
        actor_sector=actor.sector or "" if actor else "", actor_pronoun=_pronoun(actor),
        recipient_tier=recipient_tier if recipient is not None else -1,
        recipient_found=recipient_found, recipient_sector=recipient.sector or "" if recipient else "",
        recipient_pronoun=_pronoun(recipient), same_country=same, status=cand.status,
        attributed=cand.attribution is not None, intent=False, conditional=cand.conditional, cue=cand.cue is not None,
        sentence_index=cand.sentence_index, rank=round(cand.rank, 4), date_precision=date_precision,
        contexts=len(cand.contexts), pairs=pairs, type_p=round(reading.type_p, 4), proposed=proposed,
        none_p=round(reading.none_p, 4), type_best=reading.best,
        quoted=quoted(nlp.span_text(cand.sentence), cand.trigger.idx - cand.sentence.start_char), background=background,
        sentence_words=_words_in(cand.sentence), entry=entry_key(entry),
        actor_guess=resolver.setting_guess(actor), recipient_guess=resolver.setting_guess(recipient),
        actor_offset=actor.start - trigger.idx if actor is not None else 0,
        actor_named_back=resolver.named_back(actor, cand.sentence) if actor_found == "inferred" else -1,
        recipient_named_back=resolver.named_back(recipient, cand.sentence) if recipient_found == "inferred" else -1)


def _words_in(sentence: Span) -> int:
    """How many of a sentence's tokens are words (no punctuation, no space), counted once per sentence (its events
    ask it again and again)."""
    counted, key = nlp.memo(sentence.doc, "evidence.words"), (sentence.start, sentence.end)
    if key not in counted:
        counted[key] = sum(not t.is_punct and not t.is_space for t in sentence)
    return counted[key]


def entry_key(entry) -> str:
    """The lexicon entry's name as the confidence model knows it: lemma, +object, +particle, /part of speech."""
    words = [entry.lemma, f"+{entry.object}" if entry.object else "", f"+{entry.particle}" if entry.particle else ""]
    return f"{' '.join(w for w in words if w)}/{entry.pos}"


# statuses of the events that make up a story's cast of parties (as the real-news scorer counts them)
STORY_STATUSES = ("occurred", "planned")


def in_story(coded: Sequence[Event]) -> list[Event]:
    """The events of one document with the story-level fields of their evidence filled in: the share of the
    story's occurred or planned events in which the actor's / recipient's country takes part, and whether it is
    the story's most frequent country (ties: all of them), and in how many other sentences an event of the same two
    parties (either way round) was coded. Events without evidence are returned
    unchanged."""
    return [event if found is None else replace(event, evidence=replace(event.evidence, **found))
            for event, found in zip(coded, story_fields(coded))]


def story_fields(coded: Sequence[Event]) -> list[dict | None]:
    """Per event, the story-level fields of its evidence (`in_story`) by name; None for an event without evidence.
    The caller may set them together with others, in one copy of the evidence."""
    counted = [e for e in coded if e.status in STORY_STATUSES]
    seen: Counter[str] = Counter()
    for event in counted:
        seen.update({p.country for p in (event.actor, event.recipient) if p is not None and p.country})
    n, most = max(len(counted), 1), max(seen.values(), default=0)
    triggers: dict[int, set[int]] = {}
    pair_sentences: dict[frozenset, set[int]] = {}
    for event in coded:
        triggers.setdefault(event.sentence_index, set()).add(event.trigger.start)
        if (pair := _pair(event)) is not None:
            pair_sentences.setdefault(pair, set()).add(event.sentence_index)

    def share(party: Party | None) -> tuple[float, bool]:
        if party is None or not party.country:
            return 0.0, False
        return round(seen[party.country] / n, 4), seen[party.country] == most > 0

    out: list[dict | None] = []
    for event in coded:
        if event.evidence is None:
            out.append(None)
            continue
        (a_share, a_top), (r_share, r_top) = share(event.actor), share(event.recipient)
        out.append(dict(actor_share=a_share, actor_top=a_top, recipient_share=r_share, recipient_top=r_top,
                        sentence_triggers=len(triggers[event.sentence_index]) - 1,
                        dyad_elsewhere=len(pair_sentences.get(_pair(event), set()) - {event.sentence_index})))
    return out


def _pair(event: Event) -> frozenset | None:
    """The event's two parties' codes, either way round (None without both)."""
    if event.actor is None or event.recipient is None or not event.actor.code or not event.recipient.code:
        return None
    return frozenset((event.actor.code, event.recipient.code))




def quoted(sentence: str, at: int) -> bool:
    """True when the character offset `at` of a sentence lies inside a quotation: more curly quotes opened than
    closed before it, or an odd number of straight double quotes. A quotation opened in an earlier sentence and
    whose opening mark stands in an earlier sentence (a closing mark follows the offset before any opening one)
    also counts."""
    before, after = sentence[:at], sentence[at:]
    opened = before.count(OPENING) - before.count(CLOSING)
    if opened > 0 or before.count(STRAIGHT) % 2 == 1:
        return True
    close, reopen = after.find(CLOSING), after.find(OPENING)
    return opened == 0 and close >= 0 and (reopen < 0 or close < reopen)


def _tier(tiers: list[list], party: Party | None) -> int:
    """The argument tier whose phrases hold the party's start (-1: none: a venue, a partner, ...)."""
    if party is None:
        return -1
    for n, tier in enumerate(tiers):
        if any(span.start_char <= party.start < span.end_char for span in tier):
            return n
    return -1


def _pronoun(party: Party | None) -> bool:
    return party is not None and party.text.strip().lower() in PRONOUNS


def _found(party: Party | None, cand: events.Candidate, resolver: actors.DocumentResolver, *,
           authorities: bool = False) -> str:
    """How a party's code was found (see `records.Evidence`): from its own words or from elsewhere."""
    if party is None:
        return "none"
    if party.code is None:
        return "sector"
    if authorities:
        return "authorities"
    span = nlp.char_span(cand.sentence.doc, party.start, party.end)
    if span is None:
        return "inferred"
    own = actors.resolve_words(nlp.span_text(span), actors.words_of_span(span), span.start_char, span.end_char,
                               when=resolver.when, idx=resolver.idx)
    code = own.party.code if own is not None else None
    if code is None:
        return "inferred"
    return "named" if code == party.code else "changed"


def named_in_own_words(party: Party, cand: events.Candidate, resolver: actors.DocumentResolver) -> bool:
    """True when the party's own words name its code ("Moldova's president"), not the context ("hundreds of
    people" given the story's country)."""
    return _found(party, cand, resolver) == "named"


def salience(event: Event) -> float:
    """How central an event is to its sentence: a prominent trigger with both parties found leads.

    This ranks the events of one sentence (which is its main one), a different question from whether an
    event is right (`confidence`); events without their coding evidence (read back from a store) rank by
    confidence.
    """
    ev = event.evidence
    if ev is None:
        return event.confidence
    return 0.25 * (event.actor is not None) + (0.1 - 0.03 * max(ev.recipient_tier, 0)) * (event.recipient is not None) \
        + 0.35 * ev.rank + 0.05 * (ev.trigger_pos == "VERB") + 0.05 * (event.status == "occurred")
