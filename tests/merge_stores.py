"""Helpers for the merge tests: stage mentions as a run's batch, merge them at once or run by run, and read a
store's merged tables in a stable order."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date

import pyarrow.compute as pc

from dateline.extractors.records import Event
from dateline.incremental import merge_store
from dateline.schemas import TABLES, build_table
from dateline.store import STAGING_EVENTS, OutputStore
from dateline.tables import events_table

KEYS = {"events": ["event_id"], "clusters": ["cluster_id"], "itineraries": ["traveler", "stop_index"]}


def stage(store: OutputStore, events: list[Event], part: str) -> None:
    store.write(f"{STAGING_EVENTS}/part-{part}.parquet", events_table(events))


def write_articles(store: OutputStore, story_days: Mapping[str, date | None], part: str,
                   published: Mapping[str, date] | None = None) -> None:
    """The articles table's rows of a run: the day each page's story lent it (or none), and its own publication
    date where ``published`` gives one."""
    rows = [{"article_id": a, "input_id": a, "title": None, "url": None, "source": None,
             "published": (published or {}).get(a),
             "published_source": "unknown", "published_evidence": None, "story_day": day, "n_chars": 0,
             "n_timexes": 0, "n_events": 0, "headline_matches_body": None, "noise_chars": 0, "status": "ok",
             "text": "", "run_id": part} for a, day in sorted(story_days.items())]
    store.write(f"articles/part-{part}.parquet", build_table(TABLES["articles"].SCHEMA, rows))


def content(root: str) -> dict[str, list[dict]]:
    """Every merged table of the store at ``root``, rows sorted by their key."""
    out = {}
    for name, keys in KEYS.items():
        t = OutputStore(root).read(name, schema=TABLES[name].SCHEMA)
        out[name] = t.take(pc.sort_indices(t, [(k, "ascending") for k in keys])).to_pylist()
    return out


@contextmanager
def merged_at_once_and_in_runs(events: list[Event], runs: list[int],
                               story_days: Mapping[str, date | None] | None = None) -> Iterator[tuple[str, str]]:
    """Two stores: one merging every mention in a single run, one merging article ``i`` in run ``runs[i]``;
    ``story_days`` (article id -> the day its story lent it at extraction) go to the articles table with their run."""
    with tempfile.TemporaryDirectory() as one, tempfile.TemporaryDirectory() as split:
        if story_days is not None:
            write_articles(OutputStore(one), story_days, "b_all")
        stage(OutputStore(one), events, "b_all")
        merge_store(OutputStore(one))
        store = OutputStore(split)
        for r in sorted(set(runs)):
            arts = {f"art{a}" for a, run in enumerate(runs) if run == r}
            if story_days is not None:
                write_articles(store, {a: d for a, d in story_days.items() if a in arts}, f"b_run{r}")
            stage(store, [e for e in events if e.article_id in arts], f"b_run{r}")
            merge_store(store)
        yield one, split
