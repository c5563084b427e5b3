"""Helpers for the merge tests: stage mentions as a run's batch, merge them at once or run by run, and read a
store's merged tables in a stable order."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

import pyarrow.compute as pc

from dateline.extractors.records import Event
from dateline.incremental import merge_store
from dateline.schemas import TABLES
from dateline.store import STAGING_EVENTS, OutputStore
from dateline.tables import events_table

KEYS = {"events": ["event_id"], "clusters": ["cluster_id"], "itineraries": ["traveler", "stop_index"]}


def stage(store: OutputStore, events: list[Event], part: str) -> None:
    store.write(f"{STAGING_EVENTS}/part-{part}.parquet", events_table(events))


def content(root: str) -> dict[str, list[dict]]:
    """Every merged table of the store at ``root``, rows sorted by their key."""
    out = {}
    for name, keys in KEYS.items():
        t = OutputStore(root).read(name, schema=TABLES[name].SCHEMA)
        out[name] = t.take(pc.sort_indices(t, [(k, "ascending") for k in keys])).to_pylist()
    return out


@contextmanager
def merged_at_once_and_in_runs(events: list[Event], runs: list[int]) -> Iterator[tuple[str, str]]:
    """Two stores: one merging every mention in a single run, one merging article ``i`` in run ``runs[i]``."""
    with tempfile.TemporaryDirectory() as one, tempfile.TemporaryDirectory() as split:
        stage(OutputStore(one), events, "b_all")
        merge_store(OutputStore(one))
        store = OutputStore(split)
        for r in sorted(set(runs)):
            arts = {f"art{a}" for a, run in enumerate(runs) if run == r}
            stage(store, [e for e in events if e.article_id in arts], f"b_run{r}")
            merge_store(store)
        yield one, split
