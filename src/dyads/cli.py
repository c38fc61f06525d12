"""The `dyads` command line: a thin layer over the pipeline and the store."""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Iterator
from dataclasses import asdict
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                           TimeRemainingColumn)
from rich.table import Table

import dyads
from dyads import actors, cli_analysis, cli_events, evaluate, pipeline, read
from dyads import dedup as dedup_mod
from dyads import export as export_mod
from dyads import ingest as ingest_mod
from dyads.cli_common import (ActorsOpt, App, DateOpt, DbOpt, LexiconOpt, MinConfidenceOpt, ModelOpt, VerbsOpt,
                              err, examples, fail, out, warn)
from dyads.cli_common import date as _date
from dyads.cli_common import settings_for as _settings
from dyads.cli_common import threshold as _threshold
from dyads.cli_output import print_events
from dyads.cli_lexicon import lexicon_app
from dyads.errors import DyadsError, describe, message
from dyads.records import Event, Result
from dyads.settings import load_settings
from dyads.store import Store

app = App(help="dyads: news text to political event data (PLOVER/CAMEO) and dyads over time.")
actors_app = App(help="Actors: resolve a name to its code, sector and person; the most active ones.")
app.add_typer(actors_app, name="actors")
app.add_typer(lexicon_app, name="lexicon")


class CodeFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class EvalFormat(str, Enum):
    table = "table"
    json = "json"


class ListFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


def _report(result: Result) -> None:
    if result.error is not None:
        e = result.error
        err.print(f"[yellow]skipped[/yellow] {e.origin}: {describe(e.code, e.message)}", highlight=False)


def _results(paths: list[str], date: dt.date | None, settings) -> Iterator[Result]:
    options = read.ReadOptions(default_date=date, max_bytes=settings.max_doc_bytes, languages=settings.languages,
                               max_input_bytes=settings.max_input_bytes,
                               max_compression_ratio=settings.max_compression_ratio)
    items = read.read_paths(paths, options=options)
    try:
        yield from pipeline.code_documents(items, settings=settings)
    except DyadsError as exc:
        fail(str(exc))


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"dyads {dyads.__version__}\n")
        raise typer.Exit()


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log debug messages to stderr.")] = False,
         version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                               help="Print the version and exit.")] = False) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")


