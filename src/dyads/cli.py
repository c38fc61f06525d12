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
from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                           TimeRemainingColumn)
from rich.table import Table

from dyads import actors, evaluate, pipeline, read
from dyads import dedup as dedup_mod
from dyads import export as export_mod
from dyads import ingest as ingest_mod
from dyads.atomic import atomic_path
from dyads.cli_lexicon import lexicon_app
from dyads.errors import DyadsError, describe, message
from dyads.records import STATUSES, Event, Result
from dyads.settings import load_settings
from dyads.store import Store, iter_rows

class _App(typer.Typer):
    """The command group; a coded error that reaches it (e.g. E030, a database in use) is one line, exit 2."""

    def __call__(self, *args, **kwargs):
        try:
            return super().__call__(*args, **kwargs)
        except DyadsError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            sys.exit(2)


app = _App(help="dyads: news text to political event data (PLOVER/CAMEO) and dyads over time.",
           no_args_is_help=True, pretty_exceptions_enable=False)
actors_app = typer.Typer(help="Actors: resolve a name to its code, sector and person; the most active ones.",
                         no_args_is_help=True)
app.add_typer(actors_app, name="actors")
app.add_typer(lexicon_app, name="lexicon")
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, soft_wrap=True)


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


DateOpt = Annotated[Optional[str], typer.Option("--date", help="Publication date YYYY-MM-DD for documents without one.")]
ModelOpt = Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline name (env DYADS_SPACY_MODEL).")]
LexiconOpt = Annotated[Optional[list[Path]], typer.Option("--lexicon", help="Extra trigger lexicon CSV file (repeatable).")]
DbOpt = Annotated[Path, typer.Option("--db", help="DuckDB database file, or a Parquet store directory "
                                                    "written by `ingest --engine dask`.")]
ActorsOpt = Annotated[Optional[list[Path]], typer.Option(
    "--actors", help="Extra actor list (repeatable): CSV or YAML (name, aliases, code, country, sector, start, end) "
                     "or a TABARI/PETRARCH .actors dictionary.")]
SinceOpt = Annotated[Optional[str], typer.Option("--since", help="Earliest event date YYYY-MM-DD.")]
UntilOpt = Annotated[Optional[str], typer.Option("--until", help="Latest event date YYYY-MM-DD.")]
StatusOpt = Annotated[Optional[list[str]], typer.Option(
    "--status", help="Event status to count (repeatable): occurred, planned, hypothetical, negated or any.")]
MinConfidenceOpt = Annotated[Optional[float], typer.Option(
    "--min-confidence", min=0.0, max=1.0,
    help="Leave out events with a lower confidence (default: the min_confidence setting, itself by default the "
         "threshold shipped with the confidence model); 0 keeps every event.")]


class Freq(str, Enum):
    day = "day"
    week = "week"
    month = "month"
    quarter = "quarter"
    year = "year"


class TableFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def fail(message: str) -> None:
    """Print one clear line and exit non-zero."""
    err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(2)


def _settings(model: str | None, lexicon: list[Path] | None, actor_lists: list[Path] | None = None):
    for path in lexicon or []:
        if not path.is_file():
            fail(f"lexicon file not found: {path}")
    for path in actor_lists or []:
        if not path.is_file():
            fail(f"actor list not found: {path}")
    settings = load_settings(spacy_model=model, lexicon_paths=tuple(str(p) for p in lexicon or ()) or None,
                             actor_paths=tuple(str(p) for p in actor_lists or ()) or None)
    try:
        actors.index(tuple(settings.actor_paths))
    except DyadsError as exc:
        fail(str(exc))
    return settings


def _threshold(min_confidence: float | None) -> float:
    """The --min-confidence given, else the setting's."""
    return load_settings().confidence_threshold() if min_confidence is None else min_confidence


