"""`dyads eval`: gold parsing, scoring rules, and the command on a small gold file we wrote."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dyads import evaluate
from dyads.records import Event, Party, Span

DYADS = [str(Path(sys.executable).with_name("dyads"))]


def gold_line(text, event, source, target=None, markup=None, **extra):
    def parties(items):
        return [dict(zip(("actorText", "code", "sector"), p)) if len(p) == 3 else
                {"actorText": p[0], "code": p[1]} for p in items]
    raw = {"id": extra.pop("id", text[:20]), "text": text, "event": event, "source": parties(source),
           "target": parties(target) if target is not None else None,
           "textInfo": {"markup": markup or text}, **extra}
    return json.dumps(raw)


GOLD_LINES = [
    gold_line("Canada praised Mexico for its election reforms.", "SUPPORT", [("Canada", "CAN")], [("Mexico", "MEX")]),
    gold_line("Norwegian police arrested twelve smugglers near Oslo.", "COERCE",
              [("Norwegian police", "NOR", "COP")], [("smugglers", "NOR", "CRM")]),
    gold_line("Chile and Bolivia agreed to reopen their border crossings.", "AGREE",
              [("Chile", "CHL"), ("Bolivia", "BOL")], "",
              markup="(SRC/TAR: Chile) and (SRC/TAR: Bolivia) (EVT: agreed) to reopen their border crossings."),
    gold_line("Kenyan troops clashed with militants in Somalia.", "FIGHT",
              [("Kenyan troops", "KEN", "MIL")], [("militants", "SOM", "REB")]),
    gold_line("Japan demanded that Russia return the islands.", "DEMAND", [("Japan", "JAP")], [("Russia", "RUS")]),
    "{not json",
    gold_line("Peru's weather was mild.", "HUG", [("Peru", "PER")]),
]


@pytest.fixture()
def gold_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(GOLD_LINES) + "\n")
    return path


def test_read_gold_maps_old_labels_and_codes_and_skips_bad_lines(gold_file):
    records, skipped = evaluate.read_gold(gold_file)
    assert [r.event_type for r in records] == ["SUPPORT", "COERCE", "AGREE", "ASSAULT", "REQUEST"]
    assert records[4].actors[0].code == "JPN"
    assert records[1].actors[0].sector == "COP"
    assert len(skipped) == 2 and any("HUG" in s for s in skipped)


def test_reciprocal_markup_makes_each_party_a_recipient(gold_file):
    chile = evaluate.read_gold(gold_file)[0][2]
    assert chile.reciprocal and {p.code for p in chile.recipients} == {"CHL", "BOL"}


def event(event_type, actor=None, recipient=None, confidence=0.5, sector=None):
    def party(code):
        return Party(code, 0, 3, code=code, sector=sector) if code else None
    return Event("d", "e", 0, "s", event_type, None, (), "010", 0.0, 1, Span("x", 0, 1), party(actor),
                 party(recipient), confidence=confidence)


GOLD = evaluate.GoldRecord("g", "t", "ACCUSE", "DISAPPROVE", (evaluate.GoldParty("France", "FRA", "GOV"),),
                           (evaluate.GoldParty("UN", "IGO", None),))


@pytest.mark.parametrize("events, top, hit, actor_missed, recipient_missed", [
    ([event("ACCUSE", "FRA", "IGOUNO", 0.9)], "ACCUSE", True, (), ()),
    ([event("SUPPORT", "FRA", "IGOUNO", 0.9), event("ACCUSE", "FRA", None, 0.4)], "SUPPORT", True, (), ("IGO",)),
    ([event("REJECT", "DEU", "IGOUNO", 0.9)], "REJECT", False, ("FRA",), ()),
    ([], "NONE", False, ("FRA",), ("IGO",)),
])
def test_score_one_uses_top_event_and_gold_type_events(events, top, hit, actor_missed, recipient_missed):
    o = evaluate.score_one(GOLD, events)
    assert (o.top_type, o.hit, o.actor_missed, o.recipient_missed) == (top, hit, actor_missed, recipient_missed)


def test_precision_counts_codes_not_in_gold_and_sector_is_checked():
    o = evaluate.score_one(GOLD, [event("ACCUSE", "FRA", "IGOUNO", sector="MIL"), event("ACCUSE", "GBR", "IGOUNO")])
    report = evaluate.summarize([o])
    assert report.actor_precision.value == 0.5 and report.actor_recall.value == 1.0
    assert (report.sector.right, report.sector.total) == (0, 1)


def test_summary_confusion_and_events_per_sentence():
    outcomes = [evaluate.score_one(GOLD, [event("ACCUSE", "FRA"), event("REJECT", "FRA")]),
                evaluate.score_one(GOLD, [])]
    report = evaluate.summarize(outcomes)
    assert report.events_per_sentence == 1.0
    assert report.confusion["ACCUSE"] == {"ACCUSE": 1, "NONE": 1}
    assert report.top1.value == 0.5 and report.per_type["ACCUSE"].n == 2


def run(*args):
    return subprocess.run([*DYADS, *args], capture_output=True, text=True, timeout=300)


def test_eval_command_reports_json_scores_and_misses(gold_file):
    res = run("eval", str(gold_file), "--format", "json", "--show-misses")
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stdout)
    assert report["n"] == 5 and len(report["skipped"]) == 2
    assert report["hit_rate"]["total"] == 5
    assert report["per_type"]["SUPPORT"]["top1"]["right"] == 1
    assert all(m["why"] for m in report["misses"])
    assert "skipped" in res.stderr


def test_eval_command_prints_tables_and_misses(gold_file):
    res = run("eval", str(gold_file), "--show-misses")
    assert res.returncode == 0, res.stderr
    assert "top-1 event type accuracy" in res.stdout and "confusion" in res.stdout


def test_eval_command_fails_clearly_on_missing_file(tmp_path):
    res = run("eval", str(tmp_path / "nope.jsonl"))
    assert res.returncode != 0 and "not found" in res.stderr


def test_explain_prints_parse_candidates_and_verdicts():
    res = run("explain", "Chile condemned Peru after the talks had been cancelled.")
    assert res.returncode == 0, res.stderr
    assert "condemned" in res.stdout and "coded 1 event(s)" in res.stdout
    assert "dobj" in res.stdout and "not coded" in res.stdout


GSR = Path(__file__).parent / "fixtures" / "plover_gold"


@pytest.mark.parametrize("name", ["gsr_array.json", "gsr_lines.jsonl"])
def test_read_gold_takes_the_official_array_layout_and_plain_string_text_info(name):
    # the official PLOVER_GSR_CAMEO.txt is one JSON array, and some of its records have textInfo as a string
    records, skipped = evaluate.read_gold(GSR / name)
    assert [r.id for r in records] == ["FX-GSR-001", "FX-GSR-002", "FX-GSR-003"]
    assert [r.event_type for r in records] == ["ACCUSE", "AGREE", "REQUEST"]
    ghana_togo = records[1]
    assert ghana_togo.reciprocal and {p.code for p in ghana_togo.recipients} == {"GHA", "TGO"}
    assert not records[0].reciprocal and [p.code for p in records[0].recipients] == ["COL"]
    assert len(skipped) == 1 and "WAVE" in skipped[0]


@pytest.mark.parametrize("name", ["gsr_array.json", "gsr_lines.jsonl"])
def test_eval_command_scores_the_official_layout(name):
    res = run("eval", str(GSR / name), "--format", "json")
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    report = json.loads(res.stdout)
    assert report["n"] == 3 and len(report["skipped"]) == 1
    assert report["top1_accuracy"]["total"] == 3 and report["top1_accuracy"]["right"] >= 2


def test_gold_cameo_country_codes_that_differ_from_iso_are_read_as_iso():
    raw = {"text": "Bucharest sent aid to Dili.", "event": "AID",
           "source": [{"actorText": "Bucharest", "code": "ROM"}], "target": [{"actorText": "Dili", "code": "TMP"}]}
    record = evaluate.gold_record(raw, fallback_id="x")
    assert [p.code for p in record.actors] == ["ROU"] and [p.code for p in record.recipients] == ["TLS"]
