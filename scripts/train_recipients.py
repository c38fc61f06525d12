"""Fit the story-recipient ranker (dyads.story_recipients) on the tune gold and choose its threshold.

Codes the tune documents of the gold folders named in the config (without the validation batches it excludes;
the test split is never read) with a `Recorder` in place of the ranker, so nothing is filled and every event whose
recipient is open is kept with its candidates. Each such event that survives to the output is matched with the
gold events of its words that accept its type, actor and status (the real-news scorer's rules); the event is
right now when one of them accepts its recipient (or none), and a candidate is positive when one of them accepts
it. A logistic regression over the candidates' features (L2 strength by cross-validation grouped by document) is
fitted; with the cross-validated probabilities each event's best candidate is filled when it reaches a threshold,
which is chosen for precision (see the config). The simple rule "the story's most frequent counterpart of the
actor's country" is scored the same way and reported beside it. Every hyperparameter is in
scripts/train_recipients.toml.

Writes src/dyads/data/models/story_recipients.json (weights, threshold) and story_recipients.md (its card).
Needs scikit-learn; the package itself does not.
Usage: python scripts/train_recipients.py [--corpora ../shared/corpora] [--cache build/recipients.json]
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import time
import tomllib
from pathlib import Path

import numpy as np
from sklearn.metrics import log_loss, roc_auc_score

from dyads import fitting, newseval, story_recipients
from dyads.fitting import fit
from dyads.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]
CONFIG = Path(__file__).with_suffix(".toml")
OUT = ROOT / "src" / "dyads" / "data" / "models"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=None, help="folder of the corpora (default ../shared/corpora)")
    parser.add_argument("--cache", type=Path, default=None,
                        help="rows recorded by an earlier run (read when it exists, else written)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    cfg = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    if any(s != "tune" for s in cfg["splits"]):
        raise SystemExit("the ranker is fitted on the tune split only")
    started = time.monotonic()
    if args.cache is not None and args.cache.is_file():
        data = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        data = record(cfg, args.corpora)
        if args.cache is not None:
            args.cache.parent.mkdir(parents=True, exist_ok=True)
            args.cache.write_text(json.dumps(data), encoding="utf-8")
    events, docs = data["events"], data["documents"]
    fold_of = {d: k % cfg["folds"] for k, d in enumerate(sorted(docs))}
    rows = [(n, c) for n, e in enumerate(events) for c in e["candidates"]]
    names = sorted({f for _, c in rows for f in c["features"]})
    X = np.array([[c["features"].get(f, 0.0) for f in names] for _, c in rows])
    y = np.array([c["label"] for _, c in rows])
    folds = np.array([fold_of[events[n]["doc"]] for n, _ in rows])
    grid = []
    for c in cfg["c_grid"]:
        p = cv_proba(X, y, folds, c, cfg)
        grid.append((c, log_loss(y, p), p))
    best_c, best_loss, oof = min(grid, key=lambda g: (round(g[1], 9), g[0]))
    best = best_candidates(events, rows, oof)
    curve = fill_curve(events, best, cfg)
    threshold, rule = choose(curve, cfg)
    simple = rule_outcome(events)
    lr = fit(X, y, best_c, cfg)
    weights = {f: round(float(w), 6) for f, w in zip(names, lr.coef_[0]) if round(float(w), 6) != 0.0}
    info = {"documents": len(docs), "open_events": len(events), "labelled_events": sum(e["labelled"] for e in events),
            "candidates": len(rows), "positive": int(y.sum()), "c": best_c, "cv_log_loss": round(best_loss, 4),
            "cv_auc": round(float(roc_auc_score(y, oof)), 4) if 0 < y.sum() < len(y) else None,
            "grid": [(c, round(loss, 4)) for c, loss, _ in grid], "rule": rule, "simple_rule": simple,
            "at_threshold": next((row for row in curve if row["threshold"] == threshold), None),
            "golds": cfg["golds"], "excluded": cfg["exclude"]}
    args.out.mkdir(parents=True, exist_ok=True)
    model = {"weights": weights, "bias": round(float(lr.intercept_[0]), 6), "threshold": threshold,
             "trained_on": {k: info[k] for k in ("documents", "labelled_events", "candidates", "positive", "c")}}
    (args.out / story_recipients.MODEL_FILE).write_text(json.dumps(model, indent=1, sort_keys=True) + "\n",
                                                        encoding="utf-8")
    (args.out / "story_recipients.md").write_text(card(info, curve, weights, model["bias"], threshold),
                                                  encoding="utf-8")
    print(json.dumps({k: v for k, v in info.items() if k != "grid"}, indent=1), file=sys.stderr)
    print(f"threshold {threshold} ({rule}); {time.monotonic() - started:.0f}s", file=sys.stderr)
    return 0


def record(cfg, corpora: Path | None) -> dict:
    """Code the tune documents with a Recorder and label each open event's candidates against the gold."""
    excluded = newseval.done_ids([ROOT / f for f in cfg["exclude"]])
    docs = [d for d in newseval.load_golds([ROOT / g for g in cfg["golds"]], corpora=corpora,
                                           splits=tuple(cfg["splits"])) if d.doc not in excluded]
    assert all(d.split == "tune" for d in docs)
    recorder = story_recipients.Recorder()
    with story_recipients.using(recorder):
        coded = newseval.code_gold(docs, settings=load_settings())
    by_doc = {d.doc: d for d in docs}
    final = {(e.doc_id, e.event_id): e for events in coded.values() for e in events}
    out = []
    for event, candidates in recorder.seen:
        kept = final.get((event.doc_id, event.event_id))
        if kept is None or kept.status not in newseval.COUNTED_STATUSES or not candidates:
            continue
        gold = [g for g in by_doc[event.doc_id].events if newseval._at(g, kept) and kept.event_type in g.types
                and newseval.party_ok(g.actor, kept.actor) and kept.status == g.status]
        right_now = any(newseval.party_ok(g.recipient, kept.recipient) for g in gold)
        out.append({"doc": event.doc_id, "type": kept.event_type, "labelled": bool(gold), "right_now": right_now,
                    "candidates": [{"code": c.party.code, "features": c.features,
                                    "label": int(any(newseval.party_ok(g.recipient, c.party) for g in gold))}
                                   for c in candidates]})
    return {"documents": sorted(by_doc), "events": out}


