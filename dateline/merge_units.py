"""The merge units of a run, clustered one task per unit: in this process, or as tasks on a Dask cluster.

Why units are tasks: a merge unit (event type, event month; ``extractors.events.blocks``) is clustered from its own
mentions only, so units are independent and can run anywhere, in any order. Each task gets the unit's staged rows
and its articles' anchors, and returns the unit's events and clusters as Arrow tables and its clusters'
representatives for the itineraries. The run then assembles them month by month, in unit order, the same way
whatever ran the tasks: the tables are the same as the serial merge's (tested).

Tasks are submitted a few months at a time (``MONTHS_IN_FLIGHT``), so a full merge never ships the whole history
to the workers at once.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Executor
from datetime import date
from itertools import chain

import pyarrow as pa
import pyarrow.compute as pc

from .itineraries import Rep, reps_of
from .merge import cluster_rows, cluster_staged, merged_table

MONTHS_IN_FLIGHT = 8


def merge_unit(staged: pa.Table, anchors: Mapping[str, date], own_days: Mapping[str, date] | None = None
               ) -> tuple[pa.Table, pa.Table, list[Rep]]:
    """One unit's staged rows to its events and clusters tables and its representatives (the task body).
    ``own_days``: its pages' own days (not the lent anchors), which held events are weighed by."""
    events = cluster_staged(staged, range(staged.num_rows), anchors, own_days)
    return merged_table("events", events), merged_table("clusters", cluster_rows(events)), reps_of(events)


def merged_months(staged: pa.Table, units_of_month: Mapping[str, Sequence[str]],
                  rows_of_unit: Mapping[str, Sequence[int]], anchors: Mapping[str, date],
                  executor: Executor | None = None, own_days: Mapping[str, date] | None = None
                  ) -> Iterator[tuple[str, pa.Table, pa.Table, list[Rep]]]:
    """(month, events, clusters, representatives) per month, in month order; units run on ``executor`` when
    given (a Dask ``Client.get_executor()``), else here."""
    months = sorted(units_of_month)
    for i in range(0, len(months), MONTHS_IN_FLIGHT):
        window = months[i:i + MONTHS_IN_FLIGHT]
        tasks = [(m, [_payload(staged, rows_of_unit[u], anchors, own_days or {}) for u in sorted(units_of_month[m])])
                 for m in window]
        if executor is None:
            done = [(m, [merge_unit(*p) for p in payloads]) for m, payloads in tasks]
        else:
            futures = [(m, [executor.submit(merge_unit, *p) for p in payloads]) for m, payloads in tasks]
            done = [(m, [f.result() for f in fs]) for m, fs in futures]
        for month, results in done:
            yield (month, *_assemble(results))


def _payload(staged: pa.Table, rows: Sequence[int], anchors: Mapping[str, date], own_days: Mapping[str, date]
             ) -> tuple[pa.Table, dict, dict]:
    table = staged.take(pa.array(sorted(set(rows)), pa.int64()))
    arts = set(table.column("article_id").to_pylist())
    return table, {a: anchors[a] for a in arts if a in anchors}, {a: own_days[a] for a in arts if a in own_days}


def _assemble(results: list[tuple[pa.Table, pa.Table, list[Rep]]]) -> tuple[pa.Table, pa.Table, list[Rep]]:
    """A month from its units (in unit order): events as the units give them, clusters and representatives by
    cluster id."""
    events = pa.concat_tables([r[0] for r in results])
    clusters = pa.concat_tables([r[1] for r in results])
    clusters = clusters.take(pc.sort_indices(clusters, [("cluster_id", "ascending")]))
    reps = sorted(chain.from_iterable(r[2] for r in results), key=lambda r: r.cluster_id)
    return events, clusters, reps
