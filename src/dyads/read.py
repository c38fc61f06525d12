"""The read stage: corpora in any common shape -> Documents, or ErrorRecords for bad input.

Inputs: directories (recursive), `.txt`, `.html/.htm` (main text and metadata via trafilatura),
`.json`, `.jsonl`, `.csv/.tsv` (column names are options), each optionally gzip-compressed;
RSS/Atom feeds as files or URLs (feedparser; article pages fetched with a timeout); WARC
archives of news pages (warcio); `-` for stdin. Every document goes through language
identification (py3langid's shipped model); confidently non-English ones become errors (E010).
"""
from __future__ import annotations

import csv
import datetime as dt
import email.utils
import functools
import gzip
import hashlib
import io
import itertools
import json
import logging
import sys
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from dyads import budget
from dyads.errors import DyadsError, describe, message
from dyads.records import Document, ErrorRecord

log = logging.getLogger(__name__)

CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))
TEXT, HTML, JSON, JSONL, CSV, TSV, FEED, WARC = "text", "html", "json", "jsonl", "csv", "tsv", "feed", "warc"
KINDS = {".txt": TEXT, ".text": TEXT, ".html": HTML, ".htm": HTML, ".json": JSON, ".jsonl": JSONL,
         ".ndjson": JSONL, ".csv": CSV, ".tsv": TSV, ".rss": FEED, ".atom": FEED, ".xml": FEED, ".warc": WARC}
# Shorter texts are too short for a trustworthy language guess and are taken as English.
LANGID_MIN_CHARS = 40
LANGID_SAMPLE = 3000
# A text whose letters are less than this share Latin is not English, however unsure the identifier is.
NON_LATIN_SHARE = 0.5
NESTED = "JSON nested too deeply"
NEWLINES = ("\n", "\r")
USER_AGENT = "dyads (news event coder; +https://pypi.org/project/dyads/)"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs: record field names, limits, languages and fetching."""

    default_date: dt.date | None = None
    max_bytes: int = 2_000_000
    text_col: str = "text"
    date_col: str = "date"
    id_col: str = "id"
    source_col: str = "source"
    url_col: str = "url"
    title_col: str = "title"
    languages: tuple[str, ...] = ("en",)
    language_confidence: float = 0.9
    fetch: bool = True
    timeout: float = 10.0
    max_input_bytes: int = 10_000_000_000
    max_compression_ratio: float = 100.0

    @property
    def budget(self) -> budget.Budget:
        """The byte budget of one input file; a JSON line may escape every character of a document in 6 bytes."""
        return budget.Budget(max_bytes=self.max_input_bytes, max_ratio=self.max_compression_ratio,
                             max_line=6 * self.max_bytes + 65536)


def parse_date(value: object) -> dt.date | None:
    """Parse YYYY-MM-DD (a longer ISO timestamp is cut to its date); raise DyadsError E008."""
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise DyadsError("E008", value=value) from exc


def _record_date(value: object) -> dt.date | None:
    """A record's date: ISO first, then the RFC 2822 form feeds and e-mail use; raise E008."""
    try:
        return parse_date(value)
    except DyadsError:
        try:
            return email.utils.parsedate_to_datetime(str(value)).date()
        except (TypeError, ValueError):
            raise DyadsError("E008", value=value) from None


