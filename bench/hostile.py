"""Hostile input and kills: every bad input becomes error rows, no good document is lost, memory stays flat.

Builds a hostile corpus in a temporary folder (bombs made on the fly, nothing large committed) and ingests
each bad input between two good documents with `dyads ingest` as its own process. Prints per case: the
exit code, whether it crashed (a traceback), good documents lost, error rows and their codes, seconds and
peak RSS of the whole process tree (driver + workers). Then a SIGKILL loop: an ingest with `--workers 2`
killed at random moments (>= --kills times) and restarted until it completes, checking after each kill that
no worker or resource tracker outlived the driver, and that the result is identical to a clean run.

Usage: python bench/hostile.py [--kills 10] [--skip-kills] [--skip-long] [--keep DIR]
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import duckdb
import psutil

ROOT = Path(__file__).resolve().parents[1]
DYADS = [str(Path(sys.executable).with_name("dyads"))]
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
GOOD = ["Chile condemned Peru on Tuesday after the border incident near the coast, officials said.",
        "Argentina praised Uruguay on Wednesday for its help with the river cleanup, the ministry said."]
SENTENCES = ["{a} condemned {b} on Tuesday, officials said in statement number {i}.",
             "{a} met {b} in the capital for talks, according to report {i}.",
             "{a} accused {b} of violating the border agreement in incident {i}."]
COUNTRIES = ["Chile", "Peru", "Brazil", "Bolivia", "Ecuador", "Colombia", "Kenya", "Uganda", "Norway", "Sweden"]


# --- the hostile corpus ---------------------------------------------------------------------------
def _zeros_gz(path: Path, n_bytes: int, prefix: bytes = b"") -> None:
    chunk = b"\0" * (1 << 22)
    with gzip.open(path, "wb", compresslevel=6) as handle:
        handle.write(prefix)
        for _ in range(n_bytes // len(chunk)):
            handle.write(chunk)


def _warc(path: Path, bodies: list[bytes], *, gz: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        for i, body in enumerate(bodies):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://paper.example/{i}", "response",
                                                          payload=io.BytesIO(body), http_headers=headers))


def _page(i: int) -> bytes:
    text = f"{GOOD[i % 2]} Page {i} of the crawl."
    return f"<html><head><title>Page {i}</title></head><body><article><p>{text}</p><p>{text}</p></article>" \
           f"</body></html>".encode()


def _bomb_warc(path: Path) -> None:
    _warc(path, [_page(0), b"<html><body>" + b"\0" * (1 << 29)])


def _cut(path: Path, data: bytes, share: float) -> None:
    """Write the first `share` of `data`: a file that really is cut short."""
    cut = data[:int(len(data) * share)]
    assert 0 < len(cut) < len(data), (path, len(cut), len(data))
    path.write_bytes(cut)


def _truncated_warc(path: Path) -> None:
    _warc(path, [_page(i) for i in range(3)])
    _cut(path, path.read_bytes(), 0.55)


def _jsonl_gz(n: int) -> bytes:
    return gzip.compress(b"".join(json.dumps({"id": f"t{i}", "text": f"{GOOD[i % 2]} Copy {i}."}).encode() + b"\n"
                                  for i in range(n)))


def _truncated_jsonl_gz(path: Path) -> None:
    _cut(path, _jsonl_gz(200), 0.5)


def _complete_lines_before_the_cut() -> int:
    """How many whole lines the first half of the compressed stream holds: the documents it must keep."""
    data = _jsonl_gz(200)
    return zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(data[:len(data) // 2]).count(b"\n")


def _long_article(n_sentences: int) -> str:
    rnd = random.Random(5)
    out = []
    for i in range(n_sentences):
        a, b = rnd.sample(COUNTRIES, 2)
        out.append(SENTENCES[i % 3].format(a=a, b=b, i=i) + ("\n\n" if i % 5 == 4 else " "))
    return "".join(out)


def _csv_big_field(path: Path) -> None:
    path.write_text(f'id,text\nr1,"{GOOD[0]} Row one."\nr2,"{"x" * 5_000_000}"\nr3,"{GOOD[1]} Row three."\n')


# name -> (builder writing the bad input into a folder, error codes expected, good documents it holds)
CASES: dict[str, tuple[Callable[[Path], None], set[str], int]] = {
    "text over spaCy's 1,000,000 characters": (
        lambda d: (d / "poison.txt").write_text(GOOD[0] + " " * 1_100_000 + GOOD[1]), set(), 1),
    "deeply nested JSON line": (
        lambda d: (d / "nested.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n"), {"E005"}, 0),
    "deeply nested JSON file": (
        lambda d: (d / "nested.json").write_text("[" * 100_000 + "]" * 100_000), {"E005"}, 0),
    "jsonl.gz bomb (4 GiB of zeros)": (
        lambda d: _zeros_gz(d / "bomb.jsonl.gz", 4 << 30, b'{"id": "b", "text": "'), {"E020"}, 0),
    "csv.gz bomb (4 GiB of zeros)": (
        lambda d: _zeros_gz(d / "bomb.csv.gz", 4 << 30, b"id,text\nb,"), {"E020"}, 0),
    "warc.gz bomb (512 MiB record)": (lambda d: _bomb_warc(d / "bomb.warc.gz"), {"E020"}, 1),
    "WARC truncated at 55%": (lambda d: _truncated_warc(d / "cut.warc.gz"), {"E021"}, 1),
    "CSV with a 5 MB field in row 2": (lambda d: _csv_big_field(d / "rows.csv"), {"E004"}, 2),
    "NUL bytes after the first 8 KB": (
        lambda d: (d / "nul.txt").write_text(GOOD[0] * 120 + "\0 tail"), {"E002"}, 0),
    "NUL byte inside a JSONL text": (
        lambda d: (d / "nul.jsonl").write_text(json.dumps({"id": "n", "text": GOOD[0] + "\0"}) + "\n"), {"E002"}, 0),
    "Chinese text": (
        lambda d: (d / "zh.txt").write_text("中国外交部发言人周二表示，中方坚决反对有关国家的制裁措施，并将采取必要措施维护自身权益。" * 3),
        {"E010"}, 0),
    "binary file": (lambda d: (d / "blob.txt").write_bytes(bytes(range(256)) * 40), {"E002"}, 0),
    "not UTF-8": (lambda d: (d / "latin.txt").write_bytes("Le président".encode("latin-1") * 10), {"E003"}, 0),
    "empty text": (lambda d: (d / "empty.txt").write_text("   \n"), {"E001"}, 0),
    "text over max_doc_bytes": (lambda d: (d / "huge.txt").write_text("word " * 500_000), {"E004"}, 0),
    "malformed JSON line and bad date": (
        lambda d: (d / "bad.jsonl").write_text('{"id": \n' + json.dumps({"id": "d", "text": GOOD[0],
                                                                      "date": "yesterday"}) + "\n"),
        {"E005", "E008"}, 0),
    "jsonl.gz truncated at half its size": (
        lambda d: _truncated_jsonl_gz(d / "cut.jsonl.gz"), {"E021"}, _complete_lines_before_the_cut()),
}
LONG = {"long article (5,000 sentences)": (lambda d: (d / "long.txt").write_text(_long_article(5000)), set(), 1)}


# --- running and measuring ------------------------------------------------------------------------
def run_ingest(args: list[str], *, env: dict | None = None) -> tuple[int, str, float, float]:
    """(exit code, stderr, seconds, peak RSS in MB of the process tree) of one `dyads ingest`."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen([*DYADS, "ingest", *args], stdout=subprocess.DEVNULL, stderr=err,
                                env={**ENV, **(env or {})})
        peak = _watch_rss(proc)
        err.seek(0)
        return proc.returncode, err.read(), time.perf_counter() - started, peak


