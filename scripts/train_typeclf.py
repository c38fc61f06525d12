"""Fit the event-type classifier (`dyads.typeclf`) and write its weights, fold models and model card.

Training predicates (one row each: a predicate token of a parsed sentence, its label, a weight):
- the project's gold, tune splits only (the `golds` folders of the config: gold/realnews and the invented wire
  stories gold/wire_proxy; the test splits are never read): the trigger of every gold event
  (optional ones too, any status) labelled with its type (a gold event with several acceptable types gives one
  row per type, weights summing to 1); every lexicon trigger outside all gold quotes and the main predicate of
  every sentence that overlaps no gold quote, labelled NONE;
- NGEC synthetic stories (MIT), `train` rows of gold/ngec_split.csv only (never `heldout`, never gold rows): the
  main predicate of the story's first sentence and the lexicon triggers of its first sentences whose lexicon
  type is the story's label, labelled with the story's label, weight `ngec_weight` (story labels are weak).

Cross-validation on the tune documents (documents sorted by id, document k in fold k % folds; the NGEC rows are
in every fold's training data) chooses C and gives the scores of the card; the fold models are written to
`--folds-out` (build/typeclf, not shipped) for `bench/typeclf_cv.py` and `scripts/train_confidence.py`, which
code each tune document with the model that never saw it. Every hyperparameter is in scripts/train_typeclf.toml.

Writes src/dyads/data/models/typeclf.json, typeclf.npz and typeclf.md. Needs scikit-learn (`pip install -e
.[train]`). Usage: python scripts/train_typeclf.py [--gold FOLDER ...] [--corpora ../shared/corpora]
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import inspect
import json
import sys
import time
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from dyads import events, fitting, lexicon, newseval, nlp, typeclf
from dyads.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]
CONFIG = Path(__file__).with_suffix(".toml")
OUT = ROOT / "src" / "dyads" / "data" / "models"
FOLDS_OUT = ROOT / "build" / "typeclf"


@dataclass(frozen=True, slots=True)
class Row:
    group: str  # the tune document, or "ngec" (in every fold's training data)
    features: tuple[str, ...]
    label: str
    weight: float


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, action="append", default=[],
                        help="gold folder (repeatable; default: `golds` of the config)")
    parser.add_argument("--corpora", type=Path, default=None, help="folder of the corpora (default ../shared/corpora)")
    parser.add_argument("--split", type=Path, default=ROOT / "gold" / "ngec_split.csv", help="NGEC split file")
    parser.add_argument("--out", type=Path, default=OUT, help="where typeclf.json/.npz/.md go")
    parser.add_argument("--folds-out", type=Path, default=FOLDS_OUT, help="where the fold models go")
    parser.add_argument("--config", type=Path, default=CONFIG, help="hyperparameters (TOML)")
    args = parser.parse_args(argv)
    cfg = tomllib.loads(args.config.read_text(encoding="utf-8"))
    if any(s != "tune" for s in cfg["splits"]):
        raise SystemExit("the classifier is fitted on the tune split of the real-news gold only")
    started = time.monotonic()
    settings = load_settings()
    model = nlp.load(settings.spacy_model)
    lex = lexicon.load(())
    corpora = args.corpora or newseval.default_corpora()
    args.gold = args.gold or [ROOT / g for g in cfg["golds"]]
    docs = newseval.load_golds(args.gold, corpora=corpora, splits=("tune",))
    assert all(d.split == "tune" for d in docs)
    triggers = {k: v for folder in args.gold for k, v in gold_triggers(folder, {d.doc for d in docs}).items()}
    stories = ngec_train(corpora / newseval.CORPUS_FILES["ngec"], args.split)
    key = cache_key(args, cfg, settings.spacy_model, lex)
    cached = args.folds_out / f"rows-{key}.json"
    if cached.is_file():  # the same code, lexicon, data and settings parse to the same rows
        rows = [Row(g, tuple(f), label, w) for g, f, label, w in json.loads(cached.read_text(encoding="utf-8"))]
    else:
        # issue 14: the NGEC stories coded as gold never train a model; their documents keep their folds (the
        # confidence model's cross-validation codes them with these fold models) but give no rows
        # and the documents of the batches kept fresh for this session's before/after (`exclude`) give none either
        sources = tuple(cfg.get("gold_sources", ("guardian",)))
        excluded = newseval.done_ids([ROOT / f for f in cfg.get("exclude", [])])
        rows = parsed_rows([d for d in docs if d.source in sources and d.doc not in excluded], stories, triggers,
                           model, lex, cfg)
        args.folds_out.mkdir(parents=True, exist_ok=True)
        for old in args.folds_out.glob("rows-*.json"):
            old.unlink()
        cached.write_text(json.dumps([[r.group, list(r.features), r.label, r.weight] for r in rows]),
                          encoding="utf-8")
    names = kept_features(rows, cfg["min_count"])
    labels = tuple(sorted({r.label for r in rows}, key=lambda k: (k != typeclf.NONE, k)))
    X, y, w = matrix(rows, names, labels)
    w = np.where(np.array([r.group == "ngec" for r in rows]), w * cfg["ngec_weight"], w)
    groups = [r.group for r in rows]
    fold_of = {d.doc: k % cfg["folds"] for k, d in enumerate(docs)}
    folds = np.array([fold_of.get(g, -1) for g in groups])
    grid = []
    for c in cfg["c_grid"]:
        oof = cross_validated(X, y, w, folds, c, cfg, labels)
        grid.append((c, log_loss(oof, y, w, folds), oof))
    best_c, best_loss, oof = min(grid, key=lambda g: (round(g[1], 9), g[0]))
    args.folds_out.mkdir(parents=True, exist_ok=True)
    for k in range(cfg["folds"]):
        fold_model = to_model(fit(X[folds != k], y[folds != k], w[folds != k], best_c, cfg), names, labels)
        sub = args.folds_out / f"fold{k}"
        sub.mkdir(exist_ok=True)
        fold_model.save(sub, {"fold": k, "documents_left_out": sorted(d for d, f in fold_of.items() if f == k)})
    final = to_model(fit(X, y, w, best_c, cfg), names, labels)
    scores = cv_scores(oof, y, folds, labels)
    info = {"golds": " + ".join(f"`{_rel(g)}`" for g in args.gold), "tune_documents": len(docs), "ngec_stories": len(stories), "rows": len(rows),
            "gold_rows": int((folds >= 0).sum()), "ngec_rows": int((folds < 0).sum()),
            "labels": dict(Counter(r.label for r in rows if r.group != "ngec")), "c": best_c,
            "grid": [(c, loss) for c, loss, _ in grid], "features": len(names), **scores}
    args.out.mkdir(parents=True, exist_ok=True)
    meta = {"trained_on": {"gold": " + ".join(_rel(g) for g in args.gold) + " (tune splits)", "ngec": "train rows of gold/ngec_split.csv",
                           "seed": cfg["seed"], "c": best_c, "tune_documents": len(docs),
                           "ngec_stories": len(stories)}}
    final.save(args.out, meta)
    (args.out / "typeclf.md").write_text(card(info, cfg, args.out), encoding="utf-8")
    print(f"{len(rows)} rows ({info['gold_rows']} from {len(docs)} tune documents, {info['ngec_rows']} from "
          f"{len(stories)} NGEC train stories), {len(names)} features; C={best_c}; cross-validated on tune: "
          f"accuracy {scores['accuracy']:.3f}, event-type accuracy {scores['type_accuracy']:.3f}, "
          f"NONE recall {scores['none_recall']:.3f}; {time.monotonic() - started:.0f}s", file=sys.stderr)
    return 0


def parsed_rows(docs, stories, triggers, model, lex, cfg) -> list[Row]:
    rows: list[Row] = []
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=True) as progress:
        task = progress.add_task("parsing tune gold", total=len(docs))
        for d, parsed in zip(docs, model.pipe([d.text for d in docs], batch_size=8)):
            rows += gold_rows(d, parsed, triggers.get(d.doc, {}), lex)
            progress.advance(task)
        task = progress.add_task("parsing NGEC train stories", total=len(stories))
        texts = [cut(text, cfg["ngec_chars"]) for _, _, text in stories]
        for (row, label, _), parsed in zip(stories, model.pipe(texts, batch_size=32)):
            rows += ngec_rows(parsed, label, lex, cfg)
            progress.advance(task)
    return rows


def cache_key(args, cfg, spacy_model: str, lex) -> str:
    """A hash of everything the training rows depend on: the feature and row code, the lexicon, the data."""
    h = hashlib.sha1()
    for path in (Path(typeclf.__file__), *sorted(Path(events.__file__).parent.glob("*.py")), args.split,
                 *(p for g in args.gold for p in (*sorted(g.glob("events-*")), g / "docs.csv", *sorted(g.glob("texts/*"))))):
        h.update(path.read_bytes())
    h.update("".join(inspect.getsource(f) for f in (parsed_rows, gold_rows, ngec_rows, cut)).encode())
    h.update(repr((spacy_model, sorted(e.key + (e.event_type,) for e in lex.entries),
                   {k: v for k, v in cfg.items() if k in ("ngec_sentences", "ngec_chars", "gold_sources", "exclude")})).encode())
    return h.hexdigest()[:12]


def _rel(folder: Path) -> str:
    folder = Path(folder).resolve()
    return str(folder.relative_to(ROOT)) if folder.is_relative_to(ROOT) else str(folder)


def cut(text: str, chars: int) -> str:
    """The story's beginning: its first `chars` characters, ended at the last full stop within them."""
    if len(text) <= chars:
        return text
    head = text[:chars]
    stop = head.rfind(". ")
    return head[:stop + 1] if stop > 0 else head