@app.command()
def code(
    paths: Annotated[list[str], typer.Argument(help="Text files, .jsonl files (one document per line) or - for stdin.")],
    date: DateOpt = None,
    format: Annotated[CodeFormat, typer.Option("--format", help="Output format.")] = CodeFormat.jsonl,
    model: ModelOpt = None,
    lexicon: LexiconOpt = None,
    actor_lists: ActorsOpt = None,
    verbs: VerbsOpt = None,
) -> None:
    """Code documents and print their events to stdout."""
    settings = _settings(model, lexicon, actor_lists, verbs)
    events: list[Event] = []
    read_any, rejected = False, 0
    for result in _results(paths, _date(date), settings):
        _report(result)
        read_any = read_any or result.error is None
        rejected += result.error is not None
        if format is CodeFormat.jsonl:
            for event in result.events:
                sys.stdout.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        else:
            events.extend(result.events)
    if format is CodeFormat.json:
        sys.stdout.write(json.dumps([e.to_dict() for e in events], ensure_ascii=False, indent=2) + "\n")
    elif format is CodeFormat.table:
        print_events([e.to_dict() for e in events])
    if not read_any:
        fail(describe("E023", message("E023", errors=rejected)))


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, feed or page URLs: .txt .html .json .jsonl "
                                                    ".csv .tsv (also .gz), RSS/Atom feeds, WARC archives.")],
    db: DbOpt = Path("dyads.duckdb"),
    date: DateOpt = None,
    model: ModelOpt = None,
    lexicon: LexiconOpt = None,
    workers: Annotated[Optional[int], typer.Option("--workers", min=1, help="Worker processes for parsing and coding (env DYADS_WORKERS).")] = None,
    text_col: Annotated[str, typer.Option("--text-col", help="CSV column / JSON field with the text.")] = "text",
    date_col: Annotated[str, typer.Option("--date-col", help="CSV column / JSON field with the publication date.")] = "date",
    id_col: Annotated[str, typer.Option("--id-col", help="CSV column / JSON field with the document id.")] = "id",
    source_col: Annotated[str, typer.Option("--source-col", help="CSV column / JSON field with the outlet name.")] = "source",
    url_col: Annotated[str, typer.Option("--url-col", help="CSV column / JSON field with the article URL.")] = "url",
    title_col: Annotated[str, typer.Option("--title-col", help="CSV column / JSON field with the headline.")] = "title",
    fetch: Annotated[bool, typer.Option("--fetch/--no-fetch", help="Fetch the article page of each feed entry.")] = True,
    timeout: Annotated[Optional[float], typer.Option("--timeout", help="Seconds to wait for a URL (env DYADS_FETCH_TIMEOUT).")] = None,
    actor_lists: ActorsOpt = None,
    engine: Annotated[Optional[Engine], typer.Option("--engine", help="local: worker processes on this machine into a DuckDB "
                                                            "file; dask: a Dask cluster into a Parquet store (--out).")] = None,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Dask scheduler address, e.g. tcp://head:8786 "
                                                                         "(engine dask).")] = None,
    local_workers: Annotated[Optional[int], typer.Option("--local-workers", min=1, help="Start a local Dask cluster "
                                                         "of this many worker processes (engine dask, no --scheduler).")] = None,
    out_dir: Annotated[Optional[Path], typer.Option("--out", help="Parquet store directory written by engine dask; "
                                                                  "every --db option reads it.")] = None,
    partition_docs: Annotated[Optional[int], typer.Option("--partition-docs", min=1, help="Documents per Dask task "
                                                          "(env DYADS_CLUSTER_PARTITION_DOCS).")] = None,
    verbs: VerbsOpt = None,
) -> None:
    """Code documents and store documents, mentions, deduplicated events and errors in DuckDB (or Parquet).

    Re-ingesting adds nothing; a killed run started again finishes the job.
    """
    settings = _settings(model, lexicon, actor_lists, verbs).with_(workers=workers, fetch_timeout=timeout,
                                                            cluster_partition_docs=partition_docs)
    options = read.ReadOptions(default_date=_date(date), max_bytes=settings.max_doc_bytes, text_col=text_col,
                               date_col=date_col, id_col=id_col, source_col=source_col, url_col=url_col,
                               title_col=title_col, languages=settings.languages, fetch=fetch,
                               timeout=settings.fetch_timeout, max_input_bytes=settings.max_input_bytes,
                               max_compression_ratio=settings.max_compression_ratio)
    if engine is Engine.dask or out_dir is not None or scheduler or local_workers:
        if engine is Engine.local:
            fail("--out, --scheduler and --local-workers need --engine dask")
        if out_dir is None:
            fail("--engine dask needs --out DIR (the Parquet store to write)")
        if scheduler and local_workers:
            fail("give either --scheduler or --local-workers, not both")
        _ingest_dask(paths, out_dir, settings=settings, options=options, scheduler=scheduler,
                     local_workers=local_workers)
        return
    with _ingest_progress() as progress:
        task = progress.add_task("ingesting", total=None, events=0, errors=0, rate="")

        def show(stats: ingest_mod.IngestStats) -> None:
            done = stats.read
            progress.update(task, completed=done, total=max(stats.total, done), events=stats.events,
                            errors=stats.errors, rate=f"{stats.documents / max(stats.seconds, 1e-9):.1f} docs/s")

        try:
            stats = ingest_mod.run(paths, db=db, settings=settings, options=options, progress=show)
        except DyadsError as exc:
            fail(str(exc))
    err.print(ingest_mod.summary(stats, db), highlight=False)
    if stats.undated:
        warn(describe("E063", message("E063", undated=stats.undated, documents=stats.documents)))
    if stats.documents + stats.skipped == 0:
        fail(describe("E023", message("E023", errors=stats.errors)))
    if stats.error_codes.get("E064"):
        fail(f"{stats.error_codes['E064']} input file(s) were not read at all: no text column (E064 above)")


