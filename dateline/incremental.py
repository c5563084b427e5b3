"""The merge step of a run over a growing store: cluster only what the run's new mentions can touch.

Clustering is independent per merge unit (event type and event month, ``extractors.events.blocks``), so a run
re-clusters the months its new mentions fall in, with the earlier mentions of those months, and nothing else; the
result is the same as one merge over everything. Layout (every file replaced atomically, as batch commits are):

- ``events/part-<YYYY-MM>.parquet`` and ``clusters/part-<YYYY-MM>.parquet``: one file per event month, rewritten
  only when a run adds mentions of that month. Mentions nothing dates (``none``: they join no other report) are
  written once, in ``part-none-<hash>.parquet`` files of their own.
- ``itineraries/part-<bucket>.parquet``: stops bucketed by a hash of the traveller, brought up to date from the
  clusters the run's months gained and lost (``dateline.itinerary_store``: a traveller is folded again only from
  the first day the run changes).
- ``_state/units/part-<staging part>.parquet``: for each merged staging part, its mentions' unit and month. It is
  written last and is what marks a staging part as merged. ``_state/merge-in-progress`` exists while a merge
  writes; a run that finds it (the last merge was killed) rebuilds everything, as ``full`` does.

Reads go through Arrow filters (``event_id``/``month`` ``isin``), so a run holds in Python only the mentions of
its months and the last stops of the travellers it touches, never the whole history. ``full=True`` (``dateline merge
--full``, or ``--reprocess``) forgets the state and rebuilds everything from the staged mentions.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from concurrent.futures import Executor
from datetime import date

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from .extractors.events.blocks import NO_ANCHOR, month_of_unit
from .extractors.events.name_variants import respelled
from .extractors.events.story_stays import lend_story_days
from .ids import stable_id
from .itinerary_store import LENT, PEOPLE, VISITS, PartChange, update_itineraries
from .merge import event_from_row, merged_table, unit_rows
from .merge_units import merged_months
from .schemas import TABLES
from .store import STAGING_EVENTS, OutputStore

UNITS = "_state/units"
IN_PROGRESS = "_state/merge-in-progress"
MERGED = ("events", "clusters", "itineraries")
UNITS_SCHEMA = pa.schema([("event_id", pa.string()), ("article_id", pa.string()), ("unit", pa.string()),
                          ("month", pa.string()), ("anchor", pa.date32())])


def _name(path: str) -> str:
    return path.rsplit("/", 1)[1]


def _dataset(store: OutputStore, files: list[str], schema: pa.Schema | None = None) -> ds.Dataset:
    return ds.dataset(files, filesystem=store.fs, format="parquet", schema=schema)


def _units_of(store: OutputStore, staged: pa.Table) -> pa.Table:
    """Unit, month and article anchor of each mention of one staging part (an article's mentions are all in one
    part, so its anchor is known here)."""
    arts = staged.column("article_id").to_pylist()
    published = store.published_dates(arts)
    rows, anchors = unit_rows(staged, published)
    unit = [""] * staged.num_rows
    for u, idx in rows.items():
        for i in idx:
            unit[i] = u
    return pa.table({"event_id": staged.column("event_id"), "article_id": staged.column("article_id"),
                     "unit": pa.array(unit, pa.string()), "month": pa.array([month_of_unit(u) for u in unit]),
                     "anchor": pa.array([anchors.get(a) for a in arts], pa.date32())}, schema=UNITS_SCHEMA)


def merge_store(store: OutputStore, full: bool = False, executor: Executor | None = None) -> dict[str, int]:
    """Merge the staging parts no earlier run merged (all of them with ``full``); return the run summary counts.
    ``executor`` (a Dask ``Client.get_executor()``) clusters the merge units as its tasks
    (``dateline.merge_units``); the tables are the same."""
    legacy = any(_name(f) == "part-0.parquet" for name in MERGED for f in store.files(name))
    legacy |= bool(store.files(UNITS)) and not store.files(PEOPLE)  # merged before itinerary state was kept
    legacy |= bool(store.files(PEOPLE)) and not store.files(LENT)  # before the lent days were recorded
    marker = store.path(IN_PROGRESS)
    interrupted = store.fs.get_file_info(marker).type == pafs.FileType.File
    if full or legacy or interrupted:
        # legacy: merged tables written whole, or itineraries without their state, by an earlier version.
        # interrupted: a merge died between rewriting its months and recording them, so which itineraries it owed
        # is unknown; rebuilding is always right.
        for folder in (*MERGED, UNITS, PEOPLE, VISITS, LENT):
            for f in store.files(folder):
                store.fs.delete_file(f)
    done = {_name(f) for f in store.files(UNITS)}
    new_parts = [f for f in store.files(STAGING_EVENTS) if _name(f) not in done]
    if new_parts:
        store.write_bytes(IN_PROGRESS, b"a merge started and has not finished\n")
        _merge_parts(store, new_parts, executor)
        store.fs.delete_file(marker)
    return summary_counts(store)


def _merge_parts(store: OutputStore, new_parts: list[str], executor: Executor | None) -> None:
    schema = TABLES["events"].SCHEMA
    new_units = {_name(f): _units_of(store, pq.read_table(f, filesystem=store.fs, schema=schema)) for f in new_parts}
    fresh = pa.concat_tables(new_units.values())
    months = sorted(set(fresh.column("month").to_pylist()) - {NO_ANCHOR})
    old_units = store.files(UNITS)
    units = fresh
    if old_units and months:
        old = _dataset(store, old_units).to_table(filter=pc.field("month").isin(months))
        units = pa.concat_tables([old, fresh])
    units = units.filter(pc.is_in(units.column("month"), pa.array([*months, NO_ANCHOR])))
    # the mentions of the touched months, new and earlier, plus the new ones nothing dates
    ids = units.column("event_id").combine_chunks().cast(pa.string())  # typed even when a batch had no events
    staged = _dataset(store, store.files(STAGING_EVENTS), schema).to_table(filter=pc.field("event_id").isin(ids))
    staged = respelled(_dedupe(staged))  # one spelling per person across the reports merged together
    anchors = anchors_of(units)
    own_days = store.own_days(staged.column("article_id").to_pylist())  # never a lent day (``page_day_status``)
    row_of = {eid: i for i, eid in enumerate(staged.column("event_id").to_pylist())}
    by_unit: dict[str, list[int]] = defaultdict(list)
    for eid, unit in zip(ids.to_pylist(), units.column("unit").to_pylist(), strict=True):
        if eid in row_of:
            by_unit[unit].append(row_of[eid])
    units_of_month: dict[str, list[str]] = defaultdict(list)
    for unit in sorted(by_unit):
        units_of_month[month_of_unit(unit)].append(unit)
    changes = []
    for month, events, clusters, reps in merged_months(staged, units_of_month, by_unit, anchors, executor,
                                                       own_days):
        events, lent = lent_events(events)
        part = month if month != NO_ANCHOR else f"none-{stable_id('n', *sorted(events.column('event_id').to_pylist()))}"
        changes.append(_change(store, part, clusters, reps))
        store.write(f"events/part-{part}.parquet", events)
        store.write(f"{LENT}/part-{part}.parquet", lent)
        store.write(f"clusters/part-{part}.parquet", clusters)
    del staged
    update_itineraries(store, changes)
    for name, part_units in new_units.items():  # last: marks these staging parts merged
        store.write(f"{UNITS}/{name}", part_units)
    for name in MERGED:
        for f in store.files(name):
            if _name(f) == "part-empty.parquet" and len(store.files(name)) > 1:
                store.fs.delete_file(f)


def lent_events(events: pa.Table) -> tuple[pa.Table, pa.Table]:
    """One month's events table with each undated planned meeting given the one day its travellers are there, and
    each meeting placed nowhere its counterpart's home where the story sends its visitor
    (``extractors.events.story_stays``), and those events as their reports told them (``_state/lent``): a month is
    re-merged whole whenever a run touches it, so a split into runs lends as one run does. Clusters and itineraries
    keep what the reports told, as in ``dateline.merge.merge``; the itineraries of a later run that rebuilds a
    traveller read this month back from the events table, so they need the told rows to undo the lending
    (``itinerary_store._scan_reps``). A month nothing is lent to keeps its table."""
    month = [event_from_row(r) for r in events.to_pylist()]
    lent = lend_story_days(month)
    told = [a for a, b in zip(month, lent, strict=True) if a != b]
    return events if not told else merged_table("events", lent), merged_table("events", told)


def _change(store: OutputStore, part: str, clusters: pa.Table, reps: list) -> PartChange:
    """What a rewritten partition changes for the itineraries: the cluster ids it gains and loses. A cluster id
    hashes its member ids, so a cluster whose members did not change keeps its id and its representative."""
    path = store.path(f"clusters/part-{part}.parquet")
    exists = store.fs.get_file_info(path).type == pafs.FileType.File
    old = set(pq.read_table(path, columns=["cluster_id"], filesystem=store.fs).column("cluster_id").to_pylist()
              if exists else ())
    new = set(clusters.column("cluster_id").to_pylist())
    return PartChange(part, tuple(reps), frozenset(new - old), frozenset(old - new))


def _dedupe(staged: pa.Table) -> pa.Table:
    """One row per event id (a staging part rewritten by a later run can briefly share ids with another)."""
    ids = staged.column("event_id").to_pylist()
    first = sorted({eid: i for i, eid in reversed(list(enumerate(ids)))}.values())
    return staged if len(first) == len(ids) else staged.take(pa.array(first, pa.int64()))


def summary_counts(store: OutputStore) -> dict[str, int]:
    """The run summary's totals, from single columns of the merged tables."""
    types: Counter = Counter()
    for f in store.files("events"):
        counts = pc.value_counts(pq.read_table(f, columns=["event_type"], filesystem=store.fs).column("event_type"))
        types.update({c["values"]: c["counts"] for c in counts.to_pylist()})
    clusters = sum(pq.read_metadata(f, filesystem=store.fs).num_rows for f in store.files("clusters"))
    travellers = 0
    stops = 0
    for f in store.files("itineraries"):  # a traveller's stops are all in one bucket
        col = pq.read_table(f, columns=["traveler"], filesystem=store.fs).column("traveler")
        stops += len(col)
        travellers += pc.count_distinct(col).as_py()
    return {"events_meeting": types.get("meeting", 0), "events_travel": types.get("travel", 0),
            "clusters": clusters, "itinerary_stops": stops, "travelers": travellers}


def anchors_of(units: pa.Table) -> dict[str, date]:
    return {a: d for a, d in zip(units.column("article_id").to_pylist(), units.column("anchor").to_pylist(),
                                 strict=True) if d is not None}
