"""Inter-coder agreement: how far two codings of the same documents by docs/coding-guide.md agree.

The ceiling of every real-news measure: when two careful coders, working blind from each other, agree on only
part of the events, no coder can score above that part against either of them. Reads two gold folders of the
real-news format (docs.csv + events-*.jsonl + events-*.done), keeps the documents completely coded in both,
and scores the second coding against the first exactly as `dyads eval` scores the coder, except that a gold
line carries sets of acceptable codes: two lines agree when the second's trigger falls in the first's quote,
their types, actor codes and recipient codes share a value (either direction when either is symmetric; a
3-letter class code such as IGO matches a longer code it starts with) and the status is the same.
- precision of B against A: B's required lines that agree with a required line of A, over B's required lines
  that agree with no optional line of A (an optional line is neutral, as for the coder);
- recall of B against A: A's required lines that some line of B (required or optional) agrees with.
"Required lines only" also prints the agreement of required lines with required lines (where the coders
differ on whether an event is required or optional, the scorer's rule makes that difference neutral).
B against A and A against B are both printed (the second is the first with the roles swapped), with errors by
kind, per source, and — with `--coder` — the coder's own precision and recall against each coding on the same
documents at min_confidence 0 and at the default.
Usage: python bench/agreement.py [FIRST] [SECOND] [--coder]   (default gold/realnews gold/agreement)
"""
from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import replace
from pathlib import Path

from dyads import newseval
from dyads.newseval import GoldDoc, GoldEvent

ROOT = Path(__file__).resolve().parents[1]


def _codes_meet(a: tuple, b: tuple) -> bool:
    for x in a:
        for y in b:
            if x == y or (x and y and ((len(x) == 3 and y.startswith(x)) or (len(y) == 3 and x.startswith(y)))):
                return True
    return False


def _trigger_span(g: GoldEvent, text: str, trigger: str | None) -> tuple[int, int]:
    """Where the line's trigger word stands (inside its quote when found, else the whole quote)."""
    if trigger:
        at = text.find(trigger, g.start, g.end)
        if at >= 0:
            return at, at + len(trigger)
    return g.start, g.end


def mismatch(a: GoldEvent, b: GoldEvent) -> list[str]:
    out = []
    if not (a.types & b.types):
        out.append("wrong type")
    forward = _codes_meet(a.actor, b.actor) and _codes_meet(a.recipient, b.recipient)
    swapped = (a.symmetric or b.symmetric) and _codes_meet(a.actor, b.recipient) and _codes_meet(a.recipient, b.actor)
    if not (forward or swapped):
        out.append("wrong recipient" if _codes_meet(a.actor, b.actor) else "wrong actor")
    if a.status != b.status:
        out.append("wrong status")
    return out


def _locator(second: GoldDoc, triggers: dict):
    """at(a, b): True when line b's trigger (of the second coding) stands in line a's quote."""
    spans = {id(b): _trigger_span(b, second.text, triggers.get((second.doc, b.quote, sorted(b.types)[0])))
             for b in second.events}

    def at(a: GoldEvent, b: GoldEvent) -> bool:
        s, e = spans[id(b)]
        return a.start <= s < a.end or (s < a.end and e > a.start)
    return at


def strict(first: GoldDoc, second: GoldDoc, triggers: dict) -> tuple[int, int, int, int]:
    """Required lines only: (B's required lines agreeing with a required line of A, B's required lines, A's
    required lines agreeing with a required line of B, A's required lines). Where this is lower than the
    scored agreement, the coders differ on whether an event is required or optional, not on the event."""
    at = _locator(second, triggers)

    need_a = [a for a in first.events if not a.optional]
    need_b = [b for b in second.events if not b.optional]
    b_ok = sum(any(at(a, b) and not mismatch(a, b) for a in need_a) for b in need_b)
    a_ok = sum(any(at(a, b) and not mismatch(a, b) for b in need_b) for a in need_a)
    return b_ok, len(need_b), a_ok, len(need_a)


