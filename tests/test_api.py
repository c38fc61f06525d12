"""The REST API, served by a real `dyads serve` process over a real DuckDB file, driven with httpx."""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess

import duckdb
import httpx
import pytest
from serving import DYADS, server


def sql(db, query, params=()):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(query, list(params)).fetchall()
    finally:
        con.close()


def get(url, path, **params):
    return httpx.get(f"{url}{path}", params=params, timeout=30)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("params, where, args", [
    ({}, "status = 'occurred'", []),
    ({"status": "any"}, "true", []),
    ({"actor": "ken"}, "actor.code = 'KEN' AND status = 'occurred'", []),
    ({"actor": "Kenya"}, "actor.code = 'KEN' AND status = 'occurred'", []),
    ({"actor": "chile", "recipient": "Peru", "undirected": "true"},
     "status = 'occurred' AND ((actor.code = 'CHL' AND recipient.code = 'PER') OR "
     "(actor.code = 'PER' AND recipient.code = 'CHL'))", []),
    ({"type": "ACCUSE", "status": "any"}, "event_type = 'ACCUSE'", []),
    ({"actor": "CHL", "recipient": "PER", "undirected": "true"},
     "status = 'occurred' AND ((actor.code = 'CHL' AND recipient.code = 'PER') OR "
     "(actor.code = 'PER' AND recipient.code = 'CHL'))", []),
    ({"since": "2024-03-10", "until": "2024-03-31"}, "status = 'occurred' AND date BETWEEN ? AND ?",
     ["2024-03-10", "2024-03-31"]),
    ({"q": "border", "status": "any"}, "sentence ILIKE '%border%'", []),
    ({"quad_class": "4", "status": "any"}, "quad_class = 4", []),
])
def test_event_filters_match_plain_sql_on_the_same_file(api_url, fixture_db, params, where, args):
    body = get(api_url, "/api/events", status=params.pop("status", "occurred"), **params).json()
    expected = sql(fixture_db, f"SELECT count(*) FROM events WHERE {where}", args)[0][0]
    assert expected > 0
    assert body["total"] == expected == len(body["events"])


def test_pagination_and_sort_walk_all_events_once(api_url, fixture_db):
    seen = []
    for offset in range(0, 40, 4):
        page = get(api_url, "/api/events", status="any", sort="-goldstein", limit=4, offset=offset).json()
        seen += page["events"]
    total = sql(fixture_db, "SELECT count(*) FROM events")[0][0]
    assert len(seen) == total == len({e["event_id"] for e in seen})
    scores = [e["goldstein"] for e in seen]
    assert scores == sorted(scores, reverse=True)


def test_dyad_series_matches_the_cli_for_our_article_week(api_url, fixture_db):
    cli = subprocess.run([DYADS, "dyad", "BRA", "ARG", "--db", str(fixture_db), "--format", "json"],
                         capture_output=True, text=True, timeout=120)
    assert cli.returncode == 0, cli.stderr
    week = {r["period"]: r for r in map(json.loads, cli.stdout.splitlines())}["2024-06-10"]
    assert week["goldstein_sum"] > 0 and week["cooperation"] > 0 and week["conflict"] == 0
    api = get(api_url, "/api/dyads/BRA/ARG/series").json()
    assert {r["period"]: r for r in api["series"]}["2024-06-10"] == week


def test_dyad_series_counts_planned_events_only_when_asked(api_url):
    occurred = get(api_url, "/api/dyads/CHL/PER/series", fill="false").json()["series"]
    everything = get(api_url, "/api/dyads/CHL/PER/series", fill="false", status="any").json()["series"]
    assert sum(r["events"] for r in everything) > sum(r["events"] for r in occurred)


