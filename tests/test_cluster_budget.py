"""The Dask engine's planning and byte-range readers keep the readers' byte budgets (issue 15, items 3 and 8).

A partition is read on a worker by `cluster.read_partition`; whatever the budget does to an input (stop with
E020, report a truncation with E021, skip an over-long line with E004), the partitions together must yield
exactly what the single-machine reader yields, and planning must not hold more than a piece of a line.
"""
from __future__ import annotations

import json
import resource

import pytest

from dyads import cluster, read
from dyads.read import ReadOptions
from dyads.records import ErrorRecord
from warcs import write_warc

GOOD = ["Chile condemned Peru after the border incident near Tacna on Tuesday morning.",
        "Argentina praised Uruguay for its help with the river cleanup project this week."]
PAGE = "<html><head><title>Page {i}</title></head><body><article><p>{text}</p><p>{text}</p></article></body></html>"


def split_and_whole(path, options, partition_docs):
    parts = cluster.plan([str(path)], options=options, partition_docs=partition_docs)
    split = [item for part in parts for item in cluster.read_partition(part, options=options)]
    return parts, split, list(read.read_paths([str(path)], options=options))


def codes(items):
    return [i.code for i in items if isinstance(i, ErrorRecord)]


def pages(n):
    return [PAGE.format(i=i, text=f"{GOOD[i % 2]} Page {i}.").encode() for i in range(n)]


@pytest.mark.parametrize("partition_docs", [1, 7, 1000])
def test_jsonl_ranges_stop_at_the_byte_budget_once_like_the_whole_file(tmp_path, partition_docs):
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": f"{GOOD[i % 2]} {i}"}) + "\n" for i in range(500)))
    options = ReadOptions(languages=(), max_input_bytes=9_999)  # a budget that ends inside a line
    parts, split, whole = split_and_whole(path, options, partition_docs)
    assert split == whole
    assert codes(whole) == ["E020"] and isinstance(whole[-1], ErrorRecord) and 50 < len(whole) < 500
    if partition_docs == 1:  # split into ranges, and none planned past the budget
        assert len(parts) == len(whole) and all(s.byte_start <= 9_999 for p in parts for s in p.slices)


def test_jsonl_planning_never_holds_an_endless_line(tmp_path):
    path = tmp_path / "wire.jsonl"
    with path.open("w") as handle:
        handle.write(json.dumps({"id": "a", "text": GOOD[0]}) + "\n")
        handle.write('{"id": "endless", "text": "' + "x" * (48 << 20) + '"}\n')
        handle.write(json.dumps({"id": "b", "text": GOOD[1]}) + "\n")
    options = ReadOptions(languages=(), max_bytes=1000)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    parts, split, whole = split_and_whole(path, options, 1)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - before < 32  # never the 48 MB line
    assert split == whole and codes(whole) == ["E004"] and [i.id for i in whole if not isinstance(i, ErrorRecord)] \
        == ["a", "b"]
    assert len(parts) == 3


@pytest.mark.parametrize("partition_docs", [1, 100])
def test_a_warc_bomb_stops_at_the_compression_ratio_like_the_whole_file(tmp_path, partition_docs):
    path = tmp_path / "bomb.warc.gz"
    write_warc(path, [*pages(2), b"<html><body>" + b"\0" * (48 << 20), *pages(2)], gz=True)
    options = ReadOptions(languages=())
    _, split, whole = split_and_whole(path, options, partition_docs)
    assert split == whole and codes(whole) == ["E020"] and "max_compression_ratio" in whole[-1].message


def test_a_warc_over_the_byte_budget_stops_like_the_whole_file(tmp_path):
    path = tmp_path / "crawl.warc"
    write_warc(path, pages(200), gz=False)  # about 70 KB; warcio reads 16 KiB blocks
    options = ReadOptions(languages=(), max_input_bytes=path.stat().st_size // 2)
    _, split, whole = split_and_whole(path, options, 1)
    assert split == whole and codes(whole) == ["E020"] and 50 < len(whole) < 200


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_a_truncated_warc_is_reported_like_the_whole_file(tmp_path, name):
    path = tmp_path / name
    write_warc(path, pages(6), gz=name.endswith(".gz"))
    data = path.read_bytes()
    path.write_bytes(data[:int(len(data) * 0.55)])
    _, split, whole = split_and_whole(path, ReadOptions(languages=()), 1)
    assert split == whole and "E021" in codes(whole)


def test_a_warc_within_the_budget_is_still_split_at_its_gzip_members(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, pages(6), gz=True)
    parts, split, whole = split_and_whole(path, ReadOptions(languages=()), 2)
    assert split == whole and len(whole) == 6 and not codes(whole)
    assert len(parts) == 3 and all(s.byte_start is not None for p in parts for s in p.slices)