def _ingest_dask(paths: list[str], out_dir: Path, *, settings, options: read.ReadOptions, scheduler: str | None,
                 local_workers: int | None) -> None:
    if not logging.getLogger().isEnabledFor(logging.DEBUG):
        # Dask logs every worker start and stop at INFO, in this process and in the worker processes
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")
    from dyads import cluster

    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("partitions"),
                        TextColumn("{task.fields[docs]} documents"), TextColumn("{task.fields[rate]}"),
                        TimeElapsedColumn(), console=err, transient=True)
    with progress:
        task = progress.add_task("coding on Dask", total=None, docs=0, rate="")

        def show(stats) -> None:
            progress.update(task, completed=stats.coded, total=stats.partitions - stats.skipped, docs=stats.documents,
                            rate=f"{stats.documents / max(stats.seconds, 1e-9):.1f} docs/s")

        try:
            with cluster.connect(settings=settings, scheduler=scheduler, local_workers=local_workers) as client:
                stats = cluster.run(paths, out=out_dir, client=client, settings=settings, options=options,
                                    progress=show)
        except DyadsError as exc:
            fail(str(exc))
    err.print(cluster.summary(stats, out_dir), highlight=False)


def _ingest_progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("documents"),
                    TextColumn("{task.fields[rate]}"), TextColumn("{task.fields[events]} events"),
                    TextColumn("{task.fields[errors]} errors"), TimeElapsedColumn(), TextColumn("ETA"),
                    TimeRemainingColumn(), console=err, transient=True)


@app.command("dedup")
def dedup_events(
    db: DbOpt = Path("dyads.duckdb"),
    window_days: Annotated[Optional[int], typer.Option("--window-days", min=0, help="Date window in days (env DYADS_DEDUP_WINDOW_DAYS).")] = None,
    max_km: Annotated[Optional[float], typer.Option("--max-km", min=0, help="Place distance in km (env DYADS_DEDUP_MAX_KM).")] = None,
) -> None:
    """Rebuild the deduplicated events from all stored mentions with the current dedup settings."""
    if not db.is_file():
        fail(f"database not found: {db}")
    settings = load_settings(dedup_window_days=window_days, dedup_max_km=max_km)
    options = dedup_mod.DedupOptions(window_days=settings.dedup_window_days, max_km=settings.dedup_max_km,
                                     syndication_threshold=settings.syndication_threshold)
    with Store(db, dedup_options=options) as store:
        n = store.rebuild_events()
        mentions = store.counts()["mentions"]
    err.print(f"{mentions} mentions -> {n} events in {db}", highlight=False)


class ExportTable(str, Enum):
    events = "events"
    mentions = "mentions"


@app.command()
def export(
    output: Annotated[Path, typer.Argument(help="File to write; its extension chooses the format unless --format "
                                                "is given: .csv, .jsonl/.json, .parquet (no extension: Parquet).")],
    db: DbOpt = Path("dyads.duckdb"),
    format: Annotated[Optional[str], typer.Option(
        "--format", metavar="FORMAT",
        help="csv (flat rows with a header), jsonl (nested records), parquet (flat, typed), "
                         "gdelt (GDELT 2.0 event table, tab-separated, no header) or polecat (POLECAT-style "
                         "PLOVER JSON lines); default: from the file's extension.")] = None,
    table: Annotated[ExportTable, typer.Option("--table", help="Deduplicated events or every mention "
                                                            "(csv/jsonl/parquet only).")] = ExportTable.events,
    header: Annotated[bool, typer.Option("--header", help="Add a header row of GDELT's column names to "
                                                          "--format gdelt (GDELT's own files have none).")] = False,
    min_confidence: MinConfidenceOpt = None,
) -> None:
    """Export stored events (or mentions) in formats other tools read (--min-confidence 0: all of them)."""
    from dyads import formats

    if not db.exists():
        fail(f"database not found: {db}")
    try:
        fmt = formats.resolve(format, output, allowed=formats.EXPORT_FORMATS, default="parquet")
        with Store(db, read_only=True) as store:
            n = export_mod.export(store, output, file_format=fmt.name, table=table.value, header=header,
                                  min_confidence=_threshold(min_confidence))
    except DyadsError as exc:
        fail(str(exc))
        return
    err.print(f"wrote {n} {table.value} to {output} ({fmt.name})", highlight=False)


