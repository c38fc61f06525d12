"""Import a real TABARI/PETRARCH actor dictionary and resolve dated names with it.

Reads ../shared/reference/petrarch_dictionaries/Phoenix.Countries.actors.txt (not shipped with
dyads). Prints how many (name, code, dates) entries were read, the import and index time, and how a
few names resolve on different dates with the dictionary loaded as a user actor list.
Usage: python bench/petrarch_import.py [DICTIONARY]
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections import Counter
from pathlib import Path

from dyads import actor_lists, actors

DICTIONARY = (Path(__file__).resolve().parents[1] / ".." / "shared" / "reference" / "petrarch_dictionaries"
              / "Phoenix.Countries.actors.txt")
SAMPLES = (("Hamid Karzai", "2005-06-01"), ("Hamid Karzai", "1995-06-01"), ("Kabul", "2010-01-01"),
           ("Afghan National Army", "2012-01-01"), ("Angela Merkel", "2010-01-01"), ("Angela Merkel", "1999-01-01"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dictionary", nargs="?", type=Path, default=DICTIONARY)
    args = parser.parse_args()
    if not args.dictionary.is_file():
        sys.exit(f"dictionary not found: {args.dictionary} (it lives in the project's shared/ folder)")
    start = time.perf_counter()
    pairs = actor_lists.read_path(args.dictionary)
    read_s = time.perf_counter() - start
    start = time.perf_counter()
    idx = actors.index((str(args.dictionary),))
    index_s = time.perf_counter() - start
    entries = {entry for _, entry in pairs}
    dated = sum(1 for e in entries if e.start or e.end)
    print(f"read {len(pairs)} (name, entry) pairs, {len(entries)} distinct entries ({dated} dated), "
          f"{len({n for n, _ in pairs})} names in {read_s:.2f} s; index built in {index_s:.2f} s")
    print("most common sectors:", Counter(e.sector for e in entries).most_common(8))
    for name, day in SAMPLES:
        party = actors.resolve_text(name, when=dt.date.fromisoformat(day), idx=idx)
        got = f"{party.code} {party.sector} ({party.why})" if party else "unresolved"
        print(f"{name!r} on {day}: {got}")


if __name__ == "__main__":
    main()
