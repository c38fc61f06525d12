"""Atomic output files: write to a temporary file beside the target, then rename it into place.

A run killed at any moment (even with SIGKILL) leaves either the old file or the complete new one
at the target name, never a partial file that looks complete. The temporary file ends with the
target's own name, so writers that pick a format or compression from the extension (DuckDB's COPY,
matplotlib) still do; a temporary file left by a killed run is removed by the next write.
"""
from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

PREFIX = ".dyads-tmp-"


def temp_name(target: Path, *, pid: int, tag: str) -> Path:
    """The temporary path for `target` written by process `pid`."""
    return target.with_name(f"{PREFIX}{pid}-{tag}-{target.name}")


def stale_temps(target: Path) -> list[Path]:
    """Temporary files for `target` whose writing process is gone."""
    stale = []
    for path in target.parent.glob(f"{PREFIX}*-{target.name}"):
        pid = path.name[len(PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            stale.append(path)
    return stale


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it is flushed to disk and renamed to `target`.

    On an exception the temporary file is removed and `target` is left as it was.
    """
    target = Path(target)
    for path in stale_temps(target):
        path.unlink(missing_ok=True)
    temp = temp_name(target, pid=os.getpid(), tag=secrets.token_hex(4))
    # Created here (mode 0666 less the umask, like a plain open) so the final file gets the usual permissions.
    os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    try:
        yield temp
        _fsync(temp)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (not possible on every platform, hence best effort)."""
    with contextlib.suppress(OSError):
        _fsync(folder)
