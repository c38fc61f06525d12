"""A database shared with other processes by a long-running server: held only while requests read it.

DuckDB gives a file to one writer, or to readers while nobody writes. A server that kept the file
open would lock an ingest out (and one opened for writing would lock every reader out), and would
never see what an ingest adds. So the server attaches the file read-only while requests read it and
detaches it once no request has read it for `IDLE_SECONDS`: between requests an ingest can take the
file, and the next request after it sees the new data. (Attaching costs ~10-20 ms, so a client that
sends one request after another keeps the file attached rather than paying that each time.) The
server's own rare writes wait until no request reads, then open the file for writing just for that.
"""
from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

from dyads.errors import DyadsError
from dyads.store.locking import with_lock_wait
from dyads.store.schema import SCHEMA_VERSION, version

ALIAS = "dyads_db"
# How long the file stays attached after the last request: short enough for a waiting writer (which
# retries every 0.25 s at most) to find the gap, long enough to spare back-to-back requests a re-attach.
IDLE_SECONDS = 0.2


class SharedReader:
    """Read cursors on a database file (or Parquet store directory) that other processes may write between.

    `cursor()` yields a cursor for one request; `version` identifies the file's content while a cursor
    is open (it cannot change then); `writing()` yields a read-write `Store` while no request reads.
    Waits for other processes are bounded by `lock_timeout` seconds (E030).
    """

    def __init__(self, path: str | Path, *, lock_timeout: float) -> None:
        self.path = Path(path)
        self.timeout = lock_timeout
        self.parquet = self.path.is_dir()
        self._con = duckdb.connect()  # in-memory: attaching a file to it is ~10 ms, a new connection ~100 ms
        self._cond = threading.Condition()
        self._write_lock = threading.Lock()
        self._users = 0
        self._attached = False
        self._attaching = False
        self._writers = 0
        self._idle_since = 0.0
        self._closed = False
        self.version: tuple | None = None
        if self.parquet:
            from dyads.store import parquet

            parquet.attach(self._con, self.path)  # views over files: no lock to hold
            self.version = ("parquet", str(self.path))
        else:
            with self.cursor():  # fails now, not at the first request, on a wrong file or schema
                pass
            threading.Thread(target=self._detach_when_idle, name="dyads-detach", daemon=True).start()

    def file_version(self) -> tuple:
        """Size, modification time and inode of the file and its write-ahead log."""
        parts = []
        for path in (self.path, self.path.with_name(self.path.name + ".wal")):
            try:
                st = os.stat(path)
            except FileNotFoundError:
                parts.append(None)
                continue
            parts.append((st.st_size, st.st_mtime_ns, st.st_ino))
        return tuple(parts)

    @contextlib.contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor on the database for one request (E030 after `lock_timeout` if a writer holds it)."""
        self._enter(time.monotonic() + self.timeout)
        try:
            cur = self._con.cursor()
            try:
                if not self.parquet:
                    cur.execute(f"USE {ALIAS}")
                yield cur
            finally:
                cur.close()
        finally:
            self._leave()

    def _enter(self, deadline: float) -> None:
        with self._cond:
            while True:
                if not self._writers and (self.parquet or self._attached):
                    self._users += 1
                    return
                if not self._writers and not self._attaching:
                    self._attaching = True
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise DyadsError("E030", path=self.path, holder=" (this server, writing)", seconds=self.timeout,
                                     setting="api_lock_timeout")
                self._cond.wait(remaining)
        try:
            self._attach(max(0.0, deadline - time.monotonic()))
        except BaseException:
            with self._cond:
                self._attaching = False
                self._cond.notify_all()
            raise
        with self._cond:
            self._attaching = False
            self._attached = True
            self._users += 1
            self._cond.notify_all()

    def _attach(self, timeout: float) -> None:
        target = str(self.path).replace("'", "''")  # from the server's configuration, never from a request
        with_lock_wait(lambda: self._con.execute(f"ATTACH '{target}' AS {ALIAS} (READ_ONLY)"), path=str(self.path),
                       timeout=timeout, setting="api_lock_timeout")
        cur = self._con.cursor()
        try:
            cur.execute(f"USE {ALIAS}")
            found = version(cur)
        finally:
            cur.close()
        if found not in (None, SCHEMA_VERSION):
            self._con.execute(f"DETACH {ALIAS}")
            raise DyadsError("E013", path=self.path, found=found, expected=SCHEMA_VERSION)
        self.version = self.file_version()

    def _leave(self) -> None:
        with self._cond:
            self._users -= 1
            if self._users == 0:
                self._idle_since = time.monotonic()
                self._cond.notify_all()

    def _detach_when_idle(self) -> None:
        """Background thread: detach the file (so other processes can write) once no request has used it
        for IDLE_SECONDS, or at once when this server wants to write."""
        with self._cond:
            while not self._closed:
                if self._attached and not self._users:
                    left = 0.0 if self._writers else self._idle_since + IDLE_SECONDS - time.monotonic()
                    if left <= 0:
                        self._con.execute(f"DETACH {ALIAS}")
                        self._attached = False
                        self._cond.notify_all()
                        continue
                    self._cond.wait(left)
                else:
                    self._cond.wait()

    @contextlib.contextmanager
    def writing(self) -> Iterator["Store"]:
        """A read-write Store, opened once no request of this server reads (new ones wait) and closed after."""
        from dyads.store import Store

        if self.parquet:
            raise DyadsError("E081", path=self.path)
        deadline = time.monotonic() + self.timeout
        with self._write_lock:
            with self._cond:
                self._writers += 1
                idle = self._cond.wait_for(lambda: not self._attached and not self._attaching,
                                           timeout=max(0.0, deadline - time.monotonic()))
            try:
                if not idle:
                    raise DyadsError("E030", path=self.path, holder=" (this server's readers)", seconds=self.timeout,
                                     setting="api_lock_timeout")
                with Store(self.path, lock_timeout=max(0.0, deadline - time.monotonic())) as store:
                    yield store
            finally:
                with self._cond:
                    self._writers -= 1
                    self._cond.notify_all()

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self._con.close()