class Split(str, Enum):
    tune = "tune"
    test = "test"
    all = "all"


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold standard: a JSON-lines file (PLOVER GSR layout) of sentences, "
                                              "or a real-news gold folder (docs.csv + events-*.jsonl, "
                                              "see docs/coding-guide.md).")],
    show_misses: Annotated[bool, typer.Option("--show-misses", help="List the records coded wrong, with why.")] = False,
    format: Annotated[EvalFormat, typer.Option("--format", help="Output format.")] = EvalFormat.table,
    date: Annotated[str, typer.Option("--date", help="Publication date given to every gold text.")] = "2000-01-01",
    split: Annotated[Split, typer.Option("--split", help="Real-news gold: documents of this split.")] = Split.all,
    show_errors: Annotated[bool, typer.Option("--show-errors", help="Real-news gold: list every wrong and missed "
                                                                     "event with its sentence and why.")] = False,
    curve: Annotated[bool, typer.Option("--curve", help="Real-news gold: print precision/recall by threshold "
                                                         "and the reliability table of confidence.")] = False,
    min_confidence: Annotated[Optional[float], typer.Option(
        "--min-confidence", help="Real-news gold: count events with at least this confidence (default: the "
                                 "min_confidence setting).")] = None,
    corpora: Annotated[Optional[Path], typer.Option("--corpora", help="Folder of the corpora the real-news gold "
                                                                      "documents come from (default ../shared/corpora).")] = None,
    exclude: Annotated[Optional[list[Path]], typer.Option(
        "--exclude", help="Real-news gold: leave out the documents listed in this batch marker (events-*.done), "
                          "e.g. a validation batch whose errors must stay unseen. Repeatable.")] = None,
    model: ModelOpt = None,
    lexicon: LexiconOpt = None,
    actor_lists: ActorsOpt = None,
    verbs: VerbsOpt = None,
) -> None:
    """Score the coder on gold: sentence-level PLOVER GSR records, or event-level real-news gold (a folder)."""
    settings = _settings(model, lexicon, actor_lists, verbs)
    if gold.is_dir():
        from dyads import cli_newseval, newseval
        splits = ("tune", "test") if split is Split.all else (split.value,)
        try:
            docs = newseval.load_gold(gold, corpora=corpora, splits=splits)
            if exclude:
                left_out = newseval.done_ids(exclude)
                docs = [d for d in docs if d.doc not in left_out]
        except DyadsError as exc:
            fail(str(exc))
            return
        if not docs:
            fail(f"no completely coded documents in {gold} for split {split.value}")
        coded = newseval.code_gold(docs, settings=settings)
        threshold = settings.confidence_threshold() if min_confidence is None else min_confidence
        cli_newseval.run(docs, coded, threshold=threshold, show_errors=show_errors, curve=curve,
                         as_json=format is EvalFormat.json, out=out)
        return
    if not gold.is_file():
        fail(f"gold file not found: {gold}")
    try:
        report = evaluate.evaluate(gold, settings=settings, date=_date(date) or evaluate.EVAL_DATE)
    except DyadsError as exc:
        fail(str(exc))
        return
    for line in report.skipped:
        err.print(f"[yellow]skipped[/yellow] {line}", highlight=False)
    if format is EvalFormat.json:
        sys.stdout.write(json.dumps(report.to_dict(misses=show_misses), ensure_ascii=False, indent=2) + "\n")
        return
    _print_report(report)
    if show_misses:
        _print_misses(report)


@app.command()
def explain(
    text: Annotated[str, typer.Argument(help="A sentence or short text to code, or - to read stdin.")],
    date: Annotated[Optional[str], typer.Option("--date", help="Publication date YYYY-MM-DD.")] = None,
    model: ModelOpt = None,
    lexicon: LexiconOpt = None,
    verbs: VerbsOpt = None,
) -> None:
    """Print the parse, every candidate trigger and why it was or was not coded."""
    settings = _settings(model, lexicon, verbs=verbs)
    text = sys.stdin.read() if text == "-" else text
    if not text.strip():
        fail("nothing to explain: the text is empty")
    try:
        doc, verdicts, coded = pipeline.explain(text, settings=settings, date=_date(date))
    except DyadsError as exc:
        fail(str(exc))
        return
    for s_index, sent in enumerate(doc.sents):
        table = Table(title=f"sentence {s_index}: {sent.text.strip()}", title_justify="left")
        for col in ("i", "token", "lemma", "pos", "dep", "head"):
            table.add_column(col)
        for t in sent:
            table.add_row(str(t.i), t.text, t.lemma_, t.pos_, t.dep_, f"{t.head.text} ({t.head.i})")
        out.print(table)
        for v in (v for v in verdicts if v.sentence_index == s_index):
            out.print(f"[bold]{v.trigger}[/bold] @{v.start} -> {v.event_type} via {v.entry}: {v.verdict}",
                      highlight=False)
            out.print(f"    rule: {v.rule}", highlight=False)
            for e in v.events:
                out.print(f"    event {e.event_type} {e.cameo} {_party(_as_dict(e.actor))} -> "
                          f"{_party(_as_dict(e.recipient))} status={e.status} confidence={e.confidence}",
                          highlight=False)
                out.print(f"    why: {e.why}", highlight=False)
    if not verdicts:
        out.print("no candidate triggers: no word of the text is in the trigger lexicon", highlight=False)
    out.print(f"{len(coded)} event(s) coded", highlight=False)


