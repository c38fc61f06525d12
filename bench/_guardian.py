"""The Guardian sample in ../shared, read as Documents (shared by the benchmark scripts; not shipped)."""
from __future__ import annotations

import csv
import datetime as dt
import itertools
import sys
from pathlib import Path

from dyads.records import Document

RESERVED_ROWS = 129  # data rows 0-128 of the Guardian sample are reserved for independent checks
CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "guardian_sample.csv"


def load_docs(path: Path = CORPUS, limit: int | None = None) -> list[Document]:
    """The first `limit` non-empty articles after the reserved rows 0-128 (kept for independent checks: never
    read, coded or printed); exits with a clear message when shared/ is absent."""
    if not path.is_file():
        sys.exit(f"benchmark corpus not found: {path} (it lives in the project's shared/ folder)")
    csv.field_size_limit(10**9)
    with path.open(encoding="utf-8") as handle:
        rows = list(itertools.islice(enumerate(csv.DictReader(handle)), RESERVED_ROWS, None))
    rows = rows[:limit] if limit is not None else rows
    return [Document(f"g{i}", r["text"], dt.date.fromisoformat(r["date"][:10]) if r.get("date") else None)
            for i, r in rows if r.get("text", "").strip()]
