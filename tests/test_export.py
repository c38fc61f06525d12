"""Exports round-trip: Parquet reads back equal, GDELT TSV has GDELT's 61 typed columns, POLECAT records."""
from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from dyads.export import GDELT_COLUMNS, export
from dyads.records import Document, Event, Party, Place, Result, Span
from dyads.store import Store

DYADS = str(Path(sys.executable).with_name("dyads"))
DAY = dt.date(2024, 5, 14)
HAVANA = Place("Havana", "CUB", "La Habana", 23.13, -82.38, 3553478)


def event(doc: str, index: int, kind: str, cameo: str, quad: int, gold: float, place: Place | None = None) -> Event:
    return Event(doc_id=doc, event_id=f"{doc}{index:02d}abcdef0123456789"[:16], sentence_index=index,
                 sentence=f"Sentence {index}\twith a tab.", event_type=kind, mode=None, context=("economic",),
                 cameo=cameo, goldstein=gold, quad_class=quad, trigger=Span("met", 4, 7),
                 actor=Party("Cuba", 0, 4, name="Cuba", code="CUB", country="CUB", sector="GOV"),
                 recipient=Party("the UN", 12, 18, name="United Nations", code="IGOUNO"),
                 date=DAY, date_precision="day", location=place, confidence=0.8, why="test rule")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "x.duckdb"
    texts = ["Cuba met the UN in Havana. Talks went well, a fine and hopeful day.",
             "Cuban officials met UN envoys; a tense, angry and bitter meeting.",
             "Cuba accused the UN of bias."]
    results = [
        Result(Document("a1", texts[0], DAY, source="Island Times", url="https://island.example/a1"),
               (event("a1", 0, "CONSULT", "040", 1, 1.0, HAVANA),)),
        Result(Document("a2", texts[1], DAY, source="Gulf Post", url="https://gulf.example/a2"),
               (event("a2", 2, "CONSULT", "040", 1, 1.0, HAVANA),)),
        Result(Document("a3", texts[2], DAY, source="Gulf Post"), (event("a3", 0, "ACCUSE", "112", 3, -2.0),)),
    ]
    with Store(path) as store:
        store.write_results(results, run_id="r1")
    return path


@pytest.mark.parametrize("table", ["events", "mentions"])
def test_parquet_reads_back_equal(db, tmp_path, table):
    out = tmp_path / f"{table}.parquet"
    with Store(db, read_only=True) as store:
        n = export(store, out, file_format="parquet", table=table)
        cols = "* EXCLUDE (seq, dedup_key)" if table == "events" else "*"
        original = store.con.execute(f"SELECT {cols} FROM {table} ORDER BY event_id").fetchall()
        back = store.con.execute(f"SELECT * FROM read_parquet('{out}') ORDER BY event_id").fetchall()
    assert n == len(original) == (2 if table == "events" else 3)
    assert back == original


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_csv_and_jsonl_have_one_row_per_event(db, tmp_path, fmt):
    out = tmp_path / f"e.{fmt}"
    with Store(db, read_only=True) as store:
        export(store, out, file_format=fmt)
    if fmt == "csv":
        rows = list(csv.DictReader(out.open()))
        assert {r["event_type"] for r in rows} == {"CONSULT", "ACCUSE"}
    else:
        rows = [json.loads(line) for line in out.read_text().splitlines()]
        assert {(r["actor"]["code"], r["recipient"]["code"], r["num_sources"]) for r in rows} == {
            ("CUB", "IGOUNO", 2), ("CUB", "IGOUNO", 1)}


def test_gdelt_tsv_has_the_event_table_columns_and_types(db, tmp_path):
    out = tmp_path / "events.export.CSV"
    with Store(db, read_only=True) as store:
        assert export(store, out, file_format="gdelt") == 2
    lines = out.read_text().splitlines()
    assert len(GDELT_COLUMNS) == 61
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in lines]
    assert all(len(line.split("\t")) == 61 for line in lines)
    consult = next(r for r in rows if r["EventCode"] == "040")
    assert (consult["SQLDATE"], consult["MonthYear"], consult["Year"]) == ("20240514", "202405", "2024")
    assert (consult["Actor1Code"], consult["Actor1CountryCode"], consult["Actor1Type1Code"]) == ("CUBGOV", "CUB", "GOV")
    assert (consult["Actor2Code"], consult["Actor2KnownGroupCode"]) == ("IGOUNO", "IGOUNO")
    assert (consult["EventBaseCode"], consult["EventRootCode"], consult["QuadClass"]) == ("040", "04", "1")
    assert (consult["NumMentions"], consult["NumSources"], consult["NumArticles"]) == ("2", "2", "2")
    assert (consult["ActionGeo_Type"], consult["ActionGeo_FeatureID"]) == ("4", "3553478")
    assert float(consult["ActionGeo_Lat"]) == pytest.approx(23.13)
    assert consult["SOURCEURL"].startswith("https://") and len(consult["DATEADDED"]) == 14
    tones = {r["EventCode"]: float(r["AvgTone"]) for r in rows}
    assert -100 <= tones["040"] <= 100 and tones["112"] < 0
    # a GDELT reader with GDELT's column types loads the file unchanged
    types = {c: "VARCHAR" for c in GDELT_COLUMNS} | {
        "GLOBALEVENTID": "BIGINT", "SQLDATE": "INTEGER", "MonthYear": "INTEGER", "Year": "INTEGER",
        "FractionDate": "DOUBLE", "IsRootEvent": "INTEGER", "QuadClass": "INTEGER", "GoldsteinScale": "DOUBLE",
        "NumMentions": "INTEGER", "NumSources": "INTEGER", "NumArticles": "INTEGER", "AvgTone": "DOUBLE",
        "ActionGeo_Type": "INTEGER", "ActionGeo_Lat": "DOUBLE", "ActionGeo_Long": "DOUBLE", "DATEADDED": "BIGINT"}
    con = duckdb.connect()
    got = con.execute("SELECT count(*), sum(NumMentions), min(QuadClass), max(GoldsteinScale) FROM "
                      "read_csv(?, delim='\t', header=false, columns=?, quote='')", [str(out), types]).fetchone()
    assert got == (2, 3, 1, 1.0)


def test_polecat_records(db, tmp_path):
    out = tmp_path / "p.jsonl"
    with Store(db, read_only=True) as store:
        export(store, out, file_format="polecat")
    records = {r["Event Type"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert set(records) == {"consult", "accuse"}
    consult = records["consult"]
    assert (consult["Actor Country"], consult["Primary Actor Sector"], consult["Recipient Name"]) == (
        "CUB", "GOV", "United Nations")
    assert (consult["Placename"], consult["GeoNames ID"], consult["Event Date"]) == ("Havana", 3553478, "2024-05-14")
    assert consult["Contexts"] == "economic" and consult["Num Sources"] == 2


def test_export_command(db, tmp_path):
    out = tmp_path / "g.tsv"
    res = subprocess.run([DYADS, "export", str(out), "--db", str(db), "--format", "gdelt"], capture_output=True,
                         text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert "wrote 2 events" in res.stderr and len(out.read_text().splitlines()) == 2
    bad = subprocess.run([DYADS, "export", str(out), "--db", str(db), "--format", "gdelt", "--table", "mentions"],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode != 0 and "events only" in bad.stderr