def cv_proba(X, y, folds, c: float, cfg):
    return fitting.out_of_fold(X, y, folds, c, cfg, fitting.proba)


def best_candidates(events, rows, proba) -> dict[int, tuple[float, int]]:
    """Each event's best candidate: (probability, label)."""
    best: dict[int, tuple[float, int]] = {}
    for (n, c), p in zip(rows, proba):
        if n not in best or p > best[n][0]:
            best[n] = (float(p), c["label"])
    return best


def outcome(events, picks: dict[int, int]) -> dict:
    """What filling the picked candidate's label does to the labelled events: fills, right fills, events made
    right (wrong before), right events made wrong, net."""
    fills = right = fixed = broken = 0
    for n, label in picks.items():
        e = events[n]
        if not e["labelled"]:
            continue
        fills += 1
        right += label
        fixed += int(label and not e["right_now"])
        broken += int(not label and e["right_now"])
    return {"fills": fills, "right": right, "precision": round(right / fills, 3) if fills else 0.0,
            "fixed": fixed, "broken": broken, "net": fixed - broken}


def fill_curve(events, best, cfg) -> list[dict]:
    out = []
    t = cfg["threshold_min"]
    while t < 1.0:
        picks = {n: label for n, (p, label) in best.items() if p >= t}
        out.append({"threshold": round(t, 2), **outcome(events, picks),
                    "unlabelled_fills": sum(not events[n]["labelled"] for n in picks)})
        t = round(t + cfg["threshold_step"], 4)
    return out


