"""The Dask engine: ingest a corpus on a cluster into a partitioned Parquet store.

The driver splits the inputs into partitions (groups of small files; record ranges of large
CSV and JSON files, byte ranges for plain JSONL and WARC files), and each Dask task reads and codes one
partition with the stage functions of the single-machine path (`dyads.ingest.code_batch`) and
writes its Parquet files (`dyads.store.parquet`). Workers load the spaCy pipeline once (a worker
plugin; `dyads.nlp.load` is cached per process). Only the driver writes the manifest, after a
partition's files are in place, so a rerun skips finished partitions and a job killed halfway
resumes. Deduplication then runs over the whole store in independent date windows of each
blocking key; windows unchanged since the last run keep their events.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import itertools
import json
import logging
import os
import socket
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import dask
from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from dyads import __version__, budget, dedup, ingest, pipeline, read, tone
from dyads.errors import DyadsError, message
from dyads.records import Document, ErrorRecord
from dyads.settings import Settings
from dyads.store import parquet

log = logging.getLogger(__name__)

URL, MISSING, UNKNOWN = "url", "missing", "unknown"
RECORD_KINDS = (read.JSONL, read.CSV, read.TSV, read.JSON)
HASH_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Slice:
    """Part of one input: a whole file or URL, records [first, stop) of a file, or a byte range of JSONL lines
    or WARC records (`first_line` numbers the first line or record of the range)."""

    path: str
    kind: str
    doc_id: str = ""
    first: int = 0
    stop: int | None = None
    byte_start: int | None = None
    byte_end: int | None = None
    first_line: int = 1


@dataclass(frozen=True, slots=True)
class Partition:
    """What one Dask task codes; `pid` names it by its slices, their content and the read options."""

    slices: tuple[Slice, ...]
    pid: str
    docs: int = 0


@dataclass(slots=True)
class ClusterStats:
    """What one cluster ingest did."""

    partitions: int = 0
    skipped: int = 0
    coded: int = 0
    documents: int = 0
    mentions: int = 0
    errors: int = 0
    stored_documents: int = 0
    stored_mentions: int = 0
    events: int = 0
    windows: int = 0
    reused: int = 0
    deduplicated: bool = False
    started: float = field(default_factory=time.perf_counter)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started


# --- planning ----------------------------------------------------------------------------------
def plan(paths: Sequence[str], *, options: read.ReadOptions, partition_docs: int) -> list[Partition]:
    """Partitions of the inputs, in the order the single-machine reader yields their documents.

    Consecutive slices are grouped until they hold about `partition_docs` documents.
    """
    salt = json.dumps(asdict(options), default=str, sort_keys=True)
    parts: list[Partition] = []
    group: list[tuple[Slice, str]] = []
    weight = 0
    for path in paths:
        for piece, digest, n in _slices_of(path, options=options, partition_docs=partition_docs):
            if group and weight + n > partition_docs:
                parts.append(_partition(group, salt, weight))
                group, weight = [], 0
            group.append((piece, digest))
            weight += n
    if group:
        parts.append(_partition(group, salt, weight))
    return parts


def _partition(group: Sequence[tuple[Slice, str]], salt: str, docs: int) -> Partition:
    key = json.dumps([[asdict(s), digest] for s, digest in group] + [salt], sort_keys=True)
    return Partition(tuple(s for s, _ in group), hashlib.sha1(key.encode()).hexdigest()[:20], docs)


def _slices_of(path: str, *, options: read.ReadOptions, partition_docs: int) -> Iterator[tuple[Slice, str, int]]:
    """(slice, content hash, about how many documents) for one input."""
    if path == "-":
        raise DyadsError("E080", path=path)
    if path.startswith(("http://", "https://")):
        yield Slice(path, URL), path, 1
        return
    p = Path(path)
    if p.is_dir():
        for child in sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(".")):
            kind = read.kind_of(child)
            if kind is None:
                yield Slice(str(child), UNKNOWN), "", 1
            else:
                yield from _file_slices(child, kind, read._strip_suffixes(child.relative_to(p).as_posix()),
                                        options=options, partition_docs=partition_docs)
    elif not p.is_file():
        yield Slice(path, MISSING), "", 1
    else:
        yield from _file_slices(p, read.kind_of(p) or read.TEXT, read._strip_suffixes(p.name), options=options,
                                partition_docs=partition_docs)


def _file_slices(path: Path, kind: str, doc_id: str, *, options: read.ReadOptions,
                 partition_docs: int) -> Iterator[tuple[Slice, str, int]]:
    """One slice for a file, or ranges of at most `partition_docs` records for a large record file."""
    if kind == read.JSONL and path.suffix.lower() != ".gz":
        yield from _jsonl_ranges(path, doc_id, partition_docs, limits=options.budget)
        return
    if kind == read.WARC:
        yield from _warc_ranges(path, doc_id, partition_docs, options=options)
        return
    digest = _file_digest(path)
    n = read.count([str(path)], options=options) if kind in RECORD_KINDS else 1
    if n <= partition_docs:
        yield Slice(str(path), kind, doc_id), digest, n
        return
    for first in range(0, n, partition_docs):
        stop = first + partition_docs if first + partition_docs < n else None
        yield Slice(str(path), kind, doc_id, first=first, stop=stop), digest, partition_docs


def _jsonl_ranges(path: Path, doc_id: str, partition_docs: int, *, limits: budget.Budget
                  ) -> Iterator[tuple[Slice, str, int]]:
    """Byte ranges of at most `partition_docs` non-blank lines, each with its first line number and hash.

    Lines are read a piece at a time (an endless line is never held whole), and planning stops at the
    byte budget: the last range runs to the end of the file, and reading it stops at the budget with the
    same E020 as the whole-file reader.
    """
    start = pos = 0
    line_no = first_line = 1
    count = 0
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while pos <= limits.max_bytes and (piece := handle.readline(budget.CHUNK)):
            if count == partition_docs and piece.strip():  # a line starts here: a range may end before it
                yield Slice(str(path), read.JSONL, doc_id, byte_start=start, byte_end=pos,
                            first_line=first_line), digest.hexdigest(), count
                start, first_line, count, digest = pos, line_no, 0, hashlib.sha256()
            blank = not piece.strip()
            while True:  # the rest of a line longer than a piece, within the budget
                digest.update(piece)
                pos += len(piece)
                if piece.endswith(b"\n") or pos > limits.max_bytes or not (piece := handle.readline(budget.CHUNK)):
                    break
                blank = blank and not piece.strip()
            count += not blank
            line_no += 1
    over = pos > limits.max_bytes
    if count or start == 0 or over:
        yield Slice(str(path), read.JSONL, doc_id, byte_start=start, byte_end=None if over else pos,
                    first_line=first_line), digest.hexdigest(), count


def _warc_ranges(path: Path, doc_id: str, partition_docs: int, *, options: read.ReadOptions
                 ) -> Iterator[tuple[Slice, str, int]]:
    """Byte ranges of a WARC file at record offsets, each with at most `partition_docs` HTML responses.

    A range starts at an HTML response record and knows its first record number, so documents get
    the same origins and fallback ids as when the whole file is read. The archive is walked through the
    readers' byte budget (`dyads.budget`), and one that breaks it, is truncated, or cannot be split
    (e.g. one gzip stream around all records, or a record that is not a gzip member of its own) is one
    slice, read as a whole: it then stops and is reported exactly as the single-machine reader does.
    """
    from warcio.archiveiterator import ArchiveIterator

    cuts: list[tuple[int, int]] = [(0, 1)]
    counts = [0]
    try:
        with budget.open_bytes(path, budget=options.budget, eof_error=False, members=True) as handle:
            records = ArchiveIterator(handle)
            for n, record in enumerate(records, start=1):
                if not read.is_html_response(record):
                    continue
                if counts[-1] == partition_docs:
                    cuts.append((records.get_record_offset(), n))
                    counts.append(0)
                counts[-1] += 1
            stream = handle.raw
            if any(read.warc_ending(records, stream, origin=str(path))):
                raise EOFError("the archive is truncated")
        if stream.members is not None and path.suffix.lower() == ".gz":  # offsets in the file, not the output
            cuts = [(stream.members[offset], n) for offset, n in cuts]
    except Exception as exc:  # the budget, a truncation, a record that is no member, warcio on damaged archives
        log.debug("not splitting %s by records (%s); reading it whole", path, exc)
        cuts, counts = [(0, 1)], [sum(counts)]
    if len(cuts) == 1:
        yield Slice(str(path), read.WARC, doc_id), _file_digest(path), max(1, counts[0])
        return
    ends = [start for start, _ in cuts[1:]] + [path.stat().st_size]
    for (start, first), end, n in zip(cuts, ends, counts):
        yield (Slice(str(path), read.WARC, doc_id, byte_start=start, byte_end=end, first_line=first),
               _file_digest(path, start=start, end=end), n)


def _file_digest(path: Path, *, start: int = 0, end: int | None = None) -> str:
    """SHA-256 of a file, or of its bytes [start, end)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        handle.seek(start)
        left = None if end is None else end - start
        while chunk := handle.read(HASH_CHUNK if left is None else min(HASH_CHUNK, left)):
            digest.update(chunk)
            if left is not None:
                left -= len(chunk)
    return digest.hexdigest()


