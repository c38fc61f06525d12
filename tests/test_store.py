"""DuckDB store: idempotent ingest, error rows, SQL-readable event structs."""
from __future__ import annotations

import datetime as dt

from dyads import pipeline
from dyads.records import Document, ErrorRecord
from dyads.store import Store

DOCS = [
    Document("d1", "Chile praised Peru for its help.", dt.date(2024, 1, 2)),
    Document("d2", "Kenya condemned Somalia.", dt.date(2024, 1, 3)),
]


def ingest(path, items, settings):
    with Store(path) as store:
        run = store.start_run({})
        return store.write_results(pipeline.code_documents(items, settings=settings), run_id=run)


def test_reingesting_the_same_documents_adds_nothing(tmp_path, settings):
    db = tmp_path / "t.duckdb"
    first = ingest(db, DOCS, settings)
    second = ingest(db, DOCS, settings)
    assert first[0] == 2 and first[1] >= 2
    assert second == (0, 0, 0)
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 2
        assert store.counts()["events"] == first[1]


def test_errors_are_stored_and_the_batch_goes_on(tmp_path, settings):
    db = tmp_path / "t.duckdb"
    items = [ErrorRecord("bad.txt", "E002", "document looks binary"), *DOCS]
    n_docs, _, n_err = ingest(db, items, settings)
    assert (n_docs, n_err) == (2, 1)
    with Store(db, read_only=True) as store:
        assert store.con.execute("SELECT origin, code FROM errors").fetchall() == [("bad.txt", "E002")]


def test_events_are_queryable_with_plain_sql(tmp_path, settings):
    db = tmp_path / "t.duckdb"
    ingest(db, DOCS, settings)
    with Store(db, read_only=True) as store:
        rows = store.con.execute(
            "SELECT event_type, actor.code, recipient.code, trigger.text FROM events ORDER BY doc_id").fetchall()
        assert ("SUPPORT", "CHL", "PER", "praised") in rows
        assert ("ACCUSE", "KEN", "SOM", "condemned") in rows
        assert store.query_events(actor="KEN")[0]["recipient"]["code"] == "SOM"


def test_same_id_with_new_content_is_kept_as_a_second_version(tmp_path, settings):
    db = tmp_path / "t.duckdb"
    ingest(db, DOCS[:1], settings)
    ingest(db, [Document("d1", "Chile condemned Peru.", dt.date(2024, 1, 5))], settings)
    with Store(db, read_only=True) as store:
        ids = sorted(r[0] for r in store.con.execute("SELECT id FROM documents").fetchall())
        assert ids[0] == "d1" and ids[1].startswith("d1#")
        assert store.con.execute("SELECT count(DISTINCT doc_id) FROM events").fetchone()[0] == 2


def test_a_batch_whose_events_are_all_undated_is_stored(tmp_path, settings):
    db = tmp_path / "t.duckdb"
    doc = Document("undated", "Egypt had previously condemned Israel.", dt.date(2024, 1, 2))
    first = ingest(db, [doc], settings)
    assert first[0] == 1 and first[1] >= 1
    second = ingest(db, [Document("undated-2", "Egypt had previously condemned Israel!", dt.date(2024, 1, 3))],
                    settings)
    with Store(db, read_only=True) as store:
        rows = store.con.execute("SELECT date, num_mentions FROM events WHERE event_type = 'ACCUSE'").fetchall()
    assert second[0] == 1 and rows == [(None, 2)]


def test_the_writer_bounds_duckdbs_cache_when_asked(tmp_path):
    with Store(tmp_path / "plain.duckdb") as store:
        default = store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    with Store(tmp_path / "bounded.duckdb", memory_limit="300MB") as store:
        bounded = store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    assert bounded != default
    assert bounded.startswith("286") and "MiB" in bounded  # DuckDB shows 300 MB as 286.1 MiB


def test_a_batch_whose_mentions_are_not_all_written_is_rolled_back_with_e022(tmp_path, settings):
    import dataclasses

    import pytest

    from dyads.errors import DyadsError
    from dyads.records import Result

    [coded] = pipeline.code_documents([DOCS[0]], settings=settings)
    event = coded.events[0]
    # two distinct mentions (different recipient sector) that wrongly share one id: one would be lost
    twin = dataclasses.replace(event, recipient=dataclasses.replace(event.recipient, sector="MIL"))
    db = tmp_path / "t.duckdb"
    with Store(db) as store:
        run = store.start_run({})
        with pytest.raises(DyadsError) as caught:
            store.write_results([Result(DOCS[0], (event, twin), n_sentences=1)], run_id=run)
        assert caught.value.code == "E022"
        assert store.counts()["documents"] == store.counts()["mentions"] == 0
        assert store.write_results([coded], run_id=run)[1] == len(coded.events)


def test_mentions_of_one_phrase_with_different_sectors_get_different_ids(settings):
    import dataclasses

    from dyads import events, lexicon, nlp
    from dyads.records import Party

    text = "Turkish officials met Syrian envoys."
    doc = nlp.load(settings.spacy_model)(text)
    [cand] = [c for c in events.analyse(doc, lexicon.load(())) if not c.dropped]
    actor = Party("Turkish officials", 0, 17, "Turkey", "TUR", "TUR", "GOV")
    ids = {pipeline._event_id(Document("d", text), cand, dataclasses.replace(actor, sector=sector), None)
           for sector in ("GOV", "MIL", None)}
    assert len(ids) == 3
