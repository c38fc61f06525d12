"""`dyads eval FOLDER`: the command-line report of event-level scores on real-news gold (see newseval)."""
from __future__ import annotations

import json
import sys
from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from dyads import newseval
from dyads.records import Event, Party


def _party(p: Party | None) -> str:
    return "-" if p is None else f"{p.code or '?'}{('/' + p.sector) if p.sector else ''} '{p.text.strip()}'"


def _codes(codes: Sequence[str | None]) -> str:
    return "|".join(c or "-" for c in codes)


def summary_table(summaries: Sequence[newseval.Summary], threshold: float) -> Table:
    table = Table(title=f"dyads eval (real-news gold), events with confidence >= {threshold:.2f}")
    for col in ("set", "docs", "precision", "recall", "F1", "matched", "errors", "gold", "missed", "events/doc",
                "gold/doc"):
        table.add_column(col)
    for s in summaries:
        table.add_row(s.name, str(s.n_docs), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp),
                      str(s.fp), str(s.n_gold), str(s.missed), f"{s.events_per_doc:.2f}", f"{s.gold_per_doc:.2f}")
    return table


def errors_table(summaries: Sequence[newseval.Summary]) -> Table:
    table = Table(title="errors by kind (coded events that match no gold event)")
    table.add_column("kind")
    for s in summaries:
        table.add_column(s.name)
    for kind in newseval.ERROR_KINDS:
        table.add_row(kind, *(str(s.errors.get(kind, 0)) for s in summaries))
    return table


def per_type_table(summary: newseval.Summary) -> Table:
    table = Table(title=f"per type ({summary.name})")
    for col in ("type", "matched", "errors", "precision", "gold", "missed", "recall"):
        table.add_column(col)
    for name, (tp, fp, gold, missed) in sorted(summary.per_type.items()):
        table.add_row(name, str(tp), str(fp), f"{tp / (tp + fp):.2f}" if tp + fp else "-", str(gold), str(missed),
                      f"{(gold - missed) / gold:.2f}" if gold else "-")
    return table


def curve_table(rows, name: str) -> Table:
    table = Table(title=f"precision / recall by threshold ({name})")
    for col in ("min_confidence", "precision", "recall", "events/doc"):
        table.add_column(col)
    for t, p, r, n in rows:
        table.add_row(f"{t:.2f}", f"{p:.3f}", f"{r:.3f}", f"{n:.2f}")
    return table


def reliability_table(rows, name: str) -> Table:
    table = Table(title=f"reliability of confidence ({name}): share right per confidence bin")
    for col in ("confidence", "events", "mean confidence", "share right"):
        table.add_column(col)
    for lo, hi, n, mean, right in rows:
        table.add_row(f"{lo:.1f}-{hi:.1f}", str(n), f"{mean:.3f}", f"{right:.3f}")
    return table


def print_errors(out: Console, outcomes: Sequence[newseval.DocOutcome]) -> None:
    """Each document's errors and misses; the coded text is escaped, so statuses in brackets, quotes and sentences
    with brackets print as they are (not read as markup)."""
    for o in outcomes:
        bad = [s for s in o.scored if s.verdict in newseval.ERROR_KINDS]
        if not bad and not o.missed:
            continue
        out.print(f"\n[bold]{escape(o.doc.doc)}[/bold] ({o.doc.split}): {o.tp} matched, {len(bad)} errors, "
                  f"{len(o.missed)} missed", highlight=False)
        for s in bad:
            e: Event = s.event
            out.print(f"  [red]{s.verdict}[/red] " + escape(
                f"{e.event_type} {_party(e.actor)} -> {_party(e.recipient)} [{e.status}, {e.confidence}] "
                f"trigger '{e.trigger.text}'"), highlight=False)
            if s.gold is not None:
                g = s.gold
                out.print(escape(f"    gold there: {'|'.join(sorted(g.types))} {_codes(g.actor)} -> "
                                 f"{_codes(g.recipient)} [{g.status}{', optional' if g.optional else ''}]"),
                          highlight=False)
            out.print(escape(f"    sentence: {e.sentence.strip()}"), highlight=False)
            out.print(escape(f"    why: {e.why}"), highlight=False)
        for g in o.missed:
            out.print("  [yellow]missed[/yellow] " + escape(
                f"{'|'.join(sorted(g.types))} {_codes(g.actor)} -> {_codes(g.recipient)} [{g.status}] \"{g.quote}\""),
                highlight=False)


def run(docs, coded, *, threshold: float, show_errors: bool, curve: bool, as_json: bool, out: Console) -> None:
    """Print (or write as JSON) the scores of the gold documents at `threshold`."""
    outcomes = newseval.evaluate_docs(docs, coded, threshold=threshold)
    groups: list[tuple[str, list[newseval.DocOutcome]]] = []
    for split in ("tune", "test"):
        for source in (*newseval.CORPUS_FILES, newseval.OWN_SOURCE):
            part = [o for o in outcomes if o.doc.split == split and o.doc.source == source]
            if part:
                groups.append((f"{split}/{source}", part))
        part = [o for o in outcomes if o.doc.split == split]
        if part:
            groups.append((split, part))
    summaries = [newseval.summarise(name, part) for name, part in groups]
    if as_json:
        payload = {"threshold": threshold, "sets": [s.to_dict() for s in summaries],
                   "curve": {name: newseval.curve([o.doc for o in part], coded) for name, part in groups},
                   "reliability": {name: newseval.reliability(newseval.evaluate_docs([o.doc for o in part], coded,
                                                                                      threshold=0.0))
                                   for name, part in groups}}
        sys.stdout.write(json.dumps(payload, indent=2) + "\n")
        return
    out.print(summary_table(summaries, threshold))
    out.print(errors_table(summaries))
    for s in summaries:
        if s.name in ("tune", "test"):
            out.print(per_type_table(s))
    if curve:
        for name, part in groups:
            if name in ("tune", "test"):
                docs_part = [o.doc for o in part]
                out.print(curve_table(newseval.curve(docs_part, coded), name))
                out.print(reliability_table(newseval.reliability(
                    newseval.evaluate_docs(docs_part, coded, threshold=0.0)), name))
    if show_errors:
        print_errors(out, outcomes)
