"""`dyads events` (stored events, with the API's filters) and `dyads show EVENT_ID` (one event's evidence).

Actor, recipient, country, type, quad class and status values are resolved and checked by `dyads.inputs`
(codes in any case, names to codes, suggestions for what matches nothing); an unknown event id gets the
ids that look like it.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import duckdb
import typer
from rich.table import Table
from rich.text import Text

from dyads import analysis, inputs
from dyads.cli_common import (DbOpt, LimitOpt, MinConfidenceOpt, OutOpt, SinceOpt, UntilOpt, date_range, err, fail,
                              open_store, out, threshold)
from dyads.cli_output import FormatOpt, emit_events, output_format, party_label, with_documents
from dyads.errors import DyadsError

EVENTS_EXAMPLES = (
    "dyads events --actor Turkey --recipient syr --type assault --since 2024-01-01",
    "dyads events --country Syria --q ceasefire --status planned --limit 20",
    "dyads events --actor TUR --format csv --out turkey.csv",
)
SHOW_EXAMPLES = ("dyads show 3f2a9c1d0b7e4a55", "dyads show 3f2a9c1d0b7e4a55 --format json")
TABLE_ROWS = 50  # events in the terminal table unless --limit says otherwise (files get every one)
STYLES = {"actor": "bold cyan", "trigger": "bold yellow reverse", "recipient": "bold magenta"}


def resolve_actor(value: str | None, *, stored: dict[str, str | None], option: str) -> str | None:
    """The code of an --actor/--recipient value; a name resolved is said on stderr ("'Turkey' is TUR")."""
    if value is None:
        return None
    found = inputs.actor(value, stored=stored, option=option)
    if found.from_name:
        err.print(f"{option} {value!r} is {found.code}" + (f" ({found.name})" if found.name else ""),
                  highlight=False)
    return found.code


def list_events(
    db: DbOpt = Path("dyads.duckdb"),
    actor: Annotated[Optional[str], typer.Option("--actor", metavar="CODE|NAME",
                                                 help="Actor code or name, e.g. TUR, tur or Turkey.")] = None,
    recipient: Annotated[Optional[str], typer.Option("--recipient", metavar="CODE|NAME",
                                                     help="Recipient code or name, e.g. SYR or Syria.")] = None,
    both_ways: Annotated[bool, typer.Option("--both-ways", help="Match --actor and --recipient in either "
                                                                "direction.")] = False,
    country: Annotated[Optional[str], typer.Option("--country", metavar="CODE|NAME",
                                                   help="Country of the actor, recipient or place (ISO3 code or "
                                                        "name).")] = None,
    type: Annotated[Optional[list[str]], typer.Option("--type", metavar="TYPE",
                                                      help="PLOVER event type, any case (repeatable), e.g. "
                                                           "assault.")] = None,
    quad: Annotated[Optional[list[str]], typer.Option("--quad", metavar="QUAD",
                                                      help="Quad class 1-4 or verbal_coop, material_coop, "
                                                           "verbal_conflict, material_conflict (repeatable).")] = None,
    status: Annotated[Optional[list[str]], typer.Option(
        "--status", metavar="STATUS", help="occurred, planned, hypothetical or negated (repeatable; default: "
                                           "any).")] = None,
    place: Annotated[Optional[str], typer.Option("--place", metavar="TEXT", help="Place name contains.")] = None,
    q: Annotated[Optional[str], typer.Option("--q", "--text", metavar="TEXT", help="Sentence contains "
                                                                                   "(text search).")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    sort: Annotated[str, typer.Option("--sort", metavar="[" + "|".join(analysis.SORTS) + "]",
                                      help="Order: date (oldest first), -date, goldstein, -goldstein or "
                                           "type.")] = "date",
    limit: LimitOpt = None,
    format: FormatOpt = None,
    out_path: OutOpt = None,
    min_confidence: MinConfidenceOpt = None,
) -> None:
    """List stored events with their id, date and precision, parties and sentence (the table shows 50 unless
    --limit says otherwise; those below --min-confidence stay stored, flagged, and are left out).
    `dyads show EVENT_ID` prints one with all its evidence."""
    fmt = output_format(format, out_path)
    first, last = date_range(since, until)
    if sort not in analysis.SORTS:
        fail(str(DyadsError("E061", option="--sort", value=sort, hint="use one of: " + ", ".join(analysis.SORTS))))
    with open_store(db) as store:
        try:
            stored = inputs.stored_actors(store.con) if actor or recipient else {}
            flt = analysis.make_filter(
                actor=resolve_actor(actor, stored=stored, option="--actor"),
                recipient=resolve_actor(recipient, stored=stored, option="--recipient"), undirected=both_ways,
                country=inputs.country(country) if country else None,
                event_types=[inputs.event_type(t) for t in type or ()],
                quad_classes=[inputs.quad_class(v) for v in quad or ()],
                statuses=inputs.statuses(status, default=None), since=first, until=last, place=place, text=q,
                min_confidence=threshold(min_confidence))
            shown = limit or (TABLE_ROWS if fmt == "table" else 2**62)
            total, rows = analysis.find_events(store.con, flt, sort=sort, limit=shown)
            if fmt in ("csv", "parquet"):
                rows = with_documents(store.con, rows)
        except DyadsError as exc:
            fail(str(exc))
            return
    if not rows:
        err.print("no events match these filters", highlight=False)
    elif fmt == "table" and total > len(rows):
        err.print(f"{len(rows)} of {total} matching events shown" + ("" if limit else
                  ": give --limit N, or --format csv/jsonl for all"), highlight=False)
    emit_events(rows, fmt, out_path)


def show(
    event_id: Annotated[str, typer.Argument(metavar="EVENT_ID", help="An event id from `dyads events` (or a "
                                                                     "unique start of one).")],
    db: DbOpt = Path("dyads.duckdb"),
    format: Annotated[str, typer.Option("--format", metavar="[table|json]", help="Output format.")] = "table",
) -> None:
    """One event with its evidence: the sentence with the actor, trigger and recipient highlighted, why it was
    coded so, its confidence, and every mention of it with the document (id, title, URL, date) it is in."""
    if format not in ("table", "json"):
        fail(str(DyadsError("E103", value=format, allowed="table, json")))
    with open_store(db) as store:
        found = analysis.get_event(store.con, find_id(store.con, event_id.strip()))
    if format == "json":
        sys.stdout.write(json.dumps(analysis.jsonable(found), ensure_ascii=False, indent=2) + "\n")
        return
    print_event(found)


def find_id(con: duckdb.DuckDBPyConnection, text: str) -> str:
    """The event id `text` is, or starts (uniquely), or the event a mention id belongs to; E062 with the ids
    that look like it otherwise."""
    if con.execute("SELECT 1 FROM events WHERE event_id = ?", [text]).fetchone():
        return text
    merged = con.execute("SELECT event_id FROM event_mentions WHERE mention_id = ?", [text]).fetchone()
    if merged:
        err.print(f"{text} is a mention of event {merged[0]}", highlight=False)
        return merged[0]
    starts = [r[0] for r in con.execute("SELECT event_id FROM events WHERE starts_with(event_id, ?) "
                                        "ORDER BY event_id LIMIT 6", [text]).fetchall()] if len(text) >= 4 else []
    if len(starts) == 1:
        return starts[0]
    like = starts or [r[0] for r in con.execute(
        "SELECT event_id FROM events ORDER BY jaro_winkler_similarity(event_id, ?) DESC, event_id LIMIT 3",
        [text]).fetchall()]
    hint = (f"; ids starting so: {', '.join(starts[:5])}" if starts else
            f"; did you mean {' or '.join(like)}?" if like else "; the database has no events")
    fail(str(DyadsError("E062", event_id=text, hint=hint + " (list ids with `dyads events`)")))
    raise AssertionError  # not reached


def highlighted(evidence: dict[str, Any]) -> Text:
    """The sentence with each span styled by its role."""
    text = Text(evidence.get("sentence") or "")
    for span in evidence.get("spans") or ():
        text.stylize(STYLES.get(span["role"], "bold"), span["start"], span["end"])
    return text


def marked(evidence: dict[str, Any]) -> str:
    """The sentence with each span in brackets named by its role, for terminals without colour:
    "[actor: Chile] [trigger: praised] [recipient: Peru] for its help"."""
    sentence = evidence.get("sentence") or ""
    parts, at = [], 0
    for span in sorted(evidence.get("spans") or (), key=lambda s: s["start"]):
        if span["start"] < at:
            continue
        parts += [sentence[at:span["start"]], f"[{span['role']}: {sentence[span['start']:span['end']]}]"]
        at = span["end"]
    return "".join([*parts, sentence[at:]])


def print_event(found: dict[str, Any]) -> None:
    event = found["event"]
    location = event.get("location") or {}
    out.print(f"[bold]event {event['event_id']}[/bold]: {event['event_type']}"
              + (f" ({event['mode']})" if event.get("mode") else "")
              + f", CAMEO {event['cameo']}, Goldstein {event['goldstein']}, quad class {event['quad_class']}",
              highlight=False)
    out.print(highlighted({**event["evidence"], "sentence": event["evidence"]["sentence"].rstrip()}))
    spans = {s["role"]: s["text"] for s in event["evidence"].get("spans") or ()}
    fields = Table(show_header=False, box=None, pad_edge=False)
    fields.add_column(style="bold")
    fields.add_column(overflow="fold")
    date = event.get("date")
    fields.add_row("spans", Text(marked(event["evidence"])))
    fields.add_row("date", Text(f"{date.isoformat() if date else 'none'} (precision {event.get('date_precision')}"
                                + (f", from {event['date_text']!r}" if event.get("date_text") else "") + ")"))
    fields.add_row("status", str(event.get("status")))
    fields.add_row("confidence", f"{event.get('confidence'):.3f}" if event.get("confidence") is not None else "-")
    for role in ("actor", "recipient"):
        party = event.get(role)
        fields.add_row(role, Text("-" if not party else
                            f"{party_label(party)} {party.get('country') or ''} '{spans.get(role, party.get('text'))}'"
                            + (f": {party['why']}" if party.get("why") else "")))
    trigger = event.get("trigger") or {}
    fields.add_row("trigger", Text(repr(trigger.get("text"))))
    if location.get("name"):
        fields.add_row("place", Text(f"{location['name']}, {location.get('country') or '?'}"
                                     + (f" ({location['lat']:.3f}, {location['lon']:.3f})"
                                        if location.get("lat") is not None else "")))
    fields.add_row("why", Text(event.get("why") or ""))
    fields.add_row("reported", f"{event.get('num_mentions')} mentions in {event.get('num_articles')} articles from "
                               f"{event.get('num_sources')} sources")
    out.print(fields)
    docs = {d["id"]: d for d in found["documents"]}
    mentions = Table(title="mentions")
    for col in ("mention id", "document", "date", "title", "url", "sentence"):
        mentions.add_column(col, overflow="fold")
    for m in found["mentions"]:
        doc = docs.get(m["doc_id"], {})
        mentions.add_row(*map(Text, (m["event_id"], m["doc_id"], doc.get("date").isoformat() if doc.get("date") else "",
                                     doc.get("title") or "", doc.get("url") or "", " ".join((m.get("sentence") or "").split()))))
    out.print(mentions)
