"""Ingest: read a corpus, code it in worker processes, and store it batch by batch.

Workers return records; only this driver writes (through the store). Each batch is one
transaction, and documents already stored (same content hash) are skipped before coding, so a
run that is killed and started again ends with exactly the rows of an uninterrupted run.
Batches are written in input order whatever the number of workers, so the results do not
depend on it.
"""
from __future__ import annotations

import collections
import concurrent.futures as cf
import ctypes
import itertools
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from dyads import dedup, nlp, pipeline, read, tone
from dyads.errors import DyadsError, describe
from dyads.records import Document, ErrorRecord, Result
from dyads.settings import Settings
from dyads.store import Store

log = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1  # prctl option (linux/prctl.h): the signal a process gets when its parent dies


@dataclass(slots=True)
class IngestStats:
    """What one ingest run did so far."""

    total: int = 0
    read: int = 0
    documents: int = 0
    skipped: int = 0
    mentions: int = 0
    events_before: int = 0
    events: int = 0
    errors: int = 0
    undated: int = 0  # documents this run stored without a publication date
    error_codes: collections.Counter = field(default_factory=collections.Counter)
    started: float = field(default_factory=time.perf_counter)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    @property
    def new_events(self) -> int:
        return self.events - self.events_before


def run(paths: Sequence[str], *, db: str | Path, settings: Settings, options: read.ReadOptions | None = None,
        progress: Callable[[IngestStats], None] | None = None) -> IngestStats:
    """Ingest `paths` into the database `db`; `progress` is called after every written batch."""
    options = options or read.ReadOptions(max_bytes=settings.max_doc_bytes, languages=settings.languages,
                                          timeout=settings.fetch_timeout, max_input_bytes=settings.max_input_bytes,
                                          max_compression_ratio=settings.max_compression_ratio)
    stats = IngestStats(total=read.count(paths, options=options))
    dedup_options = dedup.DedupOptions(window_days=settings.dedup_window_days, max_km=settings.dedup_max_km,
                                       syndication_threshold=settings.syndication_threshold)
    with Store(db, dedup_options=dedup_options, memory_limit=settings.db_memory_limit) as store:
        stats.events_before = stats.events = store.counts()["events"]
        run_id = store.start_run({"paths": list(paths), "settings": asdict(settings), "read": asdict(options)})
        store.set_min_confidence(settings.confidence_threshold())
        # language identification runs in the workers, with the parsing, not in this process
        batches = _batches(read.read_paths(paths, options=options, languages=False), store, settings.batch_size, stats)
        for results in _code(batches, settings, options):
            n_docs, n_mentions, _ = store.write_results(results, run_id=run_id)
            # documents stored meanwhile (the same text twice in this run) were not written again
            stats.skipped += sum(1 for r in results if r.error is None) - n_docs
            for result in results:
                if result.error is not None:
                    stats.errors += 1
                    stats.error_codes[result.error.code] += 1
                    log.warning("skipped %s: %s", result.error.origin, describe(result.error.code, result.error.message))
            stats.documents += n_docs
            stats.mentions += n_mentions
            stats.events = store.counts()["events"]
            log.debug("committed batch of %d results", len(results))
            if progress is not None:
                progress(stats)
        stats.undated = store.con.execute("SELECT count(*) FROM documents WHERE run_id = ? AND date IS NULL",
                                          [run_id]).fetchone()[0]
        store.finish_run(run_id, n_read=stats.read, n_documents=stats.documents, n_skipped=stats.skipped,
                         n_events=stats.mentions, n_new_events=stats.new_events, n_errors=stats.errors,
                         error_counts=dict(stats.error_codes), seconds=stats.seconds)
    return stats


