"""The REST API and dashboard (`dyads serve`): FastAPI over `dyads.analysis`.

Read-only on the database, except `POST /api/code?store=true` with the token given at start-up.
Each request reads through its own DuckDB cursor, so requests run in parallel threads; the file is
held only while requests read it (`dyads.store.shared`), so an ingest can write between requests and
the next request sees its data. `dyads.api_guard` checks Host headers, adds security headers, bounds
request bodies and runs the coder in a bounded pool.
"""
from __future__ import annotations

import datetime as dt
import hmac
import importlib.resources
import json
import logging
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.background import BackgroundTask

from dyads import analysis, api_guard, export, inputs, lookup, pipeline, read, subset
from dyads.errors import DyadsError
from dyads.records import Document
from dyads.settings import Settings, load_settings
from dyads.store import Store
from dyads.store.shared import SharedReader

log = logging.getLogger(__name__)

PathCode = Annotated[str, PathParam(min_length=2, max_length=60, pattern=r"^[A-Za-z0-9_ .-]+$",
                                   description="Actor code, e.g. CHN.")]
EventId = Annotated[str, PathParam(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_:-]+$", description="Event id.")]
OptCode = Annotated[str | None, Query(min_length=2, max_length=60, pattern=r"^[A-Za-z0-9_ .-]+$",
                                      description="Actor code (CHN, IGOUNO) or a name (China, Putin, NATO).")]
Freq = Annotated[Literal["day", "week", "month", "quarter", "year"], Query(description="Period length.")]
Since = Annotated[dt.date | None, Query(description="Earliest event date YYYY-MM-DD.")]
Until = Annotated[dt.date | None, Query(description="Latest event date YYYY-MM-DD.")]
Statuses = Annotated[list[Literal["occurred", "planned", "hypothetical", "negated", "any"]] | None,
                     Query(description="Event statuses to count (repeatable); default occurred; 'any' for all.")]
MinConfidence = Annotated[float | None, Query(ge=0.0, le=1.0, description="Leave out events with a lower confidence "
                                                                          "(default: the min_confidence setting; "
                                                                          "0 keeps every event).")]


# What the dashboard's export buttons offer: format -> (download name, media type).
EXPORTS = {"csv": ("dyads-events.csv", "text/csv; charset=utf-8"),
           "gdelt": ("dyads-events.export.CSV", "text/tab-separated-values; charset=utf-8")}


class Filters:
    """The event filters shared by the events table, the chart, the map and the export, so they always agree."""

    def __init__(
        self,
        actor: OptCode = None, recipient: OptCode = None,
        undirected: Annotated[bool, Query(description="Match actor/recipient in both directions.")] = False,
        country: Annotated[str | None, Query(min_length=2, max_length=60, pattern=r"^[A-Za-z .-]+$",
                                             description="Country of actor, recipient or place: ISO3 code "
                                                         "or name.")] = None,
        type: Annotated[list[str] | None, Query(description="PLOVER event type (repeatable).")] = None,
        quad_class: Annotated[list[int] | None, Query(description="Quad class 1-4 (repeatable).")] = None,
        status: Statuses = None, since: Since = None, until: Until = None,
        place: Annotated[str | None, Query(max_length=100, description="Place name contains.")] = None,
        q: Annotated[str | None, Query(max_length=200, description="Sentence contains (text search).")] = None,
        min_confidence: MinConfidence = None,
    ) -> None:
        self.values = dict(actor=actor, recipient=recipient, undirected=undirected, country=country, types=type,
                           quad_class=quad_class, status=status, since=since, until=until, place=place, q=q)
        self.min_confidence = min_confidence

    def build(self, state: "App") -> analysis.EventFilter:
        values = dict(self.values)
        for role in ("actor", "recipient"):
            values[role] = _actor_code(state, values[role], role)
        if values["country"]:
            values["country"] = _country_code(values["country"])
        return _filter(**values, min_confidence=state.threshold(self.min_confidence))


def _actor_code(state: "App", value: str | None, option: str) -> str | None:
    """The actor code a request's value is or names ("China" -> CHN); 400 E060 with suggestions otherwise,
    never a silently empty answer."""
    if value is None:
        return None
    if " ".join(value.split()).upper() in inputs.table_codes():  # a known code: no database query needed
        return " ".join(value.split()).upper()
    stored = state.read(inputs.stored_actors)
    try:
        return inputs.actor(value, stored=stored, option=option).code
    except DyadsError as exc:
        raise HTTPException(400, str(exc)) from exc


def _country_code(value: str) -> str:
    try:
        return inputs.country(value, option="country")
    except DyadsError as exc:
        raise HTTPException(400, str(exc)) from exc


def _json(data: Any) -> Response:
    """A JSON response serialized in one pass (FastAPI's encoder is slow on large nested results)."""
    return Response(json.dumps(data, ensure_ascii=False, default=_plain), media_type="application/json")


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return analysis.jsonable(value)


def _msg(code: str, **params: Any) -> str:
    """The coded error line, e.g. "E072: no event with id 'x'"."""
    return str(DyadsError(code, **params))


def _statuses(values: list[str] | None, *, default: tuple[str, ...] | None) -> tuple[str, ...] | None:
    if not values:
        return default
    return None if "any" in values else tuple(values)


class App:
    """State shared by the request handlers: the shared database, settings, the dyad index and the coder pool."""

    def __init__(self, db: Path, *, token: str | None, settings: Settings) -> None:
        if not db.exists():
            raise DyadsError("E077", path=db)
        self.path = db
        self.token = token
        self.settings = settings
        self.db = SharedReader(db, lock_timeout=settings.api_lock_timeout)
        self.code_pool = api_guard.CodePool(workers=settings.api_code_workers, queue=settings.api_code_queue)
        # Dyad series read a sorted in-memory copy of the dyad columns, valid for one version of the file;
        # after a change the old one is not used and a new one is built in the background.
        self._index: tuple[tuple | None, analysis.DyadIndex] | None = None
        self._index_lock = threading.Lock()
        self._building = False
        with self.db.cursor():
            self._build_index()

    def threshold(self, asked: float | None) -> float:
        """The confidence below which events are left out: the request's, else the server's setting."""
        return self.settings.confidence_threshold() if asked is None else asked

    def read(self, fn, *args: Any, index: bool = False, **kwargs: Any) -> Any:
        """Run `fn(cursor, ...)` on a cursor of the shared database (with `index=` the current dyad index).

        DyadsError becomes 400; a database another process is writing becomes 503 with Retry-After.
        """
        try:
            with self.db.cursor() as con:
                if index:
                    kwargs["index"] = self.dyad_index()
                return fn(con, *args, **kwargs)
        except DyadsError as exc:
            if exc.code == "E030":
                raise HTTPException(503, str(exc), headers={"Retry-After": "5"}) from exc
            raise HTTPException(400, str(exc)) from exc

    def dyad_index(self) -> analysis.DyadIndex | None:
        """The dyad index of the file as the open cursor sees it, or None while it is (re)built."""
        current = self._index
        if current is not None and current[0] == self.db.version:
            return current[1]
        with self._index_lock:
            if self._building:
                return None
            self._building = True
        threading.Thread(target=self._rebuild_index, name="dyads-index", daemon=True).start()
        return None

    def _rebuild_index(self) -> None:
        try:
            with self.db.cursor():  # holds the file, so the version cannot change while the copy is made
                self._build_index()
        except Exception:  # the next request tries again; it reads without the index meanwhile
            log.exception("could not rebuild the dyad index")
        finally:
            with self._index_lock:
                self._building = False

    def _build_index(self) -> None:
        self._index = (self.db.version, analysis.DyadIndex(str(self.path)))

    def close(self) -> None:
        self.code_pool.close()
        self.db.close()


def create_app(db: str | Path, *, token: str | None = None, settings: Settings | None = None,
               host: str = "127.0.0.1") -> api_guard.Guard:
    """The application serving the API under /api and the dashboard at /, for a server bound to `host`."""
    settings = settings or load_settings()
    state = App(Path(db), token=token, settings=settings)
    # FastAPI's own /docs and /redoc load Swagger UI / ReDoc from a CDN: ours (web/docs.html) is drawn from
    # /openapi.json by a script of this server, so it works offline and under the dashboard's CSP.
    app = FastAPI(title="dyads", version="1", description="Political event data: events, dyads over time, "
                  "actors, documents with evidence. Read-only except POST /api/code?store=true with a token.",
                  docs_url=None, redoc_url=None)
    app.state.dyads = state
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.router.add_event_handler("shutdown", state.close)
    _routes(app, state)
    web = importlib.resources.files("dyads") / "web"

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(str(web / "docs.html"), media_type="text/html; charset=utf-8")

    app.mount("/", StaticFiles(directory=str(web), html=True), name="web")
    return api_guard.Guard(app, hosts=api_guard.allowed_hosts(host, settings.api_allowed_hosts))


async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    """422 with one readable line per bad parameter (plus FastAPI's structured list)."""
    lines = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
        got = err.get("input")
        lines.append(f"{where or 'request'}: {err.get('msg')}" + (f" (got {got!r})" if isinstance(got, str) else ""))
    return JSONResponse({"detail": "; ".join(lines), "errors": json.loads(json.dumps(exc.errors(), default=str))},
                        status_code=422)


def _filter(*, actor=None, recipient=None, undirected=False, country=None, types=None, quad_class=None,
            status=None, since=None, until=None, place=None, q=None, min_confidence=None) -> analysis.EventFilter:
    try:
        return analysis.make_filter(actor=actor, recipient=recipient, undirected=undirected, country=country,
                                    event_types=types or (), quad_classes=quad_class or (),
                                    statuses=_statuses(status, default=None), since=since, until=until,
                                    place=place, text=q, min_confidence=min_confidence)
    except DyadsError as exc:
        raise HTTPException(400, str(exc)) from exc


def _routes(app: FastAPI, state: App) -> None:
    @app.get("/api/events", summary="Events, filtered, sorted and paginated")
    def events(
        flt: Annotated[Filters, Depends()],
        sort: Annotated[Literal["date", "-date", "goldstein", "-goldstein", "type"], Query()] = "-date",
        limit: Annotated[int, Query(ge=1, le=500, description="Page size.")] = 50,
        offset: Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")] = 0,
    ) -> Response:
        total, rows = state.read(analysis.find_events, flt.build(state), sort=sort, limit=limit, offset=offset,
                                 index=True)
        return _json({"total": total, "limit": limit, "offset": offset, "events": rows})

    @app.get("/api/events/{event_id}", summary="One event with its mentions and documents")
    def event(event_id: EventId) -> dict[str, Any]:
        found = state.read(analysis.get_event, event_id)
        if found is None:
            raise HTTPException(404, _msg("E072", event_id=event_id))
        return analysis.jsonable(found)

    @app.get("/api/documents/{doc_id:path}", summary="A document's text with the spans of every coded event")
    def document(doc_id: str) -> dict[str, Any]:
        if len(doc_id) > 500:
            raise HTTPException(400, _msg("E076", detail="document id longer than 500 characters"))
        found = state.read(analysis.get_document, doc_id)
        if found is None:
            raise HTTPException(404, _msg("E073", doc_id=doc_id))
        return analysis.jsonable(found)

    @app.get("/api/dyads/{a}/{b}/series", summary="A dyad's cooperation and conflict over time")
    def series(
        a: PathCode, b: PathCode,
        freq: Freq = "week", since: Since = None, until: Until = None,
        directed: Annotated[bool, Query(description="Only events from a to b.")] = False,
        status: Statuses = None,
        fill: Annotated[bool, Query(description="Add zero rows for empty periods.")] = True,
        min_confidence: MinConfidence = None,
    ) -> Response:
        if since and until and since > until:
            raise HTTPException(400, _msg("E071", since=since, until=until))
        a, b = _actor_code(state, a, "a"), _actor_code(state, b, "b")
        rows = state.read(analysis.dyad_series_rows, a, b, freq=freq, directed=directed, since=since, until=until,
                          statuses=_statuses(status, default=analysis.DEFAULT_STATUSES), fill=fill, index=True,
                          min_confidence=state.threshold(min_confidence))
        return _json({"actor": a.upper(), "recipient": b.upper(), "freq": freq, "directed": directed,
                      "series": rows})

    @app.get("/api/actors/top", summary="Actors by number of events")
    def actors_top(since: Since = None, until: Until = None, status: Statuses = None,
                   limit: Annotated[int, Query(ge=1, le=1000)] = 20,
                   min_confidence: MinConfidence = None) -> dict[str, Any]:
        df = state.read(analysis.top_actors, since=since, until=until, limit=limit,
                        statuses=_statuses(status, default=analysis.DEFAULT_STATUSES),
                        min_confidence=state.threshold(min_confidence))
        return {"actors": analysis.records(df)}

    @app.get("/api/timeline", summary="Events per period, filtered like /api/events")
    def timeline(flt: Annotated[Filters, Depends()], freq: Freq = "week") -> dict[str, Any]:
        return {"freq": freq, "series": analysis.records(state.read(analysis.timeline, flt.build(state), freq=freq))}

    @app.get("/api/series", summary="Cooperation, conflict and Goldstein per period, filtered like /api/events")
    def series_filtered(
        flt: Annotated[Filters, Depends()], freq: Freq = "week",
        fill: Annotated[bool, Query(description="Add zero rows for empty periods.")] = True,
    ) -> Response:
        """The dashboard's chart: the rows of a dyad series for the events that match the filters, and
        `coverage`: how many events match (as /api/events counts them), how many are on the chart, and how
        many are not because they are undated or dated less precisely than the period."""
        built = flt.build(state)

        def both(con, index=None):
            return (analysis.series_rows(con, built, freq=freq, fill=fill, index=index),
                    analysis.coverage(con, built, freq=freq, index=index))

        rows, counts = state.read(both, index=True)
        return _json({"freq": freq, "series": rows, "coverage": counts})

    @app.get("/api/places", summary="Event locations, filtered like /api/events")
    def places(flt: Annotated[Filters, Depends()]) -> dict[str, Any]:
        return {"places": analysis.records(state.read(analysis.places, flt.build(state)))}

    @app.get("/api/export", summary="The events matching the filters as a file: flat CSV or the GDELT 2.0 table",
             response_class=FileResponse)
    def export_selection(flt: Annotated[Filters, Depends()],
                         format: Annotated[Literal["csv", "gdelt"], Query(description="File format.")] = "csv",
                         ) -> FileResponse:
        """The same files as `dyads export --format csv|gdelt`, for only the events the filters select."""
        built = flt.build(state)
        folder = Path(tempfile.mkdtemp(prefix="dyads-export-"))
        try:
            state.read(subset.copy_selection, built, folder / "selection.duckdb")
            out = folder / "selection.out"
            with Store(folder / "selection.duckdb", read_only=True) as selection:
                export.export(selection, out, file_format=format)
        except DyadsError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            raise HTTPException(500, str(exc)) from exc
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        name, media = EXPORTS[format]
        return FileResponse(out, media_type=media, filename=name,
                            background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True))

    @app.get("/api/actors/search", summary="Actor codes a name or code can mean (\"Turkey\" -> TUR), best first")
    def actors_search(q: Annotated[str, Query(min_length=1, max_length=100, description="A name or a code.")],
                      limit: Annotated[int, Query(ge=1, le=50)] = 10,
                      min_confidence: MinConfidence = None) -> dict[str, Any]:
        found = state.read(lookup.search_actors, q, limit=limit, min_confidence=state.threshold(min_confidence))
        return {"query": q, "actors": [m.to_dict() for m in found]}

    @app.get("/api/facets", summary="Actor codes, event types, statuses and date range for filters")
    def facets(min_confidence: MinConfidence = None) -> dict[str, Any]:
        floor = state.threshold(min_confidence)

        def both(con):
            found = analysis.facets(con, min_confidence=floor)
            return {**found, "countries": lookup.countries(con, min_confidence=floor)}

        return analysis.jsonable(state.read(both))

    @app.post("/api/code", summary="Code ad-hoc text into events (stores nothing unless ?store=true and a token)")
    async def code(request: Request,
                   store: Annotated[bool, Query(description="Store the document and its events.")] = False,
                   x_dyads_token: Annotated[str | None, Header(description="Token given at start-up.")] = None,
                   ) -> dict[str, Any]:
        token_ok = bool(state.token and x_dyads_token and hmac.compare_digest(state.token, x_dyads_token))
        if not token_ok and (store or not state.settings.api_allow_code):
            raise HTTPException(403, _msg("E075"))
        body = await api_guard.read_body(request, limit=state.settings.api_max_body_bytes)
        doc = _code_document(body, request.headers.get("content-type", ""), state.settings)
        return await state.code_pool.run(_code_and_store, state, doc, store)


