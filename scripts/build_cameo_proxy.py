"""Build the CAMEO-style proxy gold set (gold/cameo_proxy/{tune,test}.jsonl) from its hand-written source.

The source, `gold/cameo_proxy/sentences.txt` (second to twentieth batches: `sentences2.txt` to `sentences20.txt` ->
`tune2.jsonl`/`test2.jsonl`, `tune3.jsonl`/`test3.jsonl`, `tune4.jsonl`/`test4.jsonl`, `tune5.jsonl`/`test5.jsonl`,
`tune6.jsonl`/`test6.jsonl`, `tune7.jsonl`/`test7.jsonl`, `tune8.jsonl`/`test8.jsonl`, `tune9.jsonl`/`test9.jsonl`,
`tune10.jsonl`/`test10.jsonl`, `tune11.jsonl`/`test11.jsonl`, `tune12.jsonl`/`test12.jsonl`,
`tune13.jsonl`/`test13.jsonl`, `tune14.jsonl`/`test14.jsonl`, `tune15.jsonl`/`test15.jsonl`,
`tune16.jsonl`/`test16.jsonl`, `tune17.jsonl`/`test17.jsonl`, `tune18.jsonl`/`test18.jsonl`,
`tune19.jsonl`/`test19.jsonl`, `tune20.jsonl`/`test20.jsonl`, ids `CP2-...` to `CP20-...`), holds one invented
sentence a line: `CAMEO-code LABEL | markup`
(a corrected line may add `id=<its first id>` after the label, so its id and split stay), where
`[S:words|CODE/SECTOR]` marks a source, `[T:...]` a target, `[ST:...]` a party of a reciprocal event
and `{words}` the event text. The output is the PLOVER GSR layout that `dyads eval` reads. A record goes to the
test split when its id ranks 0 mod 3 by SHA-1 of the id (a fixed split of one third, rounded up).

Usage: python scripts/build_cameo_proxy.py
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "gold" / "cameo_proxy"
TAG = re.compile(r"\[(ST|S|T):([^|\]]+)\|([A-Z]{3,})(?:/([A-Z]{3}))?\]|\{([^}]+)\}")


BATCHES = (("sentences.txt", "", "CP", "dyads helper A (session 6)"),
           ("sentences2.txt", "2", "CP2", "dyads helper F (session 6)"),
           ("sentences3.txt", "3", "CP3", "dyads helper Q3 (session 7)"),
           ("sentences4.txt", "4", "CP4", "dyads helper S7 (session 8)"),
           ("sentences5.txt", "5", "CP5", "dyads helper G3 (session 9)"),
           ("sentences6.txt", "6", "CP6", "dyads helper G3 (session 10)"),
           ("sentences7.txt", "7", "CP7", "dyads helper G3 (session 11)"),
           ("sentences8.txt", "8", "CP8", "dyads helper G3 (session 12)"),
           ("sentences9.txt", "9", "CP9", "dyads helper G3 (session 13)"),
           ("sentences10.txt", "10", "CP10", "dyads helper G3 (session 14)"),
           ("sentences11.txt", "11", "CP11", "dyads helper G3 (session 15)"),
           ("sentences12.txt", "12", "CP12", "dyads helper G3 (session 16)"),
           ("sentences13.txt", "13", "CP13", "dyads helper G3 (session 17)"),
           ("sentences14.txt", "14", "CP14", "dyads helper gcp14 (session 18)"),
           ("sentences15.txt", "15", "CP15", "dyads helper gcp15 (session 19)"),
           ("sentences16.txt", "16", "CP16", "dyads helper gcp16 (session 20)"),
           ("sentences17.txt", "17", "CP17", "dyads helper gcp17 (session 21)"),
           ("sentences18.txt", "18", "CP18", "dyads helper gcp18 (session 22)"),
           ("sentences19.txt", "19", "CP19", "dyads helper gcp19 (session 23)"),
           ("sentences20.txt", "20", "CP20", "dyads helper gcp20 (session 24)"))


def parse(line: str, n: int, prefix: str = "CP", coder: str = "dyads helper A (session 6)") -> dict:
    head, markup = (part.strip() for part in line.split("|", 1))
    cameo, label, *fixed = head.split()  # "id=..." keeps a corrected line's first id (and so its split)
    text, info, sources, targets, event_text = [], [], [], [], None
    pos = 0
    for m in TAG.finditer(markup):
        text.append(markup[pos:m.start()])
        info.append(markup[pos:m.start()])
        pos = m.end()
        if m.group(5):
            event_text = m.group(5)
            text.append(event_text)
            info.append(f"(EVT: {event_text})")
            continue
        role, words, code, sector = m.group(1), m.group(2), m.group(3), m.group(4)
        party = {"actorText": words, "code": code}
        if sector:
            party["sector"] = sector
        (targets if role == "T" else sources).append(party)
        text.append(words)
        info.append(f"({'SRC/TAR' if role == 'ST' else 'SRC' if role == 'S' else 'TAR'}: {words})")
    text.append(markup[pos:])
    info.append(markup[pos:])
    assert event_text, line
    record_id = fixed[0].removeprefix("id=") if fixed else f"{prefix}-{n:03d}-{cameo}"
    return {"id": record_id, "date": "2000-01-01", "event": label, "eventText": event_text,
            "text": "".join(text), "source": sources, "target": targets or "",
            "textInfo": {"markup": "".join(info)}, "cameo": cameo, "language": "en",
            "publication": "invented", "coder": coder, "version": "cameo-proxy-1"}


def main() -> None:
    for source, suffix, prefix, coder in BATCHES:
        build(source, suffix, prefix, coder)


def build(source: str, suffix: str, prefix: str, coder: str) -> None:
    lines = [x for x in (ROOT / source).read_text("utf-8").splitlines()
             if x.strip() and not x.startswith("#")]
    records = [parse(line, n, prefix, coder) for n, line in enumerate(lines, start=1)]
    ranked = sorted(records, key=lambda r: hashlib.sha1(r["id"].encode()).hexdigest())
    test_ids = {r["id"] for i, r in enumerate(ranked) if i % 3 == 0}
    for split, keep in (("tune", False), ("test", True)):
        with open(ROOT / f"{split}{suffix}.jsonl", "w", encoding="utf-8") as f:
            for r in records:
                if (r["id"] in test_ids) == keep:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{source}: {len(records)} records: {len(records) - len(test_ids)} tune, {len(test_ids)} test")


if __name__ == "__main__":
    main()