# --- the worker's side ---------------------------------------------------------------------------
def read_partition(part: Partition, *, options: read.ReadOptions) -> Iterator[Document | ErrorRecord]:
    """The documents (and rejected inputs) of one partition, exactly as `read.read_paths` yields them."""
    for piece in part.slices:
        for item in _read_slice(piece, options):
            yield read.with_language(item, options)


def _read_slice(piece: Slice, options: read.ReadOptions) -> Iterator[Document | ErrorRecord]:
    if piece.kind == URL:
        yield from read.read_url(piece.path, options=options)
    elif piece.kind == MISSING:
        yield ErrorRecord(piece.path, "E006", message("E006", path=piece.path))
    elif piece.kind == UNKNOWN:
        yield ErrorRecord(piece.path, "E007", message("E007", detail=f"unknown file type {Path(piece.path).name!r}"))
    elif piece.byte_start is not None and piece.kind == read.WARC:
        yield from read.guarded(read.read_warc(Path(piece.path), options=options, start=piece.byte_start,
                                               end=piece.byte_end, first_record=piece.first_line),
                                origin=str(Path(piece.path)), kind=piece.kind)
    elif piece.byte_start is not None:
        yield from read.guarded(read.read_jsonl(Path(piece.path), options=options, start=piece.byte_start,
                                                end=piece.byte_end, first_line=piece.first_line),
                                origin=str(Path(piece.path)), kind=piece.kind)
    else:
        items = read.read_file(Path(piece.path), kind=piece.kind, options=options, doc_id=piece.doc_id)
        yield from itertools.islice(items, piece.first, piece.stop)


