"""The when/where gold set (tests/data/when_where_gold.jsonl, written for dyads): accuracy thresholds."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dyads import whenwhere

GOLD = Path(__file__).parent / "data" / "when_where_gold.jsonl"
PLACES_GOLD = Path(__file__).parent / "data" / "places_gold.jsonl"


@pytest.fixture(scope="module")
def outcomes(settings):
    return whenwhere.score(whenwhere.read_gold(GOLD), settings=settings)


def test_gold_set_is_large_and_covers_every_rule():
    items = whenwhere.read_gold(GOLD)
    assert len(items) >= 80
    precisions = {i["precision"] for i in items}
    assert precisions == {"day", "month", "year", "publication", "unknown"}
    assert sum(i["place"] is None for i in items) >= 8


@pytest.mark.parametrize("measure, threshold", [("date", 0.9), ("place", 0.9), ("country", 0.97)])
def test_gold_accuracy_meets_threshold(outcomes, measure, threshold):
    scores = whenwhere.accuracy(outcomes)
    misses = [o.item["id"] for o in outcomes if not getattr(o, f"{measure}_ok")]
    assert scores[measure] >= threshold, f"{measure} accuracy {scores[measure]:.3f}; misses: {misses}"


def test_only_planned_events_are_dated_after_publication(outcomes):
    for o in outcomes:
        if o.event is not None and o.event.status != "planned" and o.event.date is not None:
            assert o.event.date <= dt.date.fromisoformat(o.item["published"]), o.item["id"]


@pytest.fixture(scope="module")
def place_outcomes(settings):
    return whenwhere.score(whenwhere.read_gold(PLACES_GOLD), settings=settings)


def test_places_gold_covers_homonyms_compass_regions_and_unplaced_towns():
    rules = " ".join(i["rule"] for i in whenwhere.read_gold(PLACES_GOLD))
    for needle in ("homonym", "compass region", "left unplaced", "capital"):
        assert needle in rules


@pytest.mark.parametrize("measure", ["place", "country"])
def test_places_gold_places_every_event_where_its_text_says(place_outcomes, measure):
    misses = [(o.item["id"], o.event and o.event.location and (o.event.location.name, o.event.location.country))
              for o in place_outcomes if not getattr(o, f"{measure}_ok")]
    assert not misses, misses
