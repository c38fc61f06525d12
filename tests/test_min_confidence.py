"""min_confidence across the product: events below it are stored, flagged and exportable, and `events`, `export`,
`summary`, dyad series, the API and the dashboard's data leave them out unless asked (real DuckDB files)."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess

import duckdb
import httpx
import pytest
from serving import DYADS, server

from dyads import analysis, confidence
from dyads.cameo import lookup
from dyads.records import Document, Event, Party, Result, Span
from dyads.settings import load_settings
from dyads.store import Store

THRESHOLD = "0.5"
# (doc, actor, recipient, cameo, type, confidence): one sure and one doubtful event per dyad
ROWS = [("d0", "CHL", "PER", "057", "AGREE", 0.9), ("d1", "CHL", "PER", "112", "ACCUSE", 0.1),
        ("d2", "KEN", "SOM", "190", "ASSAULT", 0.8), ("d3", "SOM", "KEN", "111", "ACCUSE", 0.05)]


def _event(doc, a, b, cameo, kind, conf) -> Event:
    code = lookup(cameo)
    sentence = f"{a} acted on {b}."
    return Event(doc_id=doc, event_id=f"e-{doc}", sentence_index=0, sentence=sentence, event_type=kind, mode=None,
                 context=(), cameo=cameo, goldstein=code.goldstein, quad_class=code.quad_class,
                 trigger=Span("acted", 4, 9), actor=Party(a, 0, 3, name=a, code=a, country=a, sector="GOV"),
                 recipient=Party(b, 16, 19, name=b, code=b, country=b, sector="GOV"), status="occurred",
                 date=dt.date(2024, 3, 4 + int(doc[1:])), date_precision="day", confidence=conf, why="hand-built")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("threshold") / "t.duckdb"
    results = [Result(Document(doc, f"{a} acted on {b} ({doc}).", dt.date(2024, 3, 4 + int(doc[1:]))),
                      (_event(doc, a, b, cameo, kind, conf),)) for doc, a, b, cameo, kind, conf in ROWS]
    with Store(path) as store:
        store.set_min_confidence(float(THRESHOLD))
        store.write_results(results, run_id=store.start_run({}))
    return path


@pytest.fixture
def env_threshold(monkeypatch):
    monkeypatch.setenv("DYADS_MIN_CONFIDENCE", THRESHOLD)


def run(*args, threshold: str | None = THRESHOLD):
    env = {k: v for k, v in os.environ.items() if k != "DYADS_MIN_CONFIDENCE"}
    if threshold is not None:
        env["DYADS_MIN_CONFIDENCE"] = threshold
    return subprocess.run([DYADS, *map(str, args)], capture_output=True, text=True, timeout=120, env=env)


def test_without_a_setting_the_threshold_is_the_one_shipped_with_the_model(monkeypatch):
    monkeypatch.delenv("DYADS_MIN_CONFIDENCE", raising=False)
    assert load_settings().min_confidence is None
    assert load_settings().confidence_threshold() == confidence.default_threshold()
    assert load_settings(min_confidence=0.0).confidence_threshold() == 0.0


def test_low_confidence_events_are_stored_and_flagged_in_views(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 4
        assert con.execute("SELECT count(*) FROM mentions").fetchone()[0] == 4
        for view in ("flagged_events", "flagged_mentions"):
            flagged = con.execute(f"SELECT event_id FROM {view} WHERE below_min_confidence ORDER BY event_id").fetchall()
            assert [r[0] for r in flagged] == ["e-d1", "e-d3"]
    finally:
        con.close()


def test_store_queries_filter_only_when_asked(db):
    with Store(db, read_only=True) as store:
        assert len(store.query_events()) == 4
        assert {r["event_id"] for r in store.query_events(min_confidence=0.5)} == {"e-d0", "e-d2"}
        assert len(store.query_mentions(min_confidence=0.5)) == 2


def test_dyad_series_top_actors_summary_and_network_use_the_setting(db, env_threshold):
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert sum(r["events"] for r in analysis.dyad_series_rows(con, "CHL", "PER")) == 1
        assert sum(r["events"] for r in analysis.dyad_series_rows(con, "CHL", "PER", min_confidence=0)) == 2
        assert int(analysis.top_actors(con)["events"].sum()) == 4  # two events, two parties each
        assert int(analysis.top_actors(con, min_confidence=0.0)["events"].sum()) == 8
        assert int(analysis.summary(con)["types"]["events"].sum()) == 2
        assert analysis.network(con).number_of_edges() == 2
        assert analysis.network(con, min_confidence=0).number_of_edges() == 3
        facets = analysis.facets(con)
        assert (facets["events"], facets["below_min_confidence"], facets["min_confidence"]) == (2, 2, 0.5)
    finally:
        con.close()


def test_cli_events_summary_and_export_leave_out_low_confidence_unless_asked(db, tmp_path):
    listed = run("events", "--db", db, "--format", "jsonl")
    assert listed.returncode == 0, listed.stderr
    assert {json.loads(line)["event_id"] for line in listed.stdout.splitlines()} == {"e-d0", "e-d2"}
    everything = run("events", "--db", db, "--format", "jsonl", "--min-confidence", "0")
    assert len(everything.stdout.splitlines()) == 4
    summary = run("summary", "--db", db)
    assert summary.returncode == 0 and "2 below it left out" in " ".join(summary.stdout.split())
    for args, n in ((("--format", "csv"), 2), (("--format", "csv", "--min-confidence", "0"), 4),
                    (("--format", "polecat"), 2), (("--format", "polecat", "--min-confidence", "0.0"), 4)):
        out = tmp_path / f"x{n}{args[1]}.out"
        res = run("export", out, "--db", db, *args)
        assert res.returncode == 0, res.stderr
        assert f"wrote {n} events" in res.stderr


def test_cli_rejects_a_threshold_outside_zero_to_one(db):
    res = run("events", "--db", db, "--min-confidence", "1.5")
    assert res.returncode != 0 and "min-confidence" in res.stderr


def test_api_and_dashboard_data_use_the_servers_threshold_unless_the_request_gives_one(db):
    with server(db, env={"DYADS_MIN_CONFIDENCE": THRESHOLD}) as url:
        def get(path, **params):
            res = httpx.get(f"{url}{path}", params=params, timeout=30)
            assert res.status_code == 200, res.text
            return res.json()
        assert get("/api/events")["total"] == 2
        assert get("/api/events", min_confidence=0)["total"] == 4
        assert get("/api/events", min_confidence=0.85)["total"] == 1
        series = get("/api/dyads/CHL/PER/series")["series"]
        assert sum(r["events"] for r in series) == 1
        assert sum(r["events"] for r in get("/api/dyads/CHL/PER/series", min_confidence=0)["series"]) == 2
        assert sum(r["events"] for r in get("/api/timeline")["series"]) == 2
        assert sum(a["events"] for a in get("/api/actors/top")["actors"]) == 4
        facets = get("/api/facets")
        assert (facets["events"], facets["below_min_confidence"]) == (2, 2)
        assert httpx.get(f"{url}/api/events", params={"min_confidence": 2}, timeout=30).status_code == 422
        page = httpx.get(f"{url}/", timeout=30).text + httpx.get(f"{url}/app.js", timeout=30).text
        assert 'name="min_confidence"' in page and '"min_confidence"' in page


def test_ingest_records_its_threshold_for_the_flag_views(tmp_path):
    text = tmp_path / "story.txt"
    text.write_text("Chile condemned Peru on Monday. Chile and Peru signed a trade agreement.", encoding="utf-8")
    db = tmp_path / "i.duckdb"
    res = run("ingest", text, "--db", db, "--date", "2024-03-08", threshold="0.4")
    assert res.returncode == 0, res.stderr
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert float(con.execute("SELECT value FROM meta WHERE key = 'min_confidence'").fetchone()[0]) == 0.4
        flags = con.execute("SELECT confidence, below_min_confidence FROM flagged_mentions").fetchall()
        assert flags and all(below == (conf < 0.4) for conf, below in flags)
    finally:
        con.close()
