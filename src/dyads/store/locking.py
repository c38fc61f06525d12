"""Opening a database another process may hold: a bounded wait for DuckDB's file lock, then a clear error.

DuckDB lets one process write a database file, or any number of processes read it while nobody
writes; a second opener fails at once with an IOException ("Conflicting lock"). dyads retries for
a bounded time and then raises E030, naming the process that holds the file.
"""
from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import duckdb

from dyads.errors import DyadsError

log = logging.getLogger(__name__)

T = TypeVar("T")
LOCK_MESSAGES = ("Could not set lock", "Conflicting lock")
PID = re.compile(r"\(PID (\d+)\)")


def is_lock_error(exc: BaseException) -> bool:
    """Whether `exc` is DuckDB refusing a file another process holds."""
    return isinstance(exc, duckdb.IOException) and any(m in str(exc) for m in LOCK_MESSAGES)


def holder(exc: BaseException) -> str:
    """" (PID 123: dyads ingest)": who holds the lock, as far as DuckDB's message and /proc tell."""
    found = PID.search(str(exc))
    if not found:
        return ""
    pid = found.group(1)
    try:
        argv = [a for a in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0") if a]
    except OSError:
        return f" (PID {pid})"
    for i, arg in enumerate(argv):
        if Path(arg).name == "dyads" or arg == "dyads.cli":
            return f" (PID {pid}: dyads{' ' + argv[i + 1] if i + 1 < len(argv) else ''})"
    return f" (PID {pid}: {Path(argv[0]).name})" if argv else f" (PID {pid})"


def with_lock_wait(open_db: Callable[[], T], *, path: str, timeout: float, setting: str = "db_lock_timeout") -> T:
    """Call `open_db()`, retrying while another process holds the file, for at most `timeout` seconds.

    Raises E030 when the wait ends; any other error is raised at once.
    """
    deadline = time.monotonic() + max(0.0, timeout)
    delay, warned = 0.02, False
    while True:
        try:
            return open_db()
        except duckdb.IOException as exc:
            if not is_lock_error(exc):
                raise
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise DyadsError("E030", path=path, holder=holder(exc), seconds=round(timeout, 1),
                                 setting=setting) from None
            if not warned and timeout >= 1:
                log.warning("database %s is in use by another process%s; waiting up to %g s", path, holder(exc),
                            timeout)
                warned = True
            time.sleep(min(delay, remaining))
            delay = min(delay * 2, 0.25)
