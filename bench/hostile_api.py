"""Issue 15, API part: a real `dyads serve` under read load plus concurrent coding, hostile probes, export kills.

Builds (once, cached in bench/out/) a synthetic database, starts `dyads serve` on a loopback port and
prints:

- GET latency p50/p95 of 2,000 requests from 20 client threads, alone and while 20 clients each post a
  ~99 KB text to POST /api/code (they honour 429 + Retry-After until their text is coded); errors
  (any answer other than 2xx, or 429 for a coder request, or a broken connection) and the server's
  peak RSS (VmHWM);
- hostile probes: a foreign Host header, deeply nested JSON, a 300 MB chunked body;
- an export kill loop: `dyads export` (csv, jsonl, gdelt, polecat, parquet in turn) killed with SIGKILL once
  its temporary file holds a random share of the previous export, until at least --kills kills landed
  mid-write; after each, the target must hold the previous export or a complete new one, and the next
  export removes the leftovers.

Only 127.0.0.1 is contacted. `bench/hostile.py` (the ingest side of issue 15) may call `main()`.

    python bench/hostile_api.py [--events 200000] [--requests 2000] [--clients 20] [--coders 20] [--kills 10]
                                [--exports-only]
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api_latency import CODES, build, free_port, percentile  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
DYADS = str(Path(sys.executable).with_name("dyads"))
TOKEN = "bench-token"
# Invented sentences for POST /api/code: countries, verbs and topics combined at random.
STATES = ["Chile", "Peru", "Kenya", "Uganda", "Ghana", "Togo", "Poland", "Ukraine", "France", "Germany", "Japan",
          "India", "Brazil", "Egypt", "Turkey", "Canada", "Mexico", "Norway", "Vietnam", "Nigeria"]
VERBS = ["accused", "met", "praised", "criticized", "signed an agreement with", "threatened", "sent aid to",
         "held talks with", "condemned", "expelled diplomats from", "agreed to cooperate with", "rejected a bid by"]
TOPICS = ["the border dispute", "fishing rights", "a new railway", "grain exports", "a detained journalist",
          "river water", "tariffs on steel", "a naval exercise", "refugees", "an election"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article(n_bytes: int, rng: random.Random) -> str:
    """An invented news text of about `n_bytes` bytes."""
    out, size = [], 0
    while size < n_bytes:
        a, b = rng.sample(STATES, 2)
        sentence = f"{a} {rng.choice(VERBS)} {b} over {rng.choice(TOPICS)} on {rng.choice(DAYS)}."
        out.append(sentence)
        size += len(sentence) + 1
    return " ".join(out)[:n_bytes]


def peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def start_server(db: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([DYADS, "serve", "--db", str(db), "--port", str(port), "--token", TOKEN],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/facets", timeout=5).status_code == 200:
                return proc
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("dyads serve did not start")
        time.sleep(0.3)


def reads(n: int, rng: random.Random) -> list[tuple[str, dict]]:
    top = CODES[:12]
    make = [
        lambda: ("/api/events", {"limit": 50, "offset": rng.choice([0, 50, 500])}),
        lambda: ("/api/events", {"actor": rng.choice(top), "recipient": rng.choice(top), "status": "any"}),
        lambda: (f"/api/dyads/{rng.choice(top)}/{rng.choice(top)}/series", {"freq": "month"}),
        lambda: ("/api/actors/top", {"limit": 10}),
        lambda: ("/api/facets", {}),
        lambda: ("/", {}),
    ]
    return [rng.choice(make)() for _ in range(n)]


def read_load(base: str, paths: list[tuple[str, dict]], clients: int) -> tuple[list[float], int]:
    """Fire `paths` from `clients` threads; (latencies in ms, errors)."""
    def worker(chunk):
        ms, errors = [], 0
        with httpx.Client(base_url=base, timeout=120) as client:
            for path, params in chunk:
                t0 = time.perf_counter()
                try:
                    ok = client.get(path, params=params).status_code < 400
                except httpx.TransportError:
                    ok = False
                ms.append((time.perf_counter() - t0) * 1000)
                errors += not ok
        return ms, errors

    with ThreadPoolExecutor(clients) as pool:
        parts = list(pool.map(worker, [paths[i::clients] for i in range(clients)]))
    return [m for ms, _ in parts for m in ms], sum(e for _, e in parts)


def code_load(base: str, texts: list[str], stop_after: float) -> dict:
    """One client per text posts it until it is coded (429: wait Retry-After); counts and timings."""
    def client(text):
        t0, busy = time.perf_counter(), 0
        while time.perf_counter() - t0 < stop_after:
            try:
                res = httpx.post(f"{base}/api/code", json={"text": text, "date": "2024-05-17"},
                                 headers={"X-Dyads-Token": TOKEN}, timeout=stop_after)
            except httpx.TransportError:
                return {"ok": False, "busy": busy, "s": time.perf_counter() - t0, "events": 0}
            if res.status_code == 429:
                busy += 1
                time.sleep(float(res.headers.get("retry-after", "5")))
                continue
            ok = res.status_code == 200
            return {"ok": ok, "busy": busy, "s": time.perf_counter() - t0,
                    "events": len(res.json()["events"]) if ok else 0}
        return {"ok": False, "busy": busy, "s": time.perf_counter() - t0, "events": 0}

    with ThreadPoolExecutor(len(texts)) as pool:
        done = list(pool.map(client, texts))
    seconds = [d["s"] for d in done]
    return {"coded": sum(d["ok"] for d in done), "errors": sum(not d["ok"] for d in done),
            "429s": sum(d["busy"] for d in done), "events": sum(d["events"] for d in done),
            "p50 s": statistics.median(seconds), "max s": max(seconds)}


def probes(base: str) -> list[tuple[str, str]]:
    """Hostile requests and what the server answered."""
    out = []
    res = httpx.get(f"{base}/api/events", headers={"Host": "rebind.example"}, timeout=30)
    out.append(("foreign Host header", f"{res.status_code} {res.json()['detail'][:4]}"))
    res = httpx.post(f"{base}/api/code", content="[" * 45_000 + "]" * 45_000, timeout=60,
                     headers={"content-type": "application/json", "X-Dyads-Token": TOKEN})
    out.append(("nested JSON 45,000 deep", f"{res.status_code} {res.json()['detail'][:4]}"))
    sent = [0]

    def body():
        for _ in range(4800):
            sent[0] += 65536
            yield b"x" * 65536

    try:
        res = httpx.post(f"{base}/api/code", content=body(), headers={"X-Dyads-Token": TOKEN}, timeout=120)
        answer = str(res.status_code)
    except httpx.TransportError:
        answer = "connection closed"
    out.append(("300 MB chunked body", f"{answer} after {sent[0] / 2**20:.1f} MB sent"))
    res = httpx.post(f"{base}/api/code", json={"text": "Chile met Peru."}, timeout=30)
    out.append(("POST /api/code without token", f"{res.status_code} {res.json()['detail'][:4]}"))
    return out


EXPORT_FORMATS = ("csv", "jsonl", "gdelt", "polecat", "parquet")


@dataclass
class ExportKills:
    """What the export kill loop saw."""

    attempts: int = 0
    landed: int = 0  # killed while the temporary file was being written
    good: int = 0  # the target afterwards held the previous export or a complete new one
    by_format: dict = field(default_factory=dict)
    leftovers: int = 0  # temporary files left after the next export of each format


def _writing(folder: Path, target: Path, pid: int) -> Path | None:
    """The temporary file export `pid` is writing, once it holds bytes."""
    for f in folder.glob(f".dyads-tmp-{pid}-*-{target.name}"):
        try:
            return f if f.stat().st_size > 0 else None
        except FileNotFoundError:  # renamed into place just now
            return None
    return None


def _export(db: Path, target: Path, fmt: str) -> subprocess.Popen:
    return subprocess.Popen([DYADS, "export", str(target), "--db", str(db), "--format", fmt],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _clean_export(db: Path, target: Path, fmt: str) -> int:
    """A clean export (the 'previous' file of the loop); its size in bytes."""
    proc = _export(db, target, fmt)
    if proc.wait() != 0:
        raise SystemExit(f"dyads export --format {fmt} failed with rc {proc.returncode}")
    return target.stat().st_size


def export_kills(db: Path, kills: int, rng: random.Random) -> ExportKills:
    """SIGKILL `dyads export` while it writes (>= `kills` kills that land mid-write, spread over the formats);
    after each, the target must hold the previous export or a complete new one.

    Each run is killed once its temporary file holds a random share (2-95%) of the size of the previous
    export: timing a kill by the clock mostly misses the writing on a loaded machine (the query runs first
    with an empty file, and the process takes a second to end after the rename)."""
    folder = OUT / "export-kills"
    folder.mkdir(exist_ok=True)
    for f in folder.iterdir():
        f.unlink()
    n_events = duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM events").fetchone()[0]
    out = ExportKills()
    sizes = {fmt: _clean_export(db, folder / f"events.{fmt}", fmt) for fmt in EXPORT_FORMATS}
    i = 0
    while out.landed < kills and out.attempts < 4 * kills:
        fmt = EXPORT_FORMATS[i % len(EXPORT_FORMATS)]
        i += 1
        target = folder / f"events.{fmt}"
        previous = hashlib.sha256(target.read_bytes()).hexdigest()
        proc = _export(db, target, fmt)
        share = rng.uniform(0.02, 0.95)
        temp, size = None, 0
        while proc.poll() is None and size < share * sizes[fmt]:
            temp = _writing(folder, target, proc.pid) or temp
            try:
                size = temp.stat().st_size if temp else 0
            except FileNotFoundError:  # renamed into place
                break
            time.sleep(0.001)
        landed = proc.poll() is None and temp is not None and temp.exists()
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        out.attempts += 1
        landed = landed and proc.returncode == -signal.SIGKILL
        now = hashlib.sha256(target.read_bytes()).hexdigest() if target.exists() else None
        ok = now == previous or complete(target, fmt, n_events)
        out.landed += landed
        out.good += ok
        tally = out.by_format.setdefault(fmt, [0, 0, 0])  # attempts, landed mid-write, old or complete
        tally[0] += 1
        tally[1] += landed
        tally[2] += ok
    for fmt in EXPORT_FORMATS:  # the next export removes what the killed ones left
        _clean_export(db, folder / f"events.{fmt}", fmt)
    out.leftovers = sum(1 for f in folder.iterdir() if f.name.startswith(".dyads-tmp-"))
    return out


def complete(path: Path, fmt: str, n: int) -> bool:
    con = duckdb.connect()
    try:
        if fmt == "parquet":
            return con.execute(f"SELECT count(*) FROM read_parquet('{path}')").fetchone()[0] == n
        lines = path.read_text(encoding="utf-8").splitlines()
        if fmt == "jsonl":
            return len(lines) == n and all(json.loads(line) for line in lines)
        if fmt == "polecat":
            return len(lines) == n and all(json.loads(line)["Event ID"] for line in lines)
        if fmt == "gdelt":
            return len(lines) == n and all(len(line.split("\t")) == 61 for line in lines)
        return len(list(csv.reader(lines))) == n + 1  # a header row
    except (duckdb.Error, OSError, UnicodeDecodeError, ValueError, KeyError, csv.Error):
        return False
    finally:
        con.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000, help="synthetic events in the database")
    parser.add_argument("--requests", type=int, default=2000, help="GET requests per run")
    parser.add_argument("--clients", type=int, default=20, help="concurrent GET clients")
    parser.add_argument("--coders", type=int, default=20, help="concurrent POST /api/code clients")
    parser.add_argument("--code-bytes", type=int, default=99_000, help="size of each posted text")
    parser.add_argument("--kills", type=int, default=10, help="exports killed while writing (at least; over the "
                                                              "five formats)")
    parser.add_argument("--exports-only", action="store_true", help="run only the export kill loop")
    args = parser.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    db = OUT / f"hostile_api_{args.events}.duckdb"
    if not db.exists():
        partial = db.with_suffix(".building")
        build(partial, args.events)
        partial.rename(db)
    rng = random.Random(15)
    if args.exports_only:
        print_export_kills(export_kills(db, args.kills, rng))
        return
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(db, port)
    try:
        print(f"database: {db.name} ({args.events:,} events); cores: {os.cpu_count()}; "
              f"load average: {os.getloadavg()[0]:.1f}")
        read_load(base, reads(40, rng), 4)  # warm-up
        ms, errors = read_load(base, reads(args.requests, rng), args.clients)
        print(f"GET alone:        {len(ms)} requests, {args.clients} clients: p50 {statistics.median(ms):.0f} ms, "
              f"p95 {percentile(ms, 95):.0f} ms, errors {errors}")
        texts = [article(args.code_bytes, rng) for _ in range(args.coders)]
        coded: dict = {}
        coder = threading.Thread(target=lambda: coded.update(code_load(base, texts, stop_after=3600)))
        t0 = time.perf_counter()
        coder.start()
        time.sleep(1.0)  # the coder requests are in (running, queued or refused with 429)
        ms, errors = read_load(base, reads(args.requests, rng), args.clients)
        print(f"GET while coding: {len(ms)} requests, {args.clients} clients: p50 {statistics.median(ms):.0f} ms, "
              f"p95 {percentile(ms, 95):.0f} ms, errors {errors}")
        coder.join()
        print(f"POST /api/code:   {args.coders} clients x {args.code_bytes:,} bytes: coded {coded['coded']}, "
              f"errors {coded['errors']}, 429 answers {coded['429s']} (retried), events {coded['events']}, "
              f"p50 {coded['p50 s']:.0f} s, last done after {time.perf_counter() - t0:.0f} s")
        print(f"server peak RSS: {peak_rss_mb(server.pid):.0f} MB")
        for name, answer in probes(base):
            print(f"probe {name:32} -> {answer}")
        print(f"server peak RSS after probes: {peak_rss_mb(server.pid):.0f} MB")
    finally:
        server.terminate()
        server.wait(timeout=30)
    print_export_kills(export_kills(db, args.kills, rng))


def print_export_kills(k: ExportKills) -> None:
    per = "; ".join(f"{fmt} {a} runs, {landed} mid-write, {ok} old or complete"
                    for fmt, (a, landed, ok) in k.by_format.items())
    print(f"export kill loop: {k.attempts} exports killed, {k.landed} of them while writing the file; target old or "
          f"complete after {k.good}/{k.attempts}; temporary files left after the next exports: {k.leftovers}")
    print(f"  per format: {per}")


if __name__ == "__main__":
    main()
