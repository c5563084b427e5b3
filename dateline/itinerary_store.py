"""A store's itineraries, brought up to date by a run without rebuilding every traveller's whole history.

What is kept (each file replaced atomically; ``dateline.itineraries`` says why these pieces suffice):

- ``itineraries/part-<bucket>.parquet``: the stops, travellers bucketed by a hash of their name.
- ``_state/visits/part-<bucket>.parquet``: every placed visit of those travellers, with the stop it fell in.
- ``_state/people/part-<partition>.parquet``: per merged-table partition (event month), the people its clusters'
  representatives name and whether a travel report names them. Their union says who is which traveller.
- ``_state/lent/part-<partition>.parquet``: per partition, the events the merge lent a day or a place in the events
  table only (``extractors.events.story_stays``), as their reports told them, so a scan of that table reads what
  the reports told.

A run hands over, per partition it rewrote, the representatives of its clusters and which cluster ids came and
went. Then, per traveller:

- a traveller whose names mean someone else now (a new longer name made 'Ruiz' ambiguous), or who travels for the
  first time, is rebuilt from all their clusters (the rewritten partitions, and a scan of the others only when
  their people name them);
- any other traveller the run touches keeps their visits and stops up to the first day the run changes, minus
  one stop, and is folded again from there with the new visits (undated steps of all their visits re-dated, a
  day's order recomputed for the days from that one on). Today's news changes the last few days: the work is the
  run's, not the history's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from .extractors.records import ItineraryStop, Place
from .ids import stable_id
from .itineraries import (
    Rep,
    Visit,
    build_one,
    canonical,
    date_undated,
    day_key,
    fold,
    person_groups,
    rep_of,
    sort_key,
    with_kinds,
)
from .merge import event_from_row, merged_table
from .schemas import TABLES
from .store import OutputStore

BUCKETS = 16
PEOPLE = "_state/people"
LENT = "_state/lent"
VISITS = "_state/visits"
STOPS = "itineraries"
EVENT_COLUMNS = ["event_id", "article_id", "event_type", "subtype", "participants", "location", "origin",
                 "destination", "date_start", "date_end", "date_value", "status", "sentence", "start_char",
                 "confidence", "cluster_id"]
PEOPLE_SCHEMA = pa.schema([("name", pa.string()), ("travels", pa.bool_())])
VISIT_SCHEMA = pa.schema([
    ("traveler", pa.string()), ("stop_index", pa.int32()), ("cluster_id", pa.string()), ("event_id", pa.string()),
    ("article_id", pa.string()), ("start_char", pa.int64()), ("place_at", pa.int32()), ("raw_key", pa.date32()),
    ("end", pa.date32()),
    ("raw_kind", pa.int8()), ("key", pa.date32()), ("kind", pa.int8()), ("place", pa.string()),
    ("country_code", pa.string()), ("latitude", pa.float64()), ("longitude", pa.float64()),
    ("arrive", pa.date32()), ("depart", pa.date32()),
    # the report's own place before a return's home was refined (null in stores written before it: the place then)
    ("raw_place", pa.string()), ("raw_country_code", pa.string()), ("raw_latitude", pa.float64()),
    ("raw_longitude", pa.float64()),
    ("earlier", pa.bool_()),  # null in stores written before it: not told as earlier
    ("by", pa.bool_()),  # null in stores written before it: an arrival day the stop was reached on
])
_VISIT_ORDER = [("traveler", "ascending"), ("stop_index", "ascending"), ("article_id", "ascending"),
                ("start_char", "ascending"), ("place_at", "ascending"), ("event_id", "ascending"),
                ("raw_kind", "ascending")]


@dataclass(frozen=True)
class PartChange:
    """One merged-table partition a run rewrote: the representatives of all its clusters now, and the cluster ids
    it gained and lost (a cluster id hashes its members, so an unchanged id is an unchanged cluster)."""

    part: str
    reps: tuple[Rep, ...]
    added: frozenset[str]
    gone: frozenset[str]


def _part(path: str) -> str:
    return path.rsplit("/", 1)[1].removeprefix("part-").removesuffix(".parquet")


def bucket(traveller: str) -> str:
    return f"{int(stable_id('t', traveller)[2:], 16) % BUCKETS:02d}"


def _read(store: OutputStore, files: Iterable[str], schema: pa.Schema) -> pa.Table:
    files = list(files)
    if not files:
        return schema.empty_table()
    return ds.dataset(files, filesystem=store.fs, format="parquet", schema=schema).to_table()


def _people_table(reps: Iterable[Rep]) -> pa.Table:
    travels: dict[str, bool] = {}
    for r in reps:
        for n in r.people:
            travels[n] = travels.get(n, False) or n in r.travellers
    return pa.table({"name": list(travels), "travels": list(travels.values())}, schema=PEOPLE_SCHEMA)


def _travels_by_name(people: pa.Table) -> dict[str, bool]:
    agg = people.group_by("name").aggregate([("travels", "any")])
    return dict(zip(agg.column("name").to_pylist(), agg.column("travels_any").to_pylist(), strict=True))


@dataclass
class _Plan:
    """Who is rebuilt how: ``full`` from all their clusters, ``dropped`` no longer travellers, ``canon`` the
    traveller of every name of the groups the run touches, ``travellers`` those groups' travellers now."""

    canon: dict[str, str]
    travellers: set[str]
    full: set[str]
    dropped: set[str]


