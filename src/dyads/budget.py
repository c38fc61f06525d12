"""Byte budgets for readers: every input file is read through a stream that stops at a budget.

A file (decompressed when it is gzip) stops with error E020 once more than `max_bytes` came out of
it, or once a compressed file has expanded more than `max_ratio` times (a decompression bomb); lines
are read at most `max_line` bytes at a time, so no single line (a bomb is often one endless line)
is ever held whole in memory.
"""
from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import AnyStr, BinaryIO, TextIO

from dyads.errors import DyadsError

# A compressed file is judged by its expansion only after this many bytes came out of it.
RATIO_GRACE_BYTES = 1 << 20
CHUNK = 1 << 16
GZIP_WBITS = 16 + zlib.MAX_WBITS


@dataclass(frozen=True, slots=True)
class Budget:
    """How much one input file may yield: total bytes, expansion of compressed files, bytes per line."""

    max_bytes: int = 10_000_000_000
    max_ratio: float = 100.0
    max_line: int = 12_000_000


class BudgetExceeded(DyadsError):
    """Reading a file stopped at its byte budget (E020)."""

    def __init__(self, detail: str) -> None:
        super().__init__("E020", detail=detail)


class BoundedStream(io.RawIOBase):
    """The bytes of a file (gunzipped when `compressed`), raising BudgetExceeded past the budget.

    Gzip is decompressed here with zlib, member after member, so that the data before a truncation
    is always delivered; a stream cut short then raises EOFError, or with `eof_error` False simply
    ends and sets `truncated`.
    """

    def __init__(self, path: Path, *, budget: Budget, compressed: bool, eof_error: bool = True,
                 members: bool = False) -> None:
        self._raw = path.open("rb")
        self._compressed = compressed
        self._eof_error = eof_error
        self._inflate = zlib.decompressobj(GZIP_WBITS)
        self._started = False  # whether the current gzip member got any input
        self._tail = b""  # compressed input not yet decompressed
        self._raw_read = 0  # compressed bytes read from the file
        self.budget = budget
        self.count = 0
        self.truncated = False
        # with `members`: where each gzip member starts, {offset in the output: offset in the file}
        self.members: dict[int, int] | None = {} if members else None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        # Never past the budget: bytes up to it are all delivered, wherever reading started (a cluster's byte
        # range seeks), and one byte more is asked only to learn whether the input goes on.
        view = memoryview(buffer)[:max(1, self.budget.max_bytes - self.count)]
        n = self._gunzip_into(view) if self._compressed else self._raw.readinto(view)
        self.count += n
        if self.count > self.budget.max_bytes:
            raise BudgetExceeded(f"more than {self.budget.max_bytes} bytes (setting max_input_bytes)")
        if self._compressed and self.count > RATIO_GRACE_BYTES:
            ratio = self.count / max(self._raw.tell(), 1)
            if ratio > self.budget.max_ratio:
                raise BudgetExceeded(f"the compressed file expanded more than {self.budget.max_ratio:g} times "
                                     f"(setting max_compression_ratio): a decompression bomb?")
        return n

    def _gunzip_into(self, buffer) -> int:
        size = min(len(buffer), CHUNK)  # checked against the budget chunk by chunk, however much is asked
        while True:
            if self._inflate.eof:  # a member ended: what follows is the next member, or the end
                self._tail = self._inflate.unused_data + self._tail
                self._inflate, self._started = zlib.decompressobj(GZIP_WBITS), False
            if not self._tail:
                self._tail = self._raw.read(CHUNK)
                self._raw_read += len(self._tail)
                if not self._tail:
                    return self._ended()
            if not self._started and self.members is not None:
                self.members[self.count] = self._raw_read - len(self._tail)
            self._started = True
            try:
                out = self._inflate.decompress(self._tail, size)
            except zlib.error as exc:
                raise OSError(f"not a valid gzip file ({exc})") from exc
            self._tail = self._inflate.unconsumed_tail
            if out:
                buffer[:len(out)] = out
                return len(out)

    def _ended(self) -> int:
        if self._started and not self._inflate.eof:
            if self._eof_error:
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            self.truncated = True
        return 0

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if self._compressed:
            raise io.UnsupportedOperation("seek in a compressed file")
        self.count = self._raw.seek(offset, whence)
        return self.count

    def seekable(self) -> bool:
        return not self._compressed

    def tell(self) -> int:
        return self.count

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()


def open_bytes(path: Path, *, budget: Budget, eof_error: bool = True, members: bool = False) -> io.BufferedReader:
    """A buffered binary stream of the file's bytes (gunzipped for `.gz`) within `budget`; a truncated gzip
    stream raises EOFError, or with `eof_error` False ends early and sets the raw stream's `truncated`.
    With `members`, the raw stream maps where each gzip member starts in the output to where it starts in the file."""
    stream = BoundedStream(path, budget=budget, compressed=path.suffix.lower() == ".gz", eof_error=eof_error,
                           members=members)
    return io.BufferedReader(stream, CHUNK)


def lines(handle: BinaryIO | TextIO, *, max_line: int) -> Iterator[tuple[AnyStr, bool]]:
    """(line, whole) for each line of a stream: a line longer than `max_line` is given cut to its first
    `max_line` + 1 bytes (or characters) with `whole` False, and the rest of it is skipped unread into memory."""
    while raw := handle.readline(max_line + 1):
        newline = "\n" if isinstance(raw, str) else b"\n"
        if len(raw) <= max_line or raw.endswith(newline):
            yield raw, True
            continue
        while (rest := handle.readline(CHUNK)) and not rest.endswith(newline):
            pass
        yield raw, False
