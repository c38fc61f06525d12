"""Hostile inputs to the readers: bombs, deep nesting, truncation, oversized records, NUL bytes, other scripts.

Every one becomes an error row with a code, the good documents around it are still read, and no
reader holds more than its byte budget in memory.
"""
from __future__ import annotations

import gzip
import json
import resource
import zlib

import pytest

from dyads import budget
from dyads.read import ReadOptions, count, read_paths
from dyads.records import Document, ErrorRecord
from warcs import write_warc

GOOD = ["Chile condemned Peru after the border incident near Tacna on Tuesday morning.",
        "Argentina praised Uruguay for its help with the river cleanup project this week."]
PAGE = "<html><head><title>Page {i}</title></head><body><article><p>{text}</p><p>{text}</p></article></body></html>"
NO_LANG = ReadOptions(languages=())


def read(path, options=NO_LANG):
    return list(read_paths([str(path)], options=options))


def kinds(items):
    return [(i.id, None) if isinstance(i, Document) else (i.doc_id, i.code) for i in items]


def gzip_zeros(path, n_bytes: int, *, prefix: bytes = b"") -> None:
    """A gzip bomb: `n_bytes` of zeros (one endless line) compressed about a thousand times."""
    chunk = b"\0" * (1 << 20)
    with gzip.open(path, "wb", compresslevel=9) as handle:
        handle.write(prefix)
        for _ in range(n_bytes // len(chunk)):
            handle.write(chunk)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("name", ["bomb.jsonl.gz", "bomb.csv.gz", "bomb.json.gz", "bomb.txt.gz"])
def test_decompression_bomb_stops_at_the_ratio_and_counting_it_too(tmp_path, name):
    path = tmp_path / name
    prefix = b"id,text\nb1," if name.endswith(".csv.gz") else b'{"id": "b1", "text": "' if "json" in name else b""
    gzip_zeros(path, 64 << 20, prefix=prefix)
    before = rss_mb()
    items = read(path)
    assert rss_mb() - before < 40  # never the 64 MB line
    assert [i.code for i in items if isinstance(i, ErrorRecord)] in (["E020"], ["E004"])
    assert count([str(path)]) >= 0


def test_byte_budget_stops_a_plain_file_and_says_so(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": GOOD[i % 2]}) + "\n" for i in range(2000)))
    items = read(path, ReadOptions(languages=(), max_input_bytes=100_000))
    assert 0 < len([i for i in items if isinstance(i, Document)]) < 2000
    assert isinstance(items[-1], ErrorRecord) and items[-1].code == "E020"
    assert "max_input_bytes" in items[-1].message


def test_jsonl_line_longer_than_any_document_is_skipped_unread(tmp_path):
    path = tmp_path / "docs.jsonl"
    big = json.dumps({"id": "big", "text": "x " * 700})
    lines = [json.dumps({"id": "a", "text": GOOD[0]}), big, json.dumps({"id": "b", "text": GOOD[1]})]
    path.write_text("\n".join(lines) + "\n")
    items = read(path, ReadOptions(languages=(), max_bytes=200))  # a line may be 6 x 200 + 64 KiB bytes
    assert kinds(items) == [("a", None), ("big", "E004"), ("b", None)]


@pytest.mark.parametrize("name, body", [
    ("deep.jsonl", "[" * 100_000 + "]" * 100_000 + "\n" + json.dumps({"id": "ok", "text": GOOD[0]}) + "\n"),
    ("deep.json", "[" * 100_000 + "]" * 100_000),
])
def test_deeply_nested_json_is_an_error_not_a_crash(tmp_path, name, body):
    path = tmp_path / name
    path.write_text(body)
    items = read(path)
    assert items[0].code == "E005" and "nested too deeply" in items[0].message
    assert [i.id for i in items[1:]] == (["ok"] if name.endswith("l") else [])
    assert count([str(path)]) >= 1


def test_csv_with_a_field_larger_than_any_document_keeps_the_rows_after_it(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text(f'id,text\nr1,{GOOD[0]}\nr2,"{"y" * 5000}\nstill the big field"\nr3,{GOOD[1]}\n')
    items = read(path, ReadOptions(languages=(), max_bytes=1000))
    assert [(c, i.code if isinstance(i, ErrorRecord) else i.id) for c, i in zip("abc", items)] == [
        ("a", "r1"), ("b", "E004"), ("c", "r3")]
    assert len(items) == 3


BIG = 5_000_000  # a 5 MB field: longer than a document may be (2 MB) and than a line is read (2 MB + 64 KiB)


@pytest.mark.parametrize("layout, field", [
    ("one physical line", '"' + "x" * BIG + '"'),
    ("one line, doubled quotes inside", '"' + 'said ""no"" ' * (BIG // 12) + '"'),
    ("unquoted on one line", "x" * BIG),
    ("over long lines", '"start\n' + "x" * (BIG // 2) + "\n" + "y" * (BIG // 2) + '\nend"'),
    ("over many short lines", '"start\n' + ("y" * 79 + "\n") * (BIG // 80) + 'end"'),
])
def test_csv_with_a_5_mb_field_in_row_2_reports_it_and_keeps_row_3(tmp_path, layout, field):
    path = tmp_path / "rows.csv"
    path.write_text(f'id,text\nr1,"{GOOD[0]}"\nr2,{field}\nr3,"{GOOD[1]}"\n')
    items = read(path)
    assert kinds(items) == [("r1", None), (None, "E004"), ("r3", None)]
    assert items[1].origin == f"{path}:3"  # the line the record starts on
    assert count([str(path)]) == 3


def test_csv_record_cut_off_inside_quotes_is_reported(tmp_path):
    path = tmp_path / "cut.csv"
    path.write_text(f'id,text\nr1,{GOOD[0]}\nr2,"{GOOD[1]} and then the file ends')
    items = read(path)
    assert kinds(items) == [("r1", None), (None, "E021")]


def test_truncated_jsonl_gz_keeps_what_was_read_and_reports_the_rest(tmp_path):
    data = gzip.compress("".join(json.dumps({"id": f"d{i}", "text": GOOD[i % 2] * 20}) + "\n"
                                 for i in range(50)).encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[:len(data) // 2])
    items = read(path)
    assert items[-1].code == "E021" and all(isinstance(i, Document) for i in items[:-1]) and len(items) > 1


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_warc_is_reported(tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(path, [PAGE.format(i=i, text=GOOD[i % 2]).encode() for i in range(3)], gz=gz)
    whole = read(path)
    assert [type(i) for i in whole] == [Document] * 3
    data = path.read_bytes()
    path.write_bytes(data[:int(len(data) * 0.55)])
    cut = read(path)
    assert any(isinstance(i, ErrorRecord) and i.code == "E021" for i in cut)
    assert len([i for i in cut if isinstance(i, Document)]) < 3


def test_warc_bomb_stops_at_the_ratio(tmp_path):
    path = tmp_path / "bomb.warc.gz"
    write_warc(path, [PAGE.format(i=0, text=GOOD[0]).encode(), b"\0" * (48 << 20)], gz=True)
    items = read(path)
    assert isinstance(items[0], Document) and items[-1].code == "E020"


@pytest.mark.parametrize("name, body", [
    ("late.txt", GOOD[0] * 200 + "\0 and more text"),  # NUL after the first 8 KB
    ("nul.jsonl", json.dumps({"id": "n", "text": GOOD[0] + "\0" + GOOD[1]}) + "\n"),
])
def test_nul_bytes_anywhere_reject_the_document(tmp_path, name, body):
    path = tmp_path / name
    path.write_text(body)
    assert [i.code for i in read(path)] == ["E002"]


def test_text_in_another_script_is_not_coded_as_english(tmp_path):
    path = tmp_path / "zh.txt"
    path.write_text("中国外交部发言人周二表示，中方坚决反对有关国家的制裁措施，并将采取必要措施维护自身权益。" * 3)
    [item] = read(path, ReadOptions())
    assert item.code == "E010"


def test_invalid_date_message_names_its_code_once(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"id": "d", "text": GOOD[0], "date": "yesterday"}) + "\n")
    [err] = read(path)
    assert err.code == "E008" and not err.message.startswith("E008")


def test_gzip_members_are_read_one_after_another_and_garbage_is_an_error(tmp_path):
    path = tmp_path / "two.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"id": "a", "text": "one"}\n') + gzip.compress(b'{"id": "b", "text": "two"}\n'))
    assert [i.id for i in read(path)] == ["a", "b"]
    bad = tmp_path / "bad.jsonl.gz"
    bad.write_bytes(b"this is not gzip at all")
    assert [i.code for i in read(bad)] == ["E007"]
    with budget.open_bytes(path, budget=budget.Budget()) as handle:
        assert handle.read() == zlib.decompress(gzip.compress(b'{"id": "a", "text": "one"}\n'), 31) + \
            b'{"id": "b", "text": "two"}\n'
