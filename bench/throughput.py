"""Throughput benchmark: the full dyads pipeline vs spaCy alone on the same texts, in one run.

Reads ../shared/corpora/guardian_sample.csv (not shipped with dyads). Prints documents/s, sentences/s,
peak memory (RSS) and the ratio pipeline/spaCy, on the wall clock and on this process's CPU time (the CPU ratio moves
less when other processes load the machine; both are medians of the rounds).
Usage: python bench/throughput.py [--docs N] [--repeat R]
"""
from __future__ import annotations

import argparse
import resource
import statistics
import time

from dyads import actors, dates, geo, lexicon, nlp, pipeline
from _guardian import CORPUS, load_docs
from dyads.records import Document
from dyads.settings import load_settings

def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def gazetteer_costs(settings, parsed: list, docs: list[Document], *, cold: bool) -> None:
    """Gazetteer start-up (cache load; with `cold`, a fresh build) and the geo/date stage cost per document."""
    if cold:
        t0 = time.perf_counter()
        built = geo.build_geonames(cities=str(settings.gazetteer_cities))
        print(f"gazetteer build (cold, no cache): {time.perf_counter() - t0:.2f} s, {len(built)} places")
    geo.load.cache_clear()
    t0 = time.perf_counter()
    gazetteer = geo.from_settings(settings)
    print(f"gazetteer start-up (from the disk cache): {time.perf_counter() - t0:.2f} s, {len(gazetteer)} places, "
          f"{len(gazetteer.names)} names")
    t0 = time.perf_counter()
    for doc, document in zip(parsed, docs):
        geo.analyse(doc, gazetteer=gazetteer)
        dates.story_date(list(doc.sents), published=document.date)
    per_doc = (time.perf_counter() - t0) / len(parsed)
    print(f"toponyms + story date per document: {per_doc * 1000:.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=None, help="use the first N documents")
    parser.add_argument("--repeat", type=int, default=3, help="timed rounds of each (median reported)")
    parser.add_argument("--cold", action="store_true", help="also time a fresh gazetteer build (several seconds)")
    args = parser.parse_args()
    settings = load_settings()
    docs = load_docs(CORPUS, args.docs)
    texts = [d.text for d in docs]
    model = nlp.load(settings.spacy_model)
    lex = lexicon.load(())
    list(model.pipe(texts[:5]))  # warm up
    spacy_times, full_times, spacy_cpu, full_cpu = [], [], [], []
    n_sents = n_events = 0
    geo_done = False
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        parsed = list(model.pipe(texts, batch_size=settings.batch_size))
        spacy_times.append(time.perf_counter() - t0)
        spacy_cpu.append(time.process_time() - c0)
        n_sents = sum(1 for d in parsed for _ in d.sents)
        if not geo_done:
            gazetteer_costs(settings, parsed, docs, cold=args.cold)
            geo_done = True
        del parsed
        # phrases resolved in an earlier round are forgotten: each round codes the corpus as if for the first time
        actors.index(tuple(settings.actor_paths)).resolved.clear()
        actors.index(tuple(settings.actor_paths)).runs.clear()
        t0, c0 = time.perf_counter(), time.process_time()
        results = list(pipeline.code_documents(docs, settings=settings))
        full_times.append(time.perf_counter() - t0)
        full_cpu.append(time.process_time() - c0)
        n_events = sum(len(r.events) for r in results)
        del results
    s, f = statistics.median(spacy_times), statistics.median(full_times)
    n_tokens = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(docs)} documents, {n_sents} sentences, ~{n_tokens} words; lexicon {len(lex)} entries")
    print(f"spaCy alone   : {len(docs) / s:8.1f} docs/s {n_sents / s:8.1f} sentences/s (median of {args.repeat}: {s:.2f} s)")
    print(f"dyads pipeline: {len(docs) / f:8.1f} docs/s {n_sents / f:8.1f} sentences/s (median of {args.repeat}: {f:.2f} s)")
    print(f"events coded  : {n_events} ({n_events / len(docs):.2f} per document)")
    print(f"ratio pipeline/spaCy speed: {s / f:.3f}  (1.0 = no overhead beyond parsing)")
    sc, fc = statistics.median(spacy_cpu), statistics.median(full_cpu)
    print(f"CPU time (this process): spaCy {sc:.2f} s, pipeline {fc:.2f} s; "
          f"ratio pipeline/spaCy speed on CPU time: {sc / fc:.3f}")
    print(f"peak memory (RSS): {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
