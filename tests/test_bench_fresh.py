"""The bench tools that list coder errors leave the fresh gold batches out (bench/_fresh.py)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _module():
    spec = importlib.util.spec_from_file_location("_fresh", ROOT / "bench" / "_fresh.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_unseen_batches_are_the_confidence_models_unseen_list(tmp_path):
    fresh = _module()
    found = fresh.unseen_batches()
    assert ROOT / "gold/wire_proxy/events-w22.done" in found
    assert ROOT / "gold/realnews/events-n30.done" in found
    assert ROOT / "gold/realnews/events-n31.done" in found
    assert ROOT / "gold/wire_proxy/events-w23.done" in found
    assert ROOT / "gold/realnews/events-n32.done" in found
    assert ROOT / "gold/realnews/events-n33.done" in found
    assert ROOT / "gold/wire_proxy/events-w24.done" in found
    assert ROOT / "gold/realnews/events-n34.done" in found
    assert ROOT / "gold/realnews/events-n35.done" in found
    assert ROOT / "gold/wire_proxy/events-w25.done" in found
    assert ROOT / "gold/long_proxy/events-l5.done" in found
    assert ROOT / "gold/realnews/events-n36.done" in found
    assert ROOT / "gold/realnews/events-n37.done" in found
    assert ROOT / "gold/wire_proxy/events-w26.done" in found
    assert ROOT / "gold/long_proxy/events-l6.done" in found
    assert ROOT / "gold/long_proxy/events-l7.done" in found
    assert ROOT / "gold/wire_proxy/events-w27.done" in found
    assert ROOT / "gold/long_proxy/events-l8.done" in found
    assert ROOT / "gold/realnews/events-n38.done" in found
    assert ROOT / "gold/realnews/events-n39.done" in found
    assert ROOT / "gold/wire_proxy/events-w28.done" in found
    assert ROOT / "gold/long_proxy/events-l9.done" in found
    assert ROOT / "gold/long_proxy/events-l10.done" in found
    # session 22 rotated the oldest batches into the coder's error pool: they are no longer unseen
    assert ROOT / "gold/realnews/events-n9.done" not in found
    assert ROOT / "gold/wire_proxy/events-w11.done" not in found
    # session 25 rotated n10 .. n15 and w12 .. w14 into the pool
    assert ROOT / "gold/realnews/events-n13.done" not in found
    assert ROOT / "gold/realnews/events-n15.done" not in found
    assert ROOT / "gold/wire_proxy/events-w14.done" not in found
    # session 26 rotated n16 .. n21 and w15 .. w17 into the pool
    assert ROOT / "gold/realnews/events-n16.done" not in found
    assert ROOT / "gold/realnews/events-n21.done" not in found
    assert ROOT / "gold/wire_proxy/events-w17.done" not in found
    # session 27 rotated the long articles of l1 into the pool
    assert ROOT / "gold/long_proxy/events-l1.done" not in found
    # session 28 rotated the long articles of l2 into the pool
    assert ROOT / "gold/long_proxy/events-l2.done" not in found
    # session 29 rotated n22 .. n25, w18, w19 and the long articles of l3 into the pool
    assert ROOT / "gold/realnews/events-n22.done" not in found
    assert ROOT / "gold/realnews/events-n25.done" not in found
    assert ROOT / "gold/wire_proxy/events-w19.done" not in found
    assert ROOT / "gold/long_proxy/events-l3.done" not in found
    # session 30 rotated n26 .. n29, w20, w21 and the long articles of l4 into the pool
    assert ROOT / "gold/realnews/events-n26.done" not in found
    assert ROOT / "gold/realnews/events-n29.done" not in found
    assert ROOT / "gold/wire_proxy/events-w21.done" not in found
    assert ROOT / "gold/long_proxy/events-l4.done" not in found
    assert all(p.name.endswith(".done") and p.exists() for p in found)
    config = tmp_path / "c.toml"
    config.write_text('unseen = ["gold/realnews/events-n3.done", "gold/realnews/no-such.done"]\n')
    assert fresh.unseen_batches(config) == [ROOT / "gold/realnews/events-n3.done"]


def test_error_listing_tools_always_leave_them_out():
    for tool in ("realnews_misses.py", "drop_tally.py"):
        text = (ROOT / "bench" / tool).read_text()
        assert "unseen_batches() if args.show" in text, tool
