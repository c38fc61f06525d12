"""Check the seed article's parties: each phrase resolved in the parsed document, and no outlet as a party.

Reads ../shared/seed/xi_putin_joint_statement.txt (not shipped with dyads) with the publication date
2024-05-17. Prints, for each phrase, its first occurrence resolved as the document resolver sees it
(code, sector, name, why), then whether any coded event has CNN as actor or recipient.
Usage: python bench/seed_actors.py
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from dyads import actors, lexicon, nlp, pipeline
from dyads.records import Document
from dyads.settings import load_settings

SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "seed" / "xi_putin_joint_statement.txt"
DATE = dt.date(2024, 5, 17)
# (phrase, occurrence, expected code, expected sector)
CHECKS = (("Xi", 1, "CHN", "GOV"), ("Putin", 1, "RUS", "GOV"), ("Volodymyr Zelenskyy", 0, "UKR", "GOV"),
          ("the US", 0, "USA", "GOV"), ("the US government", 0, "USA", "GOV"), ("Beijing", 2, "CHN", "GOV"),
          ("Harbin Institute of Technology", 0, "CHN", "EDU"), ("China’s Foreign Ministry", 0, "CHN", "GOV"))


def main() -> None:
    if not SEED.is_file():
        sys.exit(f"seed article not found: {SEED} (it lives in the project's shared/ folder)")
    text = SEED.read_text("utf-8")
    settings = load_settings()
    doc = nlp.load(settings.spacy_model)(text)
    resolver = actors.DocumentResolver(when=DATE)
    ok = 0
    for phrase, nth, code, sector in CHECKS:
        at = -1
        for _ in range(nth + 1):
            at = text.index(phrase, at + 1)
        span = doc.char_span(at, at + len(phrase), alignment_mode="expand")
        party = resolver.resolve(span, role="recipient")
        got = (party.code, party.sector) if party else (None, None)
        ok += got == (code, sector)
        print(f"{'ok ' if got == (code, sector) else 'BAD'} {phrase!r} at {at}: {got} "
              f"name={party.name if party else None!r} why={party.why if party else None!r}")
    events = pipeline.code_parsed(Document("seed", text, DATE), doc, lexicon.load(()))
    outlets = [p.text for e in events for p in (e.actor, e.recipient) if p and "CNN" in p.text]
    print(f"{ok}/{len(CHECKS)} phrases as expected; events: {len(events)}; parties naming CNN: {len(outlets)}")


if __name__ == "__main__":
    main()