def test_event_detail_has_evidence_mentions_and_documents(api_url):
    first = get(api_url, "/api/events", actor="KEN", recipient="SOM").json()["events"][0]
    detail = get(api_url, f"/api/events/{first['event_id']}").json()
    spans = {s["role"]: s["text"] for s in detail["event"]["evidence"]["spans"]}
    assert spans["trigger"] == first["trigger"]["text"] and spans["actor"] == first["actor"]["text"]
    assert [m["event_id"] for m in detail["mentions"]] == [first["event_id"]]
    assert detail["documents"][0]["id"] == first["doc_id"] == "fx-04"


def test_document_view_returns_text_and_every_event_span(api_url, fixture_db):
    body = get(api_url, "/api/documents/fx-04").json()
    text = body["document"]["text"]
    assert len(body["events"]) == sql(fixture_db, "SELECT count(*) FROM events WHERE doc_id = 'fx-04'")[0][0]
    for ev in body["events"]:
        assert text[ev["trigger"]["start"]:ev["trigger"]["end"]] == ev["trigger"]["text"]


def test_actors_top_and_facets(api_url):
    top = get(api_url, "/api/actors/top", limit=2).json()["actors"]
    # Which of the fixture's busiest countries leads depends on how events are dated and deduplicated.
    assert len(top) == 2 and "CHL" in {a["code"] for a in top} and top[0]["events"] >= top[1]["events"]
    facets = get(api_url, "/api/facets").json()
    assert facets["documents"] == 7 and "ASSAULT" in facets["types"]


@pytest.mark.parametrize("path, params, status, needle", [
    ("/api/events", {"since": "2024-13-01"}, 422, "since"),
    ("/api/events", {"limit": "0"}, 422, "limit"),
    ("/api/events", {"limit": "100000"}, 422, "limit"),
    ("/api/events", {"quad_class": "7"}, 400, "invalid quad_class 7"),
    ("/api/events", {"status": "done"}, 422, "status"),
    ("/api/events", {"sort": "date; DROP TABLE events"}, 422, "sort"),
    ("/api/events", {"type": "PARTY"}, 400, "E070"),
    ("/api/events", {"actor": "CHN' OR '1'='1"}, 422, "actor"),
    ("/api/events", {"since": "2024-05-01", "until": "2024-01-01"}, 400, "E071"),
    ("/api/events", {"actor": "Qqxzv"}, 400, "E060"),
    ("/api/events", {"recipient": "Chilee"}, 400, "CHL"),
    ("/api/events", {"country": "Narnia"}, 400, "E061"),
    ("/api/dyads/Chile/Qqxzv/series", {}, 400, "E060"),
    ("/api/dyads/CHL/PER/series", {"freq": "fortnight"}, 422, "freq"),
    ("/api/dyads/C/PER/series", {}, 422, "a:"),
    ("/api/events/no-such-event", {}, 404, "E072"),
    ("/api/events/bad%20id%27", {}, 422, "event_id"),
    ("/api/documents/no-such-doc", {}, 404, "E073"),
])
def test_bad_parameters_get_a_4xx_with_a_clear_message(api_url, path, params, status, needle):
    res = httpx.get(f"{api_url}{path}", params=params, timeout=30)
    assert res.status_code == status
    assert needle in res.json()["detail"]


INJECTIONS = ["' OR 1=1 --", "x'); DROP TABLE events; --", "%' UNION SELECT * FROM documents --",
              "\\'; DELETE FROM events; --"]


@pytest.mark.parametrize("field", ["q", "place"])
def test_sql_like_filter_input_has_no_effect_on_the_database(api_url, fixture_db, field):
    before = digest(fixture_db)
    for text in INJECTIONS:
        res = get(api_url, "/api/events", status="any", **{field: text})
        assert res.status_code == 200 and res.json()["total"] == 0
    assert get(api_url, "/api/events", status="any").json()["total"] == \
        sql(fixture_db, "SELECT count(*) FROM events")[0][0] > 0
    assert digest(fixture_db) == before


