"""The fresh gold batches whose errors must stay unseen, for bench tools that list coder errors.

They are the batches named in `unseen` of scripts/train_confidence.toml (each session adds the batches it wrote
before any coder run): no coder change is made while looking at their documents, so a tool that prints errors
(`--show`) always leaves them out, whatever `--exclude` says.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "scripts" / "train_confidence.toml"


def unseen_batches(config: Path = CONFIG) -> list[Path]:
    """Marker files (events-*.done) of the fresh batches that exist in this checkout."""
    with config.open("rb") as handle:
        names = tomllib.load(handle).get("unseen", [])
    return [ROOT / name for name in names if (ROOT / name).exists()]