def _pct(ratio: evaluate.Ratio) -> str:
    return "-" if ratio.value is None else f"{ratio.value:.3f} ({ratio.right}/{ratio.total})"


def _print_report(report: evaluate.Report) -> None:
    table = Table(title=f"dyads eval: {report.n} gold sentences, {report.n_events} events")
    table.add_column("measure")
    table.add_column("score")
    for name, ratio in (("top-1 event type accuracy", report.top1), ("hit rate (gold type coded)", report.hit),
                        ("actor code recall", report.actor_recall), ("actor code precision", report.actor_precision),
                        ("recipient code recall", report.recipient_recall),
                        ("recipient code precision", report.recipient_precision),
                        ("sector accuracy (gold sector, code found)", report.sector)):
        table.add_row(name, _pct(ratio))
    table.add_row("events per sentence", f"{report.events_per_sentence or 0:.2f}")
    out.print(table)
    per_type = Table(title="per gold type")
    for col in ("type", "n", "top-1", "hit", "actor recall", "recipient recall", "predicted as top-1"):
        per_type.add_column(col)
    for name, s in sorted(report.per_type.items()):
        per_type.add_row(name, str(s.n), _pct(s.top1), _pct(s.hit), _pct(s.actor_recall), _pct(s.recipient_recall),
                         str(s.predicted))
    out.print(per_type)
    labels = sorted({t for c in report.confusion.values() for t in c} | set(report.confusion))
    confusion = Table(title="confusion: gold (rows) x top-1 coded (columns)")
    confusion.add_column("gold")
    for label in labels:
        confusion.add_column(label[:4])
    for gold_type in sorted(report.confusion):
        row = report.confusion[gold_type]
        confusion.add_row(gold_type, *(str(row.get(t, "")) for t in labels))
    out.print(confusion)


def _print_misses(report: evaluate.Report) -> None:
    for o in report.outcomes:
        if o.ok:
            continue
        g = o.gold
        out.print(f"\n[bold]{g.id}[/bold] gold {g.event_type} ({g.label}) "
                  f"{'/'.join(p.code or '?' for p in g.actors) or '-'} -> "
                  f"{'/'.join(p.code or '?' for p in g.recipients) or '-'}", highlight=False)
        out.print(f"  text: {g.text}", highlight=False)
        out.print(f"  why:  {o.why()}", highlight=False)
        for e in o.events:
            out.print(f"  coded {e.event_type} {_party(_as_dict(e.actor))} -> "
                      f"{_party(_as_dict(e.recipient))} [{e.status}, {e.confidence}] trigger '{e.trigger.text}': "
                      f"{e.why}", highlight=False)


def _as_dict(party) -> dict | None:
    return None if party is None else {"code": party.code, "sector": party.sector, "text": party.text}


