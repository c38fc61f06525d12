"""Dates: expressions resolved against the publication date, and attached to the right clause."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dyads import dates, nlp

FRIDAY = dt.date(2024, 5, 17)
DYADS = str(Path(sys.executable).with_name("dyads"))


@pytest.mark.parametrize("text, future, expected, precision", [
    ("on Thursday", False, "2024-05-16", "day"),
    ("Friday", False, "2024-05-17", "day"),
    ("on Monday", True, "2024-05-20", "day"),
    ("on Friday", True, "2024-05-24", "day"),
    ("last Thursday", False, "2024-05-16", "day"),
    ("next Tuesday", True, "2024-05-21", "day"),
    ("Tuesday evening", False, "2024-05-14", "day"),
    ("yesterday", False, "2024-05-16", "day"),
    ("today", False, "2024-05-17", "day"),
    ("tomorrow", True, "2024-05-18", "day"),
    ("last week", False, "2024-05-06", "day"),
    ("this week", False, "2024-05-13", "day"),
    ("earlier this month", False, "2024-05-01", "month"),
    ("last month", False, "2024-04-01", "month"),
    ("next month", True, "2024-06-01", "month"),
    ("last year", False, "2023-01-01", "year"),
    ("in 2023", False, "2023-01-01", "year"),
    ("late 2019", False, "2019-01-01", "year"),
    ("in March", False, "2024-03-01", "month"),
    ("in June", False, "2023-06-01", "month"),
    ("in June", True, "2024-06-01", "month"),
    ("June 2021", False, "2021-06-01", "month"),
    ("on May 16", False, "2024-05-16", "day"),
    ("Dec. 5", False, "2023-12-05", "day"),
    ("March 3, 2022", False, "2022-03-03", "day"),
    ("3 March 2022", False, "2022-03-03", "day"),
    ("18 years ago", False, "2006-01-01", "year"),
    ("three weeks ago", False, "2024-04-26", "day"),
    ("two months ago", False, "2024-03-01", "month"),
    ("May 14-16", False, "2024-05-14", "day"),
    ("14 to 16 May", False, "2024-05-14", "day"),
    ("between 2019 and 2021", False, "2019-01-01", "year"),
])
def test_expression_resolves_against_publication_date(text, future, expected, precision):
    found = dates.resolve_text(text, published=FRIDAY, future=future)
    assert found is not None
    assert (found.date.isoformat(), found.precision) == (expected, precision)


@pytest.mark.parametrize("text", ["two-day", "for three days", "the 75th anniversary", "the same day", "decades"])
def test_durations_and_non_dates_are_not_points_in_time(text):
    assert dates.resolve_text(text, published=FRIDAY) is None


@pytest.fixture(scope="module")
def parse(settings):
    model = nlp.load(settings.spacy_model)
    return model


def _trigger(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, trigger, status, expected, precision", [
    ("Police arrested four men in Lagos on Tuesday.", "arrested", "occurred", "2024-05-14", "day"),
    ("The minister will visit Oslo on Monday.", "visit", "planned", "2024-05-20", "day"),
    ("Officials said on Tuesday that the army had shelled the town.", "shelled", "occurred", None, "unknown"),
    ("The rebels previously attacked the convoy.", "attacked", "occurred", None, "unknown"),
    ("Officials said on Tuesday that the army shells the town.", "shells", "occurred", "2024-05-17", "publication"),
    ("The envoy rejected the plan that the council adopted on Monday.", "rejected", "occurred", "2024-05-17", "publication"),
    ("Kenya signed and ratified the treaty on Wednesday.", "ratified", "occurred", "2024-05-15", "day"),
    ("The two leaders held talks on Thursday morning.", "talks", "occurred", "2024-05-16", "day"),
    ("Her 2019 visit to Lima was brief.", "visit", "occurred", "2019-01-01", "year"),
])
def test_expression_attaches_to_the_events_own_clause(parse, text, trigger, status, expected, precision):
    doc = parse(text)
    when, why = dates.resolve(_trigger(doc, trigger), published=FRIDAY, status=status)
    assert (when.date.isoformat() if when.date else None, when.precision) == (expected, precision), why


def test_simple_past_event_without_expression_takes_the_story_date(parse):
    doc = parse("The president landed in Accra on Thursday. She praised the parliament.")
    story = dates.story_date(list(doc.sents), published=FRIDAY)
    assert story is not None and story.date == dt.date(2024, 5, 16)
    when, why = dates.resolve(_trigger(doc, "praised"), published=FRIDAY, status="occurred", story=story)
    assert when.date == dt.date(2024, 5, 16) and "story date" in why


def test_present_perfect_event_keeps_the_publication_date_despite_a_story_date(parse):
    doc = parse("The president landed in Accra on Thursday. Ghana has criticized the ruling.")
    story = dates.story_date(list(doc.sents), published=FRIDAY)
    when, _ = dates.resolve(_trigger(doc, "criticized"), published=FRIDAY, status="occurred", story=story)
    assert (when.date, when.precision) == (FRIDAY, "publication")


def test_relative_clause_date_does_not_become_the_story_date(parse):
    doc = parse("The envoy rejected the plan that the council adopted on Monday.")
    assert dates.story_date(list(doc.sents), published=FRIDAY) is None


@pytest.mark.parametrize("args, expected", [
    (["on Thursday", "--date", "2024-05-17"], {"date": "2024-05-16", "precision": "day"}),
    (["on Monday", "--date", "2024-05-17", "--future"], {"date": "2024-05-20", "precision": "day"}),
    (["in 2023", "--date", "2024-05-17"], {"date": "2023-01-01", "precision": "year"}),
])
def test_cli_dates_resolve_prints_date_and_precision(args, expected):
    proc = subprocess.run([DYADS, "dates", "resolve", *args], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout).items() >= expected.items()


def test_cli_dates_resolve_rejects_a_duration_with_one_line():
    proc = subprocess.run([DYADS, "dates", "resolve", "two days", "--date", "2024-05-17"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0 and "not a point in time" in proc.stderr


@pytest.mark.parametrize("text, published, future, expected", [
    # "last April" is the latest April strictly before the publication month.
    ("last April", "2018-02-19", False, "2017-04-01"),
    ("last April", "2018-04-10", False, "2017-04-01"),
    ("last April", "2018-05-10", False, "2018-04-01"),
    ("last April", "2018-12-01", False, "2018-04-01"),
    ("last December", "2018-12-31", False, "2017-12-01"),
    ("last January", "2019-01-02", False, "2018-01-01"),
    ("last January", "2019-02-01", False, "2019-01-01"),
    # "next April" is the first April strictly after it.
    ("next April", "2018-02-19", True, "2018-04-01"),
    ("next April", "2018-04-10", True, "2019-04-01"),
    ("next May", "2018-05-10", True, "2019-05-01"),
    ("next January", "2018-12-01", True, "2019-01-01"),
    ("this April", "2018-12-01", False, "2018-04-01"),
    ("in April", "2018-04-10", False, "2018-04-01"),
    ("April last year", "2018-02-19", False, "2017-04-01"),
    ("in April last year", "2018-12-01", False, "2017-04-01"),
    ("April this year", "2018-12-01", False, "2018-04-01"),
    ("December of last year", "2018-01-05", False, "2017-12-01"),
])
def test_month_named_without_year_takes_the_year_relative_to_the_publication_month(text, published, future, expected):
    found = dates.resolve_text(text, published=dt.date.fromisoformat(published), future=future)
    assert found is not None and (found.date.isoformat(), found.precision) == (expected, "month")


@pytest.mark.parametrize("text, trigger, status, expected, precision", [
    ("Police arrested the two men on 3 June 2024.", "arrested", "occurred", "2024-05-17", "publication"),
    ("Police arrested the two men last month.", "arrested", "occurred", "2024-04-01", "month"),
    ("The ministers will meet on 3 June 2024.", "meet", "planned", "2024-06-03", "day"),
])
def test_an_event_that_occurred_is_never_dated_after_publication(parse, text, trigger, status, expected, precision):
    when, why = dates.resolve(_trigger(parse(text), trigger), published=FRIDAY, status=status)
    assert (when.date.isoformat(), when.precision) == (expected, precision), why
    if precision == "publication":
        assert "after publication" in why and "2024-06-03" in why


@pytest.mark.parametrize("text, trigger, expected, precision", [
    ("Police arrested four men in Lagos on Tuesday.", "arrested", None, "publication"),
    ("Police arrested four men in Lagos last April.", "arrested", None, "publication"),
    ("Police arrested four men in Lagos on 3 March 2022.", "arrested", "2022-03-03", "day"),
    ("Police arrested four men in Lagos in 2019.", "arrested", "2019-01-01", "year"),
])
def test_a_document_without_a_date_keeps_only_dates_its_text_states_in_full(parse, text, trigger, expected, precision):
    when, why = dates.resolve(_trigger(parse(text), trigger), published=None, status="occurred")
    assert (when.date.isoformat() if when.date else None, when.precision) == (expected, precision), why


def test_february_29_without_a_year_goes_to_the_nearest_leap_year():
    from dyads import dates
    import datetime as _dt
    found = dates.resolve_text("February 29", published=_dt.date(2000, 1, 1))
    assert found is not None and found.date == _dt.date(1996, 2, 29)
    planned = dates.resolve_text("February 29", published=_dt.date(2001, 3, 1), future=True)
    assert planned is not None and planned.date == _dt.date(2004, 2, 29)