def _plan(old: dict[str, bool], new: dict[str, bool], named: set[str]) -> _Plan:
    """Compare who is which traveller before and after, in the groups of the names that changed and of
    ``named`` (the names of the clusters the run added)."""
    changed = {n for n in old.keys() | new.keys() if old.get(n) != new.get(n)}
    group_of = person_groups(old.keys() | new.keys())
    members: dict[str, list[str]] = defaultdict(list)
    for n, g in group_of.items():
        members[g].append(n)
    plan = _Plan({}, set(), set(), set())
    for g in sorted({group_of[n] for n in changed | (named & group_of.keys())}):
        names = members[g]
        now = [n for n in names if n in new]
        canon_new = canonical(now)
        plan.canon.update(canon_new)
        trav_new = {canon_new[n] for n in now if new[n]}
        plan.travellers |= trav_new
        if not any(n in changed for n in names):
            continue
        before = [n for n in names if n in old]
        canon_old = canonical(before)
        trav_old = {canon_old[n] for n in before if old[n]}
        plan.dropped |= trav_old - trav_new
        both = [n for n in names if n in old and n in new]
        for t in trav_new:
            if t not in trav_old or {n for n in both if canon_old[n] == t} != {n for n in both if canon_new[n] == t}:
                plan.full.add(t)
    return plan


def update_itineraries(store: OutputStore, changes: Sequence[PartChange]) -> None:
    """Bring stops and state up to date with the partitions a run rewrote (all of them, for a full merge)."""
    touched = {c.part for c in changes}
    people_files = {_part(f): f for f in store.files(PEOPLE)}
    untouched_files = {p: f for p, f in people_files.items() if p not in touched}
    untouched = _read(store, untouched_files.values(), PEOPLE_SCHEMA)
    fresh = {c.part: _people_table(c.reps) for c in changes}
    old = _travels_by_name(_read(store, people_files.values(), PEOPLE_SCHEMA))
    new = _travels_by_name(pa.concat_tables([untouched, *fresh.values()]))
    added = [r for c in changes for r in c.reps if r.cluster_id in c.added]
    plan = _plan(old, new, {n for r in added for n in r.people})
    gone = set().union(*(c.gone for c in changes))

    visits_old = _read(store, store.files(VISITS), VISIT_SCHEMA)
    stops_old = _read(store, store.files(STOPS), TABLES["itineraries"].SCHEMA)
    added_by: dict[str, list[Visit]] = defaultdict(list)
    for r in added:
        for t in {plan.canon[n] for n in r.people} & plan.travellers:
            added_by[t].extend(r.visits)
    gone_rows = _visits(visits_old.filter(pc.is_in(visits_old.column("cluster_id"),
                                                    value_set=pa.array(sorted(gone), pa.string()))))
    spliced = (set(added_by) | {t for t, _ in gone_rows}) - plan.full - plan.dropped

    new_stops: list[ItineraryStop] = []
    new_visits: list[tuple[str, Visit]] = []
    keep_below: dict[str, int] = {t: 0 for t in plan.full | plan.dropped}
    for who, (stops, placed) in _rebuild_full(store, plan, changes, untouched_files).items():
        new_stops.extend(stops)
        new_visits.extend((who, v) for v in placed)
    for who, (first, stops, placed) in _splice(visits_old, stops_old, spliced, gone_rows, added_by).items():
        keep_below[who] = first
        new_stops.extend(stops)
        new_visits.extend((who, v) for v in placed)
    _write(store, STOPS, stops_old, merged_table("itineraries", new_stops), keep_below,
           [("traveler", "ascending"), ("stop_index", "ascending")])
    _write(store, VISITS, visits_old, _visit_table(new_visits), keep_below, _VISIT_ORDER)
    for part, table in fresh.items():  # last: the people of a partition say it is accounted for
        store.write(f"{PEOPLE}/part-{part}.parquet", table)


