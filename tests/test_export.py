"""Exports load as their users expect: the format from the extension, flat CSV for R/Excel/pandas, typed Parquet,
GDELT's 61 typed columns with FIPS geography and GeoType by precision, POLECAT records with COW codes."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dyads import formats
from dyads.errors import DyadsError
from dyads.export import GDELT_COLUMNS, export
from dyads.geo import gazetteer
from dyads.geo.mentions import to_place
from dyads.records import Document, Event, Party, Place, Result, Span
from dyads.store import Store

DYADS = str(Path(sys.executable).with_name("dyads"))
DAY = dt.date(2024, 5, 14)
HAVANA = Place("Havana", "CUB", "La Habana", 23.13, -82.38, 3553478)


def _place(name: str, country: str, kind: str) -> Place:
    """A place as the coder stores it, from the real gazetteer."""
    entry = next(e for e in gazetteer.load().lookup(name) if e.country == country and e.kind == kind)
    return to_place(entry, "test")


def event(doc: str, index: int, kind: str, cameo: str, quad: int, gold: float, place: Place | None = None, *,
          actor: Party | None = None, recipient: Party | None | bool = True, date: dt.date | None = DAY,
          precision: str = "day", confidence: float = 0.8) -> Event:
    return Event(doc_id=doc, event_id=f"{doc}{index:02d}abcdef0123456789"[:16], sentence_index=index,
                 sentence=f"Sentence {index}\twith a tab, \"quotes\" and a comma.", event_type=kind, mode=None,
                 context=("economic",), cameo=cameo, goldstein=gold, quad_class=quad, trigger=Span("met", 4, 7),
                 actor=actor or Party("Cuba", 0, 4, name="Cuba", code="CUB", country="CUB", sector="GOV"),
                 recipient=Party("the UN", 12, 18, name="United Nations", code="IGOUNO") if recipient is True
                 else recipient,
                 date=date, date_precision=precision, location=place, confidence=confidence, why="test rule")


REBELS = Party("the rebels", 0, 10, name="rebels", code="IMGREB", sector="REB")
AID = Party("the charity", 0, 11, name="charity", code="NGO", sector="NGO")
SYRIA_ARMY = Party("Syrian troops", 0, 13, name="Syria", code="SYR", country="SYR", sector="MIL")
ROMANIA = Party("Romania", 0, 7, name="Romania", code="ROU", country="ROU", sector="GOV")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "x.duckdb"
    damascus, syria = _place("Damascus", "SYR", "city"), _place("Syria", "SYR", "country")
    idlib, boston = _place("Idlib", "SYR", "admin1"), _place("Boston", "USA", "city")
    texas = _place("Texas", "USA", "admin1")
    texts = ["Cuba met the UN in Havana. Talks went well, a fine and hopeful day.",
             "Cuban officials met UN envoys; a tense, angry and bitter meeting.",
             "Cuba accused the UN of bias.",
             "Rebels attacked Syrian troops in Damascus.",
             "A charity helped Syria.",
             "Syrian troops shelled Idlib.",
             "Romania protested in Boston.",
             "Cuba threatened in Texas last year."]
    results = [
        Result(Document("a1", texts[0], DAY, source="Island Times", url="https://island.example/a1"),
               (event("a1", 0, "CONSULT", "040", 1, 1.0, HAVANA),)),
        Result(Document("a2", texts[1], DAY, source="Gulf Post", url="https://gulf.example/a2"),
               (event("a2", 2, "CONSULT", "040", 1, 1.0, HAVANA),)),
        Result(Document("a3", texts[2], DAY, source="Gulf Post"), (event("a3", 0, "ACCUSE", "112", 3, -2.0),)),
        Result(Document("s1", texts[3], DAY, source="Levant Daily", url="https://levant.example/s1"),
               (event("s1", 0, "ASSAULT", "190", 4, -10.0, damascus, actor=REBELS, recipient=SYRIA_ARMY),)),
        Result(Document("s2", texts[4], DAY, source="Levant Daily"),
               (event("s2", 0, "AID", "070", 2, 7.0, syria, actor=AID, recipient=SYRIA_ARMY),)),
        Result(Document("s3", texts[5], DAY, source="Levant Daily"),
               (event("s3", 0, "ASSAULT", "195", 4, -10.0, idlib, actor=SYRIA_ARMY, recipient=None),)),
        Result(Document("u1", texts[6], DAY, source="Bay Post"),
               (event("u1", 0, "PROTEST", "140", 3, -6.5, boston, actor=ROMANIA, confidence=0.1),)),
        Result(Document("u2", texts[7], DAY, source="Bay Post"),
               (event("u2", 0, "THREATEN", "130", 3, -4.4, texas, date=dt.date(2023, 1, 1), precision="year"),)),
    ]
    with Store(path) as store:
        store.write_results(results, run_id="r1")
    return path


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([DYADS, *args], capture_output=True, text=True, timeout=180)


# --- the format table -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("requested, path, expected", [
    (None, "guess.csv", "csv"), (None, "Out.CSV", "csv"), (None, "e.jsonl", "jsonl"), (None, "e.json", "jsonl"),
    (None, "e.parquet", "parquet"), (None, "noext", "parquet"), ("gdelt", "20240514.export.CSV", "gdelt"),
    ("gdelt", "g.tsv", "gdelt"), ("polecat", "p.jsonl", "polecat"), ("JSON", "e.jsonl", "jsonl"),
    ("csv", "e.txt2", "csv"),
])
def test_format_from_flag_or_extension(requested, path, expected):
    assert formats.resolve(requested, path, default="parquet").name == expected


@pytest.mark.parametrize("requested, path, code", [
    ("parquet", "guess.csv", "E102"), ("csv", "e.parquet", "E102"), ("gdelt", "g.jsonl", "E102"),
    (None, "e.xlsx", "E101"), (None, "g.tsv", "E101"), ("xml", "e.csv", "E103"),
])
def test_format_errors_say_what_would_work(requested, path, code):
    with pytest.raises(DyadsError) as info:
        formats.resolve(requested, path, default="parquet")
    assert info.value.code == code and str(info.value).startswith(f"{code}: ")
    assert "--format" in str(info.value) or code == "E103"


def test_terminal_formats():
    assert formats.resolve(None, None, allowed=formats.TABLE_FORMATS, default="table").name == "table"
    assert formats.resolve("csv", None, allowed=formats.TABLE_FORMATS).name == "csv"
    with pytest.raises(DyadsError, match="E104"):
        formats.resolve("parquet", None, allowed=("table", "parquet"))
    with pytest.raises(DyadsError, match="E103: unknown output format 'gdelt': use one of table, csv, jsonl"):
        formats.resolve("gdelt", None, allowed=formats.TABLE_FORMATS)


def test_export_guess_csv_writes_csv_and_a_mismatch_is_refused(db, tmp_path):
    out = tmp_path / "guess.csv"
    res = run("export", str(out), "--db", str(db), "--min-confidence", "0")
    assert res.returncode == 0, res.stderr
    assert "wrote 7 events" in res.stderr and "(csv)" in res.stderr
    assert not out.read_bytes().startswith(b"PAR1")
    assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == 7
    bad = tmp_path / "bad.csv"
    res = run("export", str(bad), "--db", str(db), "--format", "parquet")
    assert res.returncode == 2 and "E102" in res.stderr and "rename the file or change --format" in res.stderr
    assert res.stderr.count("E102") == 1 and not bad.exists()
    res = run("export", str(tmp_path / "x.xlsx"), "--db", str(db))
    assert res.returncode == 2 and "E101" in res.stderr


# --- flat CSV and typed Parquet ---------------------------------------------------------------------------------

def test_csv_is_flat_for_the_csv_module_and_pandas(db, tmp_path):
    out = tmp_path / "e.csv"
    with Store(db, read_only=True) as store:
        assert export(store, out) == 7
    text = out.read_text(encoding="utf-8")
    assert "{'" not in text and "'start':" not in text  # no DuckDB struct text
    rows = {r["event_id"][:2]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    header = list(next(csv.reader(out.open(encoding="utf-8"))))
    assert header[:4] == ["event_id", "date", "date_precision", "date_text"]
    assert {"actor_code", "actor_name", "actor_country", "actor_sector", "recipient_code", "recipient_name",
            "place_name", "country", "lat", "lon", "confidence", "status", "sentence", "trigger", "trigger_start",
            "trigger_end", "doc_id", "url"} <= set(header)
    s1 = rows["s1"]
    assert (s1["actor_code"], s1["recipient_code"], s1["recipient_name"], s1["recipient_country"]) == (
        "IMGREB", "SYR", "Syria", "SYR")
    assert (s1["place_name"], s1["country"], s1["trigger"], s1["trigger_start"]) == ("Damascus", "SYR", "met", "4")
    assert s1["url"] == "https://levant.example/s1" and s1["sentence"].startswith("Sentence 0\twith a tab")
    assert (rows["u2"]["date"], rows["u2"]["date_precision"]) == ("2023-01-01", "year")
    assert rows["s3"]["recipient_code"] == "" and rows["a1"]["context"] == "economic"
    df = pd.read_csv(out)
    assert len(df) == 7 and df["trigger_start"].dtype.kind == "i" and df["goldstein"].dtype.kind == "f"
    assert set(df["date_precision"]) == {"day", "year"}


def test_mentions_csv_has_no_cluster_columns(db, tmp_path):
    out = tmp_path / "m.csv"
    with Store(db, read_only=True) as store:
        assert export(store, out, table="mentions") == 8
    header = next(csv.reader(out.open(encoding="utf-8")))
    assert "num_mentions" not in header and "actor_code" in header and "url" in header


def test_parquet_is_typed_for_pyarrow_and_pandas(db, tmp_path):
    out = tmp_path / "e.parquet"
    with Store(db, read_only=True) as store:
        assert export(store, out) == 7
    schema = pq.read_schema(out)
    assert pa.types.is_timestamp(schema.field("date").type) and pa.types.is_timestamp(schema.field("published").type)
    for name in ("trigger_start", "trigger_end", "recipient_start", "quad_class", "num_mentions", "sentence_index"):
        assert pa.types.is_integer(schema.field(name).type), name
    assert schema.field("geonameid").type == pa.int64() and schema.field("actor_code").type == pa.string()
    table = pq.read_table(out)
    assert table.column("date").to_pylist()[0].date() == DAY
    df = pd.read_parquet(out)
    assert str(df["date"].dtype).startswith("datetime64")
    assert str(df["trigger_start"].dtype) == "Int32" and str(df["recipient_start"].dtype) == "Int32"
    by_id = df.set_index(df["event_id"].str[:2])
    assert pd.isna(by_id.loc["s3", "recipient_start"]) and by_id.loc["s1", "recipient_start"] == 0
    assert by_id.loc["u2", "date"] == pd.Timestamp(2023, 1, 1) and by_id.loc["u2", "date_precision"] == "year"
    assert by_id.loc["s1", "geonameid"] == _place("Damascus", "SYR", "city").geonameid
    # same rows and values as the CSV
    csv_out = tmp_path / "e.csv"
    with Store(db, read_only=True) as store:
        export(store, csv_out)
    flat = pd.read_csv(csv_out)
    assert list(flat.columns) == list(df.columns) and list(flat["event_id"]) == list(df["event_id"])


def test_empty_parquet_export_has_the_schema(db, tmp_path):
    out = tmp_path / "none.parquet"
    with Store(db, read_only=True) as store:
        assert export(store, out, min_confidence=0.99) == 0
    assert pq.read_table(out).num_rows == 0 and "actor_code" in pq.read_schema(out).names


def test_jsonl_keeps_the_nested_records(db, tmp_path):
    out = tmp_path / "e.jsonl"
    with Store(db, read_only=True) as store:
        export(store, out)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert {(r["actor"]["code"], (r["recipient"] or {}).get("code"), r["num_sources"]) for r in rows} >= {
        ("CUB", "IGOUNO", 2), ("CUB", "IGOUNO", 1)}
    assert all("date_precision" in r for r in rows) and rows[0]["date"] == "2024-05-14"


@pytest.mark.parametrize("fmt, suffix", [("csv", "csv"), ("parquet", "parquet"), ("jsonl", "jsonl"),
                                          ("gdelt", "tsv"), ("polecat", "jsonl")])
def test_min_confidence_is_respected(db, tmp_path, fmt, suffix):
    out = tmp_path / f"c.{suffix}"
    with Store(db, read_only=True) as store:
        assert export(store, out, file_format=fmt, min_confidence=0.5) == 6
        assert export(store, out, file_format=fmt, min_confidence=0.0) == 7


# --- GDELT ------------------------------------------------------------------------------------------------------

GDELT_TYPES = {c: "VARCHAR" for c in GDELT_COLUMNS} | {
    "GLOBALEVENTID": "BIGINT", "SQLDATE": "INTEGER", "MonthYear": "INTEGER", "Year": "INTEGER",
    "FractionDate": "DOUBLE", "IsRootEvent": "INTEGER", "QuadClass": "INTEGER", "GoldsteinScale": "DOUBLE",
    "NumMentions": "INTEGER", "NumSources": "INTEGER", "NumArticles": "INTEGER", "AvgTone": "DOUBLE",
    "Actor1Geo_Type": "INTEGER", "Actor2Geo_Type": "INTEGER", "ActionGeo_Type": "INTEGER",
    "ActionGeo_Lat": "DOUBLE", "ActionGeo_Long": "DOUBLE", "DATEADDED": "BIGINT"}


@pytest.fixture(scope="module")
def gdelt(db, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gdelt") / "20240514.export.CSV"
    res = run("export", str(out), "--db", str(db), "--format", "gdelt", "--min-confidence", "0")
    assert res.returncode == 0, res.stderr
    return out


def test_gdelt_has_the_61_named_columns_with_gdelts_types(gdelt):
    lines = gdelt.read_text(encoding="utf-8").splitlines()
    assert len(GDELT_COLUMNS) == 61 and GDELT_COLUMNS[:2] == ("GLOBALEVENTID", "SQLDATE")
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL") and "Actor1Geo_FullName" in GDELT_COLUMNS
    assert len(lines) == 7 and all(len(line.split("\t")) == 61 for line in lines)
    con = duckdb.connect()
    rows = con.execute("SELECT * FROM read_csv(?, delim='\t', header=false, columns=?, quote='', escape='')",
                       [str(gdelt), GDELT_TYPES]).fetchdf()
    assert len(rows) == 7 and rows["SQLDATE"].dtype.kind == "i"
    got = con.execute("SELECT count(*), sum(NumMentions), min(QuadClass), max(GoldsteinScale), min(SQLDATE) FROM "
                      "read_csv(?, delim='\t', header=false, columns=?, quote='', escape='')",
                      [str(gdelt), GDELT_TYPES]).fetchone()
    assert got == (7, 8, 1, 7.0, 20230101)


def _gdelt_frame(path: Path) -> pd.DataFrame:
    """The export loaded as a GDELT user loads GDELT: 61 names, codes as strings, numbers typed."""
    ints = {"SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions", "NumSources", "NumArticles"}
    dtypes = {c: ("Int64" if c in ints or c.endswith("Geo_Type") else "float64" if c in (
        "FractionDate", "GoldsteinScale", "AvgTone") else str) for c in GDELT_COLUMNS}
    dtypes["GLOBALEVENTID"] = "int64"
    return pd.read_csv(path, sep="\t", header=None, names=list(GDELT_COLUMNS), dtype=dtypes, quoting=csv.QUOTE_NONE,
                       keep_default_na=False, na_values=[""])


def test_gdelt_values_follow_gdelt_conventions(gdelt):
    df = _gdelt_frame(gdelt)
    by_doc = {url.rsplit("/", 1)[-1] if "/" in url else url: row for url, row in
              zip(df["SOURCEURL"], df.to_dict("records"))}
    consult = by_doc["a1"]
    assert (consult["SQLDATE"], consult["MonthYear"], consult["Year"]) == (20240514, 202405, 2024)
    assert consult["FractionDate"] == pytest.approx(2024 + 135 / 365, abs=1e-4)
    assert (consult["Actor1Code"], consult["Actor1CountryCode"], consult["Actor1Type1Code"]) == ("CUBGOV", "CUB", "GOV")
    assert (consult["Actor2Code"], consult["Actor2KnownGroupCode"], consult["Actor2Type1Code"]) == (
        "IGOUNO", "UNO", "IGO")
    assert (consult["EventCode"], consult["EventBaseCode"], consult["EventRootCode"]) == ("040", "040", "04")
    assert (consult["NumMentions"], consult["NumSources"], consult["NumArticles"]) == (2, 2, 2)
    assert (consult["ActionGeo_Type"], consult["ActionGeo_CountryCode"], consult["ActionGeo_FeatureID"]) == (
        4, "CU", "3553478")
    # actor codes are country + type, never doubled
    damascus = by_doc["s1"]
    assert (damascus["Actor1Code"], damascus["Actor1Type1Code"], damascus["Actor1Type2Code"]) == ("IMGREB", "IMG", "REB")
    assert (damascus["Actor2Code"], damascus["Actor2CountryCode"]) == ("SYRMIL", "SYR")
    assert by_doc["s2"]["Actor1Code"] == "NGO"
    assert by_doc["u1"]["Actor1Code"] == "ROMGOV" and by_doc["u1"]["Actor1CountryCode"] == "ROM"
    # geography: FIPS country codes, GeoType by precision, ADM1 codes, not names
    assert (damascus["ActionGeo_Type"], damascus["ActionGeo_CountryCode"], damascus["ActionGeo_ADM1Code"]) == (
        4, "SY", "SY13")
    assert damascus["ActionGeo_FullName"] == "Damascus, Dimashq, Syria"
    assert (damascus["Actor2Geo_CountryCode"], damascus["Actor2Geo_Type"]) == ("SY", 4)  # Syrian troops in Syria
    assert pd.isna(damascus["Actor1Geo_Type"]) and pd.isna(damascus["Actor1Geo_CountryCode"])
    country = by_doc["s2"]
    assert (country["ActionGeo_Type"], country["ActionGeo_CountryCode"], country["ActionGeo_ADM1Code"],
            country["ActionGeo_FeatureID"], country["ActionGeo_FullName"]) == (1, "SY", "SY", "SY", "Syria")
    idlib = by_doc["s3"]
    assert (idlib["ActionGeo_Type"], idlib["ActionGeo_ADM1Code"]) == (5, "SY12")
    assert pd.isna(idlib["Actor2Code"])
    assert (by_doc["u1"]["ActionGeo_Type"], by_doc["u1"]["ActionGeo_CountryCode"],
            by_doc["u1"]["ActionGeo_ADM1Code"]) == (3, "US", "USMA")
    assert (by_doc["u2"]["ActionGeo_Type"], by_doc["u2"]["ActionGeo_ADM1Code"]) == (2, "USTX")
    assert int((df["ActionGeo_CountryCode"] == "SY").sum()) == 3  # the filter GDELT users write finds Syria
    assert by_doc["a3"]["ActionGeo_Type"] is pd.NA or pd.isna(by_doc["a3"]["ActionGeo_Type"])
    tones = dict(zip(df["EventCode"], df["AvgTone"]))
    assert -100 <= tones["040"] <= 100 and tones["112"] < 0
    assert all(len(str(v)) == 14 for v in df["DATEADDED"])


def test_gdelt_header_flag(db, tmp_path):
    out = tmp_path / "g.tsv"
    res = run("export", str(out), "--db", str(db), "--format", "gdelt", "--header")
    assert res.returncode == 0, res.stderr
    df = pd.read_csv(out, sep="\t", dtype=str, quoting=csv.QUOTE_NONE)
    assert tuple(df.columns) == GDELT_COLUMNS and len(df) >= 1


def test_gdelt_and_polecat_export_events_only(db, tmp_path):
    res = run("export", str(tmp_path / "g.tsv"), "--db", str(db), "--format", "gdelt", "--table", "mentions")
    assert res.returncode == 2 and "E105" in res.stderr and "events only" in res.stderr


# --- POLECAT ----------------------------------------------------------------------------------------------------

def test_polecat_records(db, tmp_path):
    out = tmp_path / "p.jsonl"
    res = run("export", str(out), "--db", str(db), "--format", "polecat", "--min-confidence", "0")
    assert res.returncode == 0, res.stderr
    records = {r["Event ID"][:2]: r for r in map(json.loads, out.read_text().splitlines())}
    assert {r["Event Type"] for r in records.values()} == {"CONSULT", "ACCUSE", "ASSAULT", "AID", "PROTEST",
                                                           "THREATEN"}
    consult = records["a1"]
    assert (consult["Actor Country"], consult["Actor COW"], consult["Primary Actor Sector"]) == ("CUB", 40, "GOV")
    assert consult["Recipient Name"] == "United Nations" and consult["Recipient COW"] is None
    assert (consult["Placename"], consult["City"], consult["GeoNames ID"], consult["Event Date"]) == (
        "Havana", "Havana", 3553478, "2024-05-14")
    assert consult["Contexts"] == "economic" and consult["Num Sources"] == 2
    assert (records["s1"]["Recipient COW"], records["s1"]["City"], records["s1"]["Feature Type"]) == (
        652, "Damascus", "PPL")
    assert (records["s2"]["City"], records["s2"]["Country"], records["s2"]["Feature Type"]) == (None, "SYR", "PCLI")
    assert (records["s3"]["City"], records["s3"]["State"]) == (None, "Idlib")
    assert records["u1"]["Actor COW"] == 360  # Romania
    assert records["u2"]["Date Precision"] == "year"


def test_events_csv_on_stdout_is_the_flat_export_row_with_date_precision(db, tmp_path):
    res = run("events", "--db", str(db), "--format", "csv", "--min-confidence", "0")
    assert res.returncode == 0, res.stderr
    rows = list(csv.DictReader(res.stdout.splitlines()))
    exported = tmp_path / "e.csv"
    with Store(db, read_only=True) as store:
        export(store, exported)
    assert list(rows[0]) == next(csv.reader(exported.open(encoding="utf-8")))
    by_id = {r["event_id"][:2]: r for r in rows}
    assert (by_id["u2"]["date"], by_id["u2"]["date_precision"]) == ("2023-01-01", "year")
    assert (by_id["s1"]["actor_code"], by_id["s1"]["recipient_name"], by_id["s1"]["trigger_start"]) == (
        "IMGREB", "Syria", "4")
    assert "{'" not in res.stdout


def test_country_code_tables_cover_the_actor_countries():
    from dyads import codes

    rows = list(csv.DictReader(io.StringIO(resources.files("dyads.data").joinpath(
        "actors", "countries.csv").read_text("utf-8"))))
    assert len(rows) > 150
    assert all(codes.fips(r["iso3"]) for r in rows)  # every country dyads codes has a FIPS code for GDELT
    no_cow = {r["iso3"] for r in rows if codes.cow(r["iso3"]) is None}
    assert no_cow == {"PSE", "HKG", "MAC", "PRI", "GRL"}  # not states in the COW system
    assert (codes.fips("SYR"), codes.fips("DEU"), codes.fips("GBR")) == ("SY", "GM", "UK")
    assert (codes.cow("DEU"), codes.cow("SRB"), codes.cow("USA")) == ((255, "GMY"), (345, "YUG"), (2, "USA"))
    assert (codes.cameo_country("ROU"), codes.cameo_country("TLS"), codes.cameo_country("SYR")) == ("ROM", "TMP", "SYR")
    assert codes.split_actor_code("IGOUNO", None, "GOV") == {"code": "IGOUNOGOV", "country": None,
                                                              "known_group": "UNO", "types": ["IGO", "GOV"]}
    assert codes.split_actor_code(None, "SYR", "REB")["code"] == "SYRREB"
    assert codes.split_actor_code(None, None, None)["code"] is None
