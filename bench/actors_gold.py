"""Actor resolution alone against the gold parties of a PLOVER GSR file (independent of extraction).

Reads ../shared/eval/plover_gsr_dev.jsonl by default (not shipped with dyads). For each gold party
whose `actorText` occurs in its sentence, the phrase is resolved in the context of the parsed
sentence and compared with the gold code (IGO/NGO match our finer IGOxxx codes) and, where gold
gives one, the sector. Prints code accuracy, sector accuracy and each miss.
Usage: python bench/actors_gold.py [GOLD.jsonl] [--date 2000-01-01] [--quiet]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from dyads import actors, nlp
from dyads.settings import load_settings

GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "plover_gsr_dev.jsonl"
CODE_MAP = {"JAP": "JPN", "ITL": "ITA"}
SECTOR_MAP = {"CIV": "CVL", "JRN": "MED"}


def code_ok(gold: str, got: str | None) -> bool:
    gold = CODE_MAP.get(gold, gold)
    return got is not None and (got == gold or (len(gold) == 3 and got.startswith(gold)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", nargs="?", type=Path, default=GOLD)
    parser.add_argument("--date", default="2000-01-01", help="document date given to every sentence")
    parser.add_argument("--quiet", action="store_true", help="only the totals")
    args = parser.parse_args()
    if not args.gold.is_file():
        sys.exit(f"gold file not found: {args.gold} (it lives in the project's shared/ folder)")
    model = nlp.load(load_settings().spacy_model)
    when = dt.date.fromisoformat(args.date)
    n = ok = n_sec = ok_sec = 0
    misses = []
    for line in args.gold.read_text("utf-8").splitlines():
        record = json.loads(line)
        text = record["text"]
        parties = [p for key in ("source", "target") if isinstance(record.get(key), list) for p in record[key]]
        doc = None
        for party in parties:
            phrase, code = party.get("actorText", ""), (party.get("code") or "").upper()
            at = text.find(phrase)
            if not phrase or at < 0 or not code:
                continue
            doc = doc or model(text)
            span = doc.char_span(at, at + len(phrase), alignment_mode="expand")
            got = actors.DocumentResolver(when=when).resolve(span, role="recipient")
            n += 1
            good = code_ok(code, got.code if got else None)
            ok += good
            gold_sector = (party.get("sector") or "")[:3].upper()
            gold_sector = SECTOR_MAP.get(gold_sector, gold_sector)
            if good and gold_sector.isalpha() and len(gold_sector) == 3:
                n_sec += 1
                ok_sec += got.sector == gold_sector
                if got.sector != gold_sector:
                    misses.append(f"sector {phrase!r}: gold {gold_sector}, got {got.sector} ({got.why})")
            if not good:
                misses.append(f"code {phrase!r}: gold {code}, got {got.code if got else None} "
                              f"({got.why if got else 'nothing'})")
    print(f"gold parties found in their sentence: {n}")
    print(f"code accuracy: {ok / max(n, 1):.3f} ({ok}/{n})")
    print(f"sector accuracy where gold gives one and the code is right: {ok_sec / max(n_sec, 1):.3f} "
          f"({ok_sec}/{n_sec})")
    if not args.quiet:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