def _ident(v: Visit) -> tuple[str, str, int]:
    return v.cluster_id, v.event_id, v.raw_kind


def _visits(table: pa.Table) -> list[tuple[str, Visit]]:
    """(traveller, visit) for each row of the visits state."""
    return [(r["traveler"], Visit(r["cluster_id"], r["event_id"], r["article_id"], r["start_char"],
                                  r["place_at"] or 0,  # 0 in a store written before place_at
                                  r["raw_key"],
                                  r["end"], r["raw_kind"], Place(r["place"], r["country_code"], r["latitude"],
                                                                 r["longitude"]),
                                  r["arrive"], r["depart"], r["key"], r["kind"], r["stop_index"],
                                  None if r["raw_place"] is None else Place(r["raw_place"], r["raw_country_code"],
                                                                            r["raw_latitude"], r["raw_longitude"]),
                                  bool(r.get("earlier")), bool(r.get("by"))))
            for r in table.to_pylist()]


def _visit_table(rows: Sequence[tuple[str, Visit]]) -> pa.Table:
    vs = [v for _, v in rows]
    raws = [v.raw_place or v.place for v in vs]  # the report's own place (``place`` when never refined)
    columns = {
        "traveler": [t for t, _ in rows], "stop_index": [v.stop_index for v in vs],
        "cluster_id": [v.cluster_id for v in vs], "event_id": [v.event_id for v in vs],
        "article_id": [v.article_id for v in vs], "start_char": [v.start_char for v in vs],
        "place_at": [v.place_at for v in vs],
        "raw_key": [v.raw_key for v in vs], "end": [v.end for v in vs], "raw_kind": [v.raw_kind for v in vs],
        "key": [v.key for v in vs], "kind": [v.kind for v in vs], "place": [v.place.name for v in vs],
        "country_code": [v.place.country_code for v in vs], "latitude": [v.place.latitude for v in vs],
        "longitude": [v.place.longitude for v in vs], "arrive": [v.arrive for v in vs],
        "depart": [v.depart for v in vs],
        "raw_place": [p.name for p in raws], "raw_country_code": [p.country_code for p in raws],
        "raw_latitude": [p.latitude for p in raws], "raw_longitude": [p.longitude for p in raws],
        "earlier": [v.earlier for v in vs], "by": [v.by for v in vs],
    }
    return pa.table(columns, schema=VISIT_SCHEMA)


def _per_row(travellers: pa.ChunkedArray | pa.Array, values: dict, type_: pa.DataType) -> pa.Array:
    """``values[traveller]`` for every row (null where absent), through the column's distinct values: no join."""
    enc = pc.dictionary_encode(travellers)
    enc = enc.combine_chunks() if isinstance(enc, pa.ChunkedArray) else enc
    if not len(enc):
        return pa.array([], type_)
    per_value = pa.array([values.get(t) for t in enc.dictionary.to_pylist()], type_)
    return pc.take(per_value, enc.indices)


