"""API latency under load: p50/p95 of /api/events and /api/dyads/{a}/{b}/series on >= 1,000,000 events.

Builds (once, cached in bench/out/) a dyads database of synthetic events, starts `dyads serve` on a
loopback port, and fires a bounded number of requests from concurrent httpx client threads.
Only 127.0.0.1 is contacted. Prints medians and 95th percentiles per endpoint and concurrency.

    python bench/api_latency.py [--events 1000000] [--requests 400] [--concurrency 1 4]
"""
from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from dyads.records import EVENT_TYPES
from dyads.store import Store

OUT = Path(__file__).resolve().parent / "out"
CODES = ["USA", "CHN", "RUS", "UKR", "GBR", "FRA", "DEU", "JPN", "IND", "BRA", "ZAF", "NGA", "KEN", "SOM", "ETH",
         "EGY", "ISR", "PSE", "IRN", "IRQ", "SYR", "TUR", "SAU", "PAK", "AFG", "PRK", "KOR", "VNM", "PHL", "IDN",
         "AUS", "CAN", "MEX", "COL", "VEN", "ARG", "CHL", "PER", "POL", "SWE", "NOR", "ITA", "ESP", "GRC", "SRB",
         "IGO", "NGO", "MLI", "SDN", "SSD", "LBY", "YEM", "QAT", "ARE", "BLR", "GEO", "ARM", "AZE", "KAZ", "MMR"]
# (event type, CAMEO root, Goldstein, quad class) per PLOVER type, for plausible synthetic rows.
TYPE_CODES = {"AGREE": ("057", 8.0, 1), "CONSULT": ("040", 1.0, 1), "SUPPORT": ("051", 3.4, 1),
              "CONCEDE": ("080", 5.0, 2), "COOPERATE": ("060", 6.0, 2), "AID": ("070", 7.0, 2),
              "RETREAT": ("087", 9.0, 2), "REQUEST": ("020", 3.0, 1), "ACCUSE": ("112", -2.0, 3),
              "REJECT": ("120", -4.0, 3), "THREATEN": ("130", -4.4, 3), "PROTEST": ("140", -6.5, 3),
              "SANCTION": ("163", -8.0, 4), "MOBILIZE": ("150", -7.2, 4), "COERCE": ("170", -7.0, 4),
              "ASSAULT": ("190", -10.0, 4)}


