"""User actor lists: our CSV and YAML formats and the TABARI/PETRARCH .actors importer (fixtures we wrote)."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dyads import actor_lists, actors
from dyads.errors import DyadsError

FIXTURE = Path(__file__).parent / "fixtures" / "actors" / "sample.actors.txt"

USER_CSV = """name,aliases,code,country,sector,start,end
Tessaly Okonkwo-Barre,Okonkwo-Barre|Tessaly,KEN,KEN,GOV,2020-01-01,2023-01-01
Tessaly Okonkwo-Barre,Okonkwo-Barre|Tessaly,KEN,KEN,ELI,2023-01-01,
Lakeside Workers Front,LWF,KENLAB,,,,
Harbin Institute of Technology,HIT,CHN,CHN,EDU,,
Orion Relief Network,Orion Relief,NGOORN,,NGO,,
"""

USER_YAML = """
actors:
  - name: Blue Delta Brigade
    aliases: [BDB, the Brigade]
    country: NGA
    sector: REB
  - name: Sable Ridge Authority
    code: IGOSRA
    sector: IGO
    start: 2021-05-01
"""


def idx_of(tmp_path: Path, name: str, text: str) -> actors.Index:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return actors.index((str(path),))


def resolved(idx: actors.Index, text: str, when: str | None = "2024-05-17") -> tuple:
    party = actors.resolve_text(text, when=dt.date.fromisoformat(when) if when else None, idx=idx)
    return (party.code, party.sector) if party else (None, None)


@pytest.mark.parametrize(("text", "when", "code", "sector"), [
    ("Norland", "2012-01-01", "NRL", "GOV"),
    ("Norlandic", "2012-01-01", "NRL", "GOV"),
    ("Port Amsel", "2012-01-01", "NRL", "GOV"),
    ("the Norland Coast Guard", "2012-01-01", "NRL", "MIL"),
    ("Erik Vanterberg", "2012-01-01", "NRL", "GOV"),
    ("Vanterberg", "2019-01-01", "NRL", "ELI"),
    ("Marta Quell", "2014-01-01", "NRL", "OPP"),
    ("Marta Quell", "2016-01-01", "NRL", "GOV"),
    ("Grey Harbour Front", "2016-01-01", "NRL", "REB"),
    ("CNS", "2016-01-01", "IGOCNS", "IGO"),
])
def test_petrarch_dictionary_entries_resolve_with_their_date_ranges(text, when, code, sector):
    idx = actors.index((str(FIXTURE),))
    assert resolved(idx, text, when) == (code, sector)


def test_petrarch_reader_keeps_synonyms_and_each_dated_code():
    pairs = actor_lists.read_petrarch(FIXTURE.read_text())
    by_name: dict[str, set] = {}
    for name, entry in pairs:
        by_name.setdefault(name, set()).add((entry.code, entry.sector, entry.start, entry.end))
    assert by_name["vanterberg"] == {("NRL", "GOV", dt.date(2010, 1, 15), dt.date(2018, 1, 15)),
                                     ("NRL", "ELI", dt.date(2018, 1, 15), None)}
    assert by_name["marta quell"] == {("NRL", "OPP", None, dt.date(2015, 6, 1)),
                                      ("NRL", "GOV", dt.date(2015, 6, 1), dt.date(2022, 6, 1))}
    assert "port amsel" in by_name and "norlandic coastguard" in by_name


@pytest.mark.parametrize(("value", "expected"), [
    ("991231", dt.date(1999, 12, 31)),
    ("310101", dt.date(1931, 1, 1)),
    ("300101", dt.date(2030, 1, 1)),
    ("050607", dt.date(2005, 6, 7)),
])
def test_petrarch_two_digit_years(value, expected):
    assert actor_lists.petrarch_date(value) == expected


@pytest.mark.parametrize(("code", "expected"), [
    ("AFGGOV", ("AFG", "GOV")),
    ("USA", ("USA", None)),
    ("IGOUNO", (None, "IGO")),
    ("IMGREB", (None, None)),
    ("NGO", (None, "NGO")),
])
def test_cameo_codes_split_into_country_and_sector(code, expected):
    assert actor_lists.split_code(code) == expected


@pytest.mark.parametrize(("text", "when", "code", "sector"), [
    ("Okonkwo-Barre", "2021-06-01", "KEN", "GOV"),
    ("Tessaly", "2024-06-01", "KEN", "ELI"),
    ("the Lakeside Workers Front", "2024-06-01", "KEN", "LAB"),
    ("HIT", "2024-06-01", "CHN", "EDU"),
    ("Orion Relief", "2024-06-01", "NGOORN", "NGO"),
])
def test_user_csv_lists_resolve_with_dates(tmp_path, text, when, code, sector):
    assert resolved(idx_of(tmp_path, "mine.csv", USER_CSV), text, when) == (code, sector)


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("BDB", "NGA", "REB"),
    ("the Brigade", "NGA", "REB"),
    ("Sable Ridge Authority", "IGOSRA", "IGO"),
])
def test_user_yaml_lists_resolve(tmp_path, text, code, sector):
    assert resolved(idx_of(tmp_path, "mine.yaml", USER_YAML), text) == (code, sector)


def test_user_list_entries_win_over_the_built_in_tables(tmp_path):
    idx = idx_of(tmp_path, "override.csv", "name,aliases,code,country,sector,start,end\nNATO,,IGONAT,,GOV,,\n")
    assert resolved(idx, "NATO") == ("IGONAT", "GOV")
    assert resolved(actors.index(()), "NATO") == ("IGONAT", "MIL")


@pytest.mark.parametrize(("name", "text"), [
    ("bad.csv", "name,aliases,code\n,,KEN\n"),
    ("bad.yaml", "actors: [1, 2]\n"),
    ("bad2.yaml", "actors: [\n"),
    ("bad3.csv", "name,start\nSomeone,yesterday\n"),
])
def test_malformed_user_lists_raise_a_coded_error(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(DyadsError) as info:
        actor_lists.read_path(path)
    assert info.value.code == "E040"


def run_cli(*args: str) -> subprocess.CompletedProcess:
    dyads = str(Path(sys.executable).with_name("dyads"))
    return subprocess.run([dyads, *args], capture_output=True, text=True, timeout=300)


def test_cli_actors_resolve_prints_code_sector_name_and_why(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(USER_CSV)
    proc = run_cli("actors", "resolve", "the Chinese foreign ministry", "Tessaly", "--date", "2021-06-01",
                   "--actors", str(path), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert [(r["code"], r["sector"]) for r in rows] == [("CHN", "GOV"), ("KEN", "GOV")]
    assert rows[1]["name"] == "Tessaly Okonkwo-Barre" and rows[0]["why"]


def test_cli_rejects_a_missing_actor_list_with_one_line():
    proc = run_cli("actors", "resolve", "China", "--actors", "/nonexistent/list.csv")
    assert proc.returncode != 0
    assert "actor list not found" in proc.stderr
