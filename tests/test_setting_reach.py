"""A long article's setting reaches only the sentences near where it was last named (`actors.setting_reach`).
Sentences we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations

from types import SimpleNamespace

from dyads.actors.setting_reach import LONG_STORY_SENTENCES, SETTING_REACH, out_of_reach

LEAD = "Hundreds of dock workers gathered in Valparaiso on Sunday after a strike at the port. "
# background with no country in it: a long feature's middle paragraphs
FILLER = ["The harbour was built more than a century ago.", "Its cranes are painted a pale shade of blue.",
          "Fishing boats leave before dawn and come back at noon.", "The market opens early on weekdays.",
          "Many families have worked on the quays for generations.", "The old warehouses now house cafes.",
          "Tourists come in the summer to see the painted houses.", "The hills above the bay are steep.",
          "A funicular climbs from the lower town to the upper one.", "Rain is rare in the dry months.",
          "The school by the quay teaches two hundred children.", "A small museum tells the story of the port.",
          "The ferry to the islands runs twice a week.", "The lighthouse was rebuilt after a storm.",
          "Shipping rates rose sharply over the decade.", "The fish auction is loud and crowded.",
          "Sailors from many ships drink in the bars near the docks.", "The cathedral bells ring every hour.",
          "Street murals cover the walls of the old quarter.", "The tram line closed many years ago.",
          "A new container terminal is under construction.", "Trucks queue for hours at the gates.",
          "Wages on the quays have not kept pace with prices.", "The union hall stands next to the bakery.",
          "Night shifts are the hardest, the workers say."]
ACT = "Police arrested twelve dock workers near the harbour."


def _mention(country, sentence):
    return SimpleNamespace(res=SimpleNamespace(party=SimpleNamespace(country=country)), sentence=sentence)


def test_short_documents_and_the_lead_are_always_within_reach():
    assert not out_of_reach("CHL", 30, LONG_STORY_SENTENCES - 1, [_mention("CHL", 0)])
    assert not out_of_reach("CHL", SETTING_REACH, 60, [_mention("CHL", 0)])


def test_a_long_document_needs_the_setting_named_nearby():
    mentions = [_mention("CHL", 0), _mention("PER", 28)]
    assert out_of_reach("CHL", 30, 60, mentions)
    assert not out_of_reach("CHL", 30, 60, [*mentions, _mention("CHL", 30 - SETTING_REACH)])
    assert not out_of_reach("CHL", 30, 60, [*mentions, _mention("CHL", 30)])


def _coerce_actors(events):
    return {e.actor.code if e.actor else None for e in events if e.event_type == "COERCE"}


def test_deep_in_a_long_article_unnamed_police_are_not_the_setting_s(code):
    events = code(LEAD + " ".join(FILLER) + " " + ACT)
    assert "CHL" not in _coerce_actors(events), [(e.event_type, e.actor) for e in events]


def test_the_setting_named_just_before_still_reaches_unnamed_police(code):
    text = LEAD + " ".join(FILLER) + " The strike in Valparaiso entered its second week. " + ACT
    assert _coerce_actors(code(text)) == {"CHL"}


def test_a_short_story_keeps_its_setting(code):
    assert _coerce_actors(code(LEAD + " ".join(FILLER[:3]) + " " + ACT)) == {"CHL"}
