"""The place of a gathering (parties meeting, negotiating, agreeing or signing) is where its parties came to, not
where they are from: it sets no story there and locates none of them, unless the gathering's own words (or the
lead before it) name that country (invented sentences)."""
from __future__ import annotations

from dyads import geo, nlp
from dyads.settings import load_settings


def _setting(text: str) -> str | None:
    doc = nlp.load(load_settings().spacy_model)(text)
    return geo.setting_country(geo.analyse(doc, gazetteer=geo.load()))[0]


def test_a_signing_abroad_in_the_lead_sets_no_story_there():
    text = ("Sudan's army and a rebel alliance signed a truce in Nairobi on Monday after a month of talks. "
            "The federal government will reopen roads to the south under the deal.")
    assert _setting(text) != "KEN"


def test_talks_between_ministers_in_a_mediators_capital_set_no_story_there():
    text = ("Mali and Niger have agreed to reopen their border, Senegal's presidency said on Friday after talks "
            "between the two countries' defence ministers in Dakar. Officials said trucks would move next week.")
    assert _setting(text) != "SEN"


def test_a_protest_in_the_lead_still_sets_the_story_there():
    text = "Police fired tear gas at protesters in Nairobi on Monday. The interior ministry said 40 were detained."
    assert _setting(text) == "KEN"


def test_a_meeting_at_home_named_in_the_lead_before_it_keeps_the_setting():
    text = ("Rebels blockaded a highway in northern Ghana on Monday. At a meeting in Accra on Tuesday, their "
            "commanders refused to answer questions.")
    assert _setting(text) == "GHA"


def test_a_party_with_no_country_is_not_located_where_it_negotiated(code):
    events = code("Bolivia's government and the opposition agreed in Lima to hold an election next year.")
    agreed = [e for e in events if e.event_type == "AGREE" and e.trigger.text == "agreed"]
    assert agreed, "the agreement is coded"
    assert "PER" not in {e.actor.code for e in agreed} | {e.recipient.code for e in agreed if e.recipient}