def _date(value: str | None) -> dt.date | None:
    try:
        return read.parse_date(value)
    except DyadsError as exc:
        fail(str(exc))
        return None


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


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log debug messages to stderr.")] = False) -> None:
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
) -> None:
    """Code documents and print their events to stdout."""
    settings = _settings(model, lexicon, actor_lists)
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
        _print_events([e.to_dict() for e in events])
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
) -> None:
    """Code documents and store documents, mentions, deduplicated events and errors in DuckDB (or Parquet).

    Re-ingesting adds nothing; a killed run started again finishes the job.
    """
    settings = _settings(model, lexicon, actor_lists).with_(workers=workers, fetch_timeout=timeout,
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
    if stats.documents + stats.skipped == 0:
        fail(describe("E023", message("E023", errors=stats.errors)))


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


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"
    polecat = "polecat"
    gdelt = "gdelt"


class ExportTable(str, Enum):
    events = "events"
    mentions = "mentions"


@app.command()
def export(
    output: Annotated[Path, typer.Argument(help="File to write.")],
    db: DbOpt = Path("dyads.duckdb"),
    format: Annotated[ExportFormat, typer.Option("--format", help="parquet, csv or jsonl (events or mentions); "
                                                               "polecat (PLOVER JSON lines); gdelt (GDELT 2.0 "
                                                               "event-table TSV).")] = ExportFormat.parquet,
    table: Annotated[ExportTable, typer.Option("--table", help="Deduplicated events or every mention "
                                                            "(parquet/csv/jsonl only).")] = ExportTable.events,
    min_confidence: MinConfidenceOpt = None,
) -> None:
    """Export stored events (or mentions) in formats other tools read (--min-confidence 0: all of them)."""
    if not db.exists():
        fail(f"database not found: {db}")
    if table is ExportTable.mentions and format in (ExportFormat.polecat, ExportFormat.gdelt):
        fail(f"--format {format.value} exports deduplicated events only; use --table events")
    try:
        with Store(db, read_only=True) as store:
            n = export_mod.export(store, output, file_format=format.value, table=table.value,
                                  min_confidence=_threshold(min_confidence))
    except DyadsError as exc:
        fail(str(exc))
        return
    err.print(f"wrote {n} {table.value} to {output} ({format.value})", highlight=False)


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
    model: ModelOpt = None,
    lexicon: LexiconOpt = None,
    actor_lists: ActorsOpt = None,
) -> None:
    """Score the coder on gold: sentence-level PLOVER GSR records, or event-level real-news gold (a folder)."""
    settings = _settings(model, lexicon, actor_lists)
    if gold.is_dir():
        from dyads import cli_newseval, newseval
        splits = ("tune", "test") if split is Split.all else (split.value,)
        try:
            docs = newseval.load_gold(gold, corpora=corpora, splits=splits)
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
) -> None:
    """Print the parse, every candidate trigger and why it was or was not coded."""
    settings = _settings(model, lexicon)
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


