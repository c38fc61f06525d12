"""Cross-article deduplication: mentions merge into events in a real DuckDB file; syndicated copies are one article."""
from __future__ import annotations

import datetime as dt

import pytest

from dyads import dedup
from dyads.records import Document, Event, Party, Place, Result, Span
from dyads.store import Store

DAY = dt.date(2024, 3, 4)


def mention(doc_id: str, *, kind="CONSULT", actor="FRA", recipient="DEU", date=DAY, precision="day",
            sector=None, place=None, status="occurred", confidence=0.8, index=0) -> Event:
    return Event(doc_id=doc_id, event_id=f"{doc_id}-{index}-{kind}", sentence_index=index, sentence="s",
                 event_type=kind, mode=None, context=(), cameo="040", goldstein=1.0, quad_class=1,
                 trigger=Span("met", 0, 3), actor=Party("a", 0, 1, code=actor, sector=sector) if actor else None,
                 recipient=Party("b", 5, 6, code=recipient) if recipient else None, status=status, date=date,
                 date_precision=precision, location=place, confidence=confidence, why="test")


def result(doc_id: str, text: str, *events: Event, source: str | None = None, url: str | None = None) -> Result:
    return Result(Document(doc_id, text, DAY, source=source, url=url), tuple(events))


def store_with(tmp_path, *results: Result) -> Store:
    store = Store(tmp_path / "d.duckdb")
    store.write_results(results, run_id="r")
    return store


def test_same_event_from_three_outlets_is_one_event_with_three_sources(tmp_path):
    with store_with(tmp_path,
                    result("a", "Paris talks story one.", mention("a"), source="Wire One"),
                    result("b", "A different write-up of the talks.", mention("b", confidence=0.9), source="Daily Two"),
                    result("c", "Third paper, own words about Berlin.", mention("c"), url="https://www.three.example/x"),
                    ) as store:
        [event] = store.query_events()
        assert (event["num_mentions"], event["num_sources"], event["num_articles"]) == (3, 3, 3)
        assert event["doc_id"] == "b"  # the most confident mention represents the event
        assert event["event_id"] == "a-0-CONSULT"  # the id of the first mention stays the event id
        assert sorted(event["sources"]) == ["daily two", "three.example", "wire one"]
        assert len(store.mentions_of(event["event_id"])) == 3


@pytest.mark.parametrize("second, same", [
    (dict(date=DAY + dt.timedelta(days=1)), True),
    (dict(date=DAY + dt.timedelta(days=2)), False),
    (dict(date=dt.date(2024, 3, 28), precision="month"), True),
    (dict(date=dt.date(2024, 4, 1), precision="month"), False),
    (dict(kind="ACCUSE"), False),
    (dict(recipient="ITA"), False),
    (dict(sector="GOV"), True),
    (dict(status="negated"), False),
    (dict(place=Place("Lyon", "FRA", lat=45.76, lon=4.84)), True),
])
def test_second_mention_merges_only_when_compatible(tmp_path, second, same):
    first = mention("a", place=Place("Villeurbanne", "FRA", lat=45.77, lon=4.88))
    with store_with(tmp_path, result("a", "one text", first), result("b", "other text", mention("b", **second))) as store:
        assert store.counts()["events"] == (1 if same else 2)
        assert store.counts()["mentions"] == 2


def test_places_far_apart_are_different_events(tmp_path):
    far = [Place("Lyon", "FRA", lat=45.76, lon=4.84), Place("Lille", "FRA", lat=50.63, lon=3.06)]
    with store_with(tmp_path, *(result(d, f"text {d}", mention(d, place=p)) for d, p in zip("ab", far))) as store:
        assert store.counts()["events"] == 2


def test_mentions_of_one_event_in_one_article_count_once_as_article(tmp_path):
    with store_with(tmp_path, result("a", "text", mention("a", index=0), mention("a", index=3))) as store:
        [event] = store.query_events()
        assert (event["num_mentions"], event["num_sources"], event["num_articles"]) == (2, 1, 1)


STORY = ("The foreign ministers of the two countries met in the capital on Monday to discuss border trade, "
         "water sharing along the river and a new rail link, officials said after the talks ended late in the "
         "evening with a joint communique promising further rounds before the summer.")