def content_hash(text: str) -> str:
    """SHA-256 of the document text, the key that makes ingest idempotent."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_bytes(data: bytes, *, origin: str, doc_id: str | None, max_bytes: int) -> str | ErrorRecord:
    """Decode raw bytes as UTF-8 text, or explain why they are not a usable document."""
    if len(data) > max_bytes:
        return ErrorRecord(origin, "E004", message("E004", limit=max_bytes), doc_id)
    if b"\x00" in data[:8192]:
        return ErrorRecord(origin, "E002", message("E002"), doc_id)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return ErrorRecord(origin, "E003", message("E003"), doc_id)
    return check_text(text, origin=origin, doc_id=doc_id, max_bytes=max_bytes)


def check_text(text: str, *, origin: str, doc_id: str | None, max_bytes: int) -> str | ErrorRecord:
    """Return the text if usable, else an ErrorRecord (empty, binary-looking or too large)."""
    if not text.strip():
        return ErrorRecord(origin, "E001", message("E001"), doc_id)
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        return ErrorRecord(origin, "E004", message("E004", limit=max_bytes), doc_id)
    if "\x00" in text:  # anywhere: a text with NUL bytes is binary or corrupt, not news
        return ErrorRecord(origin, "E002", message("E002"), doc_id)
    sample = text[:4096]
    if sum(ord(ch) in CONTROL for ch in sample) > max(3, len(sample) // 100):
        return ErrorRecord(origin, "E002", message("E002"), doc_id)
    return text


# --- language identification ------------------------------------------------------------------
@functools.cache
def _identifier():
    from py3langid.langid import _load_identifier

    return _load_identifier(norm_probs=True)


def detect_language(text: str, *, confidence: float = 0.9) -> str | None:
    """ISO 639-1 code of the text's language, or None when the guess is not confident."""
    sample = text[:LANGID_SAMPLE]
    if len(sample.strip()) < LANGID_MIN_CHARS:
        return None
    lang, prob = _identifier().classify(sample)
    if prob < confidence and lang != "en" and _latin_share(sample) < NON_LATIN_SHARE:
        return lang  # unsure which language, sure it is not English: mostly written in another script
    return lang if prob >= confidence else None


def _latin_share(sample: str) -> float:
    """Share of the letters of `sample` that are Latin (ASCII or Latin-1/Extended)."""
    letters = [ch for ch in sample if ch.isalpha()]
    return sum(ch < "\u0250" for ch in letters) / len(letters) if letters else 1.0


def with_language(item: Document | ErrorRecord, options: ReadOptions) -> Document | ErrorRecord:
    """Tag a document with its language; one confidently in another language becomes E010."""
    if isinstance(item, ErrorRecord):
        return item
    lang = detect_language(item.text, confidence=options.language_confidence)
    if lang is not None and options.languages and lang not in options.languages:
        return ErrorRecord(item.origin or item.id, "E010", message("E010", lang=lang), item.id)
    return replace(item, language=lang)


# --- dispatch ---------------------------------------------------------------------------------
def read_paths(paths: Iterable[str], *, options: ReadOptions | None = None, default_date: dt.date | None = None,
               max_bytes: int | None = None, languages: bool = True) -> Iterator[Document | ErrorRecord]:
    """Documents from files, directories, feed URLs and `-` (stdin), in order.

    With `languages=False` the caller runs `with_language` itself (ingest does it in its workers).
    """
    options = options or ReadOptions()
    options = replace(options, default_date=default_date or options.default_date,
                      max_bytes=max_bytes or options.max_bytes)
    for path in paths:
        for item in _read_one(path, options):
            yield with_language(item, options) if languages else item


def _read_one(path: str, options: ReadOptions) -> Iterator[Document | ErrorRecord]:
    if path == "-":
        yield _text_document(sys.stdin.buffer.read(), origin="<stdin>", doc_id="stdin", options=options)
        return
    if path.startswith(("http://", "https://")):
        yield from read_url(path, options=options)
        return
    p = Path(path)
    if p.is_dir():
        for child in sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(".")):
            rel = child.relative_to(p).as_posix()
            kind = kind_of(child)
            if kind is None:
                yield ErrorRecord(str(child), "E007", message("E007", detail=f"unknown file type {child.name!r}"))
            else:
                yield from read_file(child, kind=kind, options=options, doc_id=_strip_suffixes(rel))
    elif not p.is_file():
        yield ErrorRecord(path, "E006", message("E006", path=path))
    else:
        yield from read_file(p, kind=kind_of(p) or TEXT, options=options, doc_id=_strip_suffixes(p.name))


def kind_of(path: Path) -> str | None:
    """The reader for a file name (`.gz` is looked through), or None when unknown."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return KINDS.get(suffixes[-1]) if suffixes else None


def _strip_suffixes(name: str) -> str:
    for _ in range(2):
        stem, dot, suffix = name.rpartition(".")
        if dot and stem and ("/" not in suffix) and f".{suffix.lower()}" in (*KINDS, ".gz"):
            name = stem
    return name


def _open_bytes(path: Path, limit: int, options: ReadOptions | None = None) -> bytes:
    """The file's bytes (decompressed if gzip), reading at most `limit` + 1 bytes."""
    with budget.open_bytes(path, budget=(options or ReadOptions()).budget) as handle:
        return handle.read(limit + 1)


