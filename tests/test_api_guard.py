"""Hostile HTTP against a real `dyads serve`: Host names, security headers, bodies, nested JSON, the coder pool."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import httpx
import pytest

from dyads.api_guard import allowed_hosts, host_name


def port(url: str) -> int:
    return urlsplit(url).port


@pytest.mark.parametrize("host, status", [
    ("127.0.0.1:{port}", 200), ("localhost:{port}", 200), ("LOCALHOST", 200), ("[::1]:{port}", 200),
    ("evil.example:{port}", 400), ("127.0.0.1.evil.example", 400), ("dyads.example", 400), ("", 400),
])
def test_only_the_bound_host_names_are_answered(api_url, host, status):
    res = httpx.get(f"{api_url}/api/facets", headers={"Host": host.format(port=port(api_url))}, timeout=30)
    assert res.status_code == status
    if status == 400:
        assert "E078" in res.json()["detail"]


def test_allowed_hosts_setting_adds_a_name(code_url):
    ok = httpx.get(f"{code_url}/api/facets", headers={"Host": f"dyads.example:{port(code_url)}"}, timeout=30)
    assert ok.status_code == 200
    assert httpx.get(f"{code_url}/api/facets", headers={"Host": "other.example"}, timeout=30).status_code == 400


@pytest.mark.parametrize("bind, extra, name, answered", [
    ("127.0.0.1", (), "localhost", True), ("127.0.0.1", (), "attacker.example", False),
    ("::1", (), "127.0.0.1", True), ("192.0.2.7", (), "192.0.2.7", True), ("192.0.2.7", (), "localhost", False),
    ("192.0.2.7", ("events.example",), "events.example", True), ("0.0.0.0", (), "localhost", True),
    ("0.0.0.0", (), "attacker.example", False),
])
def test_allowed_hosts_follow_the_bound_address(bind, extra, name, answered):
    assert (name in allowed_hosts(bind, extra)) is answered


def test_star_accepts_any_host_and_ports_are_ignored():
    assert allowed_hosts("127.0.0.1", ("*",)) is None
    assert [host_name(h) for h in ("[::1]:8000", "Example.org:80", "::1", "a.example")] == \
        ["::1", "example.org", "::1", "a.example"]


@pytest.mark.parametrize("path, status", [("/", 200), ("/app.js", 200), ("/api/events", 200), ("/api/events/nope", 404),
                                          ("/api/events?limit=0", 422), ("/docs", 200)])
def test_every_response_forbids_framing_and_sniffing_and_has_a_csp(api_url, path, status):
    res = httpx.get(f"{api_url}{path}", timeout=30)
    assert res.status_code == status
    assert res.headers["x-frame-options"] == "DENY" and res.headers["x-content-type-options"] == "nosniff"
    csp = res.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp
    # the API docs too: they are drawn by a script of this server, not loaded from a CDN
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp and "http" not in csp


def test_coding_needs_the_token_or_the_setting(api_url):
    res = httpx.post(f"{api_url}/api/code", json={"text": "Chile condemned Peru."}, timeout=30)
    assert res.status_code == 403 and "E075" in res.json()["detail"]


def test_deeply_nested_json_is_a_400_and_the_server_stays_up(code_url):
    body = "[" * 40_000 + "]" * 40_000
    res = httpx.post(f"{code_url}/api/code", content=body, headers={"content-type": "application/json"}, timeout=60)
    assert res.status_code == 400 and "nested too deeply" in res.json()["detail"]
    assert httpx.get(f"{code_url}/api/facets", timeout=30).status_code == 200


def test_a_chunked_body_is_refused_while_it_streams(code_url):
    sent = [0]

    def body():  # 300 MB in 64 KB chunks, no Content-Length
        for _ in range(4800):
            sent[0] += 65536
            yield b"x" * 65536

    try:
        res = httpx.post(f"{code_url}/api/code", content=body(), timeout=60)
        assert res.status_code == 413 and "E074" in res.json()["detail"]
    except httpx.TransportError:
        pass  # the server closed the connection after answering 413 while the client was still sending
    assert sent[0] < 32 * 2**20, f"the server read {sent[0]:,} bytes before refusing"
    assert httpx.get(f"{code_url}/api/facets", timeout=30).status_code == 200


def test_code_requests_beyond_the_pool_and_its_queue_get_429(code_url):
    # one coder thread and a queue of one (see code_url): of six at once, at most two are accepted
    text = " ".join(f"Chile condemned Peru over the border dispute number {i} on Monday." for i in range(250))
    start = threading.Barrier(6)

    def post(_):
        start.wait()
        return httpx.post(f"{code_url}/api/code", json={"text": text, "date": "2024-03-08"}, timeout=300)

    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(post, range(6)))
    codes = sorted(r.status_code for r in answers)
    assert set(codes) <= {200, 429} and codes.count(200) in (1, 2), codes
    busy = next(r for r in answers if r.status_code == 429)
    assert "E079" in busy.json()["detail"] and busy.headers["retry-after"]
    assert httpx.get(f"{code_url}/api/facets", timeout=30).status_code == 200
