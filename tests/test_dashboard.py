"""The dashboard in real Chromium against a real `dyads serve` over a small hand-made database (tests/dashboard_db.py):
filters, chart/table agreement, time axis with gaps, export downloads, URL round trip, map zoom and click, offline docs.

Expected numbers come from plain SQL on the same file, never from the page itself.
"""
from __future__ import annotations

import csv
import io
from urllib.parse import parse_qs, urlsplit

import duckdb
import pytest
from browsing import chromium, png_size
from dashboard_db import BAD_URLS, build, event_id
from serving import server

from dyads.export import GDELT_COLUMNS


@pytest.fixture(scope="module")
def dash_db(tmp_path_factory):
    return build(tmp_path_factory.mktemp("dashboard-db") / "dash.duckdb")


@pytest.fixture(scope="module")
def dash_url(dash_db):
    with server(dash_db) as url:
        yield url


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def context(tmp_path_factory):
    with chromium(tmp_path_factory.mktemp("profile"), downloads=tmp_path_factory.mktemp("downloads")) as ctx:
        yield ctx


@pytest.fixture
def page(context, dash_url):
    """A page that records console errors and every URL it requests; fails the test on any of either."""
    page = context.new_page()
    page.errors, page.requested = [], []
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("request", lambda r: page.requested.append(r.url))
    yield page
    errors, requested = page.errors, page.requested
    page.close()
    assert errors == []
    assert all(url.startswith(dash_url) for url in requested), requested


def count(db, where, params=()):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(f"SELECT count(*) FROM events WHERE {where}", list(params)).fetchone()[0]
    finally:
        con.close()


CHL_PER = "((actor.code = 'CHL' AND recipient.code = 'PER') OR (actor.code = 'PER' AND recipient.code = 'CHL'))"


def shot(page, shots, name):
    path = shots / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    width, height = png_size(path)
    assert path.stat().st_size > 10_000 and width == 1366 and height >= 900
    return path


def apply(page, **fields):
    """Fill the filter form (text inputs and selects by name) and press Apply; wait for table and chart."""
    for name, value in fields.items():
        if name == "undirected":
            page.set_checked("input[name=undirected]", value)
        elif page.eval_on_selector(f"#filters [name={name}]", "e => e.tagName") == "SELECT":
            page.select_option(f"#filters select[name={name}]", value)
        else:
            page.fill(f"#filters input[name={name}]", value)
    before = page.url
    page.click("#filters button[type=submit]")
    page.wait_for_url(lambda url: url != before)
    settled(page)


def settled(page):
    page.wait_for_selector("#events:not([data-state=loading])", state="attached")
    page.wait_for_selector("#dyad-chart:not([data-state=loading])")
    page.wait_for_selector("#map[data-state=ready]")


def state(page):
    """What the page shows: table total and rows, chart numbers, form values."""
    chart = {k: page.get_attribute("#dyad-chart", f"data-{k}") for k in ("events", "matching", "undated", "imprecise")}
    rows = [[c.inner_text() for c in tr.query_selector_all("td")] for tr in page.query_selector_all("#events tbody tr")]
    form = page.eval_on_selector("#filters", "f => Object.fromEntries([...f.elements].filter(e => e.name)"
                                 ".map(e => [e.name, e.type === 'checkbox' ? e.checked : e.value]))")
    return {"total": page.get_attribute("#events", "data-total"), "rows": rows, "chart": chart, "form": form}


def drawn(page) -> int:
    """The events the chart's bars stand for, summed from the bars themselves."""
    return sum(int(r.get_attribute("data-count")) for r in page.query_selector_all("#dyad-chart svg rect"))


def test_filters_by_name_country_place_and_text_narrow_table_chart_and_map(page, dash_url, dash_db, shots):
    page.goto(dash_url + "/")
    settled(page)
    assert int(page.get_attribute("#events", "data-total")) == count(dash_db, "status = 'occurred'")
    shot(page, shots, "01-overview")

    apply(page, actor="Chile", recipient="per", type="ASSAULT")  # a name and a lower-case code
    assert "“Chile” → CHL" in page.inner_text("#resolved")
    assert page.input_value("input[name=actor]") == "CHL" and page.input_value("input[name=recipient]") == "PER"
    expected = count(dash_db, f"{CHL_PER} AND event_type = 'ASSAULT' AND status = 'occurred'")
    shown = state(page)
    assert int(shown["total"]) == expected == len(shown["rows"]) == 4
    assert {r[1] for r in shown["rows"]} == {"ASSAULT"}
    assert int(shown["chart"]["events"]) + int(shown["chart"]["undated"]) == expected
    places = {c.get_attribute("data-name") for c in page.query_selector_all("#map circle.map-point")}
    assert places == {"Tacna", "Arica"}
    shot(page, shots, "02-assault-chl-per")

    apply(page, actor="", recipient="", type="", country="Somalia")
    assert "→ SOM" in page.inner_text("#resolved")
    rows = state(page)["rows"]
    assert len(rows) == count(dash_db, "status = 'occurred' AND 'SOM' IN (actor.country, recipient.country, "
                                       "location.country)") == 2
    assert all("SOM" in r[3] for r in rows)

    apply(page, country="", place="Lima")
    rows = state(page)["rows"]
    assert len(rows) == count(dash_db, "status = 'occurred' AND location.name = 'Lima'") == 3
    assert all(r[7].startswith("Lima") for r in rows)

    apply(page, place="", q="report 3.")
    rows = state(page)["rows"]
    assert len(rows) == 1 and rows[0][1] == "ASSAULT" and rows[0][0] == "2024-01-23"

    apply(page, q="", actor="Narnia")
    assert "No actor is named “Narnia”" in page.inner_text("#resolved .error")
    assert page.get_attribute("#events", "data-total") == "0"


