"""Strongly dated reports already in the output store, as mates that may lend a page of a later batch its year.

Why: in the incremental daily store a story's reports arrive over several runs; the report that states its year
may have come yesterday. ``extractors.batch_year`` asks for these only when a chunk holds a page whose year is weak,
with that page's days; this reads two small things: the articles table's date columns, once per run (the strongly
dated ones, kept when their date falls near one of those days in some year), and those articles' staged events
(their people and trips). The opposite direction (a weak page already stored, re-dated when its strong mate
arrives later) would need the stored page analysed again, which the store cannot do without re-running it: not done.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from functools import cached_property

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from .extractors.batch_year import Report, make_report, near_in_some_year, strong_date
from .extractors.records import ArticleDate
from .store import STAGING_EVENTS, OutputStore

DATE_COLUMNS = ["article_id", "published", "published_source", "published_evidence"]


class StoredReports:
    """The store's strongly dated reports near the given days (month and day, in any year), with their events'
    protagonists: ``batch_year.StoredMates`` for one run. The articles table's date columns are read once, on the
    first call: the store does not change before the run commits, and a run asks once per chunk with a weak page."""

    def __init__(self, store: OutputStore) -> None:
        self.store = store

    @cached_property
    def _strong_dates(self) -> dict[str, ArticleDate]:
        files = self.store.files("articles")
        if not files:
            return {}
        table = ds.dataset(files, filesystem=self.store.fs, format="parquet").to_table(columns=DATE_COLUMNS)
        out: dict[str, ArticleDate] = {}
        for row in table.to_pylist():
            article_date = ArticleDate(row["published"], row["published_source"], row["published_evidence"])
            if strong_date(article_date):
                out[row["article_id"]] = article_date
        return out

    def __call__(self, days: Sequence[date]) -> list[Report]:
        if not days:
            return []
        dated = {i: d for i, d in self._strong_dates.items() if any(near_in_some_year(day, d.value) for day in days)}
        event_files = self.store.files(STAGING_EVENTS)
        if not dated or not event_files:
            return []
        wanted = pc.field("article_id").isin(pa.array(sorted(dated), pa.string()))
        events = ds.dataset(event_files, filesystem=self.store.fs, format="parquet").to_table(
            columns=["article_id", "event_type", "participants", "destination"], filter=wanted)
        people: dict[str, list[str]] = defaultdict(list)
        trips: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for row in events.to_pylist():
            names = [p["name"] for p in row["participants"] or () if p.get("name")]
            people[row["article_id"]] += names
            if row["event_type"] == "travel" and row["destination"] and row["destination"].get("name"):
                trips[row["article_id"]] += [(name, row["destination"]["name"]) for name in names]
        return [make_report(i, d, people[i], trips[i]) for i, d in dated.items() if people[i]]
