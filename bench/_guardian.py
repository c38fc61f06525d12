"""The Guardian sample in ../shared, read as Documents (shared by the benchmark scripts; not shipped)."""
from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

from dyads.records import Document

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "guardian_sample.csv"


def load_docs(path: Path = CORPUS, limit: int | None = None) -> list[Document]:
    """The first `limit` non-empty articles; exits with a clear message when shared/ is absent."""
    if not path.is_file():
        sys.exit(f"benchmark corpus not found: {path} (it lives in the project's shared/ folder)")
    csv.field_size_limit(10**9)
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))[:limit]
    return [Document(f"g{i}", r["text"], dt.date.fromisoformat(r["date"][:10]) if r.get("date") else None)
            for i, r in enumerate(rows) if r.get("text", "").strip()]