@app.command("events")
def list_events(
    db: DbOpt = Path("dyads.duckdb"),
    actor: Annotated[Optional[str], typer.Option(help="Actor code, e.g. CHN.")] = None,
    recipient: Annotated[Optional[str], typer.Option(help="Recipient code, e.g. RUS.")] = None,
    type: Annotated[Optional[str], typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Earliest event date YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Latest event date YYYY-MM-DD.")] = None,
    format: Annotated[ListFormat, typer.Option("--format", help="Output format.")] = ListFormat.table,
    limit: Annotated[Optional[int], typer.Option(help="Show at most this many events.")] = None,
    min_confidence: MinConfidenceOpt = None,
) -> None:
    """List stored events, filtered (those below --min-confidence stay stored, flagged, and are left out)."""
    if not db.exists():
        fail(f"database not found: {db}")
    with Store(db, read_only=True) as store:
        rows = list(iter_rows(store.query_events(actor=actor, recipient=recipient, event_type=type,
                                                 since=_date(since), until=_date(until), limit=limit,
                                                 min_confidence=_threshold(min_confidence))))
    if format is ListFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif format is ListFormat.csv:
        _print_csv(rows)
    else:
        _print_events(rows)


@app.command()
def summary(
    db: DbOpt = Path("dyads.duckdb"),
    status: StatusOpt = None,
    min_confidence: MinConfidenceOpt = None,
) -> None:
    """Print per-dyad totals, and events per type, per country, per month and per status."""
    from dyads import analysis

    with _open(db) as store:
        threshold = _threshold(min_confidence)
        parts = analysis.summary(store.con, statuses=_statuses(status, default=None), min_confidence=threshold)
        counts = store.counts()
        below = store.con.execute("SELECT count(*) FROM events WHERE confidence < ?", [threshold]).fetchone()[0]
    dyads = parts["dyads"].rename(columns={"goldstein_sum": "goldstein sum", "goldstein_mean": "mean",
                                           "verbal_coop": "verbal coop", "material_coop": "material coop",
                                           "verbal_conflict": "verbal conflict",
                                           "material_conflict": "material conflict"})
    _print_frame(dyads, title=f"dyads in {db} ({counts['documents']} documents, {counts['events'] - below} events "
                              f"with confidence >= {threshold:.2f}; {below} below it left out)")
    for name, title in (("types", "type"), ("countries", "country (actor or recipient)"), ("months", "month"),
                        ("statuses", "status")):
        _print_frame(parts[name], title=f"events per {title}")


def _open(db: Path) -> Store:
    if not db.exists():
        fail(f"database not found: {db}")
    return Store(db, read_only=True)


def _statuses(values: list[str] | None, *, default: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The statuses asked for with --status (None: any), checked."""
    if not values:
        return default
    for value in values:
        if value not in (*STATUSES, "any"):
            fail(f"unknown --status {value!r}: use {', '.join(STATUSES)} or any")
    return None if "any" in values else tuple(values)


def _print_frame(df, *, title: str | None = None) -> None:
    table = Table(title=title)
    for col in df.columns:
        table.add_column(str(col), justify="right" if df[col].dtype.kind in "iuf" else "left")
    for row in df.itertuples(index=False):
        table.add_row(*("" if v is None or v != v else (f"{v:,}" if isinstance(v, int) else str(v)) for v in row))
    out.print(table)


def _emit(df, fmt: "TableFormat") -> None:
    from dyads import analysis

    if fmt is TableFormat.csv:
        df.to_csv(sys.stdout, index=False)
    elif fmt is TableFormat.json:
        sys.stdout.write(json.dumps(analysis.records(df), ensure_ascii=False, indent=2) + "\n")
    else:
        _print_frame(df)


@app.command()
def dyad(
    a: Annotated[str, typer.Argument(help="First actor code, e.g. CHN.")],
    b: Annotated[str, typer.Argument(help="Second actor code, e.g. RUS.")],
    db: DbOpt = Path("dyads.duckdb"),
    freq: Annotated[Freq, typer.Option("--freq", help="Period length.")] = Freq.week,
    since: SinceOpt = None,
    until: UntilOpt = None,
    directed: Annotated[bool, typer.Option("--directed", help="Only events from A to B (default: both ways).")] = False,
    status: StatusOpt = None,
    fill: Annotated[bool, typer.Option("--fill/--no-fill", help="Show empty periods as zero rows.")] = False,
    format: Annotated[TableFormat, typer.Option("--format", help="Output format.")] = TableFormat.table,
    plot: Annotated[Optional[Path], typer.Option("--plot", help="Also draw the series to this .png or .svg file.")] = None,
    min_confidence: MinConfidenceOpt = None,
) -> None:
    """A dyad over time: counts per quad class, Goldstein sum and mean, top event types per period."""
    from dyads import analysis

    if plot is not None and plot.suffix.lower() not in (".png", ".svg"):
        fail(f"--plot needs a .png or .svg file name, not {plot.name}")
    with _open(db) as store:
        try:
            df = analysis.dyad_series(store.con, a, b, freq=freq.value, directed=directed, since=_date(since),
                                      until=_date(until), statuses=_statuses(status, default=("occurred",)),
                                      fill=fill or plot is not None, min_confidence=_threshold(min_confidence))
        except DyadsError as exc:
            fail(str(exc))
    if plot is not None:
        from dyads import plots

        plots.dyad_chart(df, plot, title=f"{a.upper()} {'->' if directed else '<->'} {b.upper()} per {freq.value}")
        err.print(f"wrote {plot}", highlight=False)
    if df.empty:
        err.print(f"no events between {a.upper()} and {b.upper()} with these filters", highlight=False)
    _emit(df if fill or plot is None else df[df["events"] > 0], format)


@app.command()
def network(
    db: DbOpt = Path("dyads.duckdb"),
    since: SinceOpt = None,
    until: UntilOpt = None,
    status: StatusOpt = None,
    out_path: Annotated[Path, typer.Option("--out", help="Output file: .graphml or .json (node-link).")] = Path("graph.graphml"),
    min_confidence: MinConfidenceOpt = None,
) -> None:
    """Write the actor network: actors as nodes, directed edges weighted by events per quad class."""
    import networkx as nx

    from dyads import analysis

    if out_path.suffix.lower() not in (".graphml", ".json"):
        fail(f"--out needs a .graphml or .json file name, not {out_path.name}")
    with _open(db) as store:
        graph = analysis.network(store.con, since=_date(since), until=_date(until),
                                 statuses=_statuses(status, default=("occurred",)),
                                 min_confidence=_threshold(min_confidence))
    with atomic_path(out_path) as temp:
        if out_path.suffix.lower() == ".graphml":
            nx.write_graphml(graph, temp)
        else:
            temp.write_text(json.dumps(nx.node_link_data(graph, edges="edges"), indent=1))
    err.print(f"wrote {out_path}: {graph.number_of_nodes()} actors, {graph.number_of_edges()} dyads", highlight=False)


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


@actors_app.command("top")
def actors_top(
    db: DbOpt = Path("dyads.duckdb"),
    since: SinceOpt = None,
    until: UntilOpt = None,
    status: StatusOpt = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="How many actors to show.")] = 20,
    format: Annotated[TableFormat, typer.Option("--format", help="Output format.")] = TableFormat.table,
    min_confidence: MinConfidenceOpt = None,
) -> None:
    """Actors by number of events they take part in, as actor or recipient."""
    from dyads import analysis

    with _open(db) as store:
        df = analysis.top_actors(store.con, since=_date(since), until=_date(until), limit=limit,
                                 statuses=_statuses(status, default=("occurred",)),
                                 min_confidence=_threshold(min_confidence))
    _emit(df, format)


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


def _print_csv(rows: list[dict]) -> None:
    import csv
    writer = csv.writer(sys.stdout)
    writer.writerow(["event_id", "doc_id", "date", "event_type", "mode", "cameo", "goldstein", "quad_class", "status",
                     "actor_code", "actor_sector", "actor_text", "recipient_code", "recipient_sector",
                     "recipient_text", "trigger", "sentence", "why"])
    for r in rows:
        a, b = r.get("actor") or {}, r.get("recipient") or {}
        writer.writerow([r["event_id"], r["doc_id"], r["date"], r["event_type"], r["mode"], r["cameo"], r["goldstein"],
                         r["quad_class"], r["status"], a.get("code"), a.get("sector"), a.get("text"), b.get("code"),
                         b.get("sector"), b.get("text"), (r.get("trigger") or {}).get("text"), r["sentence"], r["why"]])


def _party(p: dict | None) -> str:
    if not p:
        return "-"
    return f"{p.get('code') or '?'} {p.get('sector') or ''}".strip() + f" ({p.get('text', '').strip()})"


def _print_events(rows: list[dict]) -> None:
    table = Table(show_lines=False)
    for col in ("date", "type", "cameo", "status", "actor", "recipient", "trigger", "doc"):
        table.add_column(col, overflow="fold")
    for r in rows:
        date = r["date"].isoformat() if isinstance(r["date"], dt.date) else (r["date"] or "")
        table.add_row(date, r["event_type"], r["cameo"], r["status"], _party(r["actor"]), _party(r["recipient"]),
                      (r["trigger"] or {}).get("text", ""), str(r["doc_id"]))
    out.print(table)


geo_app = typer.Typer(help="Places: audit the gazetteer and toponym resolution.", no_args_is_help=True)
dates_app = typer.Typer(help="Dates: audit how temporal expressions resolve.", no_args_is_help=True)
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
