"""Cross-article deduplication: event mentions -> real-world events; near-identical texts -> one article.

Pure functions over records; the store fetches candidates and writes what `assign` returns.
A mention joins the first existing event that is compatible with it: same event type and
status, compatible actor and recipient (same code, sectors equal or one unknown), dates within
a window (precision-aware) and places within a distance when both are known.
"""
from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from datasketch import MinHash

from dyads.records import Event, Party, Place

WORD = re.compile(r"\w+")
EARTH_KM = 6371.0088
# MinHash layout: NUM_PERM values cut into BANDS bands of equal width for locality-sensitive lookup.
NUM_PERM = 64
BANDS = 16
SHINGLE = 5
# How far the store looks back for candidate events: wider than any date rule below (a year).
CANDIDATE_DAYS = 366


@dataclass(frozen=True, slots=True)
class DedupOptions:
    """How mentions merge: date window in days, place distance in km, syndication similarity."""

    window_days: int = 1
    max_km: float = 50.0
    syndication_threshold: float = 0.8


@dataclass(frozen=True, slots=True)
class Sighting:
    """A mention with the facts about its document that deduplication needs."""

    event: Event
    outlet: str
    article: str
    published: dt.date | None


@dataclass(slots=True)
class Cluster:
    """One deduplicated event: its representative mention and who reported it."""

    event_id: str
    representative: Event
    num_mentions: int = 0
    sources: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None

    def add(self, sighting: Sighting) -> None:
        """Merge one sighting; the most confident mention becomes the representative."""
        event = sighting.event
        self.num_mentions += 1
        for values, value in ((self.sources, sighting.outlet), (self.articles, sighting.article)):
            if value not in values:
                values.append(value)
        if sighting.published is not None:
            self.first_seen = min(filter(None, (self.first_seen, sighting.published)))
            self.last_seen = max(filter(None, (self.last_seen, sighting.published)))
        if event.confidence > self.representative.confidence:
            self.representative = event


def key(event: Event) -> str:
    """The blocking key: only events with the same key can be the same real-world event."""
    def code(party: Party | None) -> str:
        return "-" if party is None else (party.code or "?")
    return "|".join((event.event_type, event.status, code(event.actor), code(event.recipient)))


def compatible(a: Event, b: Event, *, options: DedupOptions) -> bool:
    """Whether two mentions can describe the same real-world event."""
    if key(a) != key(b):
        return False
    if not (_sectors_agree(a.actor, b.actor) and _sectors_agree(a.recipient, b.recipient)):
        return False
    return _dates_agree(a, b, window=options.window_days) and _places_agree(a.location, b.location,
                                                                             max_km=options.max_km)


def _sectors_agree(a: Party | None, b: Party | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.sector is None or b.sector is None or a.sector == b.sector


def _dates_agree(a: Event, b: Event, *, window: int) -> bool:
    if a.date is None or b.date is None:
        return a.date is None and b.date is None
    precisions = {a.date_precision, b.date_precision}
    if "year" in precisions:
        return a.date.year == b.date.year
    if "month" in precisions:
        return (a.date.year, a.date.month) == (b.date.year, b.date.month)
    return abs((a.date - b.date).days) <= window


def _places_agree(a: Place | None, b: Place | None, *, max_km: float) -> bool:
    if a is None or b is None:
        return True
    if None not in (a.lat, a.lon, b.lat, b.lon):
        return distance_km(a.lat, a.lon, b.lat, b.lon) <= max_km
    if a.geonameid is not None and b.geonameid is not None:
        return a.geonameid == b.geonameid
    if a.country and b.country and a.country != b.country:
        return False
    return a.name.casefold() == b.name.casefold() or not (a.country and b.country)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(h))


def assign(sightings: Iterable[Sighting], candidates: dict[str, list[Cluster]], *,
           options: DedupOptions) -> tuple[list[Cluster], list[tuple[str, str]]]:
    """Merge sightings into candidate clusters (by key, oldest first) or start new ones.

    A sighting joins the oldest compatible cluster of its key, as a scan of the key's clusters in
    order would find; the clusters are indexed by their representative's date, so only those whose
    dates could agree are looked at. `candidates` is updated in place so later sightings of the same
    batch see new clusters. Returns the clusters that changed, in the order they were first touched,
    and the (mention id, event id) links of the sightings.
    """
    pools: dict[str, Pool] = {}
    touched: dict[str, Cluster] = {}
    links: list[tuple[str, str]] = []
    for sighting in sightings:
        event = sighting.event
        k = key(event)
        if k not in pools:
            pools[k] = Pool(candidates.setdefault(k, []), window=options.window_days)
        pool = pools[k]
        cluster = next((c for c in pool.near(event) if compatible(c.representative, event, options=options)), None)
        if cluster is None:
            cluster = Cluster(event.event_id, event)
            pool.append(cluster)
        before = cluster.representative
        cluster.add(sighting)
        if cluster.representative is not before:
            pool.moved(cluster, before)
        touched.setdefault(cluster.event_id, cluster)
        links.append((event.event_id, cluster.event_id))
    return list(touched.values()), links


