"""When/where evaluation: the dyads gold sets, the seed article, and eventLoc in the PLOVER dev gold.

Prints date/place/country accuracy on tests/data/when_where_gold.jsonl and tests/data/places_gold.jsonl
(ours, invented sentences; the second is about ambiguous place names and compass regions), the dates and
places of the seed article's events (../shared/seed, publication date 2024-05-17) and how often the event location matches
`eventLoc` on ../shared/eval/plover_gsr_dev.jsonl. The shared files are not shipped with dyads; each part
says so when its file is absent. Usage: python bench/when_where.py [--misses]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from pathlib import Path

from dyads import geo, lexicon, nlp, pipeline, whenwhere
from dyads.records import Document, Event
from dyads.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "when_where_gold.jsonl"
PLACES_GOLD = ROOT / "tests" / "data" / "places_gold.jsonl"
SHARED = ROOT / ".." / "shared"
SEED = SHARED / "seed" / "xi_putin_joint_statement.txt"
DEV = SHARED / "eval" / "plover_gsr_dev.jsonl"


def gold(settings, misses: bool, path: Path = GOLD) -> None:
    outcomes = whenwhere.score(whenwhere.read_gold(path), settings=settings)
    scores = whenwhere.accuracy(outcomes)
    print(f"own gold {path.name} ({len(outcomes)} items): " + ", ".join(f"{k} {v:.3f}" for k, v in scores.items()))
    if misses:
        for o in outcomes:
            if not (o.date_ok and o.place_ok and o.country_ok):
                got = o.event and (o.event.date, o.event.date_precision, o.event.location and o.event.location.name)
                print(f"  miss {o.item['id']} ({o.item['rule']}): got {got}")


def _describe(e: Event) -> str:
    loc = e.location
    where = f"{loc.name} ({loc.admin1}, {loc.country}, {loc.lat:.2f}, {loc.lon:.2f})" if loc else "-"
    return (f"  s{e.sentence_index:<2} {e.event_type:<9} {e.trigger.text:<12} {e.status:<9} "
            f"{e.date} {e.date_precision:<11} {where}")


def seed(settings) -> None:
    if not SEED.is_file():
        print(f"seed article not found: {SEED} (it lives in the project's shared/ folder)")
        return
    text = SEED.read_text(encoding="utf-8")
    published = dt.date(2024, 5, 17)
    events = pipeline.code_parsed(Document("seed", text, published), nlp.load(settings.spacy_model)(text),
                                  lexicon.load(()), gazetteer=geo.from_settings(settings))
    print(f"seed article, published {published}: {len(events)} events")
    for e in events:
        print(_describe(e))
    late = [e for e in events if e.date and e.date > published]
    print(f"events dated after publication: {len(late)}")


def dev(settings) -> None:
    if not DEV.is_file():
        print(f"dev gold not found: {DEV} (it lives in the project's shared/ folder)")
        return
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r.get("eventLoc")]
    model, lex, gaz = nlp.load(settings.spacy_model), lexicon.load(()), geo.from_settings(settings)
    matched = located = 0
    for r in rows:
        date = dt.date.fromisoformat(r["date"]) if r.get("date") else None
        events = pipeline.code_parsed(Document(r["id"], r["text"], date), model(r["text"]), lex, gazetteer=gaz)
        name = re.sub(r"^(?:the )?(?:town|city|village) of ", "", r["eventLoc"]["name"])
        want = {geo.key(name)}
        want |= {geo.key(entry.name) for entry, _, _ in geo.resolve_name(name, gazetteer=gaz, limit=1)}
        places = [e.location for e in events if e.location is not None]
        located += bool(places)
        ok = any(geo.key(p.name) in want or any(w in geo.key(p.name) for w in want) for p in places)
        matched += ok
        got = sorted({p.name for p in places})
        print(f"  {'ok  ' if ok else 'miss'} {r['id']}: want {r['eventLoc']['name']!r}, got {got}")
    n = len(rows)
    print(f"dev gold eventLoc: {n} records; an event located at the gold place in {matched}/{n} = {matched / n:.3f}; "
          f"any location in {located}/{n}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="list the gold items that miss")
    args = parser.parse_args()
    settings = load_settings()
    gold(settings, args.misses)
    gold(settings, args.misses, PLACES_GOLD)
    seed(settings)
    dev(settings)


if __name__ == "__main__":
    main()