@pytest.mark.parametrize("freq, on_chart, imprecise", [("week", 7, 2), ("month", 8, 1), ("year", 9, 0)])
def test_chart_and_table_count_the_same_events_and_say_what_is_not_on_the_chart(page, dash_url, dash_db, shots,
                                                                                  freq, on_chart, imprecise):
    page.goto(f"{dash_url}/?actor=CHL&recipient=PER&freq={freq}")
    settled(page)
    total = count(dash_db, f"{CHL_PER} AND status = 'occurred'")
    undated = count(dash_db, f"{CHL_PER} AND status = 'occurred' AND date IS NULL")
    shown = state(page)
    assert int(shown["total"]) == total == 11 and undated == 2
    assert shown["chart"] == {"events": str(on_chart), "matching": str(total), "undated": str(undated),
                              "imprecise": str(imprecise)}
    assert drawn(page) == on_chart  # the bars hold exactly the events the note says are on the chart
    note = page.inner_text("#chart-coverage")
    assert f"{on_chart} of {total} matching events on the chart" in note
    assert "2 undated events not on the chart" in note
    assert (f"{imprecise} dated only to" in note) == bool(imprecise)
    # the table lists the undated events too
    assert sum(r[0] == "undated" for r in shown["rows"]) == undated
    shot(page, shots, f"03-agreement-{freq}")


def test_time_axis_is_true_to_dates_with_gaps_and_a_broken_goldstein_line(page, dash_url, shots):
    page.goto(f"{dash_url}/?actor=CHL&recipient=PER")
    settled(page)
    x = {}
    for rect in page.query_selector_all("#dyad-chart svg rect"):
        x.setdefault(rect.get_attribute("data-period"), float(rect.get_attribute("x")))
    assert sorted(x) == ["2024-01-08", "2024-01-15", "2024-01-22", "2024-02-19", "2024-02-26", "2024-04-01"]
    week = x["2024-01-15"] - x["2024-01-08"]
    assert week > 0
    assert x["2024-02-19"] - x["2024-01-22"] == pytest.approx(4 * week, rel=0.01)  # three empty weeks between
    assert x["2024-04-01"] - x["2024-02-26"] == pytest.approx(5 * week, rel=0.01)
    # the year-only event dated 1 January 2024 is in no January week
    assert "2024-01-01" not in x
    # mean Goldstein: one line per run of weeks with events, never joined across the gaps
    lines = page.query_selector_all("#dyad-chart svg polyline.gold")
    dots = page.query_selector_all("#dyad-chart svg circle.gold-dot")
    assert (len(lines), len(dots)) == (2, 1)
    assert page.get_attribute("#dyad-chart", "data-segments") == "3"
    labels = [t.text_content() for t in page.query_selector_all("#dyad-chart svg text.tick")]
    assert labels == ["Feb 2024", "Mar", "Apr"]  # calendar months on a weekly chart from 8 January to 7 April
    shot(page, shots, "04-time-axis-week")

    options = page.eval_on_selector("#filters select[name=freq]", "s => [...s.options].map(o => o.value)")
    assert options == ["day", "week", "month", "quarter", "year"]
    apply(page, freq="quarter")
    periods = {r.get_attribute("data-period") for r in page.query_selector_all("#dyad-chart svg rect")}
    assert periods == {"2024-01-01", "2024-04-01"}


def test_export_buttons_download_the_selection_as_csv_and_gdelt(page, dash_url, dash_db):
    page.goto(f"{dash_url}/?actor=CHL&recipient=PER&type=ASSAULT")
    settled(page)
    total = int(page.get_attribute("#events", "data-total"))
    assert total == count(dash_db, f"{CHL_PER} AND event_type = 'ASSAULT' AND status = 'occurred'") == 4
    with page.expect_download() as got:
        page.click("#export-csv")
    download = got.value
    assert download.suggested_filename.endswith(".csv")
    rows = list(csv.reader(io.StringIO(open(download.path(), encoding="utf-8").read())))
    header, body = rows[0], rows[1:]
    assert len(body) == total
    assert all("ASSAULT" in row for row in body) and "event_type" in header

    with page.expect_download() as got:
        page.click("#export-gdelt")
    lines = open(got.value.path(), encoding="utf-8").read().splitlines()
    assert len(lines) == total
    cells = [line.split("\t") for line in lines]
    assert {len(c) for c in cells} == {len(GDELT_COLUMNS)} == {61}
    root = GDELT_COLUMNS.index("EventRootCode")
    assert {c[root] for c in cells} == {"19"}  # CAMEO 19: fight