def _code_document(body: bytes, content_type: str, settings: Settings) -> Document:
    """The posted document: JSON {"text", "date"?, "id"?, "title"?} or plain UTF-8 text."""
    meta: dict[str, Any] = {}
    if content_type.startswith("application/json"):
        try:
            meta = json.loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise HTTPException(400, _msg("E076", detail=f"body is not valid JSON ({exc})")) from exc
        except RecursionError:
            raise HTTPException(400, _msg("E076", detail="body is JSON nested too deeply")) from None
        if not isinstance(meta, dict) or not isinstance(meta.get("text"), str):
            raise HTTPException(400, _msg("E076", detail='expected a JSON object with a "text" string'))
        raw = meta["text"].encode("utf-8")
    else:
        raw = body
    text = read.check_bytes(raw, origin="POST /api/code", doc_id=None, max_bytes=settings.api_max_body_bytes)
    if not isinstance(text, str):
        raise HTTPException(400, f"{text.code}: {text.message}")
    try:
        date = read.parse_date(meta.get("date"))
    except DyadsError as exc:
        raise HTTPException(400, str(exc)) from exc
    doc_id = str(meta.get("id") or f"api-{read.content_hash(text)[:12]}")
    return Document(doc_id, text, date, source=meta.get("source"), url=meta.get("url"), title=meta.get("title"),
                    origin="POST /api/code")


def _code_and_store(state: App, doc: Document, store: bool) -> dict[str, Any]:
    try:
        result = next(pipeline.code_documents([doc], settings=state.settings))
    except DyadsError as exc:
        raise HTTPException(500, str(exc)) from exc
    if result.error is not None:
        raise HTTPException(400, f"{result.error.code}: {result.error.message}")
    stored = None
    if store:
        try:
            with state.db.writing() as db:
                run_id = db.start_run({"origin": "POST /api/code"})
                db.set_min_confidence(state.settings.confidence_threshold())
                docs, n_events, _ = db.write_results([result], run_id=run_id)
                db.finish_run(run_id, n_documents=docs, n_skipped=1 - docs, n_events=n_events, n_errors=0)
        except DyadsError as exc:
            raise HTTPException(503 if exc.code == "E030" else 500, str(exc), headers={"Retry-After": "5"}) from exc
        stored = {"documents": docs, "events": n_events}
    return {"doc_id": doc.id, "events": [e.to_dict() for e in result.events], "stored": stored}
