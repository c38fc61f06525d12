"""The read stage: good documents become Documents, bad ones become clear ErrorRecords."""
from __future__ import annotations

import json

import pytest

from dyads.read import read_paths
from dyads.records import Document, ErrorRecord


def test_jsonl_records_keep_their_ids_dates_and_metadata(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": "a1", "text": "Spain praised Portugal.", "date": "2023-02-01",
                                "source": "Wire", "url": "http://x", "title": "T"}) + "\n")
    [doc] = read_paths([str(path)])
    assert isinstance(doc, Document)
    assert (doc.id, doc.date.isoformat(), doc.source, doc.url, doc.title) == ("a1", "2023-02-01", "Wire", "http://x", "T")


@pytest.mark.parametrize("line, code", [
    ("{not json", "E005"),
    (json.dumps({"id": "x"}), "E005"),
    (json.dumps({"id": "x", "text": "   "}), "E001"),
    (json.dumps({"id": "x", "text": "Chile met Peru.", "date": "yesterday"}), "E008"),
    (json.dumps([1, 2]), "E005"),
])
def test_bad_jsonl_lines_become_errors_and_reading_goes_on(tmp_path, line, code):
    path = tmp_path / "docs.jsonl"
    good = json.dumps({"id": "ok", "text": "Chile met Peru."})
    path.write_text(line + "\n" + good + "\n")
    first, second = read_paths([str(path)])
    assert isinstance(first, ErrorRecord) and first.code == code and first.origin.endswith(":1")
    assert isinstance(second, Document) and second.id == "ok"


@pytest.mark.parametrize("data, code", [
    (b"", "E001"),
    (b"\n \t\n", "E001"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E002"),
    (b"caf\xe9 au lait \xff\xfe", "E003"),
    (b"x" * 200, "E004"),
])
def test_bad_text_files_become_errors(tmp_path, data, code):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    [item] = read_paths([str(path)], max_bytes=100)
    assert isinstance(item, ErrorRecord) and item.code == code


def test_missing_file_is_an_error_not_a_crash(tmp_path):
    [item] = read_paths([str(tmp_path / "nope.txt")])
    assert isinstance(item, ErrorRecord) and item.code == "E006"