def gold_triggers(folder: Path, wanted: set[str]) -> dict[str, list[dict]]:
    """The raw gold records (quote, trigger, types) of the wanted documents."""
    out: dict[str, list[dict]] = {}
    for path in sorted(folder.glob("events-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                if rec["doc"] in wanted:
                    out.setdefault(rec["doc"], []).append(rec)
    return out


def ngec_train(corpus: Path, split_file: Path) -> list[tuple[int, str, str]]:
    """(row, label, text) of the NGEC stories in the train split (0-based data rows)."""
    with split_file.open(encoding="utf-8") as handle:
        train = {int(r["row"]) for r in csv.DictReader(handle) if r["split"] == "train"}
    csv.field_size_limit(10**9)
    with corpus.open(encoding="utf-8") as handle:
        return [(i, r["label"].strip().upper(), r["text"]) for i, r in enumerate(csv.DictReader(handle))
                if i in train and r["text"].strip()]


def gold_rows(d: newseval.GoldDoc, parsed, records: list[dict], lex) -> list[Row]:
    rows: list[Row] = []
    quotes: list[tuple[int, int]] = []
    taken: set[int] = set()
    seen: set[tuple] = set()
    for rec in records:
        start = d.text.find(rec["quote"])
        if start < 0:
            continue
        end = start + len(rec["quote"])
        quotes.append((start, end))
        at = d.text.find(rec.get("trigger") or "", start, end) if rec.get("trigger") else -1
        span = parsed.char_span(at, at + len(rec["trigger"]), alignment_mode="expand") if at >= 0 else None
        span = span if span is not None else parsed.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        token = span.root
        types = sorted(rec["types"])
        if (token.i, tuple(types)) in seen:  # one trigger, several pairs of parties: one row
            continue
        seen.add((token.i, tuple(types)))
        taken.add(token.i)
        feats = tuple(typeclf.features(token, lex))
        rows += [Row(d.doc, feats, t, 1.0 / len(types)) for t in types]

    def in_quote(a: int, b: int) -> bool:
        return any(a < e and b > s for s, e in quotes)

    for cand in events.analyse(parsed, lex):
        t = cand.trigger
        if t.i not in taken and not in_quote(t.idx, t.idx + len(t.text)):
            taken.add(t.i)
            rows.append(Row(d.doc, tuple(typeclf.features(t, lex)), typeclf.NONE, 1.0))
    for sentence in parsed.sents:
        pred = typeclf.main_predicate(sentence)
        if pred is not None and pred.i not in taken and not in_quote(sentence.start_char, sentence.end_char):
            taken.add(pred.i)
            rows.append(Row(d.doc, tuple(typeclf.features(pred, lex)), typeclf.NONE, 1.0))
    return rows


def ngec_rows(parsed, label: str, lex, cfg) -> list[Row]:
    sentences = list(parsed.sents)[:cfg["ngec_sentences"]]
    if not sentences:
        return []
    rows, taken = [], set()
    pred = typeclf.main_predicate(sentences[0])
    if pred is not None:
        taken.add(pred.i)
        rows.append(Row("ngec", tuple(typeclf.features(pred, lex)), label, 1.0))
    last = sentences[-1].end
    for cand in events.analyse(parsed, lex):
        if cand.trigger.i < last and cand.trigger.i not in taken and not cand.dropped \
                and cand.entry.event_type == label:
            taken.add(cand.trigger.i)
            rows.append(Row("ngec", tuple(typeclf.features(cand.trigger, lex)), label, 1.0))
    return rows


def kept_features(rows: list[Row], min_count: int) -> list[str]:
    counts = Counter(f for r in rows for f in r.features)
    return sorted(f for f, n in counts.items() if n >= min_count)


def matrix(rows: list[Row], names: list[str], labels: tuple[str, ...]):
    index = {n: k for k, n in enumerate(names)}
    indptr, cols = [0], []
    for r in rows:
        cols += sorted(index[f] for f in r.features if f in index)
        indptr.append(len(cols))
    X = sparse.csr_matrix((np.ones(len(cols)), np.array(cols, dtype=np.int64), np.array(indptr)),
                          shape=(len(rows), len(names)))
    y = np.array([labels.index(r.label) for r in rows])
    w = np.array([r.weight for r in rows])
    return X, y, w


def fit(X, y, w, c: float, cfg) -> LogisticRegression:
    return fitting.fit(X, y, c, cfg, weights=w)


def full_proba(lr: LogisticRegression, X, n_labels: int) -> np.ndarray:
    """Probabilities over every label (a label absent from a fold's training data gets 0)."""
    out = np.zeros((X.shape[0], n_labels))
    out[:, lr.classes_] = lr.predict_proba(X)
    return out


def cross_validated(X, y, w, folds, c: float, cfg, labels) -> np.ndarray:
    """Out-of-fold probabilities of the tune rows (NGEC rows: zeros, never scored)."""
    out = np.zeros((len(y), len(labels)))
    for k in sorted(set(folds.tolist()) - {-1}):
        test = folds == k
        out[test] = full_proba(fit(X[~test], y[~test], w[~test], c, cfg), X[test], len(labels))
    return out


def log_loss(p, y, w, folds) -> float:
    scored = folds >= 0
    picked = np.clip(p[scored, y[scored]], 1e-12, 1.0)
    return float(-(w[scored] * np.log(picked)).sum() / w[scored].sum())


def cv_scores(p, y, folds, labels) -> dict:
    """Accuracy of the cross-validated tune rows, overall, on event rows and on NONE rows, and precision of
    event-type predictions above some probabilities (how sure `propose` can be)."""
    scored = folds >= 0
    p, y = p[scored], y[scored]
    pred = p.argmax(axis=1)
    none = labels.index(typeclf.NONE)
    events_ = y != none
    out = {"accuracy": float((pred == y).mean()), "type_accuracy": float((pred[events_] == y[events_]).mean()),
           "none_recall": float((pred[~events_] == none).mean()), "at": []}
    for t in (0.5, 0.6, 0.7, 0.8, 0.9):
        sure = (pred != none) & (p.max(axis=1) >= t)
        out["at"].append((t, int(sure.sum()), float((pred[sure] == y[sure]).mean()) if sure.any() else 0.0))
    return out


def to_model(lr: LogisticRegression, names: list[str], labels: tuple[str, ...]) -> typeclf.Model:
    weights = np.zeros((len(names), len(labels)))
    bias = np.full(len(labels), -30.0)
    coef, intercept = lr.coef_, lr.intercept_
    if len(lr.classes_) == 2:  # scikit-learn keeps one row for two classes
        coef, intercept = np.vstack([-coef[0] / 2, coef[0] / 2]), np.array([-intercept[0] / 2, intercept[0] / 2])
    for row, k in enumerate(lr.classes_):
        weights[:, k] = coef[row]
        bias[k] = intercept[row]
    weights = np.round(weights, 5).astype(np.float32).astype(np.float64)
    return typeclf.Model(labels, {n: k for k, n in enumerate(names)}, weights, np.round(bias, 6))


def card(info, cfg, out: Path) -> str:
    size = sum((out / f).stat().st_size for f in (typeclf.MODEL_FILE, typeclf.WEIGHTS_FILE))
    lines = [
        "# Model card: dyads event-type classifier", "",
        "`typeclf.json` (feature names, labels, bias) and `typeclf.npz` (weights) hold a multinomial logistic",
        "regression that gives, for a predicate token of a parsed sentence, the probability of each PLOVER event",
        "type and of no event (`NONE`). Features (`dyads.typeclf.features`): lemmas of the sentence and of the",
        "predicate's own clause, the predicate's lemma, part of speech and dependency, its object head, particle",
        "and prepositions, negation, its governor, and the event types the trigger lexicon gives the predicate",
        "and the other words of the sentence. Scoring is numpy only.", "",
        "## Data", "",
        f"- The project's gold ({info['golds']}), **tune splits only**: {info['tune_documents']} documents "
        f"(the NGEC stories among them give no rows, nor do the documents of "
        f"{', '.join(cfg.get('exclude', [])) or 'no batch'}, kept fresh), {info['gold_rows']} predicates. Each gold event's trigger (optional ones too, any status) with its type "
        "(one row per acceptable type, weights summing to 1); NONE: every lexicon trigger outside all gold quotes "
        "and the main predicate of every sentence overlapping no gold quote. Labels: "
        + ", ".join(f"{k} {v:g}" for k, v in sorted(info["labels"].items())) + ".",
        f"- NGEC synthetic stories (MIT), the `train` rows of `gold/ngec_split.csv` only: {info['ngec_stories']} "
        f"stories, {info['ngec_rows']} predicates. Story labels are weak, so only the main predicate of the first "
        f"sentence and the lexicon triggers of the first {cfg['ngec_sentences']} sentences whose type is the "
        f"story's label are used, labelled with the story's label and weighted {cfg['ngec_weight']} (a gold row "
        f"weighs 1); only the first {cfg['ngec_chars']} characters of a story are parsed.",
        "- Never used: the real-news test split, the NGEC held-out split, the PLOVER dev gold.", "",
        "## Training", "",
        f"- scikit-learn LogisticRegression (lbfgs, multinomial, L2), seed {cfg['seed']}; {info['features']} "
        f"features (active in at least {cfg['min_count']} rows); hyperparameters in `scripts/train_typeclf.toml`.",
        f"- {cfg['folds']}-fold cross-validation on the tune documents (sorted by id, document k in fold k % "
        f"{cfg['folds']}; the NGEC rows train every fold). C by cross-validated log loss: "
        + ", ".join(f"C={c}: {loss:.4f}" for c, loss in info["grid"]) + f"; chosen **C={info['c']}**.",
        "- The fold models (build/typeclf, not shipped) let `bench/typeclf_cv.py` and "
        "`scripts/train_confidence.py` code each tune document with a classifier that never saw it.", "",
        "## Scores (cross-validated on tune predicates)", "",
        f"- accuracy {info['accuracy']:.3f}; on gold event triggers (type right) {info['type_accuracy']:.3f}; "
        f"NONE rows predicted NONE {info['none_recall']:.3f}.", "",
        "| an event type predicted with p >= | predicates | share of the right type |", "|---|---|---|",
        *(f"| {t:.1f} | {n} | {a:.3f} |" for t, n, a in info["at"]), "",
        "What each use in the pipeline does to held-out measures is in `docs/typeclf.md`.", "",
        "## Size and rebuild", "",
        f"- {size / 1e6:.2f} MB (JSON + compressed NPZ).",
        "- `pip install -e .[train]` then `python scripts/train_typeclf.py` (deterministic: fixed seed, folds and "
        "lbfgs; a few minutes on 2 cores, mostly parsing). Retrain when the lexicon changes (its types are "
        "features).",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
