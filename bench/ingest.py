"""Ingest benchmark: `dyads ingest --workers N` against spaCy alone with N processes on the same texts.

Reads ../shared/corpora/guardian_sample.csv (not shipped with dyads) and repeats it with distinct ids
(each copy gets a one-line marker so its content hash differs) up to --docs documents. Runs, each as
its own process: spaCy `nlp.pipe(n_process=N)` alone; `dyads ingest` into a fresh database. Prints
documents/s, the speed ratio ingest/spaCy, peak memory of the whole process tree (driver + workers),
database size per 1,000 documents, and peak memory at --small documents against --docs documents.

Usage: python bench/ingest.py [--docs 1000] [--small 250] [--workers 2] [--repeat 1]
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "guardian_sample.csv"
DYADS = str(Path(sys.executable).with_name("dyads"))
SPACY_ALONE = """
import json, sys
from dyads import nlp
from dyads.settings import load_settings
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
model = nlp.load(load_settings().spacy_model)
n = sum(1 for doc in model.pipe(texts, batch_size=32, n_process=int(sys.argv[2])) for _ in doc.sents)
print(n)
"""


def write_corpus(path: Path, n_docs: int) -> None:
    if not CORPUS.is_file():
        sys.exit(f"benchmark corpus not found: {CORPUS} (it lives in the project's shared/ folder)")
    csv.field_size_limit(10**9)
    with CORPUS.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r.get("text", "").strip()]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n_docs):
            row = rows[i % len(rows)]
            copy = i // len(rows)
            text = row["text"] if copy == 0 else f"{row['text']}\n\n(Copy {copy} for the benchmark.)"
            out.write(json.dumps({"id": f"g{i:05d}", "text": text, "date": row["date"][:10],
                                  "source": row.get("source") or None}) + "\n")


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB (Linux /proc)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total / 1024


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Run a command; return wall seconds, peak tree RSS (MB) and its stdout+stderr."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, **(env or {})})
    peak = 0.0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, tree_rss_mb(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output = proc.communicate()[0]
    seconds = time.perf_counter() - start
    stop.set()
    sampler.join()
    if proc.returncode != 0:
        sys.exit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{output}")
    return seconds, peak, output


def ingest_once(corpus: Path, workers: int) -> tuple[float, float, int, str]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        seconds, peak, output = timed([DYADS, "ingest", str(corpus), "--db", str(db), "--workers", str(workers)])
        size = db.stat().st_size + sum(p.stat().st_size for p in Path(tmp).glob("bench.duckdb.wal"))
    return seconds, peak, size, output.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000, help="documents in the large run")
    parser.add_argument("--small", type=int, default=250, help="documents in the small run (memory comparison)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (and spaCy n_process)")
    parser.add_argument("--repeat", type=int, default=1, help="timed rounds of the large runs (median reported)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp) / "big.jsonl", Path(tmp) / "small.jsonl"
        write_corpus(big, args.docs)
        write_corpus(small, args.small)
        n_words = sum(len(json.loads(line)["text"].split()) for line in big.open(encoding="utf-8"))
        spacy_runs, ingest_runs = [], []
        for _ in range(args.repeat):
            ingest_runs.append(ingest_once(big, args.workers))
            print(f"  (ingest {args.docs}: {ingest_runs[-1][0]:.1f} s, peak {ingest_runs[-1][1]:.0f} MB, "
                  f"{ingest_runs[-1][2] / 1e6:.1f} MB database)", flush=True)
            seconds, peak, out = timed([sys.executable, "-c", SPACY_ALONE, str(big), str(args.workers)])
            spacy_runs.append((seconds, peak, int(out.strip().splitlines()[-1])))
            print(f"  (spaCy alone: {seconds:.1f} s, peak {peak:.0f} MB)", flush=True)
        small_run = ingest_once(small, args.workers)
        print(f"  (ingest {args.small}: {small_run[0]:.1f} s, peak {small_run[1]:.0f} MB)", flush=True)
    s_time = statistics.median(r[0] for r in spacy_runs)
    i_time = statistics.median(r[0] for r in ingest_runs)
    n_sents = spacy_runs[0][2]
    _, big_peak, big_size, summary = ingest_runs[0]
    print(f"corpus: {args.docs} documents (Guardian sample repeated), ~{n_words} words, {n_sents} sentences; "
          f"workers {args.workers}; median of {args.repeat}")
    print(f"spaCy alone (n_process={args.workers}): {args.docs / s_time:7.2f} docs/s {n_sents / s_time:7.1f} "
          f"sentences/s  {s_time:.1f} s  peak {spacy_runs[0][1]:.0f} MB")
    print(f"dyads ingest --workers {args.workers}: {args.docs / i_time:7.2f} docs/s {n_sents / i_time:7.1f} "
          f"sentences/s  {i_time:.1f} s  peak {big_peak:.0f} MB")
    print(f"ratio ingest/spaCy speed: {s_time / i_time:.3f}  (target >= 0.8; both include loading the model)")
    print(f"database size: {big_size / 1e6:.1f} MB for {args.docs} documents = "
          f"{big_size / 1e6 * 1000 / args.docs:.1f} MB per 1,000 documents")
    print(f"peak memory (process tree): {small_run[1]:.0f} MB at {args.small} documents, {big_peak:.0f} MB at "
          f"{args.docs} documents (ratio {big_peak / small_run[1]:.2f})")
    print(f"last ingest said: {summary}")


if __name__ == "__main__":
    main()