def read_file(path: Path, *, kind: str, options: ReadOptions, doc_id: str) -> Iterator[Document | ErrorRecord]:
    """Documents of one file of a known kind; a file that cannot be read at all is one error."""
    yield from guarded(_file_items(path, kind=kind, options=options, doc_id=doc_id), origin=str(path), kind=kind)


def _file_items(path: Path, *, kind: str, options: ReadOptions, doc_id: str) -> Iterator[Document | ErrorRecord]:
    origin = str(path)
    if kind in (JSONL, CSV, TSV):
        yield from (read_jsonl if kind == JSONL else read_csv)(path, options=options)
    elif kind == WARC:
        yield from read_warc(path, options=options)
    else:
        # whole-file kinds are capped generously; each document is checked against max_bytes below
        data = _open_bytes(path, options.max_bytes if kind == TEXT else 20 * options.max_bytes, options)
        if kind == TEXT:
            yield _text_document(data, origin=origin, doc_id=doc_id, options=options)
        elif kind == HTML:
            yield html_document(data, origin=origin, doc_id=doc_id, options=options)
        elif kind == JSON:
            yield from read_json(data, origin=origin, options=options, fallback_id=doc_id)
        else:
            yield from read_feed(data, origin=origin, options=options)


def guarded(items: Iterator[Document | ErrorRecord], *, origin: str, kind: str) -> Iterator[Document | ErrorRecord]:
    """The items of one input, then at most one error that says why reading it stopped (a byte budget, a
    truncated stream, a damaged file): a reader failing on odd input never ends the run. The cluster's
    byte-range readers go through here too, so they stop and report exactly as the whole-file readers do."""
    try:
        yield from items
    except budget.BudgetExceeded as exc:
        yield ErrorRecord(origin, exc.code, message(exc.code, **exc.params))
    except EOFError as exc:  # gzip's "Compressed file ended before the end-of-stream marker was reached"
        yield ErrorRecord(origin, "E021", message("E021", detail=f"{kind} file ({exc})"))
    except (OSError, gzip.BadGzipFile, UnicodeDecodeError, csv.Error) as exc:
        yield ErrorRecord(origin, "E007", message("E007", detail=f"cannot read {kind} file ({exc})"))
    except Exception as exc:  # a reader library failing on odd input must not end the run
        log.warning("reading %s failed: %r", origin, exc)
        yield ErrorRecord(origin, "E007", message("E007", detail=f"cannot read {kind} file ({exc!r:.300})"))


def _text_document(data: bytes, *, origin: str, doc_id: str, options: ReadOptions) -> Document | ErrorRecord:
    text = check_bytes(data, origin=origin, doc_id=doc_id, max_bytes=options.max_bytes)
    if isinstance(text, ErrorRecord):
        return text
    return Document(doc_id, text, options.default_date, origin=origin)


# --- records: JSON, JSON lines, CSV -------------------------------------------------------------
def read_jsonl(path: Path, *, options: ReadOptions | None = None, default_date: dt.date | None = None,
               max_bytes: int | None = None, start: int = 0, end: int | None = None,
               first_line: int = 1) -> Iterator[Document | ErrorRecord]:
    """One document per line: {"id", "text", "date", "source", "url", "title"} (names are options).

    `start`/`end` read only the lines that begin in that byte range of an uncompressed file (line
    `first_line` begins at `start`), so a cluster can split a large file between workers.
    """
    options = options or ReadOptions(default_date=default_date, max_bytes=max_bytes or 2_000_000)
    limits = options.budget
    with budget.open_bytes(path, budget=limits) as handle:
        if start:
            handle.seek(start)
        lines = budget.lines(handle, max_line=limits.max_line)
        for line_no in itertools.count(first_line):
            if end is not None and handle.tell() >= end:
                break  # checked before reading on: the next line is another range's (and may be past the budget)
            try:
                raw, whole = next(lines)
            except StopIteration:
                break
            origin = f"{path}:{line_no}"
            if not whole:  # never decoded: the line alone is longer than any document may be
                yield ErrorRecord(origin, "E004", message("E004", limit=options.max_bytes))
                continue
            if not raw.strip():
                continue
            yield record_document(raw, origin=origin, options=options,
                                  fallback_id=f"{_strip_suffixes(path.name)}-{line_no}")