def test_the_url_restores_the_view(page, context, dash_url, shots):
    page.goto(dash_url + "/")
    settled(page)
    apply(page, actor="CHL", recipient="PER", undirected=False, type="ACCUSE", status="any", since="2024-01-01",
          until="2024-12-31", q="report", freq="month", min_confidence="0.5")
    page.click("#map-zoom-in")
    page.click("#events tbody tr >> nth=0")
    page.wait_for_selector("#evidence-body[data-state=ready] .sentence")
    page.wait_for_url(lambda url: "event=" in url and "map=" in url)
    before = state(page)
    query = parse_qs(urlsplit(page.url).query)
    assert query["actor"] == ["CHL"] and query["undirected"] == ["0"] and query["type"] == ["ACCUSE"]
    assert query["freq"] == ["month"] and query["status"] == ["any"] and query["q"] == ["report"]
    assert before["total"] == "1" and before["rows"][0][2].startswith("CHL")

    second = context.new_page()
    try:
        second.goto(page.url)
        settled(second)
        second.wait_for_selector("#evidence-body[data-state=ready] .sentence")
        assert state(second) == before
        assert second.get_attribute("#map svg", "viewBox") == page.get_attribute("#map svg", "viewBox")
        assert second.inner_text("#evidence .sentence") == page.inner_text("#evidence .sentence")
        shot(second, shots, "05-restored")
    finally:
        second.close()

    page.go_back()  # the view before Apply: every filter at its default
    settled(page)
    assert page.input_value("input[name=actor]") == "" and page.input_value("select[name=status]") == "occurred"
    assert page.is_checked("input[name=undirected]")


def test_map_zooms_and_a_click_opens_the_evidence_of_that_place(page, dash_url, dash_db, shots):
    page.goto(dash_url + "/")
    settled(page)
    assert page.get_attribute("#map svg", "data-zoom") == "1.00"
    page.click("#map-zoom-in")
    assert page.get_attribute("#map svg", "data-zoom") == "2.00"
    page.query_selector("#map svg").scroll_into_view_if_needed()
    box = page.query_selector("#map svg").bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.3, box["y"] + box["height"] * 0.6)
    page.mouse.wheel(0, -200)
    page.wait_for_selector("#map svg:not([data-zoom='2.00'])")
    assert float(page.get_attribute("#map svg", "data-zoom")) == pytest.approx(3.0)
    page.click("#map-reset")
    page.click("#map-zoom-in")

    page.click("#map circle.map-point[data-name=Lima]")
    page.wait_for_selector("#evidence-body[data-state=ready] .sentence mark.trigger")
    assert "Lima" in page.inner_text("#evidence .sentence")
    buttons = page.query_selector_all("#evidence-place button")
    assert len(buttons) == count(dash_db, "status = 'occurred' AND location.name = 'Lima'") == 3
    first = page.get_attribute("#evidence", "data-event")
    assert f"event={first}" in page.url
    buttons[1].click()
    page.wait_for_selector(f"#evidence:not([data-event='{first}'])")
    page.wait_for_selector("#evidence-body[data-state=ready] .sentence")
    assert "Lima" in page.inner_text("#evidence .sentence")
    source = page.get_attribute("#evidence a.source-link", "href")
    assert source.startswith("https://news.example/")
    shot(page, shots, "06-map-evidence")


def test_api_docs_load_offline_under_the_csp_and_list_the_endpoints(context, dash_url, shots):
    page = context.new_page()
    blocked, errors = [], []
    local = urlsplit(dash_url).netloc

    def only_local(route):
        if urlsplit(route.request.url).netloc == local:
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        response = page.goto(dash_url + "/docs")
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "http" not in csp
        page.wait_for_selector("#endpoints[data-state=ready]")
        paths = {s.get_attribute("data-path") for s in page.query_selector_all("#endpoints section.endpoint")}
        assert {"/api/events", "/api/series", "/api/export", "/api/actors/search", "/api/events/{event_id}",
                "/api/code"} <= paths
        assert page.query_selector("section[data-path='/api/export'] tr.param[data-name=format]")
        facets = page.query_selector("section[data-path='/api/facets']")
        facets.query_selector("summary").click()
        facets.query_selector("button[type=submit]").click()
        page.wait_for_selector("section[data-path='/api/facets'] pre.response:has-text('200 OK')")
        shot(page, shots, "07-docs-offline")
    finally:
        page.close()
    assert blocked == [] and errors == []


def test_evidence_links_a_source_only_when_its_url_is_http(page, dash_url):
    links = {}
    for i in (*BAD_URLS, 0):
        page.goto(f"{dash_url}/?event={event_id(i)}")
        page.wait_for_selector("#evidence-body[data-state=ready] .sentence")
        assert page.query_selector_all("#evidence a.doc-link")  # the document is listed either way
        found = page.query_selector("#evidence a.source-link")
        links[i] = found.get_attribute("href") if found else None
    assert links == {13: None, 14: None, 0: "https://news.example/0"}