def build(path: Path, n: int) -> None:
    """Write `n` synthetic events (and 1,000 documents) into a new dyads database."""
    path.unlink(missing_ok=True)
    with Store(path) as store:
        con = store.con
        con.execute("CREATE TEMP TABLE codes AS SELECT unnest(?) AS code, generate_subscripts(?, 1) AS i",
                    [CODES, CODES])
        types = list(EVENT_TYPES)
        con.execute("CREATE TEMP TABLE types AS SELECT unnest(?) AS t, unnest(?) AS cameo, unnest(?) AS g, "
                    "unnest(?) AS q, generate_subscripts(?, 1) AS i",
                    [types, [TYPE_CODES[t][0] for t in types], [TYPE_CODES[t][1] for t in types],
                     [TYPE_CODES[t][2] for t in types], types])
        con.execute("""INSERT INTO documents (id, content_hash, source, title, date, text)
                       SELECT 'doc-' || i, md5('doc-' || i), 'Synthetic Wire', 'Synthetic story ' || i,
                              DATE '2020-01-01' + CAST(i * 1.8 AS INTEGER),
                              'Synthetic document ' || i || '. A did something to B.'
                       FROM range(1000) r(i)""")
        # Skewed actor choice (a few actors are much more frequent), dates over five years.
        con.execute(f"""
            INSERT INTO events (doc_id, event_id, sentence_index, sentence, event_type, mode, context, cameo,
                                goldstein, quad_class, trigger, actor, recipient, status, date, date_precision,
                                location, confidence, why, num_mentions, num_sources, num_articles, first_seen)
            WITH r AS (
                SELECT i, 1 + CAST(floor(pow(random(), 2) * {len(CODES)}) AS INTEGER) AS a,
                       1 + CAST(floor(pow(random(), 2) * {len(CODES)}) AS INTEGER) AS b,
                       1 + CAST(floor(random() * {len(types)}) AS INTEGER) AS t,
                       random() AS s, random() AS l, DATE '2020-01-01' + CAST(floor(random() * 1826) AS INTEGER) AS d
                FROM range(?) x(i))
            SELECT 'doc-' || (r.i % 1000), printf('%016x', r.i), 0, 'Synthetic sentence ' || r.i || '.', types.t,
                   NULL, [],
                   types.cameo, types.g, types.q, {{'text': 'did', 'start': 0, 'end': 3}},
                   {{'text': ca.code, 'start': 0, 'end': 3, 'name': ca.code, 'code': ca.code, 'country': ca.code,
                     'sector': 'GOV', 'why': 'synthetic'}},
                   {{'text': cb.code, 'start': 8, 'end': 11, 'name': cb.code, 'code': cb.code, 'country': cb.code,
                     'sector': 'GOV', 'why': 'synthetic'}},
                   CASE WHEN s < 0.85 THEN 'occurred' WHEN s < 0.93 THEN 'planned' WHEN s < 0.97 THEN 'negated'
                        ELSE 'hypothetical' END,
                   d, 'day',
                   CASE WHEN l < 0.3 THEN {{'name': 'Place ' || cb.code, 'country': cb.code, 'admin1': NULL,
                        'lat': (cb.i * 2.7) % 120 - 55, 'lon': (cb.i * 37.0) % 340 - 170, 'geonameid': NULL,
                        'why': 'synthetic'}} END,
                   0.8, 'synthetic', 1, 1, 1, d
            FROM r JOIN codes ca ON ca.i = r.a JOIN codes cb ON cb.i = CASE WHEN r.b = r.a THEN r.b % {len(CODES)} + 1
                                                                            ELSE r.b END
            JOIN types ON types.i = r.t
            ORDER BY d""", [n])
        print(f"built {path}: {store.counts()}", file=sys.stderr)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_ms(pid: int) -> float | None:
    """CPU time (user + system) the process has used so far, in ms; None where /proc is missing."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def load(base: str, paths: list[tuple[str, dict]], *, concurrency: int) -> list[float]:
    """Fire every request in `paths` from `concurrency` client threads; return latencies in ms."""
    def worker(chunk: list[tuple[str, dict]]) -> list[float]:
        out = []
        with httpx.Client(base_url=base, timeout=30) as client:
            for path, params in chunk:
                t0 = time.perf_counter()
                res = client.get(path, params=params)
                out.append((time.perf_counter() - t0) * 1000)
                res.raise_for_status()
        return out

    chunks = [paths[i::concurrency] for i in range(concurrency)]
    with ThreadPoolExecutor(concurrency) as pool:
        return [ms for part in pool.map(worker, chunks) for ms in part]


def workloads(n: int, rng: random.Random) -> dict[str, list[tuple[str, dict]]]:
    top = CODES[:12]
    pairs = [(a, b) for a in top for b in top if a != b]
    return {
        "/api/events (no filter, newest first)": [("/api/events", {"limit": 50, "offset": rng.choice([0, 50, 500])})
                                                  for _ in range(n)],
        "/api/events (actor+recipient+status)": [
            ("/api/events", {"actor": a, "recipient": b, "status": "occurred", "limit": 50})
            for a, b in (rng.choice(pairs) for _ in range(n))],
        "/api/events (type+date range)": [
            ("/api/events", {"type": rng.choice(list(TYPE_CODES)), "since": "2022-01-01", "until": "2022-12-31"})
            for _ in range(n)],
        "/api/dyads/{a}/{b}/series (week)": [(f"/api/dyads/{a}/{b}/series", {"freq": "week"})
                                             for a, b in (rng.choice(pairs) for _ in range(n))],
        "/api/dyads/{a}/{b}/series (month, directed)": [
            (f"/api/dyads/{a}/{b}/series", {"freq": "month", "directed": "true"})
            for a, b in (rng.choice(pairs) for _ in range(n))],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic events in the database")
    parser.add_argument("--requests", type=int, default=300, help="requests per endpoint and concurrency level")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4], help="client threads")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached database")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    db = OUT / f"api_bench_{args.events}.duckdb"
    if args.rebuild or not db.exists():
        t0 = time.perf_counter()
        partial = db.with_suffix(".building")
        build(partial, args.events)  # renamed only when complete, so a failed build is never reused
        partial.rename(db)
        print(f"build took {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    with Store(db, read_only=True) as store:
        have = store.counts()["events"]
    if have < args.events:
        raise SystemExit(f"{db} has {have:,} events, fewer than {args.events:,}: rerun with --rebuild")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    dyads = str(Path(sys.executable).with_name("dyads"))
    server = subprocess.Popen([dyads, "serve", "--db", str(db), "--port", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, env=os.environ.copy())
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/api/facets", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("dyads serve did not start")
            time.sleep(0.2)
        rng = random.Random(7)
        print(f"database: {db.name} ({have:,} events), cores: {os.cpu_count()}, "
              f"requests per row: {args.requests}, load average before: {os.getloadavg()[0]:.1f}")
        # Server CPU per request is less sensitive than latency to other work on a shared machine.
        print(f"{'endpoint':48} {'conc':>4} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>7} {'srv CPU ms/req':>15}")
        for name, paths in workloads(args.requests, rng).items():
            load(base, paths[:10], concurrency=1)  # warm-up
            for conc in args.concurrency:
                t0, c0 = time.perf_counter(), cpu_ms(server.pid)
                ms = load(base, paths, concurrency=conc)
                rate = len(ms) / (time.perf_counter() - t0)
                c1 = cpu_ms(server.pid)
                cpu = f"{(c1 - c0) / len(ms):15.1f}" if c0 is not None and c1 is not None else f"{'n/a':>15}"
                print(f"{name:48} {conc:>4} {statistics.median(ms):8.1f} {percentile(ms, 95):8.1f} {rate:7.1f} {cpu}")
        print(f"load average after: {os.getloadavg()[0]:.1f}")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
