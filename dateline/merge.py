"""The cross-article step: every staged event mention to clusters of real-world events and per-traveller itineraries.

Works on records, not Docs, so it runs after all batches (and over earlier runs' events too, which is how an
incremental run links today's reports to yesterday's)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from functools import lru_cache

import pyarrow as pa
import pyarrow.compute as pc

from .extractors.events import cluster_status
from .extractors.events.blocks import NO_ANCHOR, article_anchors, month_of_unit, unit_of
from .extractors.events.cluster import cluster_unit, finish_cluster
from .extractors.events.name_variants import respelled
from .extractors.events.story_stays import lend_story_days
from .extractors.records import Event, Participant, Place
from .itineraries import itineraries
from .schemas import TABLES, build_table


def _place(value: dict | None) -> Place | None:
    return Place(**value) if value else None


@lru_cache(maxsize=262_144)
def _participant(name: str | None, role: str | None, country_code: str | None, mention: str | None) -> Participant:
    """One shared object per distinct participant: reconciled clusters repeat the same people on every member."""
    return Participant(name, role, country_code, mention)  # type: ignore[arg-type]


def event_from_row(row: dict) -> Event:
    return Event(
        **{
            **row,
            "participants": tuple(_participant(p["name"], p["role"], p["country_code"], p["mention"])
                                  for p in row.get("participants") or ()),
            "location": _place(row.get("location")),
            "origin": _place(row.get("origin")),
            "destination": _place(row.get("destination")),
        }
    )


def cluster_rows(events: Sequence[Event]) -> list[dict]:
    """One row per cluster: the union of participants, the most common place and dates, and the status the
    strongest report gives (``cluster_status``: a report that it happened beats "expected to")."""
    groups: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        groups[event.cluster_id or event.event_id].append(event)
    rows = []
    for cluster_id, members in sorted(groups.items()):
        members.sort(key=lambda e: (-e.confidence, e.event_id))
        people: dict[str, Participant] = {}
        for e in members:
            for p in e.participants:
                people.setdefault(p.name, p)
        rows.append(
            {
                "cluster_id": cluster_id,
                "event_type": members[0].event_type,
                "subtype": _most_common(e.subtype for e in members),
                "participants": list(people.values()),
                "location": _most_common_place(e.location for e in members),
                "origin": _most_common_place(e.origin for e in members),
                "destination": _most_common_place(e.destination for e in members),
                "date_start": _most_common(e.date_start for e in members),
                "date_end": _most_common(e.date_end for e in members),
                "status": cluster_status(members),
                "n_mentions": len(members),
                "article_ids": sorted({e.article_id for e in members}),
                "event_ids": sorted(e.event_id for e in members),
            }
        )
    return rows


def _most_common(values: Iterable):
    counts: dict = defaultdict(int)
    for v in values:
        if v is not None:
            counts[v] += 1
    if len(counts) < 2:  # one value (most clusters, most columns): no tie to break by its text
        return next(iter(counts), None)
    return max(counts, key=lambda v: (counts[v], str(v)))


def _most_common_place(places: Iterable[Place | None]) -> Place | None:
    return _most_common(places)


def _plain(value):
    """A record's value as Arrow takes it: the frozen dataclasses of ``records`` (no slots) to dicts, tuples to
    lists. A direct walk over ``__dict__``: ``build_table``'s generic one cost more than the clustering itself."""
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {k: _plain(v) for k, v in value.__dict__.items()}
    return value


def merged_table(name: str, rows: Iterable) -> pa.Table:
    """Rows (records or dicts) to the merged table ``name``; keys are checked against the schema once per table.
    Built column by column: the records' nested dataclasses are handed to Arrow as their own ``__dict__``."""
    schema = TABLES[name].SCHEMA
    rows = list(rows)
    if not rows:
        return schema.empty_table()
    as_dicts = isinstance(rows[0], dict)
    if set(rows[0] if as_dicts else rows[0].__dict__) != set(schema.names):
        records = [{k: _plain(v) for k, v in (r if isinstance(r, dict) else r.__dict__).items()} for r in rows]
        return build_table(schema, records)  # the careful path names what does not match
    columns = []
    for field in schema:
        values = [r[field.name] for r in rows] if as_dicts else [getattr(r, field.name) for r in rows]
        columns.append(_column(values, field.type))
    return pa.Table.from_arrays(columns, schema=schema)