@actors_app.command("resolve")
def actors_resolve(
    names: Annotated[list[str], typer.Argument(help="Party phrases, e.g. \"the Chinese foreign ministry\".")],
    date: Annotated[Optional[str], typer.Option("--date", help="Date YYYY-MM-DD for dated actors (leaders); "
                                                                "default: who holds office now.")] = None,
    actor_lists: ActorsOpt = None,
    format: Annotated[EvalFormat, typer.Option("--format", help="Output format.")] = EvalFormat.table,
) -> None:
    """Resolve party phrases (without a document): code, country, sector, canonical name and why."""
    settings = _settings(None, None, actor_lists)
    idx = actors.index(tuple(settings.actor_paths))
    when = _date(date)
    rows = []
    for name in names:
        party = actors.resolve_text(name, when=when, idx=idx)
        rows.append({"text": name, "code": party and party.code, "country": party and party.country,
                     "sector": party and party.sector, "name": party and party.name,
                     "why": party.why if party else "nothing in the actor tables matches"})
    if format is EvalFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    table = Table()
    for col in ("text", "code", "sector", "name", "why"):
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(str(row[c] or "-") for c in ("text", "code", "sector", "name", "why")))
    out.print(table)


@app.command()
def serve(
    db: DbOpt = Path("dyads.duckdb"),
    host: Annotated[str, typer.Option("--host", help="Address to bind (default: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    token: Annotated[Optional[str], typer.Option("--token", envvar="DYADS_API_TOKEN",
                                                 help="Lets POST /api/code?store=true write (header X-Dyads-Token).")] = None,
) -> None:
    """Serve the REST API (/api, OpenAPI at /docs) and the dashboard (/) over a database."""
    import uvicorn

    from dyads import api

    if not db.exists():
        fail(f"database not found: {db}")
    app_ = api.create_app(db, token=token, settings=load_settings(), host=host)
    err.print(f"dyads serving {db} at http://{host}:{port}/ (API docs at /docs)", highlight=False)
    # limit_concurrency: connections beyond it get 503 at once instead of queueing without bound
    uvicorn.run(app_, host=host, port=port, log_level="warning", limit_concurrency=256)


def _party(p: dict | None) -> str:
    if not p:
        return "-"
    return f"{p.get('code') or '?'} {p.get('sector') or ''}".strip() + f" ({p.get('text', '').strip()})"


geo_app = App(help="Places: audit the gazetteer and toponym resolution.")
dates_app = App(help="Dates: audit how temporal expressions resolve.")
app.add_typer(geo_app, name="geo")
app.add_typer(dates_app, name="dates")


@geo_app.command("resolve")
def geo_resolve(
    name: Annotated[str, typer.Argument(help="A place name, e.g. Harbin or 'Kharkiv region'.")],
    limit: Annotated[int, typer.Option("--limit", help="Show at most this many candidates.")] = 5,
    format: Annotated[ListFormat, typer.Option("--format", help="Output format (table or jsonl).")] = ListFormat.table,
) -> None:
    """Rank the places a name could be, with population and why."""
    from dyads import geo
    ranked = geo.resolve_name(name, gazetteer=geo.from_settings(load_settings()), limit=limit)
    if not ranked:
        fail(f"no place named {name!r} in the gazetteer")
    if format is not ListFormat.table:
        for entry, score, why in ranked:
            row = {**asdict(geo.to_place(entry, why)), "kind": entry.kind, "population": entry.population, "score": score}
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    table = Table(title=f"places named {name!r}")
    for col in ("name", "kind", "country", "admin1", "lat", "lon", "geonameid", "population", "score"):
        table.add_column(col)
    for entry, score, _ in ranked:
        table.add_row(entry.name, entry.kind, entry.country or "", entry.admin1 or "", f"{entry.lat:.4f}" if entry.lat else "",
                      f"{entry.lon:.4f}" if entry.lon else "", str(entry.geonameid or ""), str(entry.population), str(score))
    out.print(table)


@geo_app.command("build")
def geo_build() -> None:
    """Build (or load) the gazetteer cache now and print where it is."""
    from dyads import geo
    settings = load_settings()
    gazetteer = geo.from_settings(settings)
    path = geo.cache_path(name=settings.gazetteer, cities=str(settings.gazetteer_cities),
                          cache_dir=settings.cache_dir or geo.default_cache_dir())
    err.print(f"gazetteer: {len(gazetteer)} places, {len(gazetteer.names)} names; cache {path}", highlight=False)


