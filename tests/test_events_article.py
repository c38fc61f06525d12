"""Regression: a whole article we wrote, modelled on a state-visit report, codes every action right."""
from __future__ import annotations

import pytest

ARTICLE = """Joint communique on deepening India-Japan ties is signed by Modi and Kishida

On Friday, Prime Minister Narendra Modi of India and Japanese Prime Minister Fumio Kishida signed and released a joint communique aimed at expanding the strategic partnership between the two countries.

Modi landed in Tokyo for a three-day state visit, and Kishida rolled out the red carpet for him, NHK said, pointing to the two nations' shared worries about North Korea's continued aggression against South Korea.

According to a statement from Japan's Foreign Ministry, Kishida said during their talks on Friday that relations between Japan and India had \"stood the test of time\" and should be \"treasured\" by both sides.

\"Japan is ready to work with India to keep the region free and open,\" Kishida stated.

According to NHK, the visit came a day after North Korea launched an unexpected missile attack on South Korean islands.

China has disputed Japanese accusations that it harasses Japanese fishing boats, while Japan has accused Beijing of doing so.

It was expected that Modi and Kishida would discuss maritime security and trade in Tokyo. Modi commended Japan for its investment in Indian railways.

Ties have deepened since Modi visited Tokyo in 2018. According to NHK, the two leaders regard each other as trusted partners.

Modi was supposed to visit a technology fair in Nagoya, a city in central Japan, as part of his trip to the country.

Modi's schedule also included a stop at a Chinese shipping firm's office, a company that the Japanese government has sanctioned for supplying fuel to North Korea's navy."""

# (event type, actor, recipient or None, status, a word of the trigger)
EXPECTED = [
    ("SUPPORT", "IND", "JPN", "occurred", "signed"),
    ("SUPPORT", "JPN", "IND", "occurred", "signed"),
    ("CONSULT", "IND", "JPN", "occurred", "visit"),
    ("AGREE", "JPN", "IND", "occurred", "ready"),
    ("ASSAULT", "PRK", "KOR", "occurred", "launched"),
    ("REJECT", "CHN", "JPN", "occurred", "disputed"),
    ("ACCUSE", "JPN", "CHN", "occurred", "accused"),
    ("CONSULT", "IND", "JPN", "planned", "discuss"),
    ("SUPPORT", "IND", "JPN", "occurred", "commended"),
    ("CONSULT", "IND", "JPN", "occurred", "visited"),
    ("CONSULT", "IND", "JPN", "planned", "visit"),
    ("SANCTION", "JPN", "CHN", "occurred", "sanctioned"),
]


@pytest.fixture(scope="module")
def article_events(code):
    return code(ARTICLE, "2024-05-17")


@pytest.mark.parametrize("event_type, actor, recipient, status, trigger", EXPECTED)
def test_article_event_is_coded_with_status(article_events, event_type, actor, recipient, status, trigger):
    found = [e for e in article_events if e.event_type == event_type and e.actor and e.actor.code == actor
             and (recipient is None or (e.recipient and (e.recipient.code or "").startswith(recipient)))
             and e.status == status and e.trigger.text == trigger]
    assert found, [(e.event_type, e.actor and e.actor.code, e.recipient and e.recipient.code, e.status,
                    e.trigger.text) for e in article_events]


def test_reporting_outlet_is_never_a_party(article_events):
    assert not [e for e in article_events for p in (e.actor, e.recipient) if p and "NHK" in p.text]


@pytest.mark.parametrize("phrase", ["stood the test of time", "regard each other as trusted partners"])
def test_statements_in_the_article_that_are_not_events_code_nothing(article_events, phrase):
    start = ARTICLE.index(phrase)
    assert not [e for e in article_events if start <= e.trigger.start < start + len(phrase)]


def test_visit_in_the_past_is_dated_to_its_year(article_events):
    visited = [e for e in article_events if e.trigger.text == "visited"]
    assert visited and visited[0].date.year == 2018