def record_document(raw: bytes, *, origin: str, fallback_id: str, options: ReadOptions | None = None,
                    default_date: dt.date | None = None, max_bytes: int | None = None) -> Document | ErrorRecord:
    """Turn one JSON record into a Document, or an ErrorRecord that says what is wrong."""
    options = options or ReadOptions(default_date=default_date, max_bytes=max_bytes or 2_000_000)
    try:
        record = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return ErrorRecord(origin, "E005", message("E005", detail=f"not JSON ({exc.__class__.__name__})"))
    except RecursionError:
        return ErrorRecord(origin, "E005", message("E005", detail=NESTED))
    return mapping_document(record, origin=origin, options=options, fallback_id=fallback_id)


def mapping_document(record: Any, *, origin: str, options: ReadOptions, fallback_id: str) -> Document | ErrorRecord:
    """A JSON object or CSV row -> Document, using the column names in `options`."""
    if not isinstance(record, dict) or not isinstance(record.get(options.text_col), str):
        return ErrorRecord(origin, "E005", message("E005", detail=f"expected an object with a string "
                                                                   f"{options.text_col!r}"))
    doc_id = str(record.get(options.id_col) or fallback_id)
    text = check_text(record[options.text_col], origin=origin, doc_id=doc_id, max_bytes=options.max_bytes)
    if isinstance(text, ErrorRecord):
        return text
    try:
        date = _record_date(record.get(options.date_col)) or options.default_date
    except DyadsError as exc:
        return ErrorRecord(origin, exc.code, message(exc.code, **exc.params), doc_id)
    return Document(doc_id, text, date, source=_opt(record, options.source_col), url=_opt(record, options.url_col),
                    title=_opt(record, options.title_col), origin=origin)


def read_json(data: bytes, *, origin: str, options: ReadOptions, fallback_id: str) -> Iterator[Document | ErrorRecord]:
    """A JSON file: one record, a list of records, or an object with a list under "documents"."""
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield ErrorRecord(origin, "E005", message("E005", detail=f"not JSON ({exc.__class__.__name__})"))
        return
    except RecursionError:
        yield ErrorRecord(origin, "E005", message("E005", detail=NESTED))
        return
    if isinstance(value, dict) and isinstance(value.get("documents"), list):
        value = value["documents"]
    if not isinstance(value, list):
        yield mapping_document(value, origin=origin, options=options, fallback_id=fallback_id)
        return
    for i, record in enumerate(value):
        yield mapping_document(record, origin=f"{origin}[{i}]", options=options, fallback_id=f"{fallback_id}-{i}")


def read_csv(path: Path, *, options: ReadOptions) -> Iterator[Document | ErrorRecord]:
    """Rows of a CSV (or `.tsv`) file with a header; each row is one document.

    A row that cannot be read (a field longer than any document may be, bad quoting, a record cut
    off by the end of the file) is one error and reading goes on with the next record.
    """
    csv.field_size_limit(options.max_bytes + 1)  # longer texts are rejected anyway (E004)
    delimiter = "\t" if kind_of(path) == TSV else ","
    with budget.open_bytes(path, budget=options.budget) as raw, \
            io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as handle:
        feed = _CsvLines(handle, max_line=options.max_bytes + 65536)
        reader = csv.DictReader(feed, delimiter=delimiter, strict=True)
        columns = ", ".join(reader.fieldnames or ()) or "none"
        if options.text_col not in (reader.fieldnames or ()):
            yield ErrorRecord(str(path), "E064", message("E064", path=path, column=options.text_col, columns=columns))
            return
        if options.date_col not in (reader.fieldnames or ()) and options.default_date is None:
            log.warning("%s", describe("E065", message("E065", path=path, column=options.date_col, columns=columns)))
        stem = _strip_suffixes(path.name)
        for n in itertools.count(1):
            try:
                row = next(reader)
            except StopIteration:
                return
            except _OverlongRecord:  # the whole record was skipped unread by the feed
                yield ErrorRecord(f"{path}:{feed.record_start}", "E004", message("E004", limit=options.max_bytes))
                continue
            except csv.Error as exc:  # the record that starts at feed.record_start
                feed.skip_quoted()
                yield _csv_error(exc, origin=f"{path}:{feed.record_start}", options=options)
                continue
            origin = f"{path}:{feed.line_num}"
            if None in row:
                yield ErrorRecord(origin, "E005", message("E005", detail="more fields than the header"))
                continue
            yield mapping_document(row, origin=origin, options=options, fallback_id=f"{stem}-{n}")


