"""Shared fixtures: one spaCy pipeline per test session, and a helper that codes a text."""
from __future__ import annotations

import datetime as dt

import pytest

from dyads import lexicon, nlp, pipeline
from dyads.records import Document, Event
from dyads.settings import load_settings


@pytest.fixture(scope="session", autouse=True)
def every_event():
    """Tests see every event, whatever the confidence model (retrained as the coder changes) says of it;
    tests of the `min_confidence` threshold set it themselves (tests/test_min_confidence.py)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DYADS_MIN_CONFIDENCE", "0")
        yield


@pytest.fixture(scope="session")
def settings(every_event):
    return load_settings()


@pytest.fixture(scope="session")
def code(settings):
    """code(text, date="2024-05-17") -> list[Event] for one document."""
    model = nlp.load(settings.spacy_model)
    lex = lexicon.load(())

    def run(text: str, date: str | None = "2024-05-17") -> list[Event]:
        doc = Document("t", text, dt.date.fromisoformat(date) if date else None)
        return pipeline.code_parsed(doc, model(text), lex)

    return run


def triples(events: list[Event]) -> set[tuple]:
    """(event_type, actor code, recipient code) of each event."""
    return {(e.event_type, e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
            for e in events}


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory):
    """A DuckDB file ingested by the real `dyads ingest` from tests/fixtures (the text article dated 2024-06-14)."""
    from serving import FIXTURES, ingest

    db = tmp_path_factory.mktemp("fixture-db") / "news.duckdb"
    ingest(db, FIXTURES / "dyad_news.jsonl", FIXTURES / "river_summit.txt", date="2024-06-14")
    return db


@pytest.fixture(scope="session")
def api_url(fixture_db):
    """Base URL of a real `dyads serve` process over `fixture_db` (read-only, no token)."""
    from serving import server

    with server(fixture_db) as url:
        yield url


@pytest.fixture(scope="session")
def code_url(fixture_db):
    """Base URL of a `dyads serve` over `fixture_db` that codes text without a token (api_allow_code),
    with one coder thread and a queue of one, and that also answers to the Host name dyads.example."""
    from serving import server

    env = {"DYADS_API_ALLOW_CODE": "1", "DYADS_API_CODE_WORKERS": "1", "DYADS_API_CODE_QUEUE": "1",
           "DYADS_API_ALLOWED_HOSTS": "dyads.example"}
    with server(fixture_db, env=env) as url:
        yield url