def code_partition(part: Partition, *, out: str, settings: Settings, options: read.ReadOptions,
                   run_id: str) -> dict[str, Any]:
    """Read, code and write one partition (a Dask task); returns its manifest entry."""
    started, wall = time.perf_counter(), time.time()
    items = list(read_partition(part, options=options))
    results = []
    for i in range(0, len(items), settings.batch_size):
        results.extend(ingest.code_batch(items[i:i + settings.batch_size], settings))
    entry = parquet.write_partition(Path(out), part.pid, results, run_id=run_id)
    entry["seconds"] = round(time.perf_counter() - started, 3)
    # where and when it ran, so a benchmark can see how evenly the workers were kept busy
    entry.update(worker=f"{socket.gethostname()}:{os.getpid()}", started=wall, finished=time.time())
    entry["slices"] = [asdict(s) for s in part.slices]
    return entry


class WarmUp(WorkerPlugin):
    """Load the spaCy pipeline, the coding tables and the tone lexicon once when a worker starts."""

    name = "dyads-warm-up"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        pipeline.warm(self.settings)
        tone.lexicon()


# --- the driver ------------------------------------------------------------------------------------
@contextlib.contextmanager
def connect(*, settings: Settings, scheduler: str | None = None, local_workers: int | None = None) -> Iterator[Client]:
    """A Dask client: on the scheduler at `scheduler`, or on a LocalCluster of `local_workers` processes."""
    if scheduler:
        try:
            client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError) as exc:
            raise DyadsError("E083", address=scheduler, detail=str(exc)) from exc
        with client:
            yield client
        return
    # one task per single-threaded worker at a time: with Dask's default saturation (1.1) each worker also
    # holds a second task, which can leave the other worker idle at the end of a job
    with dask.config.set({"distributed.nanny.pre-spawn-environ": worker_environ(),
                          "distributed.scheduler.worker-saturation": 1.0}):
        cluster = LocalCluster(n_workers=local_workers or 1, threads_per_worker=settings.cluster_threads_per_worker,
                               processes=True, memory_limit=settings.cluster_memory_per_worker,
                               dashboard_address=None)
    with cluster, Client(cluster) as client:
        yield client


def worker_environ() -> dict[str, Any]:
    """Dask's environment for new worker processes, without its MALLOC_TRIM_THRESHOLD_.

    Dask sets a small malloc trim threshold so workers hand memory back to the system; spaCy parsing
    allocates and frees many small blocks, and the trimming made coding ~10% slower. dyads workers hold
    a steady amount of memory, so the default allocator is kept (docs/cluster.md says how to do the same on
    an external cluster).
    """
    environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", default={}) or {})
    environ["MALLOC_TRIM_THRESHOLD_"] = None  # None unsets a variable (distributed.nanny._get_env_variables)
    return environ


