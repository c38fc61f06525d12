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
    assert page.get_attribute("#dyad-chart", "data-state") == "empty"
    # the outline is fetched after the table fills: wait for it (fails after 30 s if it never shows)
    page.wait_for_selector("#map svg path.map-land", state="visible")
    page.screenshot(path=str(ARTIFACTS / "01-overview.png"), full_page=True)

    page.fill("input[name=actor]", "chl")
    page.fill("input[name=recipient]", "PER")
    page.click("button[type=submit]")
    page.wait_for_selector("#dyad-chart[data-state=ready] svg rect.bar-coop")
    page.wait_for_function(f"document.querySelector('#events').dataset.total != '{total_before}'")
    total_after = int(page.get_attribute("#events", "data-total"))
    assert 0 < total_after < total_before
    assert page.inner_text("#dyad-title") == "CHL ↔ PER"
    assert page.query_selector_all("#dyad-chart svg rect.bar-conf")  # the border quarrel shows as conflict
    assert all({r[2].split()[0], r[3].split()[0]} == {"CHL", "PER"} for r in rows(page))
    page.screenshot(path=str(ARTIFACTS / "02-dyad-chl-per.png"), full_page=True)

    page.click("#events tbody tr >> nth=0")
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
    page.fill("input[name=actor]", "ZZZ")
    page.fill("input[name=recipient]", "QQQ")
    page.click("button[type=submit]")
    page.wait_for_function("document.querySelector('#events-state').textContent.includes('No events')")
    assert "No occurred events between ZZZ and QQQ" in page.inner_text("#dyad-chart")
    page.fill("input[name=actor]", "BAD CODE!")
    page.click("button[type=submit]")
    page.wait_for_selector("#events-state.error")
    assert "actor" in page.inner_text("#events-state")
    page.screenshot(path=str(ARTIFACTS / "05-empty-and-error.png"), full_page=True)
