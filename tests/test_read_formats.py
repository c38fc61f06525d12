"""Readers for every supported corpus shape, on small fixtures written here (and a local HTTP server)."""
from __future__ import annotations

import datetime as dt
import functools
import gzip
import http.server
import io
import json
import threading

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dyads.read import ReadOptions, count, detect_language, read_paths
from dyads.records import Document, ErrorRecord

EN = [
    "The prime minister of Norway met the Swedish foreign minister in Oslo on Tuesday to discuss fishing quotas.",
    "Protesters gathered outside the parliament in Lima demanding the resignation of the interior minister.",
    "Kenya accused Somalia of violating its airspace, and the foreign ministry summoned the ambassador.",
]
DE = "Der Bundeskanzler hat am Dienstag in Berlin den französischen Präsidenten zu Gesprächen über den Haushalt empfangen."
PAGE = """<html><head><title>{title}</title><meta property="og:site_name" content="The Example Herald">
<meta name="date" content="2023-06-0{day}"></head><body><nav>Home | World | Sport</nav>
<article><h1>{title}</h1><p>{text}</p><p>{text}</p></article><footer>Copyright notice</footer></body></html>"""


def page(i: int) -> bytes:
    return PAGE.format(title=f"Headline {i}", day=i + 1, text=EN[i]).encode()


def docs(items):
    return [d for d in items if isinstance(d, Document)]


def errors(items):
    return [e for e in items if isinstance(e, ErrorRecord)]


@pytest.fixture()
def folder(tmp_path):
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(EN[0])
    with gzip.open(root / "sub" / "b.txt.gz", "wt") as handle:
        handle.write(EN[1])
    (root / "sub" / "c.html").write_bytes(page(2))
    (root / "d.json").write_text(json.dumps([{"id": "j1", "text": EN[0], "date": "2023-01-05", "source": "Wire"},
                                             {"id": "j2", "text": EN[1]}]))
    with gzip.open(root / "e.jsonl.gz", "wt") as handle:
        handle.write(json.dumps({"id": "l1", "text": EN[2], "url": "https://news.example/l1"}) + "\n")
    (root / "f.csv").write_text("id,date,text,source\nc1,2023-02-03,\"" + EN[0] + "\",Paper\n")
    (root / "notes.pdf").write_bytes(b"%PDF-1.4")
    (root / "german.txt").write_text(DE)
    return root


def test_directory_is_read_recursively_with_every_format(folder):
    items = list(read_paths([str(folder)]))
    got = {d.id: d for d in docs(items)}
    assert set(got) == {"a", "sub/b", "sub/c", "j1", "j2", "l1", "c1"}
    assert got["sub/b"].text == EN[1]
    assert (got["sub/c"].title, got["sub/c"].date, got["sub/c"].source) == ("Headline 2", dt.date(2023, 6, 3),
                                                                          "The Example Herald")
    assert "Home | World" not in got["sub/c"].text and EN[2] in got["sub/c"].text
    assert (got["j1"].date, got["j1"].source) == (dt.date(2023, 1, 5), "Wire")
    assert got["l1"].url == "https://news.example/l1"
    assert (got["c1"].date, got["c1"].source) == (dt.date(2023, 2, 3), "Paper")
    assert all(d.language == "en" for d in got.values())
    assert sorted(e.code for e in errors(items)) == ["E007", "E010"]
    assert count([str(folder)]) == len(items)