def _watch_rss(proc: subprocess.Popen) -> float:
    root = psutil.Process(proc.pid)
    peak = 0.0
    while proc.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()) / 2**20)
        except psutil.Error:
            pass
        time.sleep(0.1)
    return peak


def good_folder(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "a_good.txt").write_text(GOOD[0])
    (folder / "z_good.txt").write_text(GOOD[1])


def one_case(name: str, build: Callable[[Path], None], codes: set[str], inner_good: int, tmp: Path) -> dict:
    folder = tmp / "cases" / name.replace(" ", "_").replace("/", "_")
    good_folder(folder)
    build(folder)
    db = folder.parent / f"{folder.name}.duckdb"  # not with_suffix: "jsonl.gz_bomb" and "jsonl.gz_truncated" differ
    rc, err, seconds, peak = run_ingest([str(folder), "--db", str(db), "--date", "2024-05-17"])
    con = duckdb.connect(str(db), read_only=True)
    try:
        stored = {r[0] for r in con.execute("SELECT id FROM documents").fetchall()}
        found = [r[0] for r in con.execute("SELECT code FROM errors").fetchall()]
    finally:
        con.close()
    lost = len({"a_good", "z_good"} - stored)
    # one errors row per bad input: each case's bad inputs have distinct codes
    ok = (rc == 0 and "Traceback" not in err and not lost and sorted(found) == sorted(codes)
          and len(stored) == 2 + inner_good)
    return {"case": name, "rc": rc, "crash": "Traceback" in err, "lost": lost, "stored": len(stored),
            "errors": len(found), "codes": ",".join(sorted(set(found))), "seconds": seconds, "rss_mb": peak,
            "ok": ok}


