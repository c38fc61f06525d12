"""The Python API (issue 16, item 9): `dyads.code(text, date=...)` and `dyads.open(db)` returning DataFrames,
on the real DuckDB file ingested from tests/fixtures (`fixture_db`)."""
from __future__ import annotations

import datetime as dt
import json

import duckdb
import pytest
from typer.testing import CliRunner

import dyads
from dyads import analysis
from dyads.cli import app
from dyads.errors import DyadsError
from dyads.records import Event


def test_code_takes_a_string_and_a_date_and_returns_events():
    events = dyads.code("Chile condemned Peru on Monday.", date="2024-05-17")
    assert all(isinstance(e, Event) for e in events)
    assert [(e.event_type, e.actor.code, e.recipient.code, e.date, e.date_precision) for e in events] == \
        [("ACCUSE", "CHL", "PER", dt.date(2024, 5, 13), "day")]
    assert json.dumps(events[0].to_dict())  # plain data
    same = dyads.code("Chile condemned Peru on Monday.", date=dt.date(2024, 5, 17), batch_size=4)
    assert [e.event_id for e in same] == [e.event_id for e in events]


def test_code_rejects_what_cannot_be_coded():
    with pytest.raises(ValueError, match="E001"):
        dyads.code("   ")
    with pytest.raises(DyadsError, match="E008"):
        dyads.code("Chile met Peru.", date="17/05/2024")


def test_open_events_are_a_dataframe_of_the_flat_columns_with_names_resolved(fixture_db):
    db = dyads.open(fixture_db)
    frame = db.events(actor="Chile")
    con = duckdb.connect(str(fixture_db), read_only=True)
    try:
        want = sorted(r[0] for r in con.execute("SELECT event_id FROM events WHERE actor.code = 'CHL'").fetchall())
    finally:
        con.close()
    assert sorted(frame["event_id"]) == want
    assert {"actor_code", "actor_name", "date_precision", "sentence"} <= set(frame.columns)
    assert frame["date"].dtype.kind == "M" and str(frame["quad_class"].dtype) == "Int32"
    assert len(db.events(type="accuse", country="Peru", limit=1)) == 1
    with pytest.raises(DyadsError, match="did you mean ASSAULT"):
        db.events(type="ATTACK")


def test_open_dyad_has_date_periods_and_fills_empty_ones_like_the_cli(fixture_db):
    db = dyads.open(fixture_db)
    series = db.dyad("chile", "PER", period="day")
    assert series["period"].dtype.kind == "M"
    assert (series["events"] == 0).any()  # the empty days between the first and the last
    cli = CliRunner().invoke(app, ["dyad", "CHL", "PER", "--db", str(fixture_db), "--freq", "day", "--format", "csv"])
    assert len(cli.stdout.splitlines()) - 1 == len(series)
    con = duckdb.connect(str(fixture_db), read_only=True)
    try:
        plain = analysis.dyad_series(con, "CHL", "PER", freq="day")
    finally:
        con.close()
    assert list(plain["events"]) == list(series["events"])


def test_open_summary_and_top_actors_name_the_codes(fixture_db):
    db = dyads.open(fixture_db)
    parts = db.summary(since="2024-03-01", until="2024-03-31")
    row = parts["dyads"].set_index(["actor", "recipient"]).loc[("CHL", "PER")]
    assert (row["actor_name"], row["recipient_name"]) == ("Chile", "Peru")
    assert parts["months"]["month"].dtype.kind == "M" and len(parts["months"]) == 1
    top = db.top_actors(limit=3)
    assert list(top.columns[:2]) == ["code", "name"] and top.iloc[0]["name"]
    event_id = db.events(limit=1)["event_id"][0]
    assert db.event(event_id)["event"]["event_id"] == event_id


def test_open_a_missing_database_is_a_coded_error(tmp_path):
    with pytest.raises(DyadsError, match="E077"):
        dyads.open(tmp_path / "nope.duckdb")