def test_code_endpoint_codes_text_without_storing_it(code_url, fixture_db):
    before = digest(fixture_db)
    res = httpx.post(f"{code_url}/api/code", json={"text": "Chile condemned Peru on Monday.", "date": "2024-03-08"},
                     timeout=60)
    assert res.status_code == 200, res.text
    events = res.json()["events"]
    assert [(e["event_type"], e["actor"]["code"], e["recipient"]["code"]) for e in events] == \
        [("ACCUSE", "CHL", "PER")]
    assert res.json()["stored"] is None and digest(fixture_db) == before


@pytest.mark.parametrize("kwargs, status, needle", [
    ({"content": b"x" * 200_000}, 413, "E074"),
    ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400, "E076"),
    ({"json": {"txt": "no text field"}}, 400, "E076"),
    ({"json": {"text": "   "}}, 400, "E001"),
    ({"json": {"text": "Chile met Peru.", "date": "17/05/2024"}}, 400, "E008"),
    ({"json": {"text": "Chile met Peru."}, "params": {"store": "true"}}, 403, "E075"),
])
def test_code_endpoint_rejects_bad_requests(code_url, kwargs, status, needle):
    res = httpx.post(f"{code_url}/api/code", timeout=60, **kwargs)
    assert res.status_code == status
    assert needle in res.json()["detail"]


def test_code_endpoint_stores_only_with_the_start_up_token(fixture_db, tmp_path):
    db = tmp_path / "writable.duckdb"
    shutil.copy(fixture_db, db)
    doc = {"text": "Kenya praised Uganda for the new railway.", "date": "2024-07-01", "id": "api-doc"}
    with server(db, token="s3cret") as url:
        wrong = httpx.post(f"{url}/api/code", params={"store": "true"}, json=doc,
                           headers={"X-Dyads-Token": "guess"}, timeout=60)
        assert wrong.status_code == 403
        # the token alone lets a client code text without storing it
        coded = httpx.post(f"{url}/api/code", json=doc, headers={"X-Dyads-Token": "s3cret"}, timeout=60)
        assert coded.status_code == 200 and coded.json()["stored"] is None
        assert httpx.get(f"{url}/api/documents/api-doc").status_code == 404
        ok = httpx.post(f"{url}/api/code", params={"store": "true"}, json=doc,
                        headers={"X-Dyads-Token": "s3cret"}, timeout=60)
        assert ok.status_code == 200 and ok.json()["stored"] == {"documents": 1, "events": 1}
        stored = httpx.get(f"{url}/api/events", params={"actor": "KEN", "recipient": "UGA"}).json()
        assert stored["total"] == 1 and stored["events"][0]["doc_id"] == "api-doc"


def test_openapi_docs_and_dashboard_are_served_without_external_assets(api_url):
    assert get(api_url, "/docs").status_code == 200
    paths = get(api_url, "/openapi.json").json()["paths"]
    assert {"/api/events", "/api/events/{event_id}", "/api/dyads/{a}/{b}/series", "/api/actors/top",
            "/api/documents/{doc_id}", "/api/code"} <= set(paths)
    page = get(api_url, "/")
    assert page.status_code == 200 and "app.js" in page.text
    for asset in ("/", "/app.js", "/style.css", "/docs", "/docs.js"):
        text = get(api_url, asset).text
        assert 'src="http' not in text and 'href="http' not in text and "cdn" not in text.lower()
    assert len(get(api_url, "/world.json").json()["countries"]) > 150


@pytest.mark.parametrize("params", [
    {"actor": "CHL", "recipient": "PER", "undirected": "true", "status": "occurred"},
    {"actor": "CHL", "recipient": "PER", "undirected": "true", "type": "ACCUSE", "status": "any", "freq": "year"},
    {"country": "KEN", "status": "occurred", "freq": "month"},
    {"q": "border", "status": "any", "freq": "day"},
])
def test_chart_series_counts_what_the_events_table_counts(api_url, fixture_db, params):
    table = get(api_url, "/api/events", **{k: v for k, v in params.items() if k != "freq"}).json()
    chart = get(api_url, "/api/series", **params).json()
    c = chart["coverage"]
    assert c["matching"] == table["total"] > 0
    assert sum(r["events"] for r in chart["series"]) == c["on_chart"]
    assert c["on_chart"] + c["undated"] + c["imprecise"] == c["matching"]
    periods = [r["period"] for r in chart["series"]]
    assert periods == sorted(periods) and all(r["goldstein_mean"] is None for r in chart["series"] if not r["events"])