def cli_cases(tmp: Path) -> list[dict]:
    """Inputs that must end the command non-zero with one clear line: nothing readable, not a database."""
    out = []
    rc, err, _, peak = run_ingest([str(tmp / "nonexistent.txt"), "--db", str(tmp / "none.duckdb")])
    out.append({"case": "ingest /nonexistent.txt", "rc": rc, "crash": "Traceback" in err, "codes": "E006,E023",
                "rss_mb": peak, "ok": rc != 0 and "E023" in err and "Traceback" not in err})
    fake = tmp / "fake.duckdb"
    fake.write_text("not a database\n" * 1000)
    (tmp / "one.txt").write_text(GOOD[0])
    rc, err, _, peak = run_ingest([str(tmp / "one.txt"), "--db", str(fake)])
    out.append({"case": "--db that is not DuckDB", "rc": rc, "crash": "Traceback" in err, "codes": "E025",
                "rss_mb": peak, "ok": rc != 0 and "E025" in err and "Traceback" not in err})
    return out


# --- the SIGKILL loop -----------------------------------------------------------------------------
def kill_corpus(folder: Path) -> None:
    folder.mkdir(parents=True)
    rows = []
    for i in range(80):
        a, b = COUNTRIES[i % 10], COUNTRIES[(i * 3 + 1) % 10]
        rows.append(json.dumps({"id": f"k{i:02d}", "date": "2024-03-05", "source": f"Outlet {i % 4}",
                                "text": SENTENCES[i % 3].format(a=a, b=b, i=i)}))
    rows.insert(11, "{broken")
    (folder / "docs.jsonl").write_text("\n".join(rows) + "\n")
    (folder / "blob.txt").write_bytes(b"\x00\x01binary")


def dump(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(q).fetchall() for t, q in {
            "documents": "SELECT id, content_hash, date, tone, article_id FROM documents ORDER BY id",
            "mentions": "SELECT * FROM mentions ORDER BY event_id",
            "events": "SELECT * EXCLUDE (seq) FROM events ORDER BY event_id",
            "links": "SELECT * FROM event_mentions ORDER BY mention_id",
            "errors": "SELECT origin, code FROM errors ORDER BY origin"}.items()}
    finally:
        con.close()