class Pool:
    """The clusters of one blocking key in creation order, indexed by their representative's date.

    Dates can only agree within the same year (year precision), the same month (month precision)
    or `window` days, so `near` looks up just those slots instead of every cluster of the key.
    """

    def __init__(self, clusters: list[Cluster], *, window: int) -> None:
        self.clusters = clusters
        self.window = window
        self.order: dict[int, int] = {}
        self.slots: dict[tuple, list[Cluster]] = {}
        for cluster in clusters:
            self._index(cluster, len(self.order))

    def _index(self, cluster: Cluster, position: int) -> None:
        self.order[id(cluster)] = position
        self.slots.setdefault(slot(cluster.representative), []).append(cluster)

    def append(self, cluster: Cluster) -> None:
        """Add a new cluster (the youngest)."""
        self.clusters.append(cluster)
        self._index(cluster, len(self.order))

    def moved(self, cluster: Cluster, before: Event) -> None:
        """Re-index a cluster whose representative changed from `before`."""
        old, new = slot(before), slot(cluster.representative)
        if old != new:
            members = self.slots[old]
            del members[next(i for i, c in enumerate(members) if c is cluster)]
            self.slots.setdefault(new, []).append(cluster)

    def near(self, event: Event) -> list[Cluster]:
        """The clusters whose dates could agree with the event's, oldest first."""
        found = [c for s in _slots_near(event, self.window) for c in self.slots.get(s, ())]
        return sorted(found, key=lambda c: self.order[id(c)])


def slot(event: Event) -> tuple:
    """Where an event's date files it: undated, a year, a month, or a day (any finer precision)."""
    date = event.date
    if date is None:
        return ("none",)
    if event.date_precision == "year":
        return ("year", date.year)
    if event.date_precision == "month":
        return ("month", date.year, date.month)
    return ("day", date)


def _slots_near(event: Event, window: int) -> list[tuple]:
    """Every slot holding events whose dates could agree with this event's (see `_dates_agree`)."""
    date = event.date
    if date is None:
        return [("none",)]
    year, month = date.year, date.month
    if event.date_precision == "year":
        months = range(1, 13)
        days = _days(dt.date(year, 1, 1), dt.date(year, 12, 31))
    elif event.date_precision == "month":
        months = (month,)
        days = _days(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))
    else:
        months = (month,)
        days = _days(_shift(date, -window), _shift(date, window))
    return [("year", year), *(("month", year, m) for m in months), *(("day", d) for d in days)]


def _shift(date: dt.date, days: int) -> dt.date:
    try:
        return date + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.min if days < 0 else dt.date.max


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def signature(text: str) -> tuple[int, ...]:
    """MinHash signature of the text's word shingles (lower-cased), for near-duplicate detection."""
    words = WORD.findall(text.casefold())
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    mh.update_batch([s.encode("utf-8") for s in shingles])
    return tuple(int(v) for v in mh.hashvalues)


def bands(sig: Sequence[int]) -> list[tuple[int, int]]:
    """(band number, bucket) pairs: documents sharing a bucket are near-duplicate candidates."""
    width = len(sig) // BANDS
    out = []
    for b in range(BANDS):
        chunk = f"{b}:" + ",".join(str(v) for v in sig[b * width:(b + 1) * width])
        digest = hashlib.blake2b(chunk.encode(), digest_size=7).digest()
        out.append((b, int.from_bytes(digest, "big")))
    return out


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return sum(x == y for x, y in zip(a, b)) / max(1, len(a))


def most_similar(signature: Sequence[int], candidates: Iterable[tuple[Any, Sequence[int]]], *,
                 threshold: float) -> Any | None:
    """The key of the candidate (key, signature) most similar to `signature`, if any reaches `threshold`.

    Candidates come in store order: the first reaching the threshold wins unless a later one is strictly
    more similar (the syndication rule of both stores).
    """
    best, best_sim = None, threshold
    for key, other in candidates:
        sim = similarity(signature, other)
        if sim >= best_sim and (best is None or sim > best_sim):
            best, best_sim = key, sim
    return best
