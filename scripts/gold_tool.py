"""Helpers for writing the real-news gold set (gold/realnews/): show a document, check a gold file.

  python scripts/gold_tool.py show guardian-130      # the article text from ../shared, with its date
  python scripts/gold_tool.py check gold/realnews/events-*.jsonl

`check` validates every line: fields and their values, the document is in the docs.csv beside the events
file, and the quote is a verbatim substring of the document's text (found once, or the first of several). It
never runs the coder. Corpus texts are read from ../shared and never copied into the project; documents of
source `own` (texts written for the project, e.g. gold/wire_proxy/) are read from their `path` in the folder.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "corpora"
DOCS = ROOT / "gold" / "realnews" / "docs.csv"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUSES = {"occurred", "planned"}
FIELDS = {"doc", "quote", "trigger", "types", "actor", "recipient", "status", "symmetric", "date", "optional", "note"}


def texts(docs_csv: Path = DOCS) -> dict[str, tuple[str, str]]:
    """doc id -> (text, publication date or '') for every document of a docs.csv."""
    csv.field_size_limit(10**9)
    with docs_csv.open(encoding="utf-8") as handle:
        docs = list(csv.DictReader(handle))
    out: dict[str, tuple[str, str]] = {d["doc"]: ((docs_csv.parent / d["path"]).read_text(encoding="utf-8"),
                                                  d.get("date") or "") for d in docs if d["source"] == "own"}
    for source, name in (("guardian", "guardian_sample.csv"), ("ngec", "ngec_synthetic_events.csv")):
        wanted = {int(d["row"]): d["doc"] for d in docs if d["source"] == source}
        if not wanted:
            continue
        with (SHARED / name).open(encoding="utf-8") as handle:
            for i, row in enumerate(csv.DictReader(handle)):
                if i in wanted:
                    out[wanted[i]] = (row["text"], (row.get("date") or "")[:10])
    return out


def check(paths: list[str]) -> int:
    bad = 0
    n = 0
    for path in paths:
        docs = texts(Path(path).parent / "docs.csv")
        for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            n += 1
            where = f"{path}:{lineno}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"{where}: not JSON ({exc})"); bad += 1; continue
            problems = []
            if set(rec) - FIELDS:
                problems.append(f"unknown fields {sorted(set(rec) - FIELDS)}")
            if rec.get("doc") not in docs:
                problems.append(f"doc {rec.get('doc')!r} not in docs.csv")
            else:
                text = docs[rec["doc"]][0]
                if not rec.get("quote") or rec["quote"] not in text:
                    problems.append(f"quote not verbatim in the text: {rec.get('quote')!r}")
                elif rec.get("trigger") and rec["trigger"] not in rec["quote"]:
                    problems.append(f"trigger {rec['trigger']!r} not inside the quote")
            if not rec.get("types") or set(rec["types"]) - TYPES:
                problems.append(f"types must be a non-empty list of PLOVER types: {rec.get('types')!r}")
            for role in ("actor", "recipient"):
                codes = rec.get(role)
                if not isinstance(codes, list) or not codes or not all(c is None or (isinstance(c, str) and c.isupper() and c.isalpha()) for c in codes):
                    problems.append(f"{role} must be a non-empty list of upper-case codes or null: {codes!r}")
            if rec.get("actor") and None in rec["actor"]:
                problems.append("actor may not be null: every event has a named party as actor")
            if rec.get("status") not in STATUSES:
                problems.append(f"status must be one of {sorted(STATUSES)}: {rec.get('status')!r}")
            if not isinstance(rec.get("symmetric", False), bool) or not isinstance(rec.get("optional", False), bool):
                problems.append("symmetric and optional are true/false")
            date = rec.get("date")
            if date is not None and not (isinstance(date, str) and len(date) in (4, 7, 10)):
                problems.append(f"date is YYYY, YYYY-MM or YYYY-MM-DD or null: {date!r}")
            for p in problems:
                print(f"{where}: {p}")
            bad += bool(problems)
    print(f"{n} events checked, {bad} with problems")
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "show":
        docs = texts()
        for doc in argv[1:]:
            text, date = docs[doc]
            print(f"=== {doc} (published {date or 'unknown'}) ===\n{text}\n")
        return 0
    if len(argv) >= 2 and argv[0] == "check":
        return check(argv[1:])
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
