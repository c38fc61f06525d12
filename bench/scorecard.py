"""Every accuracy measure of issues 13 and 14 in one run, as one Markdown table (for closing notes).

Runs, one after another, the commands the issues name and prints their figures side by side:
- real-news gold (`dyads eval gold/realnews`): tune and test, at the default threshold and at 0;
- invented wire stories (`dyads eval gold/wire_proxy`): tune and test, at the default threshold and at 0;
- CAMEO-style proxy sentences (`dyads eval gold/cameo_proxy/<file>.jsonl`): top-1, actor, recipient, sector;
- the PLOVER dev gold (`dyads eval ../shared/eval/plover_gsr_dev.jsonl`): aggregate figures only;
- seed checks (`bench/seed_check.py`); optionally the NGEC held-out benchmark (`--ngec`, ~4 minutes) and the
  throughput ratio (`--throughput`, ~3 minutes).
Test splits are printed as aggregates only (no errors are listed), as the gold rules require.
Usage: python bench/scorecard.py [--ngec] [--throughput]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / ".." / "shared" / "eval" / "plover_gsr_dev.jsonl"
DYADS = [sys.executable, "-c", "from dyads.cli import app; app()"]


def run(args: list[str]) -> str:
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(args)}\n{done.stderr[-2000:]}")
    return done.stdout


def news(folder: str, split: str, threshold: float | None) -> tuple[float, float, float, int, float]:
    """(precision, recall, events per document, documents, threshold) of a real-news-style gold folder's split."""
    args = [*DYADS, "eval", folder, "--split", split, "--format", "json"]
    if threshold is not None:
        args += ["--min-confidence", str(threshold)]
    data = json.loads(run(args))
    total = next(s for s in data["sets"] if s["name"] == split)
    return total["precision"], total["recall"], total["events_per_doc"], total["documents"], data["threshold"]


def sentences(path: Path) -> tuple[float, float, float, float, int]:
    data = json.loads(run([*DYADS, "eval", str(path), "--format", "json"]))
    return (data["top1_accuracy"]["value"], data["actor_recall"]["value"], data["recipient_recall"]["value"],
            data["sector_accuracy"]["value"], data["n"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ngec", action="store_true", help="also run bench/ngec_heldout.py (~4 minutes)")
    parser.add_argument("--throughput", action="store_true", help="also run bench/throughput.py (~3 minutes)")
    args = parser.parse_args()
    print("| measure | figures |\n|---|---|")
    for folder in ("gold/realnews", "gold/wire_proxy"):
        for split in ("tune", "test"):
            p, r, n, docs, t = news(folder, split, None)
            p0, r0, n0, _, _ = news(folder, split, 0.0)
            print(f"| `{folder}` {split} ({docs} docs): P / R / events per doc at the default {t:.2f}; at 0 "
                  f"| {p:.3f} / {r:.3f} / {n:.2f}; {p0:.3f} / {r0:.3f} / {n0:.2f} |")
    for path in sorted((ROOT / "gold" / "cameo_proxy").glob("*.jsonl")):
        top1, actor, recipient, sector, n = sentences(path)
        print(f"| `gold/cameo_proxy/{path.name}` ({n}): top-1 / actor / recipient / sector "
              f"| {top1:.3f} / {actor:.3f} / {recipient:.3f} / {sector:.3f} |")
    if DEV.is_file():
        top1, actor, recipient, sector, n = sentences(DEV)
        print(f"| PLOVER dev gold ({n}): top-1 / actor / recipient / sector "
              f"| {top1:.3f} / {actor:.3f} / {recipient:.3f} / {sector:.3f} |")
    seed = run([sys.executable, "bench/seed_check.py"]).strip().splitlines()[-1]
    print(f"| seed checks | {seed} |")
    if args.ngec:
        out = run([sys.executable, "bench/ngec_heldout.py"])
        totals = [line.split() for line in out.splitlines() if line.split()[:1] == ["all"] and line.split()[1].isdigit()]
        titles = [line for line in out.splitlines() if line.startswith(("all events", "events at"))]
        cells = [f"{title}: label coded {row[2]}, type precision {row[3]}" for title, row in zip(titles, totals)]
        print(f"| NGEC held-out stories (`bench/ngec_heldout.py`) | {'; '.join(cells)} |")
    if args.throughput:
        out = run([sys.executable, "bench/throughput.py", "--docs", "60"])
        ratio = next((line for line in out.splitlines() if line.startswith("ratio")), "?")
        print(f"| throughput, 60 documents (`bench/throughput.py --docs 60`) | {ratio} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
