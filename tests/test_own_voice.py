"""A speaker naming its own side in the third person inside a direct quotation tells its own side's act
(dyads.own_voice); a third party's act in the speaker's words stays the speaker's account. Invented sentences."""
from __future__ import annotations

from conftest import triples
from dyads.own_voice import speaks_for
from dyads.records import Party


def _party(code: str | None, sector: str | None) -> Party:
    return Party("x", 0, 1, code=code, country=code, sector=sector)


def test_a_state_organ_speaks_for_its_state_named_as_a_whole():
    assert speaks_for(_party("KEN", "GOV"), _party("KEN", "GOV"), named=True)
    assert speaks_for(_party("KEN", "GOV"), _party("KEN", None), named=True)  # "Kenya" by name
    assert speaks_for(_party("KEN", "MIL"), _party("KEN", "GOV"), named=True)


def test_no_one_speaks_for_another_country_side_or_organ_or_a_description():
    assert not speaks_for(_party("KEN", "GOV"), _party("UGA", "GOV"), named=True)
    assert not speaks_for(_party("KEN", "OPP"), _party("KEN", "GOV"), named=True)  # the opposition on the government
    assert not speaks_for(_party("KEN", "GOV"), _party("KEN", "REB"), named=True)
    assert not speaks_for(_party("KEN", "GOV"), _party("KEN", "COP"), named=True)  # its account of the police
    assert not speaks_for(_party("KEN", "GOV"), _party("KEN", "GOV"), named=False)  # "the ministry", "a country"
    assert not speaks_for(None, _party("KEN", "GOV"), named=True)
    assert not speaks_for(_party(None, "GOV"), _party("KEN", "GOV"), named=True)


def test_a_minister_quoting_his_government_by_name_codes_its_request(code):
    text = ("Kenya's foreign minister Amina Odhiambo spoke in Nairobi on Monday. \"The Government of Kenya urges "
            "Uganda to reopen the border,\" Foreign Minister Amina Odhiambo said.")
    events = [e for e in code(text) if e.event_type == "REQUEST"]
    assert ("REQUEST", "KEN", "UGA") in triples(events), triples(events)
    assert any("own side" in e.why for e in events)


def test_a_third_partys_act_quoted_by_a_foreign_speaker_stays_uncoded(code):
    text = "\"Uganda's army has shelled our villages,\" a Kenyan police spokesman said."
    events = [e for e in code(text) if e.event_type == "ASSAULT"]
    assert not any(e.actor and e.actor.code == "UGA" for e in events), triples(events)


def test_the_governments_act_quoted_by_the_opposition_stays_uncoded(code):
    text = ("Kenya's opposition leader Raila Odinga spoke in Nairobi on Monday. \"The Government of Kenya has arrested "
            "our members,\" Odinga said.")
    events = [e for e in code(text) if e.event_type == "COERCE"]
    assert not any(e.actor and e.actor.code == "KEN" and e.actor.sector == "GOV" for e in events), triples(events)
