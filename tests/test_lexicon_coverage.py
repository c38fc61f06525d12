"""Codebook coverage of the lexicon: constructions of every PLOVER type code on sentences we wrote, nouns are
derived from verbs by `data/derivations.csv`, and `dyads lexicon stats` reports the coverage."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import triples
from dyads import lexicon, lexicon_stats

DYADS = [str(Path(sys.executable).with_name("dyads"))]
HEADER = "lemma,pos,object,particle,event_type,mode,cameo,note\n"

# (sentence, event type, actor code, recipient code or None): at least one new construction per PLOVER type
CASES = [
    ("Ecuador offered a ceasefire to Peru.", "AGREE", "ECU", "PER"),
    ("Brazil gave assurances to Paraguay about the dam.", "AGREE", "BRA", "PRY"),
    ("Qatar brokered a deal between Sudan and Chad.", "CONSULT", "QAT", "SDN"),
    ("Egypt held a phone call with Jordan.", "CONSULT", "EGY", "JOR"),
    ("Kenya extolled Tanzania for its help.", "SUPPORT", "KEN", "TZA"),
    ("Serbia inked a deal with Hungary.", "SUPPORT", "SRB", "HUN"),
    ("Latvia stands with Ukraine.", "SUPPORT", "LVA", "UKR"),
    ("Armenia allied with Iran against Azerbaijan.", "COOPERATE", "ARM", "IRN"),
    ("Finland coordinated with Sweden on air defence.", "COOPERATE", "FIN", "SWE"),
    ("Norway bankrolled Somalia's new hospitals.", "AID", "NOR", "SOM"),
    ("France armed Ukrainian soldiers.", "AID", "FRA", "UKR"),
    ("The United States trained Iraqi troops.", "AID", "USA", "IRQ"),
    ("Hungary caved in to pressure from Austria.", "CONCEDE", "HUN", "AUT"),
    ("Bolivia backtracked on its threat against Chile.", "CONCEDE", "BOL", None),
    ("Russia drew down its forces in Belarus.", "RETREAT", "RUS", None),
    ("Colombia swapped three Venezuelan prisoners.", "RETREAT", "COL", "VEN"),
    ("Ukraine begged Poland for more ammunition.", "REQUEST", "UKR", "POL"),
    ("Lebanon sought aid from Saudi Arabia.", "REQUEST", "LBN", "SAU"),
    ("Sweden demanded the release of its diplomats from Iran.", "REQUEST", "SWE", "IRN"),
    ("Pakistan summoned the Afghan ambassador.", "ACCUSE", "PAK", "AFG"),
    ("Chile berated Argentina over the fishing dispute.", "ACCUSE", "CHL", "ARG"),
    ("Greece snubbed Turkey's invitation.", "REJECT", "GRC", "TUR"),
    ("Iran ignored the demands of Iraq.", "REJECT", "IRN", "IRQ"),
    ("Macron ignored the Algerian president's calls.", "REJECT", "FRA", "DZA"),
    ("Japan voted against the Chinese proposal.", "REJECT", "JPN", "CHN"),
    ("Vietnam threatened sanctions against Laos.", "THREATEN", "VNM", "LAO"),
    ("Iran vowed to destroy Israel.", "THREATEN", "IRN", "ISR"),  # sense rule: a vow to do harm
    ("Turkey vowed to cooperate with Russia.", "AGREE", "TUR", "RUS"),
    ("Kenyan teachers organised a demonstration against the government.", "PROTEST", "KEN", None),
    ("Thousands of Malian soldiers mutinied against their commanders.", "PROTEST", "MLI", None),
    ("Turkey dispatched warships to the coast of Cyprus.", "MOBILIZE", "TUR", None),
    ("India called up reservists after the clash with Pakistan.", "MOBILIZE", "IND", None),
    ("Spain downgraded ties with Algeria.", "SANCTION", "ESP", "DZA"),
    ("Canada slapped sanctions on Russia.", "SANCTION", "CAN", "RUS"),
    ("Belarus stripped the opposition leader of his citizenship.", "COERCE", "BLR", "BLR"),
    ("Egyptian police harassed Sudanese refugees.", "COERCE", "EGY", "SDN"),
    ("Ethiopian forces overran Eritrean positions.", "ASSAULT", "ETH", "ERI"),
    ("Syrian jets bombarded Turkish troops.", "ASSAULT", "SYR", "TUR"),
    ("Houthi rebels fired missiles at Saudi Arabia.", "ASSAULT", "YEM", "SAU"),
    ("Colombian guerrillas waged a long war against Venezuela.", "ASSAULT", "COL", "VEN"),
    ("Chadian rebels waged guerrilla warfare against Sudan.", "ASSAULT", "TCD", "SDN"),
    ("Serbian paramilitaries butchered Bosnian villagers.", "ASSAULT", "SRB", "BIH"),
    ("Kenyan police clubbed Somali traders.", "ASSAULT", "KEN", "SOM"),
    ("Thai soldiers ransacked the Cambodian embassy.", "COERCE", "THA", "KHM"),
    ("Brazil's Congress impeached the Brazilian president.", "ACCUSE", "BRA", "BRA"),
    ("Norway chastised Iceland over whaling.", "ACCUSE", "NOR", "ISL"),
    ("Peruvian farmers petitioned the Chilean government.", "REQUEST", "PER", "CHL"),
    ("Nepal's supreme court overruled the Indian ruling.", "REJECT", "NPL", "IND"),
]


@pytest.mark.parametrize("text, event_type, actor, recipient", CASES)
def test_codebook_constructions_code(code, text, event_type, actor, recipient):
    events = code(text)
    found = [e for e in events if e.event_type == event_type and (e.actor.code if e.actor else None) == actor
             and (recipient is None or (e.recipient and e.recipient.code == recipient))]
    assert found, f"no {event_type} {actor}->{recipient} in {triples(events)}"


@pytest.mark.parametrize("text, event_type", [
    ("The deportation of Afghan refugees by Iran continued.", "COERCE"),  # deport -> deportation
    ("Kenya condemned the imprisonment of journalists by Uganda.", "ACCUSE"),  # the governing verb codes
    ("The harassment of Sudanese refugees by Egyptian police drew criticism.", "COERCE"),  # harass -> harassment
    ("The Ugandan rebels announced the formal disbanding of their faction.", "RETREAT"),  # disband -> disbanding
    ("Hamas announced the freeing of two Israeli hostages.", "RETREAT"),  # free -> freeing
    ("The Kenyan government announced the easing of restrictions on Somali traders.", "CONCEDE"),  # ease -> easing
])
def test_derived_nouns_code_like_their_verb(code, text, event_type):
    assert event_type in {e.event_type for e in code(text)}


@pytest.mark.parametrize("text", [
    "The soldiers were armed with rifles.",
    "The new hospital in Oslo is equipped with modern scanners.",
])
def test_armed_or_equipped_with_is_no_aid(code, text):
    assert "AID" not in {e.event_type for e in code(text)}


def test_nouns_are_derived_from_verbs_by_the_table():
    lex = lexicon.load(())
    [entry] = lex.candidates("harassment", "NOUN")
    assert (entry.event_type, entry.cameo) == ("COERCE", "170")
    assert entry.source.startswith("derivations.csv:") and "verbs.csv" in entry.source


def test_a_written_noun_row_overrides_the_derived_one():
    # "deportation" is both derived from "deport" and written in nouns.csv: the written row is in force
    [entry] = lexicon.load(()).candidates("deportation", "NOUN")
    assert entry.source.startswith("lexicon/nouns.csv")


def test_a_users_verb_entry_yields_its_derived_noun(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(HEADER + "harass,VERB,,,ACCUSE,disapprove,111,verbal harassment\n")
    [entry] = lexicon.load((str(path),)).candidates("harassment", "NOUN")
    assert (entry.event_type, entry.cameo) == ("ACCUSE", "111")


def test_a_verb_marked_no_event_yields_no_noun(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(HEADER + "harass,VERB,,,NONE,,,not an event here\n")
    assert lexicon.load((str(path),)).candidates("harassment", "NOUN") == []


def test_stats_count_entries_by_code_type_and_part_of_speech(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(HEADER + "frobnicate,VERB,,,ASSAULT,,2042,made up\nfrobnicate,VERB,box,,NONE,,,made up\n")
    base, more = lexicon_stats.stats(lexicon.load(())), lexicon_stats.stats(lexicon.load((str(path),)))
    assert more.entries == base.entries + 1 and more.not_event == base.not_event + 1
    assert more.by_cameo["2042"] == base.by_cameo["2042"] + 1
    assert more.by_cameo["20"] == base.by_cameo["20"] + 1  # a root counts its whole family
    assert more.by_type["ASSAULT"] == base.by_type["ASSAULT"] + 1
    assert more.by_type_pos["ASSAULT"]["VERB"] == base.by_type_pos["ASSAULT"]["VERB"] + 1
    assert sum(base.by_type.values()) == base.entries == sum(base.by_pos.values())


def test_builtin_lexicon_covers_every_plover_type_and_most_cameo_codes():
    s = lexicon_stats.stats(lexicon.load(()))
    assert all(n >= 20 for n in s.by_type.values()), s.by_type
    # the public-statement codes (01x) have no PLOVER event type; most others have an entry
    missing = [c for c in s.codes_without_entries if not c.startswith("01")]
    assert len(missing) < 0.2 * len(s.by_cameo), missing


def test_cli_lexicon_stats_json_and_table():
    res = subprocess.run([*DYADS, "lexicon", "stats", "--format", "json"], capture_output=True, text=True,
                         timeout=300)
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["entries"] == sum(data["by_type"].values()) > 1000
    assert "010" in data["codes_without_entries"] and "190" not in data["codes_without_entries"]
    assert data["by_cameo"]["173"] > 0 and set(data["by_pos"]) <= {"VERB", "NOUN", "ADJ", "MODAL"}
    res = subprocess.run([*DYADS, "lexicon", "stats"], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert "entries per PLOVER type" in res.stdout and "CAMEO codes have no entry or sense rule" in res.stdout
    assert "arrest or detain" in res.stdout


def test_cli_lexicon_stats_names_a_missing_file(tmp_path):
    res = subprocess.run([*DYADS, "lexicon", "stats", "--lexicon", str(tmp_path / "nope.csv")],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 2 and "lexicon file not found" in res.stderr


def test_stats_count_the_codes_sense_rules_reach():
    s = lexicon_stats.stats(lexicon.load(()))
    assert s.by_cameo_senses["1952"] >= 1  # "drone strikes" (senses/rules.csv), no entry of its own
    assert "1952" not in s.codes_without_entries


@pytest.mark.parametrize("text, trigger, event_type", [
    ("Uganda observed a cease-fire with the rebels.", "fire", "RETREAT"),  # "cease-fire" is "ceasefire"
    ("Russia ordered a military build-up near the Ukrainian border.", "up", "MOBILIZE"),
    ("The Ugandan rebels announced a cease-fire on Monday.", "announced", "CONCEDE"),  # light verb + hyphenated object
    ("Iran test-fired a new missile on Monday.", "fired", "MOBILIZE"),  # a weapons test, not an attack
])
def test_hyphenated_words_code_as_one_word(code, text, trigger, event_type):
    assert event_type in {e.event_type for e in code(text) if e.trigger.text == trigger}


def test_a_hyphenated_prefix_leaves_the_head_word_its_own_entry(code):
    assert "ASSAULT" in {e.event_type for e in code("Israel launched a counter-attack on Hezbollah.")}


@pytest.mark.parametrize("text", [
    "The Ugandan rebels said they would end attacks on government forces.",
    "The Ugandan rebels announced a cessation of hostilities.",
])
def test_ending_hostilities_is_no_attack(code, text):
    types = {e.event_type for e in code(text)}
    assert types & {"RETREAT", "CONCEDE"} and not types & {"ASSAULT", "THREATEN"}
