"""The dashboard in a real browser: Playwright driving Debian's headless Chromium against `dyads serve`."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "browser"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium not found at /usr/bin/chromium: run `bash scripts/test.sh`, which installs it")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM, headless=True, args=ARGS,
            viewport={"width": 1366, "height": 900})
        yield context
        context.close()


@pytest.fixture
def page(browser_context, api_url):
    """A dashboard page that records console errors and every URL it requests."""
    page = browser_context.new_page()
    page.errors, page.requested = [], []
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("request", lambda r: page.requested.append(r.url))
    page.goto(api_url + "/")
    page.wait_for_selector("#events tbody tr")
    yield page
    page.close()


def rows(page) -> list[list[str]]:
    return [[c.inner_text() for c in tr.query_selector_all("td")] for tr in page.query_selector_all("#events tbody tr")]


def test_dyad_filter_changes_chart_and_table_and_evidence_opens(page, api_url):
    total_before = int(page.get_attribute("#events", "data-total"))
    page.wait_for_selector("#dyad-chart[data-state=ready]")  # every actor's events before a dyad is chosen
    assert page.inner_text("#dyad-title").startswith("all actors")
    # the outline is fetched after the table fills: wait for it (fails after 30 s if it never shows)
    page.wait_for_selector("#map svg path.map-land", state="visible")
    page.screenshot(path=str(ARTIFACTS / "01-overview.png"), full_page=True)

    page.fill("input[name=actor]", "chl")
    page.fill("input[name=recipient]", "PER")
    page.click("button[type=submit]")
    page.wait_for_selector("#dyad-chart[data-state=ready] svg rect.bar-coop")
    # selectors, not wait_for_function: the page's CSP forbids evaluating strings as script
    page.wait_for_selector(f"#events:not([data-total='{total_before}'])")
    total_after = int(page.get_attribute("#events", "data-total"))
    assert 0 < total_after < total_before
    assert page.inner_text("#dyad-title").startswith("CHL ↔ PER")
    assert page.query_selector_all("#dyad-chart svg rect.bar-conf")  # the border quarrel shows as conflict
    assert all({r[2].split()[0], r[3].split()[0]} == {"CHL", "PER"} for r in rows(page))
    page.screenshot(path=str(ARTIFACTS / "02-dyad-chl-per.png"), full_page=True)

    # an event whose parties are both named in its own sentence (a reaction such as "Chile rejected the
    # accusation" takes its recipient from an earlier sentence, so that sentence marks no recipient)
    accused = next(i for i, r in enumerate(rows(page)) if r[4] == "accused")
    page.click(f"#events tbody tr >> nth={accused}")
    page.wait_for_selector("#evidence .sentence mark.trigger")
    sentence = page.inner_text("#evidence .sentence")
    marks = {m.get_attribute("class"): m.inner_text() for m in page.query_selector_all("#evidence .sentence mark")}
    assert {"actor", "trigger", "recipient"} <= set(marks) and all(t in sentence for t in marks.values())
    assert page.inner_text("#evidence code.why").strip()
    page.screenshot(path=str(ARTIFACTS / "03-evidence.png"), full_page=True)

    page.click("#evidence a.doc-link")
    page.wait_for_selector("#document .text mark.trigger")
    assert marks["trigger"] in page.inner_text("#document .text")
    page.screenshot(path=str(ARTIFACTS / "04-document.png"), full_page=True)
    assert page.errors == []
    assert all(url.startswith(api_url) for url in page.requested), page.requested


def test_empty_and_error_states_are_shown_not_blank(page):
    page.fill("input[name=actor]", "ISL")  # real codes with no event between them: an empty state
    page.fill("input[name=recipient]", "NZL")
    page.click("button[type=submit]")
    page.wait_for_selector("#events-state:has-text('No events')")
    assert "No occurred events between ISL and NZL" in page.inner_text("#dyad-chart")
    page.fill("input[name=actor]", "Qqxzv")  # a name of nobody: the note says so, and nothing matches
    page.click("button[type=submit]")
    page.wait_for_selector("#resolved .error")
    page.wait_for_selector("#events-state:has-text('No events')")
    assert "No actor is named" in page.inner_text("#resolved")
    page.fill("input[name=actor]", "")  # a request the API refuses: the error is shown, not a blank table
    page.fill("input[name=since]", "2024-05-01")
    page.fill("input[name=until]", "2024-01-01")
    page.click("button[type=submit]")
    page.wait_for_selector("#events-state.error")
    assert "E071" in page.inner_text("#events-state")
    page.screenshot(path=str(ARTIFACTS / "05-empty-and-error.png"), full_page=True)


def test_only_http_document_urls_become_links_and_the_csp_raises_no_errors(browser_context, tmp_path):
    import datetime as dt

    from serving import server

    from dyads.records import Document, Event, Party, Result, Span
    from dyads.store import Store

    day = dt.date(2024, 5, 14)
    urls = {"bad-link": "javascript:alert(document.domain)", "data-link": "data:text/html,<script>1</script>",
            "good-link": "https://news.example/story"}
    results = []
    for i, (doc_id, url) in enumerate(urls.items()):
        text = f"Chile accused Peru of spying, story {i}."
        event = Event(doc_id=doc_id, event_id=f"{i:016x}", sentence_index=0, sentence=text, event_type="ACCUSE",
                      mode=None, context=(), cameo="112", goldstein=-2.0, quad_class=3, trigger=Span("accused", 6, 13),
                      actor=Party("Chile", 0, 5, name="Chile", code="CHL", country="CHL", sector="GOV"),
                      recipient=Party("Peru", 14, 18, name="Peru", code="PER", country="PER", sector="GOV"),
                      date=day, date_precision="day", confidence=0.9, why="test rule")
        results.append(Result(Document(doc_id, text, day, source=f"Outlet {i}", url=url), (event,)))
    db = tmp_path / "links.duckdb"
    with Store(db) as store:
        store.write_results(results, run_id="r1")
    with server(db) as url:
        page = browser_context.new_page()
        errors = []
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))
        try:
            links = {}
            for doc_id in urls:
                page.goto(f"{url}/#doc/{doc_id}")
                page.wait_for_selector(f"#document-title:has-text('{doc_id}')")
                found = page.query_selector("#document-body a")
                links[doc_id] = found.get_attribute("href") if found else None
            page.wait_for_selector("#events tbody tr")  # the whole dashboard drew under the CSP
        finally:
            page.close()
    assert links == {"bad-link": None, "data-link": None, "good-link": "https://news.example/story"}
    assert errors == []
