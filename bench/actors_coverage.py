"""Actor coverage on real news: how many coded events have both parties resolved, and what is missing.

Reads ../shared/corpora/guardian_sample.csv (not shipped with dyads). Codes every article with the
full pipeline, then prints the share of events whose actor and recipient both resolve to a code,
the same share for events with any party, the 30 most frequent party phrases the resolver could
not code (from every argument phrase of every trigger), the 30 most frequent unresolved actor phrases
(a trigger's subject or agent), plus resolution time per phrase.
Usage: python bench/actors_coverage.py [--docs N] [--top 30]
"""
from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter

from dyads import actors, events, lexicon, nlp, pipeline
from _guardian import CORPUS, load_docs
from dyads.settings import load_settings

def _key(text: str) -> str:
    words = text.replace("\n", " ").split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=None, help="use the first N documents")
    parser.add_argument("--top", type=int, default=30, help="how many unresolved phrases to list")
    args = parser.parse_args()
    settings = load_settings()
    docs = load_docs(CORPUS, args.docs)
    model = nlp.load(settings.spacy_model)
    lex = lexicon.load(())
    idx = actors.index(())
    n_events = both = either = 0
    unresolved: Counter[str] = Counter()
    subjects: Counter[str] = Counter()
    phrase_times: list[float] = []
    for document, doc in zip(docs, model.pipe(d.text for d in docs)):
        for event in pipeline.code_parsed(document, doc, lex, actor_index=idx):
            n_events += 1
            coded = [p is not None and p.code is not None for p in (event.actor, event.recipient)]
            both += all(coded)
            either += any(coded)
        resolver = actors.DocumentResolver(when=document.date, idx=idx)
        for cand in events.extract(doc, lex):
            tier = next((t for t in cand.actors if t), [])
            if tier and not any(p.code for p in resolver.resolve_all(tier, role="actor")):
                subjects[_key(" and ".join(t.text for t in tier))] += 1
            for tier in [*cand.actors, *cand.recipients]:
                for span in tier:
                    start = time.perf_counter()
                    parties = resolver.resolve_all([span], role="recipient")
                    phrase_times.append(time.perf_counter() - start)
                    if not any(p.code for p in parties):
                        unresolved[_key(span.text)] += 1
    print(f"documents: {len(docs)}; events: {n_events}")
    print(f"events with actor and recipient both resolved: {both / max(n_events, 1):.3f} ({both}/{n_events})")
    print(f"events with at least one party resolved: {either / max(n_events, 1):.3f} ({either}/{n_events})")
    print(f"resolution per phrase: median {statistics.median(phrase_times) * 1e6:.0f} µs "
          f"over {len(phrase_times)} phrases (index built once, cached)")
    print(f"\nthe {args.top} most frequent unresolved party phrases:")
    for text, count in unresolved.most_common(args.top):
        print(f"{count:5d}  {text}")
    print(f"\nthe {args.top} most frequent unresolved actors (first actor phrase of a trigger):")
    for text, count in subjects.most_common(args.top):
        print(f"{count:5d}  {text}")


if __name__ == "__main__":
    main()
