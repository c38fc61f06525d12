"""Cluster benchmark: `ingest --engine dask` on a LocalCluster of 1 and 2 workers vs the single-machine `--workers 2`.

Builds a JSONL corpus of N documents from ../shared/corpora/guardian_sample.csv (not shipped with
dyads), repeated with distinct ids; each copy gets a short distinct last line so its content hash
differs and every copy is really coded (the store would skip exact duplicates). Prints documents/s of
each run, the scaling efficiency (2-worker speed / (2 x 1-worker speed)), the overhead of 2 Dask
workers vs the single-machine path with 2 worker processes, and the peak memory (RSS) of each
worker. Each timed run includes starting the workers' spaCy pipelines, as `ingest --workers 2` does.

Usage: python bench/cluster.py [--docs 1000] [--partition-docs 25]
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from dyads import cluster, ingest, read
from dyads.settings import load_settings
from dyads.store import Store, parquet

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "guardian_sample.csv"


def write_corpus(target: Path, n_docs: int) -> Path:
    """N documents of the Guardian sample, cycled, with distinct ids and texts."""
    if not CORPUS.is_file():
        sys.exit(f"benchmark corpus not found: {CORPUS} (it lives in the project's shared/ folder)")
    csv.field_size_limit(10**9)
    with CORPUS.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r.get("text", "").strip()]
    path = target / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(n_docs):
            row = rows[i % len(rows)]
            text = row["text"] + f"\n\nArchive copy {i // len(rows) + 1}."
            out.write(json.dumps({"id": f"g{i}", "date": row["date"][:10], "source": row.get("source"),
                                  "text": text}) + "\n")
    return path


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def single_machine(corpus: Path, work: Path, settings) -> tuple[float, int]:
    db = work / "single.duckdb"
    started = time.perf_counter()
    stats = ingest.run([str(corpus)], db=db, settings=settings.with_(workers=2))
    return time.perf_counter() - started, stats.documents


def on_dask(corpus: Path, work: Path, settings, workers: int) -> tuple[float, int, list[float], dict]:
    out = work / f"store-{workers}"
    with cluster.connect(settings=settings, local_workers=workers) as client:
        started = time.perf_counter()
        stats = cluster.run([str(corpus)], out=out, client=client, settings=settings)
        seconds = time.perf_counter() - started
        memory = sorted(client.run(peak_mb).values())
    with Store(out, read_only=True) as store:
        counts = store.counts()
    counts["balance"] = balance(out)
    return seconds, stats.documents, memory, counts


def balance(out: Path) -> str:
    """How evenly the coding tasks kept the workers busy (from the manifest: worker, start, end of each task)."""
    entries = [e for e in parquet.finished(out).values() if "worker" in e]
    if not entries:
        return "no task timings"
    span = max(e["finished"] for e in entries) - min(e["started"] for e in entries)
    workers: dict[str, list[dict]] = {}
    for e in entries:
        workers.setdefault(e["worker"], []).append(e)
    busy = {w: sum(e["finished"] - e["started"] for e in es) for w, es in workers.items()}
    last = sorted(max(e["finished"] for e in es) for es in workers.values())
    return (f"{len(entries)} tasks on {len(workers)} worker(s), coding span {span:.1f} s, busy "
            f"{', '.join(f'{b / span:.0%}' for b in sorted(busy.values(), reverse=True))}; "
            f"first worker done {last[-1] - last[0]:.1f} s before the last")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000, help="documents in the corpus")
    parser.add_argument("--partition-docs", type=int, default=25, help="documents per Dask task")
    args = parser.parse_args()
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")
    settings = load_settings(cluster_partition_docs=args.partition_docs)
    with tempfile.TemporaryDirectory(prefix="dyads-bench-") as tmp:
        work = Path(tmp)
        corpus = write_corpus(work, args.docs)
        n_tokens = sum(len(d.text.split()) for d in read.read_paths([str(corpus)]) if hasattr(d, "text"))
        print(f"corpus: {args.docs} documents, ~{n_tokens:,} words, partitions of {args.partition_docs}; "
              f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
        t_single, n_single = single_machine(corpus, work, settings)
        print(f"single machine --workers 2: {t_single:.1f} s, {n_single / t_single:.2f} docs/s", flush=True)
        results = {}
        for workers in (1, 2):
            seconds, n_docs, memory, counts = on_dask(corpus, work, settings, workers)
            results[workers] = seconds
            print(f"dask, {workers} worker(s): {seconds:.1f} s, {n_docs / seconds:.2f} docs/s, peak RSS per worker "
                  f"{', '.join(f'{m:.0f}' for m in memory)} MB; store {counts['documents']} documents, "
                  f"{counts['mentions']} mentions, {counts['events']} events; {counts['balance']}", flush=True)
        speed1, speed2 = args.docs / results[1], args.docs / results[2]
        print(f"scaling efficiency 2 workers / (2 x 1 worker): {speed2 / (2 * speed1):.2f} (target >= 0.8)")
        print(f"overhead dask 2 workers vs single machine --workers 2: "
              f"{(results[2] - t_single) / t_single * 100:+.1f}% (target <= 15%)")
        print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