def choose(curve, cfg) -> tuple[float, str]:
    """The threshold of the largest net gain among those whose fills break few right events (broken <= share x
    fixed) and are right often enough; the lowest such threshold on a tie. Event-level precision is lost only by a
    broken event (a wrong fill on an event that was already wrong costs nothing), so the share bounds that loss."""
    ok = [r for r in curve if r["net"] > 0 and r["broken"] <= cfg["max_broken_share"] * r["fixed"]
          and r["precision"] >= cfg["min_precision"]]
    if ok:
        best = max(ok, key=lambda r: (r["net"], -r["threshold"]))
        return best["threshold"], (f"largest cross-validated net gain with broken <= {cfg['max_broken_share']} x fixed "
                                   f"and fill precision >= {cfg['min_precision']}")
    return 1.01, "no threshold breaks few enough right events with a positive net gain: the ranker fills nothing"


def rule_outcome(events) -> dict:
    """The simple rule: the candidate that was most often the counterpart of the actor's country (at least once);
    ties to the latest named."""
    picks = {}
    for n, e in enumerate(events):
        top = [c for c in e["candidates"] if c["features"].get("top_counterpart")]
        if top:
            top.sort(key=lambda c: (-c["features"].get("recency", 0.0)))
            picks[n] = top[0]["label"]
    return outcome(events, picks)


def card(info, curve, weights, bias, threshold) -> str:
    lines = ["# Model card: story-recipient ranker (`story_recipients.json`)", "",
             "Written by `scripts/train_recipients.py` (hyperparameters in `scripts/train_recipients.toml`).", "",
             "## Data", "",
             f"Tune documents of {', '.join(info['golds'])} without the validation batches "
             f"{', '.join(info['excluded'])} (test splits never read): {info['documents']} documents, "
             f"{info['open_events']} coded events with an open recipient (none, a phrase naming no coded party, or the "
             f"actor's own state by default) "
             f"and at least one candidate, {info['labelled_events']} of them at a gold event accepting their type, "
             f"actor and status; {info['candidates']} candidates, {info['positive']} accepted by the gold.", "",
             "## Features (per candidate party of the story, up to the event's sentence)", "",
             "recency 1/(1+sentences since last named), log mentions, named in this / the previous sentence, in the "
             "lead, as a subject; log count as recipient / actor of earlier coded events and as counterpart of the "
             "actor's country (and whether it is the top counterpart); same country as the actor; the event's place; "
             "the story's setting; the latest / most named candidate, the only one, not named (place only); how "
             "the recipient was open (none / uncoded / domestic); the candidate's kind (state, igo, ngo, militant, rebel, "
             "other) and event type x kind; log number of candidates.", "",
             "## Fit and cross-validation (5 folds grouped by document)", "",
             f"L2 C = {info['c']} (grid, log loss: {info['grid']}); cross-validated log loss {info['cv_log_loss']}, "
             f"AUC {info['cv_auc']}.", "",
             f"Threshold **{threshold}**: {info['rule']}. At it, cross-validated: {info['at_threshold']}.", "",
             f"Simple rule (the actor's most frequent counterpart in earlier events): {info['simple_rule']}.", "",
             "At run time a document of a single sentence is no story: nothing is filled there (the PLOVER dev "
             "gold and the CAMEO-style sentences are unchanged).", "",
             "Net = events made right (gold wanted the party) minus right events made wrong (gold accepted no "
             "recipient or the default, not the party).", "",
             "| threshold | fills | right | precision | fixed | broken | net |", "|---|---|---|---|---|---|---|"]
    for r in curve:
        if round(r["threshold"] * 100) % 5 == 0:
            lines.append(f"| {r['threshold']:.2f} | {r['fills']} | {r['right']} | {r['precision']:.3f} | "
                         f"{r['fixed']} | {r['broken']} | {r['net']} |")
    lines += ["", "## Weights", "", f"bias {bias}", ""]
    lines += [f"- {k}: {v}" for k, v in sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:30]]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