class _OverlongRecord(csv.Error):
    """A CSV record with a physical line longer than any document may be; it was skipped to its end."""

    def __init__(self, first_line: int) -> None:
        super().__init__(f"a line of the record starting at line {first_line} is too long")


class _CsvLines:
    """The physical lines of a CSV file for `csv.reader`, tracking whether the last line given ended inside a
    quoted field (quotes are counted over each whole line, also the part of an over-long line never kept),
    so that after a bad record the rest of it can be skipped.

    A line longer than `max_line` characters is never given to the reader nor held in memory: with `skip_long`
    the record it belongs to is skipped to its end and `_OverlongRecord` raised (the reader drops what it
    had of that record and starts afresh with the next line); without, the line is given cut short (counting).
    `line_num` is the number of physical lines consumed, skipped ones included; `record_start` the line the
    current (or last bad) record began on.
    """

    def __init__(self, handle: io.TextIOBase, *, max_line: int, skip_long: bool = True) -> None:
        self._handle = handle
        self._max_line = max_line
        self._skip_long = skip_long
        self.in_quotes = False
        self.line_num = 0
        self.record_start = 1

    def __iter__(self) -> "_CsvLines":
        return self

    def __next__(self) -> str:
        if not self.in_quotes:
            self.record_start = self.line_num + 1
        line = self._handle.readline(self._max_line + 1)
        if not line:
            raise StopIteration
        long = len(line) > self._max_line and not line.endswith(NEWLINES)
        self._toggle(line.count('"') + (self._rest_quotes() if long else 0))
        if long and self._skip_long:
            self.skip_quoted()
            raise _OverlongRecord(self.record_start)
        return line

    def _toggle(self, quotes: int) -> None:
        """One more physical line with `quotes` quote characters has been consumed."""
        self.line_num += 1
        # a doubled quote inside a quoted field toggles twice: the parity says where the line ends
        self.in_quotes ^= quotes % 2 == 1

    def _rest_quotes(self) -> int:
        """Read the rest of the current line a piece at a time (never whole); its number of quotes."""
        quotes = 0
        while rest := self._handle.readline(budget.CHUNK):
            quotes += rest.count('"')
            if rest.endswith(NEWLINES):
                break
        return quotes

    def skip_quoted(self) -> None:
        """Skip lines until the quoted field the last line ended in is closed."""
        while self.in_quotes:
            line = self._handle.readline(budget.CHUNK)
            if not line:
                return
            long = len(line) == budget.CHUNK and not line.endswith(NEWLINES)
            self._toggle(line.count('"') + (self._rest_quotes() if long else 0))


def _csv_error(exc: csv.Error, *, origin: str, options: ReadOptions) -> ErrorRecord:
    text = str(exc)
    if "field larger than field limit" in text:
        return ErrorRecord(origin, "E004", message("E004", limit=options.max_bytes))
    if "unexpected end of data" in text:
        return ErrorRecord(origin, "E021", message("E021", detail="the CSV record ends inside a quoted field"))
    return ErrorRecord(origin, "E005", message("E005", detail=f"bad CSV record ({text})"))


def _opt(record: dict, key: str) -> str | None:
    value = record.get(key)
    return str(value) if value not in (None, "") else None


