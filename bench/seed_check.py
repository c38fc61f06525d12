"""Check the seed article's required events (issue 3): prints each check and a pass count.

Reads ../shared/seed/xi_putin_joint_statement.txt (not shipped with dyads) and codes it with the
publication date 2024-05-17. Usage: python bench/seed_check.py
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from dyads import lexicon, nlp, pipeline
from dyads.records import Document
from dyads.settings import load_settings

SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "seed" / "xi_putin_joint_statement.txt"

# (label, event types, actor, recipient or None, status or None, trigger words)
CHECKS = [
    ("joint statement signed CHN->RUS", ("AGREE", "SUPPORT"), "CHN", "RUS", "occurred", ("signed",)),
    ("joint statement signed RUS->CHN", ("AGREE", "SUPPORT"), "RUS", "CHN", "occurred", ("signed",)),
    ("Putin's state visit", ("CONSULT",), "RUS", "CHN", "occurred", ("visit", "landed")),
    ("ready to work with Russia", ("AGREE",), "CHN", "RUS", None, ("ready",)),
    ("Putin commends China", ("SUPPORT",), "RUS", "CHN", "occurred", ("commended",)),
    ("US accuses China", ("ACCUSE",), "USA", "CHN", "occurred", ("accused", "accusations")),
    ("China disputes it", ("REJECT",), "CHN", "USA", "occurred", ("disputed",)),
    ("Russian offensive", ("ASSAULT",), "RUS", None, None, ("offensive",)),
    ("Xi's 2023 visit to Moscow", ("CONSULT",), "CHN", "RUS", "occurred", ("visited",)),
    ("anticipated talks", ("CONSULT",), None, None, "planned", ("discuss",)),
    ("Harbin forums", ("CONSULT",), "RUS", None, "planned", ("visit",)),
    ("US sanctions on Harbin Institute", ("SANCTION", "COERCE"), "USA", "CHN", None, ("sanctioned",)),
]


def main() -> int:
    if not SEED.is_file():
        sys.exit(f"seed article not found: {SEED} (it lives in the project's shared/ folder)")
    text = SEED.read_text("utf-8")
    settings = load_settings()
    doc = nlp.load(settings.spacy_model)(text)
    events = pipeline.code_parsed(Document("seed", text, dt.date(2024, 5, 17)), doc, lexicon.load(()))
    passed = 0
    for label, types, actor, recipient, status, words in CHECKS:
        ok = any(e.event_type in types and e.trigger.text in words
                 and (actor is None or (e.actor and e.actor.code == actor))
                 and (recipient is None or (e.recipient and (e.recipient.code or "").startswith(recipient)))
                 and (status is None or e.status == status) for e in events)
        passed += ok
        print(f"{'ok  ' if ok else 'MISS'} {label}")
    cnn = [e for e in events for p in (e.actor, e.recipient) if p and "CNN" in p.text]
    print(f"{'ok  ' if not cnn else 'MISS'} no event has CNN as a party")
    passed += not cnn
    for phrase in ("stood the test", "see one another as"):
        start = text.index(phrase)
        bad = [e for e in events if start <= e.trigger.start < start + 40]
        print(f"{'ok  ' if not bad else 'MISS'} nothing coded for '{phrase}...'")
        passed += not bad
    total = len(CHECKS) + 3
    print(f"{passed}/{total} checks pass; {len(events)} events coded")
    return 0 if passed == total else 1


if __name__ == "__main__":
    raise SystemExit(main())
