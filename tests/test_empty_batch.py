"""A run whose new articles yield no events (a quiet news day, a batch of press releases) must still merge: its
staging part has no rows, and nothing downstream may build an Arrow filter from an empty Python list (which has
no type: ``string vs null``)."""

from __future__ import annotations

import pyarrow as pa

from dateline.incremental import merge_store
from dateline.store import STAGING_EVENTS, OutputStore
from dateline.tables import events_table


def test_published_dates_of_no_articles_is_empty(tmp_path) -> None:
    store = OutputStore(str(tmp_path))
    store.write("articles/part-b_x.parquet", pa.table({"article_id": ["a1"], "published": [None]}))
    assert store.published_dates([]) == {}
    assert store.published_dates(["a1"]) == {"a1": None}


def test_merge_of_a_batch_without_events(tmp_path) -> None:
    store = OutputStore(str(tmp_path))
    store.write(f"{STAGING_EVENTS}/part-b_empty.parquet", events_table([]))
    merge_store(store)