def _batches(items: Iterable[Document | ErrorRecord], store: Store, size: int,
             stats: IngestStats) -> Iterator[list[Document | ErrorRecord]]:
    """Batches of input with documents already stored (or repeated in the batch) left out."""
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        stats.read += len(chunk)
        hashes = {id(d): read.content_hash(d.text) for d in chunk if isinstance(d, Document)}
        known = store.known_hashes(list(hashes.values()))
        failed = store.failed_hashes(list(hashes.values()))
        todo = []
        for item in chunk:
            digest = hashes.get(id(item))
            if digest is not None and digest in failed:
                # coding it failed in an earlier run (its E009 row is there): a restart does not retry it
                stats.skipped += 1
                log.warning("skipped %s: its coding failed in an earlier run (E009); not retried",
                            getattr(item, "origin", None) or getattr(item, "id", ""))
                continue
            if digest is not None and digest in known:
                stats.skipped += 1
                continue
            if digest is not None:
                known.add(digest)
            todo.append(item)
        if todo:
            yield todo


def code_batch(items: Sequence[Document | ErrorRecord], settings: Settings,
               options: read.ReadOptions | None = None) -> list[Result]:
    """Code one batch and add what the store needs (MinHash signature, tone): the worker's job.

    With `options`, each document's language is identified first (non-English ones become errors).
    """
    if options is not None:
        items = [read.with_language(item, options) for item in items]
    out = []
    for result in pipeline.code_documents(items, settings=settings):
        if result.error is None:
            text = result.document.text
            result = replace(result, extra={**result.extra, "minhash": dedup.signature(text),
                                            "tone": tone.tone(text)})
        out.append(result)
    return out


def _code(batches: Iterator[list[Document | ErrorRecord]], settings: Settings,
          options: read.ReadOptions) -> Iterator[list[Result]]:
    """Coded batches in input order, in this process or in `settings.workers` processes."""
    if settings.workers <= 1:
        for batch in batches:
            yield code_batch(batch, settings, options)
        return
    context = multiprocessing.get_context("spawn")
    with cf.ProcessPoolExecutor(settings.workers, mp_context=context, initializer=_warm,
                                initargs=(settings, os.getpid()),
                                max_tasks_per_child=settings.worker_max_batches or None) as pool:
        pending: collections.deque[cf.Future] = collections.deque()
        for batch in batches:
            pending.append(pool.submit(code_batch, batch, settings, options))
            # a bounded number of batches in flight keeps memory flat whatever the corpus size
            if len(pending) >= 2 * settings.workers:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())


def _result(future: cf.Future) -> list[Result]:
    try:
        return future.result()
    except cf.process.BrokenProcessPool as exc:  # a worker was killed (out of memory, SIGKILL)
        raise DyadsError("E024", detail=f"a worker process died ({exc})") from exc


def _warm(settings: Settings, driver: int | None = None) -> None:
    """Tie the worker's life to the driver's, then load the spaCy pipeline, the coding tables and the tone
    lexicon once per worker."""
    if driver is not None:
        _die_with(driver)
    pipeline.warm(settings)
    tone.lexicon()
    read.detect_language("warm-up text for the language identifier, long enough to be classified")


def _die_with(driver: int) -> None:
    """End this worker process when the driver `driver` dies, even by SIGKILL (which runs no clean-up).

    On Linux the kernel sends SIGKILL at once (PR_SET_PDEATHSIG); elsewhere, and in case the driver died
    before that was set, a thread notices within a second that the worker has a new parent.
    """
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != driver:
        os._exit(1)
    threading.Thread(target=_watch_driver, args=(driver,), name="dyads-driver-watch", daemon=True).start()


def _watch_driver(driver: int) -> None:
    while os.getppid() == driver:
        time.sleep(1.0)
    os._exit(1)


def summary(stats: IngestStats, db: Any) -> str:
    """One line that says what a run did."""
    codes = ", ".join(f"{code}: {n}" for code, n in sorted(stats.error_codes.items()))
    return (f"ingested {stats.documents} documents ({stats.skipped} already stored), {stats.mentions} mentions, "
            f"{stats.new_events} new events, {stats.errors} errors{f' ({codes})' if codes else ''} "
            f"into {db} in {stats.seconds:.1f} s" + (f"; {stats.undated} documents without a date" if stats.undated
                                                     else ""))
