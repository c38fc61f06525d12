"""`dyads summary`, `dyads dyad`, `dyads network` and `dyads actors top`: aggregates of the stored events.

Codes are printed beside their names (`actor_name`, `recipient_name`, `name`); actors may be given by code
(any case) or name (`dyads.inputs`); every command takes the shared `--format` and `--out` (`cli_output`).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import pandas as pd
import typer

from dyads import analysis, inputs
from dyads.atomic import atomic_path
from dyads.cli_common import (DbOpt, LimitOpt, MinConfidenceOpt, OutOpt, SinceOpt, StatusOpt, UntilOpt, date_range,
                              err, fail, open_store, threshold)
from dyads.cli_events import resolve_actor
from dyads.cli_output import FormatOpt, emit_frame, emit_records, output_format
from dyads.errors import DyadsError

SUMMARY_PARTS = ("dyads", "types", "countries", "months", "statuses")
TABLE_ROWS = 20  # rows of each summary table on the terminal unless --limit says otherwise
SUMMARY_EXAMPLES = ("dyads summary --limit 10", "dyads summary --since 2024-01-01 --until 2024-06-30 --part dyads",
                    "dyads summary --part countries --format csv --out countries.csv")
DYAD_EXAMPLES = ("dyads dyad Turkey Syria --freq month", "dyads dyad tur syr --since 2024-01-01 --no-fill",
                 "dyads dyad TUR SYR --freq quarter --format parquet --out tur_syr.parquet --plot tur_syr.svg")
NETWORK_EXAMPLES = ("dyads network --out graph.graphml", "dyads network --since 2024-01-01 --out graph.json")
TOP_EXAMPLES = ("dyads actors top --limit 10", "dyads actors top --status any --format csv --out actors.csv")


def _statuses(values: list[str] | None, default: tuple[str, ...] | None) -> tuple[str, ...] | None:
    try:
        return inputs.statuses(values, default=default)
    except DyadsError as exc:
        fail(str(exc))
        raise


def with_names(df: pd.DataFrame, stored: dict[str, str | None], *pairs: tuple[str, str]) -> pd.DataFrame:
    """`df` with a name column right after each code column: pairs of (code column, name column)."""
    df = df.copy()
    for code_col, name_col in pairs:
        names = [inputs.code_name(c, stored) for c in df[code_col]]
        df.insert(df.columns.get_loc(code_col) + 1, name_col, names)
    return df


def summary(
    db: DbOpt = Path("dyads.duckdb"),
    status: StatusOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    part: Annotated[str, typer.Option("--part", metavar="[all|" + "|".join(SUMMARY_PARTS) + "]",
                                      help="Which table: all (default), dyads, types, countries, months or "
                                           "statuses; csv and parquet take one.")] = "all",
    limit: LimitOpt = None,
    format: FormatOpt = None,
    out_path: OutOpt = None,
    min_confidence: MinConfidenceOpt = None,
) -> None:
    """Per-dyad totals, and events per type, per country, per month and per status (on the terminal the first 20
    rows of each, or --limit; files get every row)."""
    fmt = output_format(format, out_path)
    if part not in ("all", *SUMMARY_PARTS):
        fail(str(DyadsError("E061", option="--part", value=part, hint="use one of: all, " + ", ".join(SUMMARY_PARTS))))
    if part == "all" and fmt in ("csv", "parquet"):
        fail(f"--format {fmt} writes one table: give --part {', '.join(SUMMARY_PARTS)}")
    if part == "all" and out_path is not None and fmt == "table":
        fail("--out needs --format csv, jsonl or parquet")
    first, last = date_range(since, until)
    with open_store(db) as store:
        floor = threshold(min_confidence)
        parts = analysis.summary(store.con, statuses=_statuses(status, None), min_confidence=floor, since=first,
                                 until=last)
        stored = inputs.stored_actors(store.con)
        counts = store.counts()
        below = store.con.execute("SELECT count(*) FROM events WHERE confidence < ?", [floor]).fetchone()[0]
    parts["dyads"] = with_names(parts["dyads"], stored, ("actor", "actor_name"), ("recipient", "recipient_name"))
    parts["countries"] = with_names(parts["countries"], {}, ("country", "name"))
    chosen = SUMMARY_PARTS if part == "all" else (part,)
    if limit is None and fmt == "table":
        limit = TABLE_ROWS
        cut = {p: len(parts[p]) - limit for p in chosen if len(parts[p]) > limit}
        if cut:
            err.print("the tables show their first " + str(limit) + " rows (" + ", ".join(
                f"{n} more {p}" for p, n in cut.items()) + "): give --limit N, or --format csv/jsonl for all",
                highlight=False)
    if limit:
        parts = {k: v.head(limit) for k, v in parts.items()}
    if fmt == "jsonl" and part == "all":
        emit_records([{"table": p, **r} for p in chosen for r in analysis.records(parts[p])], out_path)
        return
    titles = {"dyads": f"dyads in {db} ({counts['documents']} documents, {counts['events'] - below} events with "
                       f"confidence >= {floor:.2f}; {below} below it left out)",
              "types": "events per type", "countries": "events per country (actor or recipient)",
              "months": "events per month", "statuses": "events per status"}
    for name in chosen:
        emit_frame(parts[name], fmt, out_path, title=titles[name], what=f"{name} rows")


def dyad(
    a: Annotated[str, typer.Argument(metavar="A", help="First actor: a code (any case) or a name, e.g. TUR or "
                                                        "Turkey.")],
    b: Annotated[str, typer.Argument(metavar="B", help="Second actor, e.g. SYR or Syria.")],
    db: DbOpt = Path("dyads.duckdb"),
    freq: Annotated[str, typer.Option("--freq", metavar="[" + "|".join(analysis.FREQS) + "]",
                                      help="Period length.")] = "week",
    since: SinceOpt = None,
    until: UntilOpt = None,
    directed: Annotated[bool, typer.Option("--directed", help="Only events from A to B (default: both ways).")] = False,
    status: StatusOpt = None,
    fill: Annotated[bool, typer.Option("--fill/--no-fill", help="Show empty periods between the first and the "
                                                                "last as zero rows (as the Python API and the "
                                                                "API do).")] = True,
    format: FormatOpt = None,
    out_path: OutOpt = None,
    plot: Annotated[Optional[Path], typer.Option("--plot", metavar="FILE",
                                                 help="Also draw the series to this .png or .svg file.")] = None,
    min_confidence: MinConfidenceOpt = None,
) -> None:
    """A dyad over time: counts per quad class, Goldstein sum and mean, top event types per period (an event
    counts only in periods at least as long as its date's precision: a year-only date is in no week or month)."""
    fmt = output_format(format, out_path)
    if freq not in analysis.FREQS:
        fail(str(DyadsError("E061", option="--freq", value=freq, hint="use one of: " + ", ".join(analysis.FREQS))))
    if plot is not None and plot.suffix.lower() not in (".png", ".svg"):
        fail(f"--plot needs a .png or .svg file name, not {plot.name}")
    first, last = date_range(since, until)
    with open_store(db) as store:
        try:
            stored = inputs.stored_actors(store.con)
            code_a = resolve_actor(a, stored=stored, option="A")
            code_b = resolve_actor(b, stored=stored, option="B")
            df = analysis.dyad_series(store.con, code_a, code_b, freq=freq, directed=directed, since=first,
                                      until=last, statuses=_statuses(status, ("occurred",)),
                                      fill=fill or plot is not None, min_confidence=threshold(min_confidence))
        except DyadsError as exc:
            fail(str(exc))
            return
    label = f"{code_a} ({inputs.code_name(code_a, stored) or code_a}) {'->' if directed else '<->'} " \
            f"{code_b} ({inputs.code_name(code_b, stored) or code_b})"
    if plot is not None:
        from dyads import plots

        plots.dyad_chart(df, plot, title=f"{code_a} {'->' if directed else '<->'} {code_b} per {freq}")
        err.print(f"wrote {plot}", highlight=False)
    if df.empty:
        err.print(f"no events between {code_a} and {code_b} with these filters", highlight=False)
    emit_frame(df if fill else df[df["events"] > 0], fmt, out_path, title=f"{label} per {freq}", what="periods")


def network(
    db: DbOpt = Path("dyads.duckdb"),
    since: SinceOpt = None,
    until: UntilOpt = None,
    status: StatusOpt = None,
    out_path: Annotated[Path, typer.Option("--out", metavar="FILE", help="Output file: .graphml or .json "
                                                                         "(node-link).")] = Path("graph.graphml"),
    min_confidence: MinConfidenceOpt = None,
) -> None:
    """Write the actor network: actors as nodes (with their names), directed edges weighted by events per quad
    class."""
    import networkx as nx

    if out_path.suffix.lower() not in (".graphml", ".json"):
        fail(f"--out needs a .graphml or .json file name, not {out_path.name}")
    first, last = date_range(since, until)
    with open_store(db) as store:
        graph = analysis.network(store.con, since=first, until=last, statuses=_statuses(status, ("occurred",)),
                                 min_confidence=threshold(min_confidence))
        stored = inputs.stored_actors(store.con)
    for node in graph.nodes:
        graph.nodes[node]["name"] = inputs.code_name(node, stored) or node
    with atomic_path(out_path) as temp:
        if out_path.suffix.lower() == ".graphml":
            nx.write_graphml(graph, temp)
        else:
            temp.write_text(json.dumps(nx.node_link_data(graph, edges="edges"), indent=1))
    err.print(f"wrote {out_path}: {graph.number_of_nodes()} actors, {graph.number_of_edges()} dyads", highlight=False)


def actors_top(
    db: DbOpt = Path("dyads.duckdb"),
    since: SinceOpt = None,
    until: UntilOpt = None,
    status: StatusOpt = None,
    limit: Annotated[int, typer.Option("--limit", min=1, metavar="N", help="How many actors to show.")] = 20,
    format: FormatOpt = None,
    out_path: OutOpt = None,
    min_confidence: MinConfidenceOpt = None,
) -> None:
    """Actors by number of events they take part in, as actor or recipient, with their names."""
    fmt = output_format(format, out_path)
    first, last = date_range(since, until)
    with open_store(db) as store:
        df = analysis.top_actors(store.con, since=first, until=last, limit=limit,
                                 statuses=_statuses(status, ("occurred",)), min_confidence=threshold(min_confidence))
        stored = inputs.stored_actors(store.con)
    emit_frame(with_names(df, stored, ("code", "name")), fmt, out_path, title="actors by events", what="actors")
