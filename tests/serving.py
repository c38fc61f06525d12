"""Helpers for tests that need a real `dyads serve` process over a real DuckDB file."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

DYADS = str(Path(sys.executable).with_name("dyads"))
FIXTURES = Path(__file__).parent / "fixtures"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ingest(db: Path, *paths: Path | str, date: str | None = None) -> None:
    args = [DYADS, "ingest", *map(str, paths), "--db", str(db)] + (["--date", date] if date else [])
    res = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr


@contextlib.contextmanager
def server(db: Path, *, token: str | None = None, env: dict[str, str] | None = None) -> Iterator[str]:
    """Run `dyads serve` on a free loopback port; yield its base URL; stop it afterwards."""
    port = free_port()
    args = [DYADS, "serve", "--db", str(db), "--port", str(port)] + (["--token", token] if token else [])
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, **(env or {})})
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 240  # a loaded CI machine can take minutes to import spaCy
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"dyads serve exited: {proc.stdout.read()}")
            try:
                if httpx.get(f"{base}/api/facets", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("dyads serve did not start within 240 s")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
