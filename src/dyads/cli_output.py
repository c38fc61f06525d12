"""How query commands (events, show, dyad, summary, actors top) print or write what they found.

Every one of them takes the same `--format` (`table`, `csv`, `jsonl`, `parquet`; `dyads.formats`) and
`--out FILE`, whose extension chooses the format when `--format` is not given. Events are written as flat
rows (`dyads.flat`: actor_code, actor_name, ..., date_precision) in CSV and Parquet, and as nested records
(like the API's, plus actor_name and recipient_name) in JSON lines; the table shows the event id, the date
and its precision, codes beside names and a shortened sentence.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Annotated, Any, Optional

import pandas as pd
import typer
from rich.table import Table
from rich.text import Text

from dyads import analysis, flat, formats
from dyads.atomic import atomic_path
from dyads.cli_common import err, fail, out
from dyads.errors import DyadsError

QUERY_FORMATS = ("table", "csv", "jsonl", "parquet")
FormatOpt = Annotated[Optional[str], typer.Option(
    "--format", metavar="[" + "|".join(QUERY_FORMATS) + "]",
    help="table (default on the terminal), csv (flat rows with a header), jsonl (one JSON object per line) or "
         "parquet (needs --out); default: from the --out file's extension.")]
SENTENCE_CHARS = 90


def output_format(requested: str | None, out_path: Path | None) -> str:
    """The format to print or write, from --format and the --out file's extension (one clear line if neither
    fits)."""
    try:
        return formats.resolve(requested, out_path, allowed=QUERY_FORMATS,
                               default="table" if out_path is None else None).name
    except DyadsError as exc:
        fail(str(exc))
        raise  # not reached: fail exits


def _plain(value: Any) -> Any:
    return analysis.jsonable(value)


def _write_text(text: str, out_path: Path | None) -> None:
    if out_path is None:
        sys.stdout.write(text)
        return
    with atomic_path(out_path) as temp:
        Path(temp).write_text(text, encoding="utf-8")


def _csv_text(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([flat.text_value(v) for v in row])
    return buffer.getvalue()


def _jsonl_text(records: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(_plain(r), ensure_ascii=False) + "\n" for r in records)


def _wrote(out_path: Path | None, n: int, what: str, fmt: str) -> None:
    if out_path is not None:
        err.print(f"wrote {n} {what} to {out_path} ({fmt})", highlight=False)


# --- events ------------------------------------------------------------------------------------------
def with_documents(con: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Event rows with what the flat columns take from their document and cluster: `published`, `source_name`,
    `source_url` (the document's date, outlet and URL) and `last_seen`, as `dyads export` writes them."""
    if not rows:
        return rows
    found = {r[0]: r[1:] for r in con.execute("""
        SELECT e.event_id, e.last_seen, d.date, d.source, d.url FROM events e LEFT JOIN documents d ON d.id = e.doc_id
        WHERE e.event_id IN (SELECT unnest(?))""", [[r["event_id"] for r in rows]]).fetchall()}
    out = []
    for row in rows:
        last_seen, published, source, url = found.get(row["event_id"], (None, None, None, None))
        out.append({**row, "last_seen": row.get("last_seen", last_seen), "published": published,
                    "source_name": source, "source_url": url})
    return out


def named(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event row with `actor_name` and `recipient_name` (the names its parties resolved to)."""
    return {**row, "actor_name": (row.get("actor") or {}).get("name"),
            "recipient_name": (row.get("recipient") or {}).get("name")}


def emit_events(rows: list[dict[str, Any]], fmt: str, out_path: Path | None) -> None:
    """Print or write event rows (as the store returns them) in `fmt`."""
    if fmt == "table":
        if rows:
            print_events(rows)
    elif fmt == "jsonl":
        _write_text(_jsonl_text(named(r) for r in rows), out_path)
    elif fmt == "csv":
        names = flat.names("events")
        _write_text(_csv_text(names, ([f[n] for n in names] for f in flat.flat_rows(rows))), out_path)
    else:
        import pyarrow.parquet as pq

        schema = flat.arrow_schema("events")
        with atomic_path(out_path) as temp:
            pq.write_table(flat.arrow_batch(list(flat.flat_rows(rows)), schema), temp)
    _wrote(out_path, len(rows), "events", fmt)


def party_label(p: dict[str, Any] | None) -> str:
    """"TUR Turkey (GOV)": a party's code, the name it resolved to and its sector."""
    if not p:
        return "-"
    parts = [p.get("code") or "?", p.get("name") or "", f"({p['sector']})" if p.get("sector") else ""]
    return " ".join(x for x in parts if x)


def short(text: str | None, limit: int = SENTENCE_CHARS) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def print_events(rows: list[dict[str, Any]], *, title: str | None = None) -> None:
    table = Table(title=title, show_lines=False)
    for col in ("event id", "date", "precision", "type", "status", "actor", "recipient", "sentence"):
        table.add_column(col, overflow="fold")
    for r in rows:
        date = r["date"].isoformat() if isinstance(r.get("date"), dt.date) else (r.get("date") or "")
        table.add_row(*map(Text, (r["event_id"], date, r.get("date_precision") or "", r["event_type"],
                                  r.get("status") or "", party_label(r.get("actor")), party_label(r.get("recipient")),
                                  short(r.get("sentence")))))
    out.print(table)


def emit_records(records: list[dict[str, Any]], out_path: Path | None, *, what: str = "rows") -> None:
    """Write plain records as JSON lines (to stdout or `out_path`)."""
    _write_text(_jsonl_text(records), out_path)
    _wrote(out_path, len(records), what, "jsonl")


# --- data frames (dyad series, summaries, top actors) ----------------------------------------------------
def print_frame(df: pd.DataFrame, *, title: str | None = None) -> None:
    table = Table(title=title)
    for col in df.columns:
        table.add_column(str(col), justify="right" if df[col].dtype.kind in "iuf" else "left")
    for row in df.itertuples(index=False):
        table.add_row(*(Text("" if v is None or v != v else (f"{v:,}" if isinstance(v, int) else _cell(v)))
                        for v in row))
    out.print(table)


def _cell(value: Any) -> str:
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return str(value)


def emit_frame(df: pd.DataFrame, fmt: str, out_path: Path | None, *, title: str | None = None,
               what: str = "rows") -> None:
    """Print or write a data frame in `fmt` (dates as YYYY-MM-DD in CSV and JSON lines, typed in Parquet)."""
    if fmt == "table":
        print_frame(df, title=title)
        return
    if fmt == "csv":
        _write_text(_csv_text(list(df.columns), (_plain_row(r) for r in df.itertuples(index=False))), out_path)
    elif fmt == "jsonl":
        _write_text(_jsonl_text(analysis.records(df)), out_path)
    else:
        typed = df.copy()
        for col in typed.columns:  # dates as datetime64 so that pandas reads them back as dates
            if typed[col].map(lambda v: isinstance(v, dt.date)).any():
                typed[col] = pd.to_datetime(typed[col])
        with atomic_path(out_path) as temp:
            typed.to_parquet(temp, index=False)
    _wrote(out_path, len(df), what, fmt)


def _plain_row(row: Sequence[Any]) -> list[Any]:
    return [v.date() if isinstance(v, pd.Timestamp) else (None if isinstance(v, float) and v != v else v)
            for v in row]