def kill_loop(tmp: Path, kills: int) -> dict:
    """Ingest with `--workers 2`, SIGKILL the driver at random moments and restart it until it completes, in
    rounds on a fresh database until at least `kills` kills; each round must end identical to a clean run."""
    corpus = tmp / "kill-corpus"
    kill_corpus(corpus)
    env = {"DYADS_BATCH_SIZE": "2"}
    clean = tmp / "clean.duckdb"
    rc, err, _, _ = run_ingest([str(corpus), "--db", str(clean), "--workers", "2"], env=env)
    assert rc == 0, err
    rnd = random.Random(15)
    done, orphans, runs, rounds, identical = 0, 0, 0, 0, 0
    while done < kills:
        rounds += 1
        db = tmp / f"killed-{rounds}.duckdb"
        while True:
            runs += 1
            killed, alive = _run_and_kill(corpus, db, env, rnd, kill=done < kills)
            if not killed:
                break
            done += 1
            orphans += len(alive)
            for p in alive:
                p.kill()  # ours: left by the killed run, so the next run starts clean
        identical += dump(db) == dump(clean)
    return {"kills": done, "runs": runs, "rounds": rounds, "orphans": orphans, "identical": identical}


def _run_and_kill(corpus: Path, db: Path, env: dict, rnd: random.Random, *, kill: bool
                  ) -> tuple[bool, list[psutil.Process]]:
    """One ingest run, SIGKILLed after 0-3 committed batches (0: a few seconds in) when `kill`; (whether it was
    killed, its worker and helper processes still alive 15 s after the kill). A run that fails otherwise stops."""
    proc = subprocess.Popen([*DYADS, "-v", "ingest", str(corpus), "--db", str(db), "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env={**ENV, **env})
    driver = psutil.Process(proc.pid)
    target = rnd.randint(0, 3) if kill else None
    commits, children = 0, []
    deadline = time.monotonic() + rnd.uniform(3, 20)
    for line in proc.stderr:
        commits += "committed batch" in line
        children = driver.children(recursive=True) or children
        if target is not None and (commits >= target > 0 or (target == 0 and time.monotonic() > deadline)):
            children = driver.children(recursive=True) or children
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    if proc.returncode == -signal.SIGKILL:
        _, alive = psutil.wait_procs(children, timeout=15)
        return True, alive
    if proc.returncode != 0:
        raise SystemExit(f"an ingest run failed with rc {proc.returncode}")
    return False, []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=10, help="SIGKILLs of the --workers 2 driver (at least).")
    parser.add_argument("--skip-kills", action="store_true", help="Leave out the SIGKILL loop.")
    parser.add_argument("--skip-long", action="store_true", help="Leave out the 5,000-sentence article.")
    parser.add_argument("--only", help="Run only the cases whose name contains this text.")
    parser.add_argument("--keep", type=Path, help="Build the corpus and databases here and keep them.")
    args = parser.parse_args()
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="dyads-hostile-"))
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        cases = {**CASES, **({} if args.skip_long else LONG)}
        rows = [one_case(name, *spec, tmp) for name, spec in cases.items() if not args.only or args.only in name]
        rows += cli_cases(tmp)
        print(f"{'case':42} {'rc':>3} {'crash':>5} {'lost':>4} {'errors':>6} {'codes':12} {'s':>6} "
              f"{'peak MB':>8} ok")
        for r in rows:
            print(f"{r['case']:42} {r['rc']:>3} {str(r['crash']):>5} {r.get('lost', 0):>4} "
                  f"{r.get('errors', '-'):>6} {r['codes']:12} {r.get('seconds', 0):6.1f} {r['rss_mb']:8.0f} "
                  f"{'yes' if r['ok'] else 'NO'}")
        print(f"inputs tried: {len(rows)}; crashes: {sum(r['crash'] for r in rows)}; good documents lost: "
              f"{sum(r.get('lost', 0) for r in rows)}; cases as expected: {sum(r['ok'] for r in rows)}/{len(rows)}; "
              f"peak RSS max: {max(r['rss_mb'] for r in rows):.0f} MB")
        if not args.skip_kills:
            k = kill_loop(tmp, args.kills)
            print(f"SIGKILL loop (--workers 2): {k['kills']} kills over {k['runs']} runs in {k['rounds']} rounds "
                  f"(each resumed until complete); orphan processes 15 s after a kill: {k['orphans']}; final "
                  f"databases identical to a clean run: {k['identical']}/{k['rounds']}")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
