"""dyads.analysis on a real DuckDB file written by the store from hand-built events."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest

from dyads import analysis
from dyads.cameo import lookup
from dyads.errors import DyadsError
from dyads.records import Document, Event, Party, Place, Result, Span
from dyads.store import Store

DYADS = str(Path(sys.executable).with_name("dyads"))
LIMA = Place("Lima", "PER", None, -12.05, -77.04)
TYPES = {"057": "AGREE", "051": "SUPPORT", "112": "ACCUSE", "120": "REJECT", "190": "ASSAULT", "163": "SANCTION",
         "111": "ACCUSE"}

# (date, actor, recipient, cameo, status, place): Chile and Peru cooperate in the week of 2024-03-04,
# quarrel in the week of 2024-03-18; planned and negated events must not count by default.
ROWS = [
    ("2024-03-04", "CHL", "PER", "057", "occurred", LIMA),
    ("2024-03-05", "PER", "CHL", "057", "occurred", LIMA),
    ("2024-03-06", "CHL", "PER", "051", "occurred", None),
    ("2024-03-19", "PER", "CHL", "112", "occurred", None),
    ("2024-03-20", "CHL", "PER", "120", "occurred", None),
    ("2024-03-21", "CHL", "PER", "190", "planned", None),
    ("2024-03-22", "PER", "CHL", "163", "negated", None),
    ("2024-04-02", "KEN", "SOM", "111", "occurred", None),
    ("2024-04-03", "SOM", "KEN", "190", "occurred", None),
]


def party(code: str, start: int) -> Party:
    return Party(code, start, start + 3, name=code, code=code, country=code, sector="GOV")


def event(i: int, date: str, a: str, b: str, cameo: str, status: str, place: Place | None) -> Event:
    code = lookup(cameo)
    sentence = f"{a} did {cameo} to {b}."
    return Event(doc_id=f"d{i}", event_id=f"e{i:03d}", sentence_index=0, sentence=sentence,
                 event_type=TYPES[cameo], mode=None, context=(),
                 cameo=cameo, goldstein=code.goldstein, quad_class=code.quad_class, trigger=Span("did", 4, 7),
                 actor=party(a, 0), recipient=party(b, len(sentence) - 4), status=status,
                 date=dt.date.fromisoformat(date), location=place, why="hand-built test event")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("analysis") / "a.duckdb"
    results = [Result(Document(f"d{i}", f"{a} did {c} to {b}.", dt.date.fromisoformat(d)),
                      (event(i, d, a, b, c, s, p),)) for i, (d, a, b, c, s, p) in enumerate(ROWS)]
    with Store(path) as store:
        store.write_results(results, run_id=store.start_run({}))
    with Store(path, read_only=True) as store:
        yield store.con


def expected_goldstein(rows) -> float:
    return round(sum(lookup(r[3]).goldstein for r in rows), 2)


def test_weekly_series_counts_only_occurred_events_in_both_directions(db):
    df = analysis.dyad_series(db, "CHL", "PER")
    by_week = {row.period.isoformat(): row for row in df.itertuples()}
    assert list(by_week) == ["2024-03-04", "2024-03-11", "2024-03-18"]
    coop, gap, quarrel = by_week.values()
    assert (coop.events, coop.cooperation, coop.conflict) == (3, 3, 0)
    assert coop.goldstein_sum == expected_goldstein(ROWS[:3]) and coop.goldstein_sum > 0
    assert gap.events == 0 and gap.top_types == ""
    assert (quarrel.events, quarrel.conflict) == (2, 2)
    assert quarrel.goldstein_sum == expected_goldstein(ROWS[3:5]) and quarrel.goldstein_sum < 0


@pytest.mark.parametrize("statuses, directed, events", [
    (("occurred",), False, 5),
    (None, False, 7),
    (("planned",), False, 1),
    (("occurred",), True, 3),
    (None, True, 4),
])
def test_status_and_direction_options_change_what_is_counted(db, statuses, directed, events):
    df = analysis.dyad_series(db, "chl", "per", directed=directed, statuses=statuses, fill=False)
    assert int(df["events"].sum()) == events


@pytest.mark.parametrize("kwargs", [
    {}, {"directed": True}, {"statuses": None}, {"statuses": ("planned", "negated")}, {"freq": "day"},
    {"freq": "month", "fill": False}, {"since": dt.date(2024, 3, 10)}, {"until": dt.date(2024, 3, 10)},
])
@pytest.mark.parametrize("pair", [("CHL", "PER"), ("PER", "CHL"), ("KEN", "SOM"), ("CHL", "KEN")])
def test_dyad_index_gives_the_same_series_as_a_full_scan(db, db_file, kwargs, pair):
    index = analysis.DyadIndex(str(db_file))
    assert analysis.dyad_series_rows(db, *pair, index=index, **kwargs) == \
        analysis.dyad_series_rows(db, *pair, **kwargs)


@pytest.mark.parametrize("kwargs", [
    {"actor": "CHL", "recipient": "PER"}, {"actor": "CHL", "recipient": "PER", "undirected": True},
    {"actor": "PER", "recipient": "CHL", "undirected": True, "statuses": None},
    {"actor": "CHL", "recipient": "PER", "undirected": True, "event_types": ["AGREE", "ASSAULT"], "statuses": None},
    {"actor": "CHL", "recipient": "PER", "quad_classes": [4], "statuses": None, "until": dt.date(2024, 3, 21)},
    {"actor": "CHL", "recipient": "SOM"},
])
def test_dyad_index_counts_events_like_a_full_scan(db, db_file, kwargs):
    index = analysis.DyadIndex(str(db_file))
    flt = analysis.make_filter(**kwargs)
    assert index.covers(flt)
    assert analysis.find_events(db, flt, index=index) == analysis.find_events(db, flt)


@pytest.mark.parametrize("freq, periods", [("day", 17), ("week", 3), ("month", 1)])
def test_frequency_sets_the_period_length(db, freq, periods):
    assert len(analysis.dyad_series(db, "CHL", "PER", freq=freq)) == periods


def test_since_and_until_bound_the_series(db):
    df = analysis.dyad_series(db, "CHL", "PER", since=dt.date(2024, 3, 18), until=dt.date(2024, 3, 31))
    assert df["period"].tolist() == [dt.date(2024, 3, 18)]


@pytest.mark.parametrize("kwargs, code", [
    ({"freq": "fortnight"}, "E070"),
    ({"statuses": ("done",)}, "E070"),
    ({"since": dt.date(2024, 5, 1), "until": dt.date(2024, 1, 1)}, "E071"),
])
def test_bad_options_raise_coded_errors(db, kwargs, code):
    with pytest.raises(DyadsError) as info:
        analysis.dyad_series(db, "CHL", "PER", **kwargs)
    assert info.value.code == code


def test_top_actors_ranks_by_events_as_actor_or_recipient(db):
    df = analysis.top_actors(db, limit=3)
    assert df["code"].tolist()[:2] == ["CHL", "PER"]
    chl = df.iloc[0]
    assert (chl.events, chl.as_actor + chl.as_recipient) == (5, 5)


def test_summary_counts_types_countries_months_and_statuses(db):
    parts = analysis.summary(db)
    assert int(parts["types"]["events"].sum()) == len(ROWS)
    assert dict(zip(parts["statuses"]["status"], parts["statuses"]["events"])) == \
        {"occurred": 7, "planned": 1, "negated": 1}
    assert parts["months"]["events"].tolist() == [7, 2]
    assert parts["countries"].set_index("country").loc["SOM", "events"] == 2


def test_network_has_weighted_directed_edges_per_quad_class(db):
    graph = analysis.network(db)
    assert set(graph.edges) == {("CHL", "PER"), ("PER", "CHL"), ("KEN", "SOM"), ("SOM", "KEN")}
    edge = graph.edges["CHL", "PER"]
    assert edge["weight"] == 3 and edge["verbal_coop"] + edge["material_coop"] == 2
    assert graph.nodes["CHL"]["events"] == 5


@pytest.mark.parametrize("text", ["%", "_", "' OR 1=1 --", "did'); DROP TABLE events; --"])
def test_text_filter_takes_sql_and_wildcards_literally(db, text):
    total, rows = analysis.find_events(db, analysis.make_filter(text=text, statuses=None))
    assert (total, rows) == (0, [])
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == len(ROWS)


def test_place_filter_and_places_use_event_locations(db):
    total, _ = analysis.find_events(db, analysis.make_filter(place="lim", statuses=None))
    assert total == 2
    pts = analysis.places(db, analysis.make_filter(statuses=None))
    assert pts.to_dict(orient="records") == [{"name": "Lima", "country": "PER", "lat": -12.05, "lon": -77.04,
                                              "events": 2, "goldstein_mean": 8.0,
                                              "event_ids": ["e001", "e000"]}]  # latest first, for the map


def test_event_evidence_spans_are_relative_to_the_sentence(db):
    found = analysis.get_event(db, "e000")
    ev = found["event"]["evidence"]
    assert {s["role"]: s["text"] for s in ev["spans"]} == {"actor": "CHL", "trigger": "did", "recipient": "PER"}
    assert [d["id"] for d in found["documents"]] == ["d0"]
    assert analysis.get_event(db, "nope") is None


def run(*args):
    return subprocess.run([DYADS, *args], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def db_file(db):
    return Path(db.execute("SELECT path FROM duckdb_databases() WHERE NOT internal").fetchone()[0])


def test_cli_dyad_json_matches_the_python_api(db, db_file):
    res = run("dyad", "CHL", "PER", "--db", str(db_file), "--format", "jsonl", "--no-fill")
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["period"] for r in rows] == ["2024-03-04", "2024-03-18"]  # empty weeks left out with --no-fill
    filled = [json.loads(line) for line in run("dyad", "CHL", "PER", "--db", str(db_file), "--format",
                                                "json").stdout.splitlines()]  # json: the jsonl format
    assert [r["period"] for r in filled] == [r["period"] for r in analysis.records(analysis.dyad_series(
        db, "CHL", "PER"))] == ["2024-03-04", "2024-03-11", "2024-03-18"]  # filled, like the Python API
    assert rows[0]["goldstein_sum"] == expected_goldstein(ROWS[:3])


def test_cli_plot_network_and_actors_top_write_files(db_file, tmp_path):
    assert run("dyad", "CHL", "PER", "--db", str(db_file), "--plot", str(tmp_path / "d.svg")).returncode == 0
    assert (tmp_path / "d.svg").read_text().lstrip().startswith("<?xml")
    assert run("network", "--db", str(db_file), "--out", str(tmp_path / "g.graphml")).returncode == 0
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_edges() == 4
    top = run("actors", "top", "--db", str(db_file), "--format", "csv", "--limit", "2")
    assert top.stdout.splitlines()[1].startswith("CHL,Chile,5,")


@pytest.mark.parametrize("args, needle", [
    (["dyad", "CHL", "PER", "--status", "done"], "unknown --status"),
    (["dyad", "CHL", "PER", "--plot", "x.pdf"], "--plot needs"),
    (["network", "--out", "g.txt"], "--out needs"),
    (["dyad", "CHL", "PER", "--since", "2024-13-01"], "E008"),
])
def test_cli_rejects_bad_options_with_one_line(db_file, args, needle):
    res = run(*args, "--db", str(db_file))
    assert res.returncode != 0 and needle in res.stderr


# Chile and Peru again, with dates of every precision: a day in March 2023, a month (March 2023, stored as
# the 1st), a year (2023, stored as 1 January) and a publication date in the week of 6 March; one event type
# each, so that deduplication keeps them apart.
PRECISION_ROWS = [
    ("2023-03-15", "day", "057"), ("2023-03-01", "month", "051"), ("2023-01-01", "year", "112"),
    ("2023-03-07", "publication", "120"),
]


@pytest.fixture(scope="module")
def precision_db_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("precision") / "p.duckdb"
    results = []
    for i, (date, precision, cameo) in enumerate(PRECISION_ROWS):
        base = event(i, date, "CHL", "PER", cameo, "occurred", None)
        results.append(Result(Document(f"d{i}", base.sentence, dt.date(2023, 3, 20)),
                              (replace(base, date_precision=precision),)))
    with Store(path) as store:
        store.write_results(results, run_id=store.start_run({}))
    return path


@pytest.fixture(scope="module")
def precision_db(precision_db_file):
    with Store(precision_db_file, read_only=True) as store:
        yield store.con


@pytest.mark.parametrize("freq, expected", [
    ("day", {dt.date(2023, 3, 7): 1, dt.date(2023, 3, 15): 1}),
    ("week", {dt.date(2023, 3, 6): 1, dt.date(2023, 3, 13): 1}),
    ("month", {dt.date(2023, 3, 1): 3}),
    ("quarter", {dt.date(2023, 1, 1): 3}),
    ("year", {dt.date(2023, 1, 1): 4}),
])
def test_events_count_only_in_periods_at_least_as_long_as_their_date_precision(precision_db, precision_db_file,
                                                                               freq, expected):
    df = analysis.dyad_series(precision_db, "CHL", "PER", freq=freq, fill=False)
    assert dict(zip(df["period"], df["events"])) == expected
    index = analysis.DyadIndex(str(precision_db_file))
    rows = analysis.dyad_series_rows(precision_db, "CHL", "PER", freq=freq, fill=False, index=index)
    assert {r["period"]: r["events"] for r in rows} == expected
    timeline = analysis.timeline(precision_db, analysis.make_filter(), freq=freq)
    assert dict(zip(timeline["period"], timeline["events"])) == expected


def test_summary_months_leave_out_year_only_dates(precision_db):
    months = analysis.summary(precision_db)["months"]
    assert dict(zip(months["month"], months["events"])) == {dt.date(2023, 3, 1): 3}


def test_quarterly_series_fills_empty_quarters(db):
    df = analysis.dyad_series(db, "KEN", "SOM", freq="quarter")
    assert df["period"].tolist() == [dt.date(2024, 4, 1)] and df["events"].tolist() == [2]


@pytest.mark.parametrize("freq, on_chart", [("day", 2), ("week", 2), ("month", 3), ("quarter", 3), ("year", 4)])
def test_coverage_says_how_many_matching_events_a_series_leaves_out(precision_db, precision_db_file, freq, on_chart):
    flt = analysis.make_filter(actor="CHL", recipient="PER", undirected=True)
    found = analysis.coverage(precision_db, flt, freq=freq)
    assert found == {"matching": 4, "on_chart": on_chart, "undated": 0, "imprecise": 4 - on_chart}
    assert found == analysis.coverage(precision_db, flt, freq=freq, index=analysis.DyadIndex(str(precision_db_file)))
    rows = analysis.series_rows(precision_db, flt, freq=freq)
    assert sum(r["events"] for r in rows) == on_chart
    # the same filter without the dyad reads the whole table, and agrees
    assert analysis.coverage(precision_db, analysis.make_filter(), freq=freq) == found