# --- web: HTML pages, feeds, URLs, WARC -------------------------------------------------------
def html_document(data: bytes, *, origin: str, doc_id: str, options: ReadOptions, url: str | None = None,
                  date: dt.date | None = None, source: str | None = None) -> Document | ErrorRecord:
    """Main text, title, date and site of an HTML page (trafilatura)."""
    import trafilatura

    if len(data) > 20 * options.max_bytes:
        return ErrorRecord(origin, "E004", message("E004", limit=20 * options.max_bytes), doc_id)
    if b"\x00" in data[:8192]:
        return ErrorRecord(origin, "E002", message("E002"), doc_id)
    extracted = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False)
    meta = extracted.as_dict() if extracted is not None else {}
    text = check_text(meta.get("text") or "", origin=origin, doc_id=doc_id, max_bytes=options.max_bytes)
    if isinstance(text, ErrorRecord):
        return text
    try:
        page_date = parse_date(meta.get("date"))
    except DyadsError:
        page_date = None
    return Document(doc_id, text, page_date or date or options.default_date,
                    source=meta.get("sitename") or source or meta.get("hostname"),
                    url=meta.get("url") or url, title=meta.get("title"), origin=origin)


def fetch(url: str, *, timeout: float, max_bytes: int) -> bytes:
    """GET a URL with a timeout and a size cap; raises OSError on failure."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.read(max_bytes + 1)


def read_url(url: str, *, options: ReadOptions) -> Iterator[Document | ErrorRecord]:
    """A feed URL yields its entries; any other URL is one HTML page."""
    try:
        data = fetch(url, timeout=options.timeout, max_bytes=20 * options.max_bytes)
    except (OSError, ValueError) as exc:
        yield ErrorRecord(url, "E014", message("E014", url=url, detail=str(exc)))
        return
    head = data[:2048].lstrip().lower()
    if head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head:
        yield from read_feed(data, origin=url, options=options)
    else:
        yield html_document(data, origin=url, doc_id=url, options=options, url=url)


def read_feed(data: bytes, *, origin: str, options: ReadOptions) -> Iterator[Document | ErrorRecord]:
    """RSS/Atom entries; with fetching on, each entry's page is fetched for the full text."""
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        yield ErrorRecord(origin, "E005", message("E005", detail=f"not an RSS/Atom feed ({feed.bozo_exception})"))
        return
    source = feed.feed.get("title")
    for i, entry in enumerate(feed.entries):
        yield _feed_entry(entry, origin=f"{origin}#entry{i + 1}", source=source, options=options)


def _feed_entry(entry: Any, *, origin: str, source: str | None, options: ReadOptions) -> Document | ErrorRecord:
    link = entry.get("link")
    doc_id = entry.get("id") or link or origin
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    date = dt.date(*parsed[:3]) if parsed else None
    if options.fetch and link and link.startswith(("http://", "https://")):
        try:
            page = fetch(link, timeout=options.timeout, max_bytes=20 * options.max_bytes)
            doc = html_document(page, origin=origin, doc_id=doc_id, options=options, url=link, date=date,
                                source=source)
            if isinstance(doc, Document):
                return replace(doc, title=doc.title or entry.get("title"), source=source or doc.source)
        except (OSError, ValueError) as exc:
            log.warning("could not fetch %s (%s); using the feed's summary", link, exc)
    content = entry.get("content") or []
    body = content[0].get("value") if content else entry.get("summary", "")
    text = _strip_markup(body or "")
    text = check_text(text, origin=origin, doc_id=doc_id, max_bytes=options.max_bytes)
    if isinstance(text, ErrorRecord):
        return text
    return Document(doc_id, text, date or options.default_date, source=source, url=link,
                    title=entry.get("title"), origin=origin)


def _strip_markup(html: str) -> str:
    """Plain text of an HTML fragment (feed summaries)."""
    if "<" not in html:
        return html
    import lxml.html

    try:
        return lxml.html.fromstring(html).text_content()
    except Exception:  # lxml raises several types on odd fragments; the text itself is still usable
        return html