def _rebuild_full(store: OutputStore, plan: _Plan, changes: Sequence[PartChange],
                  untouched: dict[str, str]) -> dict[str, tuple[list[ItineraryStop], list[Visit]]]:
    """The travellers of ``plan.full`` from all the clusters naming them: the rewritten partitions' (in memory)
    and, when the people of another partition name them, that partition's (read)."""
    if not plan.full:
        return {}
    names = {n for n, t in plan.canon.items() if t in plan.full}
    wanted = pa.array(sorted(names), pa.string())
    reps = [r for c in changes for r in c.reps if names.intersection(r.people)]
    for part, people in sorted(untouched.items()):
        col = pq.read_table(people, columns=["name"], filesystem=store.fs).column("name")
        if pc.any(pc.is_in(col, value_set=wanted)).as_py():
            reps.extend(_scan_reps(store, part, wanted))
    by_traveller: dict[str, list[Visit]] = defaultdict(list)
    for r in reps:
        for t in {plan.canon.get(n) for n in r.people} & plan.full:
            by_traveller[t].extend(r.visits)
    return {t: build_one(t, by_traveller.get(t, ())) for t in sorted(plan.full)}


def _scan_reps(store: OutputStore, part: str, names: pa.Array) -> list[Rep]:
    """The representatives of the clusters of one events partition that name one of ``names``, from the days the
    reports told: a meeting the merge lent its story's day or place (``_state/lent``) is read as told, as the rewritten
    partitions' representatives (made before the lending) and one build see it. Otherwise a traveller rebuilt from
    a stored month would place that meeting, and one merged in the same run as that month would not."""
    path = store.path(f"events/part-{part}.parquet")
    col = pq.read_table(path, columns=["cluster_id", "participants"], filesystem=store.fs)
    parents = pc.list_parent_indices(col.column("participants"))
    flat = pc.struct_field(pc.list_flatten(col.column("participants")), "name")
    hit = pc.filter(parents, pc.is_in(flat, value_set=names))
    if not len(hit):
        return []
    cids = pc.unique(pc.take(col.column("cluster_id"), hit))
    rows = pq.read_table(path, filesystem=store.fs, filters=pc.field("cluster_id").isin(cids), columns=EVENT_COLUMNS)
    lent_path = store.path(f"{LENT}/part-{part}.parquet")
    told = ({r["event_id"]: r for r in pq.read_table(lent_path, filesystem=store.fs, columns=EVENT_COLUMNS).to_pylist()}
            if store.fs.get_file_info(lent_path).type == pafs.FileType.File else {})
    members: dict[str, list] = defaultdict(list)
    for row in rows.to_pylist():
        e = event_from_row(told.get(row["event_id"], row))  # as its report told it, when the merge lent it
        members[e.cluster_id or e.event_id].append(e)
    return [r for cid in sorted(members) if (r := rep_of(cid, members[cid])) is not None]


