"""The cross-article step: every staged event mention to clusters of real-world events and per-traveller itineraries.

Works on records, not Docs, so it runs after all batches (and over earlier runs' events too, which is how an
incremental run links today's reports to yesterday's)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

import pyarrow as pa

from .extractors.events import build_itineraries, cluster_events, cluster_status
from .extractors.records import Event, Participant, Place
from .schemas import TABLES, build_table
from .tables import events_table, itineraries_table


def _place(value: dict | None) -> Place | None:
    return Place(**value) if value else None


def event_from_row(row: dict) -> Event:
    return Event(
        **{
            **row,
            "participants": tuple(Participant(**p) for p in row.get("participants") or ()),
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
    return max(counts, key=lambda v: (counts[v], str(v))) if counts else None


def _most_common_place(places: Iterable[Place | None]) -> Place | None:
    return _most_common(places)


def merge(staged: pa.Table, published: Mapping[str, date | None] | None = None) -> dict[str, pa.Table]:
    """Staged event mentions to the three merged tables. ``published`` (article id -> date) places the undated
    mentions of articles that have no dated mention (``extractors.events.blocks``)."""
    events = [event_from_row(row) for row in staged.to_pylist()]
    clustered = sorted(cluster_events(events, published), key=lambda e: (e.article_id, e.start_char, e.event_id))
    return {
        "events": events_table(clustered),
        "clusters": build_table(TABLES["clusters"].SCHEMA, cluster_rows(clustered)),
        "itineraries": itineraries_table(build_itineraries(clustered)),
    }