def read_warc(path: Path, *, options: ReadOptions, start: int = 0, end: int | None = None,
              first_record: int = 1) -> Iterator[Document | ErrorRecord]:
    """HTML responses in a WARC file (gzip or not), one document each.

    `start`/`end` read only the records that begin in that byte range (record `first_record`
    begins at `start`), so a cluster can split a large archive between workers.
    """
    from warcio.archiveiterator import ArchiveIterator

    # a whole archive is decompressed here, within the byte budget (a truncated gzip stream raises EOFError);
    # a byte range of a cluster's slice starts at a record offset of the file as it is
    whole = not start and end is None
    opened = budget.open_bytes(path, budget=options.budget, eof_error=False) if whole else path.open("rb")
    cap = 20 * options.max_bytes
    with opened as handle:
        if start:
            handle.seek(start)
        records = ArchiveIterator(handle)
        walk = enumerate(records, start=first_record)
        while True:
            try:
                n, record = next(walk)
                data = record.content_stream().read(cap + 1) if is_html_response(record) else None
            except StopIteration:
                break
            except Exception as exc:  # warcio on the partial record where a gzip stream was cut short
                if not (whole and handle.raw.truncated):
                    raise
                yield ErrorRecord(str(path), "E021", message("E021", detail=f"the WARC archive ends inside a "
                                                                           f"record ({exc!r:.200})"))
                return
            if end is not None and records.get_record_offset() >= end:
                break
            if data is None:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            crawled = record.rec_headers.get_header("WARC-Date")
            doc_id = (record.rec_headers.get_header("WARC-Record-ID") or f"{path.name}-{n}").strip("<>")
            origin = f"{path}#record{n}"
            if len(data) > cap:
                yield ErrorRecord(origin, "E004", message("E004", limit=cap), doc_id)
            elif getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than the record's Content-Length
                yield ErrorRecord(origin, "E021", message("E021", detail="the WARC record ends before its "
                                                                           "Content-Length"), doc_id)
            else:
                yield html_document(data, origin=origin, doc_id=doc_id, options=options, url=url,
                                    date=parse_date(crawled) if crawled else None)
        if whole:
            yield from warc_ending(records, handle.raw, origin=str(path))


def warc_ending(records: Any, stream: budget.BoundedStream, *, origin: str) -> Iterator[ErrorRecord]:
    """An E021 error when the archive was cut short: a truncated gzip stream, or bytes after the last
    complete record that are not a record."""
    try:
        end = records.get_record_offset() + records.get_record_length()
    except TypeError:  # no record at all
        end = 0
    if stream.truncated or stream.count > end + len(b"\r\n\r\n"):  # records end with a blank line
        yield ErrorRecord(origin, "E021", message("E021", detail=f"the WARC archive ends inside a record, after "
                                                                 f"{end} bytes of complete records"))


def is_html_response(record: Any) -> bool:
    """Whether a WARC record is an HTTP response with an HTML page (the records that become documents)."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    return "html" in (record.http_headers.get_header("Content-Type") or "").lower()


def count(paths: Iterable[str], *, options: ReadOptions | None = None) -> int:
    """About how many documents `read_paths` will yield (for progress bars); cheap, no extraction."""
    options = options or ReadOptions()
    total = 0
    for path in paths:
        p = Path(path)
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            total += _count_file(f, options)
    return total


def _count_file(path: Path, options: ReadOptions) -> int:
    kind = kind_of(path)
    try:
        if kind == JSONL:
            with budget.open_bytes(path, budget=options.budget) as handle:
                return sum(1 for line, _ in budget.lines(handle, max_line=budget.CHUNK) if line.strip())
        if kind in (CSV, TSV):
            with budget.open_bytes(path, budget=options.budget) as raw, \
                    io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline="") as handle:
                feed = _CsvLines(handle, max_line=budget.CHUNK, skip_long=False)
                return max(0, sum(1 for _ in feed if not feed.in_quotes) - 1)
        if kind == JSON:
            value = json.loads(_open_bytes(path, 20 * options.max_bytes, options))
            value = value.get("documents", value) if isinstance(value, dict) else value
            return len(value) if isinstance(value, list) else 1
    except (OSError, EOFError, ValueError, RecursionError, DyadsError):
        return 1
    return 1
