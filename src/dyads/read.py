"""The read stage: files, stdin and JSONL records -> Documents, or ErrorRecords for bad input."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from dyads.errors import DyadsError, message
from dyads.records import Document, ErrorRecord

CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


def parse_date(value: object) -> dt.date | None:
    """Parse YYYY-MM-DD (a longer ISO timestamp is cut to its date); raise DyadsError E008."""
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise DyadsError("E008", value=value) from exc


def content_hash(text: str) -> str:
    """SHA-256 of the document text, the key that makes ingest idempotent."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_bytes(data: bytes, *, origin: str, doc_id: str | None, max_bytes: int) -> str | ErrorRecord:
    """Decode raw bytes as UTF-8 text, or explain why they are not a usable document."""
    if len(data) > max_bytes:
        return ErrorRecord(origin, "E004", message("E004", limit=max_bytes), doc_id)
    if b"\x00" in data[:8192]:
        return ErrorRecord(origin, "E002", message("E002"), doc_id)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return ErrorRecord(origin, "E003", message("E003"), doc_id)
    return check_text(text, origin=origin, doc_id=doc_id, max_bytes=max_bytes)


def check_text(text: str, *, origin: str, doc_id: str | None, max_bytes: int) -> str | ErrorRecord:
    """Return the text if usable, else an ErrorRecord (empty, binary-looking or too large)."""
    if not text.strip():
        return ErrorRecord(origin, "E001", message("E001"), doc_id)
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        return ErrorRecord(origin, "E004", message("E004", limit=max_bytes), doc_id)
    sample = text[:4096]
    if sum(ord(ch) in CONTROL for ch in sample) > max(3, len(sample) // 100):
        return ErrorRecord(origin, "E002", message("E002"), doc_id)
    return text


def read_paths(paths: Iterable[str], *, default_date: dt.date | None = None,
               max_bytes: int = 2_000_000) -> Iterator[Document | ErrorRecord]:
    """Documents from plain-text files, `.jsonl` files and `-` (stdin), in order."""
    for path in paths:
        if path == "-":
            yield _text_document(sys.stdin.buffer.read(), origin="<stdin>", doc_id="stdin",
                                 default_date=default_date, max_bytes=max_bytes)
            continue
        p = Path(path)
        if not p.is_file():
            yield ErrorRecord(path, "E006", message("E006", path=path))
        elif p.suffix.lower() == ".jsonl":
            yield from read_jsonl(p, default_date=default_date, max_bytes=max_bytes)
        else:
            yield _text_document(p.read_bytes(), origin=str(p), doc_id=p.stem,
                                 default_date=default_date, max_bytes=max_bytes)


def _text_document(data: bytes, *, origin: str, doc_id: str, default_date: dt.date | None,
                   max_bytes: int) -> Document | ErrorRecord:
    text = check_bytes(data, origin=origin, doc_id=doc_id, max_bytes=max_bytes)
    if isinstance(text, ErrorRecord):
        return text
    return Document(doc_id, text, default_date, origin=origin)


def read_jsonl(path: Path, *, default_date: dt.date | None = None,
               max_bytes: int = 2_000_000) -> Iterator[Document | ErrorRecord]:
    """One document per line: {"id", "text", "date", "source", "url", "title"}."""
    with path.open("rb") as handle:
        for line_no, raw in enumerate(handle, start=1):
            origin = f"{path}:{line_no}"
            if not raw.strip():
                continue
            yield record_document(raw, origin=origin, default_date=default_date, max_bytes=max_bytes,
                                  fallback_id=f"{path.stem}-{line_no}")


def record_document(raw: bytes, *, origin: str, default_date: dt.date | None, max_bytes: int,
                    fallback_id: str) -> Document | ErrorRecord:
    """Turn one JSON record into a Document, or an ErrorRecord that says what is wrong."""
    try:
        record = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return ErrorRecord(origin, "E005", message("E005", detail=f"not JSON ({exc.__class__.__name__})"))
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return ErrorRecord(origin, "E005", message("E005", detail="expected an object with a string 'text'"))
    doc_id = str(record.get("id") or fallback_id)
    text = check_text(record["text"], origin=origin, doc_id=doc_id, max_bytes=max_bytes)
    if isinstance(text, ErrorRecord):
        return text
    try:
        date = parse_date(record.get("date")) or default_date
    except DyadsError as exc:
        return ErrorRecord(origin, exc.code, str(exc), doc_id)
    return Document(doc_id, text, date, source=_opt(record, "source"), url=_opt(record, "url"),
                    title=_opt(record, "title"), origin=origin)


def _opt(record: dict, key: str) -> str | None:
    value = record.get(key)
    return str(value) if value not in (None, "") else None