def _column(values: list, type_: pa.DataType) -> pa.Array:
    if pa.types.is_struct(type_):
        values = [_as_dict(v) for v in values]
    elif pa.types.is_list(type_) and pa.types.is_struct(type_.value_type):
        values = [None if v is None else [_as_dict(x) for x in v] for v in values]
    elif pa.types.is_list(type_):
        values = [None if v is None else list(v) for v in values]
    return pa.array(values, type_)


def _as_dict(value):
    return value.__dict__ if hasattr(value, "__dataclass_fields__") else value


def unit_rows(staged: pa.Table, published: Mapping[str, date | None] | None = None
              ) -> tuple[dict[str, list[int]], dict[str, date]]:
    """Row numbers of ``staged`` per merge unit (``extractors.events.blocks``), and the articles' anchors; read from
    four columns only, so the mentions never all become Python objects at once."""
    arts = staged.column("article_id").to_pylist()
    types = staged.column("event_type").to_pylist()
    starts = staged.column("date_start").to_pylist()
    ends = staged.column("date_end").to_pylist()
    anchors = article_anchors(zip(arts, starts, ends, strict=True), published)
    rows: dict[str, list[int]] = defaultdict(list)
    for i, (art, kind, start, end) in enumerate(zip(arts, types, starts, ends, strict=True)):
        rows[unit_of(kind, art, start, end, anchors.get(art))].append(i)
    return rows, anchors


def cluster_staged(staged: pa.Table, rows: Sequence[int], anchors: Mapping[str, date],
                   own_days: Mapping[str, date | None] | None = None) -> list[Event]:
    """One unit's staged rows, clustered and reconciled, in the events table's order; each event's status weighed
    by its page's own day (``own_days``, never the lent anchor: ``page_day_status``)."""
    events = [event_from_row(row) for row in staged.take(pa.array(rows, pa.int64())).to_pylist()]
    clustered = [m for c in cluster_unit(events, anchors) for m in finish_cluster(c, own_days)]
    return sorted(clustered, key=lambda e: (e.article_id, e.start_char, e.event_id))


def merge_months(staged: pa.Table, published: Mapping[str, date | None] | None = None,
                 own_days: Mapping[str, date | None] | None = None) -> Iterator[tuple[str, list[Event]]]:
    """(event month, clustered events of that month) for every month partition of the staged mentions, one unit at
    a time; months in order, ``none`` (mentions nothing dates) last."""
    by_month: dict[str, list[str]] = defaultdict(list)
    staged = respelled(staged)  # one spelling per person across the reports merged together
    rows, anchors = unit_rows(staged, published)
    for unit in rows:
        by_month[month_of_unit(unit)].append(unit)
    for month in sorted(by_month, key=lambda m: (m == NO_ANCHOR, m)):
        yield month, [e for unit in sorted(by_month[month])
                      for e in cluster_staged(staged, rows[unit], anchors, own_days)]


def _in_text_order(events: pa.Table) -> pa.Table:
    """Rows by article and position in its text, whatever month they were clustered in (readers that take the
    first of equally good rows see the same row as before months existed)."""
    return events.take(pc.sort_indices(events, [("article_id", "ascending"), ("start_char", "ascending"),
                                                ("event_id", "ascending")]))


def merge(staged: pa.Table, published: Mapping[str, date | None] | None = None,
          own_days: Mapping[str, date | None] | None = None) -> dict[str, pa.Table]:
    """Staged event mentions to the three merged tables. ``published`` (article id -> date) places the undated
    mentions of articles that have no dated mention (``extractors.events.blocks``); ``own_days`` (article id -> the
    page's own day) weighs held events against it (``extractors.events.page_day_status``)."""
    events_parts, cluster_parts, clustered = [], [], []
    for _, month_events in merge_months(staged, published, own_days):
        # a planned meeting its report leaves undated takes the one day its travellers are there that month; the
        # clusters and itineraries keep what the reports told (``extractors.events.story_stays``)
        events_parts.append(merged_table("events", lend_story_days(month_events)))
        cluster_parts.append(merged_table("clusters", cluster_rows(month_events)))
        clustered.extend(month_events)
    schema = {name: TABLES[name].SCHEMA for name in ("events", "clusters")}
    return {
        "events": _in_text_order(pa.concat_tables(events_parts)) if events_parts else schema["events"].empty_table(),
        "clusters": pa.concat_tables(cluster_parts) if cluster_parts else schema["clusters"].empty_table(),
        "itineraries": merged_table("itineraries", itineraries(clustered)),
    }
