"""Issue 16 (the analyst's day), command-line part: no silent failures, evidence one command away, one set of
output formats, help that says what to type. Commands run on a real DuckDB file ingested from tests/fixtures
(`fixture_db`: Chile/Peru, Kenya/Somalia and Brazil/Argentina stories), through typer's CliRunner or, for
ingest, the real `dyads` process."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from typer.testing import CliRunner

from dyads.cli import app

DYADS = [str(Path(sys.executable).with_name("dyads"))]
runner = CliRunner()


def cli(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def sql(db: Path, query: str, params=()):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(query, list(params)).fetchall()
    finally:
        con.close()


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def ingest(*args: str):
    return subprocess.run([*DYADS, "ingest", *map(str, args)], capture_output=True, text=True, timeout=300)


# --- item 1: silent failures ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def csvs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("csvs")
    with (folder / "renamed.csv").open("w", newline="") as f:
        csv.writer(f).writerows([("id", "body", "published"),
                                 ("a1", "Chile praised Peru for its help with the floods.", "2024-03-04"),
                                 ("a2", "Kenya condemned Somalia over a cross-border raid.", "2024-03-05")])
    with (folder / "notext.csv").open("w", newline="") as f:
        csv.writer(f).writerows([("id", "content"), ("x1", "Chile met Peru.")])
    return folder


def test_ingest_without_a_date_column_warns_and_counts_the_undated_documents(csvs, tmp_path):
    res = ingest(csvs / "renamed.csv", "--text-col", "body", "--db", tmp_path / "a.duckdb")
    assert res.returncode == 0, res.stderr
    assert "E065" in res.stderr and "no date column 'date'" in res.stderr and "published" in res.stderr
    assert "E063: 2 of the 2 documents stored by this run have no date" in res.stderr
    assert sql(tmp_path / "a.duckdb", "SELECT count(*) FROM documents WHERE date IS NULL") == [(2,)]
    dated = ingest(csvs / "renamed.csv", "--text-col", "body", "--date-col", "published", "--db", tmp_path / "b.duckdb")
    assert dated.returncode == 0, dated.stderr
    assert "E063" not in dated.stderr and "E065" not in dated.stderr


def test_a_csv_without_its_text_column_is_an_error_and_a_non_zero_exit(csvs, tmp_path):
    alone = ingest(csvs / "notext.csv", "--db", tmp_path / "a.duckdb")
    assert alone.returncode != 0
    assert "E064" in alone.stderr and "no text column 'text' (columns: id, content)" in alone.stderr
    with_good = ingest(csvs / "notext.csv", csvs / "renamed.csv", "--text-col", "body", "--date-col", "published",
                       "--db", tmp_path / "b.duckdb")
    assert with_good.returncode != 0 and "not read at all" in with_good.stderr
    assert sql(tmp_path / "b.duckdb", "SELECT count(*) FROM documents") == [(2,)]  # the good file is stored


def test_ingest_summary_counts_the_mentions_the_table_holds(tmp_path):
    fixtures = Path(__file__).parent / "fixtures"
    db = tmp_path / "m.duckdb"
    res = ingest(fixtures / "dyad_news.jsonl", fixtures / "river_summit.txt", "--date", "2024-06-14", "--db", db)
    assert res.returncode == 0, res.stderr
    said = int(re.search(r"(\d+) mentions", res.stderr).group(1))
    assert said == sql(db, "SELECT count(*) FROM mentions")[0][0] > 0


def event_ids(result) -> list[str]:
    assert result.exit_code == 0, result.output
    return [r["event_id"] for r in jsonl(result.stdout)]


def test_actor_codes_in_any_case_and_names_give_the_same_events(fixture_db):
    by_code = event_ids(cli("events", "--db", fixture_db, "--actor", "CHL", "--format", "jsonl"))
    assert by_code
    assert event_ids(cli("events", "--db", fixture_db, "--actor", "chl", "--format", "jsonl")) == by_code
    named = cli("events", "--db", fixture_db, "--actor", "Chile", "--format", "jsonl")
    assert event_ids(named) == by_code and "--actor 'Chile' is CHL (Chile)" in named.stderr
    typed = event_ids(cli("events", "--db", fixture_db, "--type", "accuse", "--country", "peru", "--format", "jsonl"))
    assert typed == event_ids(cli("events", "--db", fixture_db, "--type", "ACCUSE", "--country", "PER",
                                  "--format", "jsonl")) != []


@pytest.mark.parametrize("args, needle", [
    (["events", "--actor", "Chlie"], "E060: no actor matches --actor 'Chlie': did you mean CHL (Chile)?"),
    (["events", "--recipient", "Atlantiss"], "E060"),
    (["events", "--type", "ATTACK"], "E061: unknown --type 'ATTACK': did you mean ASSAULT?"),
    (["events", "--type", "meet"], "did you mean CONSULT?"),
    (["events", "--country", "Peruu"], "E061: unknown --country 'Peruu': did you mean PER (Peru)"),
    (["events", "--quad", "verbal"], "did you mean verbal_coop?"),
    (["events", "--status", "done"], "E061: unknown --status 'done'"),
    (["events", "--sort", "size"], "E061: unknown --sort 'size'"),
    (["dyad", "Chlie", "PER"], "E060"),
    (["dyad", "CHL", "PER", "--freq", "fortnight"], "E061: unknown --freq"),
    (["summary", "--status", "Occured"], "did you mean occurred?"),
    (["actors", "top", "--status", "nope"], "E061"),
    (["network", "--status", "nope", "--out", "g.json"], "E061"),
])
def test_unknown_values_get_a_suggestion_and_a_non_zero_exit(fixture_db, args, needle):
    res = cli(*args, "--db", fixture_db)
    assert res.exit_code == 2, res.output
    assert needle in " ".join(res.stderr.split())
    assert not res.stdout.strip()  # no empty table pretending nothing matched


def test_dyad_takes_names_and_codes_in_any_case(fixture_db):
    codes = cli("dyad", "CHL", "PER", "--db", fixture_db, "--format", "csv")
    names = cli("dyad", "chile", "Peru", "--db", fixture_db, "--format", "csv")
    assert codes.exit_code == names.exit_code == 0, names.output
    assert codes.stdout == names.stdout and len(codes.stdout.splitlines()) > 1


# --- item 3: evidence one command away ----------------------------------------------------------------------
def test_events_table_shows_ids_dates_precisions_and_a_shortened_sentence(fixture_db):
    res = cli("events", "--db", fixture_db, "--actor", "PER", "--type", "accuse")
    assert res.exit_code == 0, res.output
    (event_id, sentence), = sql(fixture_db, "SELECT event_id, sentence FROM events WHERE actor.code = 'PER' AND "
                                            "event_type = 'ACCUSE'")
    text = res.stdout
    assert event_id in text and "precision" in text and "day" in text
    assert "Peru accused Chile of moving a border marker." in " ".join(text.replace("│", " ").split())
    assert "PER Peru (GOV)" in text
    long = cli("events", "--db", fixture_db, "--q", "fisheries agreement")
    assert "…" in long.stdout  # the long sentence is cut in the table


def test_events_csv_and_jsonl_carry_the_full_sentence_and_date_precision(fixture_db):
    rows = list(csv.DictReader(io.StringIO(cli("events", "--db", fixture_db, "--q", "fisheries", "--format",
                                                "csv").stdout)))
    assert rows and all(r["event_id"] and r["date_precision"] for r in rows)
    assert any(r["sentence"].strip().endswith("signed a fisheries agreement in Lima on Monday.") for r in rows)
    assert {"actor_code", "actor_name", "recipient_code", "recipient_name"} <= set(rows[0])
    assert {(r["doc_id"], r["published"], r["source"]) for r in rows} == {("fx-01", "2024-03-04", "Fixture Wire")}
    records = jsonl(cli("events", "--db", fixture_db, "--format", "jsonl").stdout)
    assert records and all("date_precision" in r and "sentence" in r and "actor_name" in r for r in records)


@pytest.mark.parametrize("args, sql_where", [
    (["--status", "planned"], "status = 'planned'"),
    (["--status", "negated", "--status", "Planned"], "status IN ('negated', 'planned')"),
    (["--country", "SOM"], "'SOM' IN (actor.country, recipient.country, location.country)"),
    (["--quad", "material_conflict"], "quad_class = 4"),
    (["--quad", "1", "--quad", "2"], "quad_class <= 2"),
    (["--place", "lima"], "location.name ILIKE '%lima%'"),
    (["--q", "border"], "sentence ILIKE '%border%'"),
    (["--since", "2024-03-12", "--until", "2024-03-27"], "date BETWEEN DATE '2024-03-12' AND DATE '2024-03-27'"),
    (["--actor", "KEN", "--recipient", "SOM", "--both-ways"],
     "(actor.code, recipient.code) IN (('KEN', 'SOM'), ('SOM', 'KEN'))"),
])
def test_events_filters_match_the_database(fixture_db, args, sql_where):
    got = sorted(event_ids(cli("events", "--db", fixture_db, *args, "--format", "jsonl")))
    want = sorted(r[0] for r in sql(fixture_db, f"SELECT event_id FROM events WHERE {sql_where}"))
    assert got == want and want


def test_events_limit_and_sort(fixture_db):
    rows = jsonl(cli("events", "--db", fixture_db, "--sort", "-goldstein", "--limit", "3", "--format", "jsonl").stdout)
    assert len(rows) == 3
    table = cli("events", "--db", fixture_db, "--limit", "2")
    total = sql(fixture_db, "SELECT count(*) FROM events")[0][0]
    assert f"2 of {total} matching events shown" in table.stderr
    assert [r["goldstein"] for r in rows] == sorted((r[0] for r in sql(fixture_db, "SELECT goldstein FROM events")),
                                                    reverse=True)[:3]


@pytest.fixture(scope="module")
def accusation(fixture_db):
    return sql(fixture_db, "SELECT event_id FROM events WHERE actor.code = 'PER' AND event_type = 'ACCUSE'")[0][0]


def test_show_prints_sentence_spans_why_confidence_and_every_mention_with_its_document(fixture_db, accusation):
    res = cli("show", accusation, "--db", fixture_db)
    assert res.exit_code == 0, res.output
    text = " ".join(res.stdout.split())
    assert f"event {accusation}: ACCUSE" in text
    assert "[actor: Peru] [trigger: accused] [recipient: Chile] of moving a border marker." in text
    assert "why" in text and "lexicon" in text and "confidence" in text and "precision day" in text
    mentions = sql(fixture_db, "SELECT m.event_id, m.doc_id FROM mentions m JOIN event_mentions l ON "
                               "l.mention_id = m.event_id WHERE l.event_id = ?", [accusation])
    for mention_id, doc_id in mentions:
        assert mention_id in text and doc_id in text
    assert "Dispute over a border post" in text  # the document's title
    assert "2024-03-20" in text


def test_show_json_and_unique_prefixes(fixture_db, accusation):
    res = cli("show", accusation[:8], "--db", fixture_db, "--format", "json")
    assert res.exit_code == 0, res.output
    found = json.loads(res.stdout)
    assert found["event"]["event_id"] == accusation
    assert {s["role"]: s["text"] for s in found["event"]["evidence"]["spans"]} == \
        {"actor": "Peru", "trigger": "accused", "recipient": "Chile"}
    assert found["mentions"] and found["documents"][0]["title"] == "Dispute over a border post"


def test_show_an_unknown_id_suggests_the_closest_and_exits_non_zero(fixture_db, accusation):
    typo = accusation[:-1] + ("0" if accusation[-1] != "0" else "1")
    res = cli("show", typo, "--db", fixture_db)
    assert res.exit_code == 2
    assert f"E062: no event with id '{typo}'" in res.stderr and f"did you mean {accusation}" in res.stderr


# --- item 5 (part): date_precision in every events output ----------------------------------------------------
def test_date_precision_in_table_csv_jsonl_and_parquet(fixture_db, tmp_path):
    assert "precision" in cli("events", "--db", fixture_db).stdout
    assert "date_precision" in cli("events", "--db", fixture_db, "--format", "csv").stdout.splitlines()[0]
    assert all("date_precision" in r for r in jsonl(cli("events", "--db", fixture_db, "--format", "jsonl").stdout))
    res = cli("events", "--db", fixture_db, "--out", tmp_path / "e.parquet")
    assert res.exit_code == 0, res.output
    frame = pd.read_parquet(tmp_path / "e.parquet")
    assert frame["date_precision"].notna().all() and str(frame["date"].dtype).startswith("datetime64")
    assert len(frame) == sql(fixture_db, "SELECT count(*) FROM events")[0][0]


# --- item 8: help, formats, names ---------------------------------------------------------------------------------
COMMANDS = [["code"], ["ingest"], ["dedup"], ["export"], ["eval"], ["explain"], ["serve"], ["events"], ["show"],
            ["summary"], ["dyad"], ["network"], ["actors", "resolve"], ["actors", "top"], ["geo", "resolve"],
            ["geo", "build"], ["dates", "resolve"]]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_dash_h_examples_and_no_type_placeholders(command):
    short, long = cli(*command, "-h"), cli(*command, "--help")
    assert short.exit_code == long.exit_code == 0, short.output
    assert short.stdout == long.stdout
    assert not re.search(r"<(str|bool|int|float|path|list\[[a-z]+\])[^>]*>", short.stdout), short.stdout
    assert "Examples:" in short.stdout and f"dyads {' '.join(command)}" in short.stdout


def test_groups_take_dash_h_and_version():
    for group in ([], ["actors"], ["geo"], ["dates"]):
        res = cli(*group, "-h")
        assert res.exit_code == 0 and "Usage" in res.stdout
    version = cli("--version")
    assert version.exit_code == 0 and re.fullmatch(r"dyads \d+\.\d+\.\d+\n", version.stdout)


@pytest.mark.parametrize("args, needle", [
    (["events", "--format", "xml"], "E103: unknown output format 'xml'"),
    (["events", "--out", "x.xlsx"], "E101"),
    (["events", "--format", "parquet"], "E104"),
    (["events", "--format", "csv", "--out", "x.parquet"], "E102"),
    (["summary", "--format", "csv"], "give --part"),
    (["dyad", "CHL", "PER", "--format", "yaml"], "E103"),
    (["actors", "top", "--format", "parquet"], "E104"),
])
def test_one_format_choice_set_with_clear_errors(fixture_db, args, needle):
    res = cli(*args, "--db", fixture_db)
    assert res.exit_code == 2 and needle in res.stderr


@pytest.mark.parametrize("command", [["events"], ["dyad", "CHL", "PER"], ["summary", "--part", "types"],
                                     ["actors", "top"]])
@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_query_commands_write_every_format_to_a_file_named_by_its_extension(fixture_db, tmp_path, command, fmt):
    target = tmp_path / f"out.{fmt}"
    res = cli(*command, "--db", fixture_db, "--out", target)
    assert res.exit_code == 0, res.output
    assert f"({fmt})" in res.stderr and not res.stdout.strip()
    frame = {"csv": pd.read_csv, "jsonl": lambda p: pd.read_json(p, lines=True), "parquet": pd.read_parquet}[fmt](target)
    assert len(frame) > 0


def test_summary_limit_dates_and_names(fixture_db):
    types = cli("summary", "--db", fixture_db, "--part", "types", "--format", "csv", "--limit", "2")
    assert types.exit_code == 0, types.output
    assert len(types.stdout.splitlines()) == 3
    dyads_ = list(csv.DictReader(io.StringIO(cli("summary", "--db", fixture_db, "--part", "dyads",
                                                  "--format", "csv").stdout)))
    assert {("CHL", "Chile", "PER", "Peru")} <= {(r["actor"], r["actor_name"], r["recipient"], r["recipient_name"])
                                                  for r in dyads_}
    march = list(csv.DictReader(io.StringIO(cli("summary", "--db", fixture_db, "--part", "months", "--format", "csv",
                                                 "--since", "2024-03-01", "--until", "2024-03-31").stdout)))
    assert [r["month"] for r in march] == ["2024-03-01"]
    everything = jsonl(cli("summary", "--db", fixture_db, "--format", "jsonl").stdout)
    assert {r["table"] for r in everything} == {"dyads", "types", "countries", "months", "statuses"}
    countries = [r for r in everything if r["table"] == "countries"]
    assert {"country": "PER", "name": "Peru"}.items() <= countries[[r["country"] for r in countries].index("PER")].items()


def test_actors_top_and_network_name_the_codes(fixture_db, tmp_path):
    rows = list(csv.DictReader(io.StringIO(cli("actors", "top", "--db", fixture_db, "--format", "csv").stdout)))
    assert {r["code"]: r["name"] for r in rows}["CHL"] == "Chile"
    assert cli("network", "--db", fixture_db, "--out", tmp_path / "g.json").exit_code == 0
    nodes = {n["id"]: n for n in json.loads((tmp_path / "g.json").read_text())["nodes"]}
    assert nodes["PER"]["name"] == "Peru"


def test_dyad_fills_empty_periods_like_the_python_api_unless_told_not_to(fixture_db):
    filled = jsonl(cli("dyad", "CHL", "PER", "--db", fixture_db, "--freq", "day", "--format", "jsonl").stdout)
    kept = jsonl(cli("dyad", "CHL", "PER", "--db", fixture_db, "--freq", "day", "--format", "jsonl",
                     "--no-fill").stdout)
    assert len(filled) > len(kept) and all(r["events"] > 0 for r in kept)
    assert "2024-03-05" in {r["period"] for r in filled if r["events"] == 0}  # empty days between the events
    import dyads

    api = dyads.open(fixture_db).dyad("CHL", "PER", period="day")
    assert [d.date().isoformat() for d in api["period"]] == [r["period"] for r in filled]
