"""A large dyads database made with SQL in seconds (no coding), for tests that need big files."""
from __future__ import annotations

from pathlib import Path

from dyads.store import Store

CODES = ["CHL", "PER", "KEN", "UGA", "FRA", "DEU", "GHA", "TGO"]


def build(path: Path, n_events: int) -> Path:
    """Write `n_events` synthetic events (one document each ten) into a new database at `path`."""
    with Store(path) as store:
        store.con.execute("""
            INSERT INTO documents (id, content_hash, source, url, date, text)
            SELECT 'doc-' || i, md5('doc-' || i), 'Test Wire', 'https://wire.example/' || i,
                   DATE '2024-01-01' + CAST(i % 300 AS INTEGER), 'Synthetic document ' || i || '.'
            FROM range(?) r(i)""", [max(1, n_events // 10)])
        store.con.execute("""
            INSERT INTO events (doc_id, event_id, sentence_index, sentence, event_type, context, cameo, goldstein,
                                quad_class, trigger, actor, recipient, status, date, date_precision, confidence,
                                why, num_mentions, num_sources, num_articles, first_seen, sources, articles, seq)
            SELECT 'doc-' || (i // 10), printf('%016x', i), 0,
                   'Synthetic sentence number ' || i || ' about talks.', 'CONSULT', [], '040', 1.0, 1,
                   {'text': 'met', 'start': 4, 'end': 7},
                   {'text': a, 'start': 0, 'end': 3, 'name': a, 'code': a, 'country': a, 'sector': 'GOV',
                    'why': 'synthetic'},
                   {'text': b, 'start': 8, 'end': 11, 'name': b, 'code': b, 'country': b, 'sector': 'GOV',
                    'why': 'synthetic'},
                   'occurred', DATE '2024-01-01' + CAST(i % 300 AS INTEGER), 'day', 0.8, 'synthetic',
                   1, 1, 1, DATE '2024-01-01' + CAST(i % 300 AS INTEGER), ['test wire'], ['doc-' || (i // 10)], i + 1
            FROM (SELECT i, ?[1 + i % 8] AS a, ?[1 + (i + 3) % 8] AS b FROM range(?) r(i))""",
                          [CODES, CODES, n_events])
    return path