def test_non_english_document_is_skipped_with_its_language(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text(DE)
    [item] = read_paths([str(path)])
    assert isinstance(item, ErrorRecord) and item.code == "E010" and "'de'" in item.message
    [kept] = read_paths([str(path)], options=ReadOptions(languages=("en", "de")))
    assert kept.language == "de"


@pytest.mark.parametrize("text, expected", [
    (EN[0], "en"),
    ("Chile met Peru.", None),  # too short to tell: taken as English
    ("Le président a rencontré hier le premier ministre à Paris pour discuter du budget de l'État.", "fr"),
])
def test_language_detection(text, expected):
    assert detect_language(text) == expected


def test_csv_column_options_and_bad_rows(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("key,body,when,outlet,link\n"
                    f"k1,\"{EN[0]}\",2021-03-04,Outlet A,https://a.example/1\n"
                    "k2,   ,2021-03-04,Outlet A,\n"
                    f"k3,\"{EN[1]}\",not a date,Outlet B,\n"
                    f"k4,\"{EN[2]}\",2021-03-05,Outlet B,,extra\n")
    opts = ReadOptions(text_col="body", id_col="key", date_col="when", source_col="outlet", url_col="link")
    items = list(read_paths([str(path)], options=opts))
    [good] = docs(items)
    assert (good.id, good.date, good.source, good.url) == ("k1", dt.date(2021, 3, 4), "Outlet A", "https://a.example/1")
    assert [(e.code, e.origin.rsplit(":", 1)[1]) for e in errors(items)] == [("E001", "3"), ("E008", "4"), ("E005", "5")]


def test_csv_without_the_text_column_is_one_clear_error(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("id,body\n1,hello\n")
    [item] = read_paths([str(path)])
    assert item.code == "E064" and "no text column 'text' (columns: id, body)" in item.message


@pytest.mark.parametrize("name, data", [
    ("broken.txt.gz", b"not gzip at all"),
    ("broken.jsonl.gz", b"\x1f\x8b\x08\x00garbage"),
])
def test_corrupt_gzip_is_an_error_not_a_crash(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    items = list(read_paths([str(tmp_path / name)]))
    assert items and all(isinstance(i, ErrorRecord) for i in items)


def test_json_file_with_a_single_record_and_with_bad_entries(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": EN[0], "date": "Tue, 04 Jan 2022 10:00:00 GMT"}))
    [doc] = read_paths([str(one)])
    assert (doc.id, doc.date) == ("one", dt.date(2022, 1, 4))
    many = tmp_path / "many.json"
    many.write_text(json.dumps({"documents": [{"text": EN[1]}, 42, {"text": ""}]}))
    items = list(read_paths([str(many)]))
    assert [type(i).__name__ for i in items] == ["Document", "ErrorRecord", "ErrorRecord"]
    assert items[1].origin.endswith("[1]")


def test_html_page_without_main_text_is_an_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Nothing</title></head><body></body></html>")
    [item] = read_paths([str(path)])
    assert isinstance(item, ErrorRecord) and item.code == "E001"


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<link>{base}/</link><description>test feed</description>
<item><title>First story</title><link>{base}/story/0</link><guid>s0</guid>
<pubDate>Mon, 05 Jun 2023 08:00:00 GMT</pubDate><description>&lt;p&gt;{s0}&lt;/p&gt;</description></item>
<item><title>Second story</title><link>{base}/story/1</link><guid>s1</guid>
<pubDate>Tue, 06 Jun 2023 08:00:00 GMT</pubDate><description>{s1}</description></item>
<item><title>Missing page</title><link>{base}/missing</link><guid>s2</guid>
<pubDate>Wed, 07 Jun 2023 08:00:00 GMT</pubDate><description>{s2}</description></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<id>urn:x</id><updated>2023-06-05T00:00:00Z</updated>
<entry><title>Atom one</title><id>urn:a1</id><updated>2023-06-08T09:00:00Z</updated>
<content type="html">&lt;p&gt;{s0}&lt;/p&gt;</content></entry></feed>"""


class Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[str, bytes]] = {}

    def do_GET(self):
        if self.path not in self.routes:
            self.send_error(404)
            return
        ctype, body = self.routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    Handler.routes = {
        "/feed.xml": ("application/rss+xml", RSS.format(base=base, s0=EN[0], s1=EN[1], s2=EN[2]).encode()),
        "/story/0": ("text/html", page(0)),
        "/story/1": ("text/html", page(1)),
        "/page.html": ("text/html", page(2)),
    }
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()
    httpd.server_close()


def test_feed_url_fetches_each_article_page(server):
    items = list(read_paths([f"{server}/feed.xml"], options=ReadOptions(timeout=5)))
    got = {d.id: d for d in docs(items)}
    assert set(got) == {"s0", "s1", "s2"}
    assert got["s0"].title == "Headline 0" and got["s0"].source == "Example Wire"
    assert got["s0"].url == f"{server}/story/0" and got["s0"].date == dt.date(2023, 6, 1)
    # the page of s2 is missing (404): the feed's summary is used instead
    assert got["s2"].text == EN[2] and got["s2"].date == dt.date(2023, 6, 7)


def test_page_url_and_unreachable_url(server):
    [doc] = read_paths([f"{server}/page.html"])
    assert doc.title == "Headline 2" and EN[2] in doc.text
    [err] = read_paths(["http://127.0.0.1:9/nothing"], options=ReadOptions(timeout=2))
    assert err.code == "E014"


def test_feed_files_without_fetching(tmp_path):
    rss = tmp_path / "wire.rss"
    rss.write_text(RSS.format(base="http://127.0.0.1:9", s0=EN[0], s1=EN[1], s2=EN[2]))
    atom = tmp_path / "desk.atom"
    atom.write_text(ATOM.format(s0=EN[1]))
    items = list(read_paths([str(rss), str(atom)], options=ReadOptions(fetch=False)))
    assert [(d.id, d.date, d.source) for d in items] == [
        ("s0", dt.date(2023, 6, 5), "Example Wire"), ("s1", dt.date(2023, 6, 6), "Example Wire"),
        ("s2", dt.date(2023, 6, 7), "Example Wire"), ("urn:a1", dt.date(2023, 6, 8), "Atom Desk")]
    assert items[0].text == EN[0]  # markup of the summary removed


def test_not_a_feed_is_an_error(tmp_path):
    path = tmp_path / "x.xml"
    path.write_text("this is not xml <<<")
    [err] = read_paths([str(path)])
    assert err.code == "E005"


def write_warc(path, *, gz: bool):
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        for i, (ctype, body) in enumerate([("text/html; charset=utf-8", page(0)), ("image/png", b"\x89PNG"),
                                            ("text/html", page(1))]):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(f"https://paper.example/{i}", "response", payload=io.BytesIO(body),
                                               http_headers=headers)
            writer.write_record(record)


@pytest.mark.parametrize("gz", [True, False])
def test_warc_html_responses_become_documents(tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(path, gz=gz)
    items = list(read_paths([str(path)]))
    assert [(d.url, d.title) for d in docs(items)] == [("https://paper.example/0", "Headline 0"),
                                                       ("https://paper.example/2", "Headline 1")]
    assert not errors(items)


def test_tsv_gz_rows_become_documents(tmp_path):
    path = tmp_path / "rows.tsv.gz"
    with gzip.open(path, "wt") as handle:
        handle.write(f"id\ttext\tdate\nt1\t{EN[0]}\t2022-08-09\nt2\t{EN[1]}\t\n")
    items = list(read_paths([str(path)], default_date=dt.date(2022, 8, 1)))
    assert [(d.id, d.date) for d in items] == [("t1", dt.date(2022, 8, 9)), ("t2", dt.date(2022, 8, 1))]
    assert count([str(path)]) == 2