def test_syndicated_copy_is_one_article_with_several_sources(tmp_path):
    copy = "RIVERTON (Agency) - " + STORY + " Reporting by the agency desk."
    with store_with(tmp_path,
                    result("a", STORY, mention("a"), source="Wire"),
                    result("b", copy, mention("b"), source="Local Paper"),
                    result("c", "An independent account: the ministers met and talked about trains.", mention("c"),
                           source="Other Daily")) as store:
        [event] = store.query_events()
        assert (event["num_sources"], event["num_articles"]) == (3, 2)
        articles = dict(store.con.execute("SELECT id, article_id FROM documents").fetchall())
        assert articles == {"a": "a", "b": "a", "c": "c"}


def test_later_ingest_merges_into_existing_events(tmp_path):
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.write_results([result("a", "first text", mention("a"), source="One")], run_id="r1")
    with Store(db) as store:
        store.write_results([result("b", "second text", mention("b", date=DAY - dt.timedelta(days=1)), source="Two"),
                             result("c", "third text", mention("c", kind="ACCUSE"), source="Two")], run_id="r2")
        rows = store.con.execute("SELECT event_id, event_type, num_mentions, num_sources FROM events ORDER BY seq").fetchall()
        assert rows == [("a-0-CONSULT", "CONSULT", 2, 2), ("c-0-ACCUSE", "ACCUSE", 1, 1)]
        assert store.con.execute("SELECT count(*) FROM event_mentions").fetchone()[0] == 3


def test_rebuilding_events_gives_the_same_events(tmp_path):
    results = [result(d, f"text {d}", mention(d, date=DAY + dt.timedelta(days=i % 3)), source=f"S{i % 2}")
               for i, d in enumerate("abcdef")]
    with store_with(tmp_path, *results) as store:
        before = store.con.execute("SELECT * EXCLUDE (seq) FROM events ORDER BY event_id").fetchall()
        store.rebuild_events()
        assert store.con.execute("SELECT * EXCLUDE (seq) FROM events ORDER BY event_id").fetchall() == before


@pytest.mark.parametrize("a, b, expected", [
    ((48.8566, 2.3522), (48.8566, 2.3522), 0.0),
    ((48.8566, 2.3522), (51.5074, -0.1278), 343.5),
])
def test_distance_km(a, b, expected):
    assert dedup.distance_km(*a, *b) == pytest.approx(expected, abs=1.0)


def test_signature_similarity_separates_copies_from_different_texts():
    sig = dedup.signature(STORY)
    assert dedup.similarity(sig, dedup.signature(STORY + " More.")) > 0.8
    assert dedup.similarity(sig, dedup.signature("A completely different story about farming and rain.")) < 0.2


def linear_assign(sightings, options):
    """The rule without an index: each mention joins the oldest compatible cluster of its key."""
    pools, links = {}, []
    for s in sightings:
        pool = pools.setdefault(dedup.key(s.event), [])
        cluster = next((c for c in pool if dedup.compatible(c.representative, s.event, options=options)), None)
        if cluster is None:
            cluster = dedup.Cluster(s.event.event_id, s.event)
            pool.append(cluster)
        cluster.add(s)
        links.append((s.event.event_id, cluster.event_id))
    return [c for pool in pools.values() for c in pool], links


def described(clusters):
    return sorted((c.event_id, c.representative.event_id, c.num_mentions, c.sources, c.articles, c.first_seen,
                   c.last_seen) for c in clusters)


@pytest.mark.parametrize("seed, window", [(1, 1), (2, 1), (3, 0), (4, 3), (5, 30)])
def test_date_indexed_assign_finds_the_same_clusters_as_a_linear_scan(seed, window):
    from synthetic import results

    options = dedup.DedupOptions(window_days=window)
    sightings = [dedup.Sighting(e, r.document.source or "-", r.document.id, r.document.date)
                 for r in results(250, seed=seed) for e in r.events]
    clusters, links = dedup.assign(sightings, {}, options=options)
    expected, expected_links = linear_assign(sightings, options)
    assert described(clusters) == described(expected)
    assert links == expected_links
    assert len(expected) < len(sightings) and any(c.num_mentions > 2 for c in expected)


def test_assign_merges_into_stored_candidates_in_their_order():
    first, second = mention("a", confidence=0.5), mention("b", confidence=0.9)
    older, newer = dedup.Cluster("old", first), dedup.Cluster("new", second)
    candidates = {dedup.key(first): [older, newer]}
    touched, links = dedup.assign([dedup.Sighting(mention("c"), "o", "c", DAY)], candidates,
                                  options=dedup.DedupOptions())
    assert [c.event_id for c in touched] == ["old"] and links == [("c-0-CONSULT", "old")]
