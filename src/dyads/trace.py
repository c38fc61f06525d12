"""What became of each candidate trigger of a document (the trace behind `dyads explain`)."""
from __future__ import annotations

from dataclasses import dataclass

from dyads import events
from dyads.records import Event


@dataclass(frozen=True, slots=True)
class Verdict:
    """What became of one candidate trigger (for `dyads explain`)."""

    sentence_index: int
    trigger: str
    start: int
    entry: str
    event_type: str
    verdict: str
    rule: str
    events: tuple[Event, ...] = ()


def verdict(cand: events.Candidate, coded: list[Event], kept: list[Event],
            dropped: dict[int, str] | None = None, skipped: list[str] | None = None) -> Verdict:
    """What became of one candidate; `dropped` gives, by event id, why a coded event was dropped after its
    recipients were resolved (law-making, a meeting told again); `skipped`, why each pair of parties the candidate
    found coded no event (an actor found but given no state, a meeting with no one): "no actor resolved" is said
    only when no pair was found or no actor was."""
    ids = {id(e) for e in kept}
    mine = tuple(e for e in coded if id(e) in ids)
    why_dropped = [dropped[id(e)] for e in coded if dropped and id(e) in dropped]
    if cand.dropped:
        verdict = f"not coded: {cand.dropped}"
    elif not coded and skipped:
        verdict = f"not coded: {skipped[0]}"
    elif not coded:
        verdict = "not coded: no actor resolved to a political party"
    elif not mine and why_dropped:
        verdict = f"not coded: {why_dropped[0]}"
    elif not mine:
        verdict = "not coded: repeats an event already coded from another trigger of this sentence"
    else:
        verdict = f"coded {len(mine)} event(s)"
    return Verdict(cand.sentence_index, cand.trigger.text, cand.trigger.idx, cand.entry.describe(),
                   cand.entry.event_type, verdict, cand.rule, mine)