def test_series_type_filter_is_applied_like_the_tables(api_url):
    every = get(api_url, "/api/series", actor="CHL", recipient="PER", undirected="true", status="any").json()
    accuse = get(api_url, "/api/series", actor="CHL", recipient="PER", undirected="true", status="any",
                 type="ACCUSE").json()
    assert 0 < accuse["coverage"]["matching"] < every["coverage"]["matching"]
    assert all(r["top_types"].startswith("ACCUSE") for r in accuse["series"] if r["events"])


def test_export_endpoint_writes_only_the_selected_events(api_url, fixture_db):
    import csv
    import io

    selection = {"actor": "CHL", "recipient": "PER", "undirected": "true", "status": "any"}
    total = get(api_url, "/api/events", **selection).json()["total"]
    assert 0 < total < sql(fixture_db, "SELECT count(*) FROM events")[0][0]
    gdelt = get(api_url, "/api/export", format="gdelt", **selection)
    assert gdelt.status_code == 200 and "export.CSV" in gdelt.headers["content-disposition"]
    lines = gdelt.text.splitlines()
    assert len(lines) == total and {len(line.split("\t")) for line in lines} == {61}
    flat = get(api_url, "/api/export", format="csv", **selection)
    assert flat.headers["content-type"].startswith("text/csv")
    assert len(list(csv.DictReader(io.StringIO(flat.text)))) == total
    assert get(api_url, "/api/export", format="xlsx").status_code == 422


@pytest.mark.parametrize("text, code", [("Chile", "CHL"), ("chl", "CHL"), ("PERU", "PER"), ("Kenyan", "KEN")])
def test_actor_search_turns_names_into_codes(api_url, text, code):
    found = get(api_url, "/api/actors/search", q=text).json()["actors"]
    assert found[0]["code"] == code and found[0]["events"] > 0


def test_actor_search_for_nothing_known_is_empty_and_facets_name_countries(api_url):
    assert get(api_url, "/api/actors/search", q="Qxzzy").json()["actors"] == []
    countries = {c["code"]: c["name"] for c in get(api_url, "/api/facets").json()["countries"]}
    assert countries["CHL"] == "Chile" and countries["PER"] == "Peru"


def test_docs_are_served_by_this_server_and_redoc_is_gone(api_url):
    page = get(api_url, "/docs")
    assert page.status_code == 200 and 'src="docs.js"' in page.text and "cdn" not in page.text.lower()
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert get(api_url, "/redoc").status_code == 404


def test_names_and_codes_give_the_same_answer_everywhere(api_url):
    """A name where a code is expected resolves ("Kenya" -> KEN) instead of silently matching nothing."""
    for path, by_code, by_name in (
            ("/api/events", {"country": "KEN", "status": "any"}, {"country": "kenya", "status": "any"}),
            ("/api/series", {"actor": "CHL", "status": "any"}, {"actor": "Chile", "status": "any"}),
            ("/api/dyads/CHL/PER/series", {"status": "any"}, None)):
        first = get(api_url, path, **by_code)
        assert first.status_code == 200, first.text
        if by_name is not None:
            assert get(api_url, path, **by_name).json() == first.json()
    named = get(api_url, "/api/dyads/Chile/Peru/series", status="any").json()
    assert named == get(api_url, "/api/dyads/CHL/PER/series", status="any").json()
    assert sum(p["n_events"] if "n_events" in p else p.get("events", 0) for p in named["series"]) >= 0