def compare(first: GoldDoc, second: GoldDoc, triggers: dict) -> tuple[int, int, int, int, Counter]:
    """(agreeing required lines of B, B's counted lines, A's required lines found, A's required lines, errors)."""
    at = _locator(second, triggers)

    errors: Counter = Counter()
    used: set[int] = set()
    agree = counted = 0
    # B's required lines: each takes the first free agreeing line of A, required lines of A first
    order = sorted(first.events, key=lambda a: a.optional)
    for b in second.events:
        if b.optional:
            continue
        hit = next((a for a in order if id(a) not in used and at(a, b) and not mismatch(a, b)), None)
        if hit is not None:
            used.add(id(hit))
            if hit.optional:
                continue
            agree += 1
            counted += 1
            continue
        counted += 1
        near = [a for a in first.events if at(a, b)]
        if not near:
            errors["not an event"] += 1
        else:
            best = min(near, key=lambda a: (len(mismatch(a, b)), a.optional))
            errors[(mismatch(best, b) or ["duplicate"])[0]] += 1
    found = sum(1 for a in first.events if not a.optional
                and any(at(a, b) and not mismatch(a, b) for b in second.events))
    return agree, counted, found, sum(not a.optional for a in first.events), errors


def _triggers(folder: Path) -> dict:
    import json
    out = {}
    for path in sorted(folder.glob("events-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out[(rec["doc"], rec["quote"], sorted(rec["types"])[0])] = rec.get("trigger")
    return out


def report(name: str, pairs, triggers) -> None:
    for source in sorted({a.source for a, _ in pairs}) + ["all"]:
        part = [(a, b) for a, b in pairs if source in ("all", a.source)]
        agree = counted = found = required = 0
        errors: Counter = Counter()
        for a, b in part:
            g, c, f, r, e = compare(a, b, triggers)
            agree, counted, found, required = agree + g, counted + c, found + f, required + r
            errors += e
        p = agree / counted if counted else 0.0
        r = found / required if required else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:22} {source:9} {len(part):3} docs  precision {p:.3f} ({agree}/{counted})  "
              f"recall {r:.3f} ({found}/{required})  F1 {f1:.3f}")
        b_ok, n_b, a_ok, n_a = (sum(x) for x in zip(*(strict(a, b, triggers) for a, b in part)))
        print(f"{'':22} {'':9} required lines only: precision {b_ok / n_b if n_b else 0:.3f} ({b_ok}/{n_b})  "
              f"recall {a_ok / n_a if n_a else 0:.3f} ({a_ok}/{n_a})")
        if source == "all":
            print("   disagreements of the second coding's required lines: "
                  + ", ".join(f"{k} {v}" for k, v in errors.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", nargs="?", type=Path, default=ROOT / "gold" / "realnews")
    parser.add_argument("second", nargs="?", type=Path, default=ROOT / "gold" / "agreement")
    parser.add_argument("--coder", action="store_true", help="also score the coder against each coding")
    args = parser.parse_args()
    second = {d.doc: d for d in newseval.load_gold(args.second)}
    first = {d.doc: d for d in newseval.load_gold(args.first) if d.doc in second}
    docs = sorted(first)
    print(f"{len(docs)} documents coded in both {args.first.name} (A) and {args.second.name} (B); "
          f"A {sum(len(first[d].events) for d in docs)} lines ({sum(not g.optional for d in docs for g in first[d].events)}"
          f" required), B {sum(len(second[d].events) for d in docs)} lines "
          f"({sum(not g.optional for d in docs for g in second[d].events)} required)")
    report("B against A", [(first[d], second[d]) for d in docs], _triggers(args.second))
    report("A against B", [(second[d], first[d]) for d in docs], _triggers(args.first))
    if args.coder:
        from dyads.settings import load_settings
        settings = load_settings()
        coded = newseval.code_gold([first[d] for d in docs], settings=settings)
        for t in (0.0, settings.confidence_threshold()):
            for label, gold in (("coder against A", first), ("coder against B", second)):
                outcomes = [newseval.score_document(replace(gold[d], text=first[d].text), coded[d], threshold=t)
                            for d in docs]
                s = newseval.summarise(label, outcomes)
                print(f"{label:22} at {t:.2f}: precision {s.precision:.3f} recall {s.recall:.3f}")


if __name__ == "__main__":
    main()