def run(paths: Sequence[str], *, out: str | Path, client: Client, settings: Settings,
        options: read.ReadOptions | None = None, progress: Callable[[ClusterStats], None] | None = None
        ) -> ClusterStats:
    """Code `paths` on the cluster behind `client` into the Parquet store `out`, then deduplicate it.

    `progress` is called after every finished partition; an exception it raises stops the run (the
    partitions finished so far are kept and a rerun skips them).
    """
    out = Path(out)
    options = options or read.ReadOptions(max_bytes=settings.max_doc_bytes, languages=settings.languages,
                                          timeout=settings.fetch_timeout, max_input_bytes=settings.max_input_bytes,
                                          max_compression_ratio=settings.max_compression_ratio)
    (out / parquet.MANIFEST).mkdir(parents=True, exist_ok=True)
    parts = plan(paths, options=options, partition_docs=settings.cluster_partition_docs)
    run_id = uuid.uuid4().hex[:12]
    started = time.time()
    parquet.record_run_plan(out, run_id, [p.pid for p in parts])
    done = parquet.finished(out)
    # largest partitions first, so the small ones fill the gaps at the end and no worker idles long
    todo = sorted((p for p in parts if p.pid not in done), key=lambda p: -p.docs)
    stats = ClusterStats(partitions=len(parts), skipped=len(parts) - len(todo))
    events_before = parquet.stored_events(out)
    threads = max((w.get("nthreads", 1) for w in client.scheduler_info().get("workers", {}).values()), default=1)
    if threads > 1:
        log.warning("Dask workers run %d threads each; spaCy holds the GIL, so start one single-threaded "
                    "worker per core instead (--nthreads 1)", threads)
    client.register_plugin(WarmUp(settings))
    # one submit per partition, so each gets its priority (Dask orders the tasks of one map by key)
    futures = [client.submit(code_partition, part, out=str(out.resolve()), settings=settings, options=options,
                             run_id=run_id, key=f"dyads-code-{run_id}-{part.pid}", retries=2, pure=False,
                             priority=len(todo) - i) for i, part in enumerate(todo)]
    try:
        for future in as_completed(futures):
            entry = future.result()
            parquet.record_partition(out, entry)
            stats.coded += 1
            stats.documents += entry["n_documents"]
            stats.mentions += entry["n_mentions"]
            stats.errors += entry["n_errors"]
            if progress is not None:
                progress(stats)
    finally:
        client.cancel([f for f in futures if not f.done()])
    final = deduplicate(out, client=client, settings=settings)
    stats.deduplicated = final.ran
    stats.stored_documents, stats.stored_mentions, stats.events = final.documents, final.mentions, final.events
    stats.windows, stats.reused = final.windows, final.reused
    parquet.write_run(out, {
        "run_id": run_id, "version": __version__, "started": _timestamp(started), "finished": _timestamp(time.time()),
        "settings": json.dumps({"paths": list(paths), "engine": "dask", "settings": asdict(settings),
                                "read": asdict(options)}, default=str),
        "n_documents": stats.documents, "n_skipped": stats.skipped, "n_events": stats.mentions,
        "n_errors": stats.errors, "n_read": stats.documents + stats.errors,
        "n_new_events": stats.events - events_before, "seconds": stats.seconds, "error_counts": None})
    return stats


def deduplicate(out: Path, *, client: Client, settings: Settings) -> parquet.Finalized:
    """Deduplicate the whole store on the cluster, one task per pack of changed date windows (skipped if nothing changed)."""
    options = dedup.DedupOptions(window_days=settings.dedup_window_days, max_km=settings.dedup_max_km,
                                 syndication_threshold=settings.syndication_threshold)
    tasks = settings.cluster_dedup_tasks or 4 * max(1, len(client.scheduler_info().get("workers", {})))

    def run_tasks(fn: Callable[[str], Any], args: Sequence[str]) -> list[Any]:
        # the largest tasks come first; priorities keep that order on the workers
        return client.gather([client.submit(fn, arg, pure=False, priority=len(args) - i) for i, arg in enumerate(args)])

    return parquet.finalize(out, options=options, batch_size=settings.batch_size, tasks=tasks,
                            task_mentions=settings.cluster_dedup_task_mentions, run_tasks=run_tasks)


def _timestamp(seconds: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds)


def summary(stats: ClusterStats, out: Any) -> str:
    """One line that says what a cluster run did."""
    dedup_note = (f"deduplicated ({stats.reused} of {stats.windows} date windows unchanged)" if stats.deduplicated
                  else "nothing new to deduplicate")
    return (f"coded {stats.coded} of {stats.partitions} partitions ({stats.skipped} already done): "
            f"{stats.documents} documents, {stats.mentions} mentions, {stats.errors} errors; {dedup_note}: "
            f"{stats.stored_documents} documents, {stats.stored_mentions} mentions, {stats.events} events "
            f"in {out} in {stats.seconds:.1f} s")