def _splice(visits_old: pa.Table, stops_old: pa.Table, travellers: set[str], gone_rows: list[tuple[str, Visit]],
            added_by: dict[str, list[Visit]]) -> dict[str, tuple[int, list[ItineraryStop], list[Visit]]]:
    """Per traveller: the first stop folded again, the new stops from it on and their visits."""
    gone_by: dict[str, list[Visit]] = defaultdict(list)
    for t, v in gone_rows:
        if t in travellers:
            gone_by[t].append(v)
    # every visit of the travellers the run touches: undated steps are re-dated article by article, but the
    # departure a return implies takes the first day of its journey from whichever article tells it
    touched = sorted(t for t in travellers if gone_by[t] or added_by.get(t))
    stored_visits: dict[str, list[Visit]] = defaultdict(list)
    for t, v in _visits(visits_old.filter(pc.is_in(visits_old.column("traveler"),
                                                   value_set=pa.array(touched, pa.string())))):
        stored_visits[t].append(v)
    since: dict[str, tuple[bool, date]] = {}
    fresh: dict[str, dict[tuple, Visit]] = {}
    for t in sorted(travellers):
        gone_ids = {_ident(v) for v in gone_by[t]}
        olds = {_ident(v): v for v in stored_visits[t] if _ident(v) not in gone_ids}
        changed = [day_key(v.key) for v in gone_by[t]]
        fresh[t] = {}
        for v in date_undated([*olds.values(), *added_by.get(t, ())]):
            before = olds.get(_ident(v))
            # re-dating may also move a return's home to the one city its article puts the traveller in once back
            if before is None or before.key != v.key or before.place != v.place:
                fresh[t][_ident(v)] = v
                changed += [day_key(v.key)] + ([day_key(before.key)] if before is not None else [])
        if changed:
            since[t] = min(changed)
    if not since:
        return {}
    # the first stop to fold again: the one before the first stop holding a visit of a changed day
    rows = visits_old.filter(pc.is_in(visits_old.column("traveler"), value_set=pa.array(sorted(since), pa.string())))
    limit = _per_row(rows.column("traveler"), {t: date.max if none else day for t, (none, day) in since.items()},
                     pa.date32())
    late = rows.filter(pc.greater_equal(pc.fill_null(rows.column("key"), date.max), limit))
    first_late = _min_by(late, "min")
    count = _min_by(rows, "max")
    first = {t: max(first_late.get(t, count.get(t, -1) + 1) - 1, 0) for t in since}
    from_here = rows.filter(pc.greater_equal(rows.column("stop_index"),
                                             _per_row(rows.column("traveler"), first, pa.int32())))
    tails: dict[str, list[Visit]] = defaultdict(list)
    for t, v in _visits(from_here):
        tails[t].append(v)
    before = stops_old.filter(pc.equal(stops_old.column("stop_index"),
                                       _per_row(stops_old.column("traveler"), {t: i - 1 for t, i in first.items()},
                                                pa.int32())))
    starts = {r["traveler"]: ItineraryStop(**{**r, "event_ids": tuple(r["event_ids"] or ())})
              for r in before.to_pylist()}
    out = {}
    for t, s in since.items():
        gone_ids = {_ident(v) for v in gone_by[t]}
        tail = [v for v in tails[t] if _ident(v) not in gone_ids and _ident(v) not in fresh[t]]
        tail.extend(fresh[t].values())
        settled = [v for v in tail if day_key(v.key) < s]  # days the run does not change keep their order
        tail = sorted(settled + with_kinds([v for v in tail if day_key(v.key) >= s]), key=sort_key)
        stops, placed = fold(t, tail, starts.get(t), first[t])
        out[t] = (first[t], stops, placed)
    return out


def _min_by(rows: pa.Table, how: str) -> dict[str, int]:
    agg = rows.group_by("traveler").aggregate([("stop_index", how)])
    return dict(zip(agg.column("traveler").to_pylist(), agg.column(f"stop_index_{how}").to_pylist(), strict=True))


def _write(store: OutputStore, folder: str, old: pa.Table, new: pa.Table, keep_below: dict[str, int],
           order: list[tuple[str, str]]) -> None:
    """Rewrite the buckets of the travellers in ``keep_below``: their old rows below that stop, then ``new``."""
    if not keep_below:
        return
    limit = _per_row(old.column("traveler"), keep_below, pa.int32())
    kept = old.filter(pc.or_kleene(pc.is_null(limit), pc.less(old.column("stop_index"), limit)))
    table = pa.concat_tables([kept, new.cast(kept.schema)])
    buckets = _per_row(table.column("traveler"), {t: bucket(t) for t in pc.unique(table.column("traveler"))
                                                  .to_pylist()}, pa.string())
    existing = {_part(f): f for f in store.files(folder)}
    for b in sorted({bucket(t) for t in keep_below}):
        part = table.filter(pc.equal(buckets, b))
        if part.num_rows:
            store.write(f"{folder}/part-{b}.parquet", part.take(pc.sort_indices(part, order)))
        elif b in existing:
            store.fs.delete_file(existing[b])