@dates_app.command("resolve")
def dates_resolve(
    text: Annotated[str, typer.Argument(help="A temporal expression, e.g. 'on Thursday' or '18 years ago'.")],
    date: Annotated[Optional[str], typer.Option("--date", help="Publication date YYYY-MM-DD (default: today).")] = None,
    future: Annotated[bool, typer.Option("--future", help="The event is planned (weekdays point forwards).")] = False,
) -> None:
    """Resolve one temporal expression against a publication date."""
    from dyads import dates
    found = dates.resolve_text(text, published=_date(date), future=future)
    if found is None:
        fail(f"not a point in time: {text!r}")
    sys.stdout.write(json.dumps({"text": text, "date": found.date.isoformat(), "precision": found.precision}) + "\n")


@lexicon_app.command("import-check")
def lexicon_import_check(
    paths: Annotated[list[Path], typer.Argument(help="PETRARCH/TABARI CAMEO verb dictionaries (.verbs, CAMEO.2.0.txt).")],
    all_problems: Annotated[bool, typer.Option("--all", help="List every malformed line (default: the first 20).")] = False,
) -> None:
    """Report what a verb dictionary gives `--verbs`: blocks, verbs, synonym sets, patterns, entries by type,
    what was skipped and why, malformed lines (E051), and how many entries join our lexicon."""
    from dyads import lexicon as lexicon_mod
    from dyads import verbdict

    ours = list(lexicon_mod.builtin_entries())
    for path in paths:
        try:
            entries, report = verbdict.read(path)
        except DyadsError as exc:
            fail(str(exc))
            return
        for line in report.lines():
            out.print(line, highlight=False, markup=False)
        for line in report.problems if all_problems else report.problems[:20]:
            out.print(f"  {line}", highlight=False, markup=False)
        if len(report.problems) > 20 and not all_problems:
            out.print(f"  ... {len(report.problems) - 20} more (--all lists them)", highlight=False)
        kept, dropped = verbdict.merge(ours, entries)
        out.print(f"joins the built-in lexicon ({len(ours)} entries): {len(kept)} entries", highlight=False)
        for reason, n in dropped.most_common():
            out.print(f"  {n:>6}  not added: {reason}", highlight=False, markup=False)


# --- commands of their own modules, and the examples in every command's help ------------------------------
app.command("events")(cli_events.list_events)
app.command("show")(cli_events.show)
app.command("summary")(cli_analysis.summary)
app.command("dyad")(cli_analysis.dyad)
app.command("network")(cli_analysis.network)
actors_app.command("top")(cli_analysis.actors_top)

EXAMPLES = {
    "code": ("dyads code article.txt --date 2024-05-17", "echo 'Chile condemned Peru.' | dyads code - --format table"),
    "ingest": ("dyads ingest news.csv --text-col body --date-col published --db news.duckdb",
               "dyads ingest articles/ https://example.org/feed.xml --workers 2"),
    "dedup": ("dyads dedup --window-days 2 --max-km 50",),
    "export": ("dyads export events.csv", "dyads export events.parquet --min-confidence 0",
               "dyads export gdelt.tsv --format gdelt"),
    "eval": ("dyads eval PLOVER_GSR_CAMEO.txt --show-misses", "dyads eval gold/ --split test --curve"),
    "explain": ("dyads explain 'Chile condemned Peru on Monday.' --date 2024-05-17",),
    "serve": ("dyads serve --db news.duckdb --port 8000",),
    "events": cli_events.EVENTS_EXAMPLES,
    "show": cli_events.SHOW_EXAMPLES,
    "summary": cli_analysis.SUMMARY_EXAMPLES,
    "dyad": cli_analysis.DYAD_EXAMPLES,
    "network": cli_analysis.NETWORK_EXAMPLES,
    "top": cli_analysis.TOP_EXAMPLES,
    "resolve": ("dyads actors resolve 'the Chinese foreign ministry' Erdogan --date 2016-07-15",
                "dyads geo resolve Kharkiv --limit 3", "dyads dates resolve 'last Thursday' --date 2024-05-17"),
    "build": ("dyads geo build",),
    "import-check": ("dyads lexicon import-check CAMEO.2.0.txt",),
}
for _group in (app, actors_app, geo_app, dates_app, lexicon_app):
    for _info in _group.registered_commands:
        _name = _info.name or _info.callback.__name__.rstrip("_").replace("_", "-")
        _key = _name if _name in EXAMPLES else _info.callback.__name__.split("_")[-1]
        if _info.epilog is None and _key in EXAMPLES:
            _info.epilog = examples(*EXAMPLES[_key])
