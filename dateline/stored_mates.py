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
from .extractors.story_day import Mention, StoryPage, own_date, story_page
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


STORY_COLUMNS = ["article_id", "event_type", "participants", "destination", "location", "date_start", "date_end"]


class StoredStoryPages:
    """The store's pages with a date of their own that name some of the given people: ``story_day.StoredStory``
    for one run. Asked only when a chunk holds a page that nothing dates; the staged events (their people, places
    and dates) and the articles' own dates are read once per run, on the first call (the store does not change
    before the run commits). The cost is one read of those columns of the staged events: a page with no date gives
    no day to narrow the read by."""

    def __init__(self, store: OutputStore) -> None:
        self.store = store

    @cached_property
    def _pages(self) -> list[StoryPage]:
        files, event_files = self.store.files("articles"), self.store.files(STAGING_EVENTS)
        if not files or not event_files:
            return []
        dates = ds.dataset(files, filesystem=self.store.fs, format="parquet").to_table(columns=DATE_COLUMNS)
        own = {r["article_id"]: ArticleDate(r["published"], r["published_source"], r["published_evidence"])
               for r in dates.to_pylist()}
        mentions: dict[str, list[Mention]] = defaultdict(list)
        events = ds.dataset(event_files, filesystem=self.store.fs, format="parquet").to_table(columns=STORY_COLUMNS)
        for row in events.to_pylist():
            place = (row["destination"] or row["location"]) if row["event_type"] == "travel" else row["location"]
            mentions[row["article_id"]].append(Mention(
                row["event_type"], tuple(p["name"] for p in row["participants"] or () if p.get("name")),
                (place or {}).get("country_code"), row["date_start"], row["date_end"]))
        pages = (story_page(a, ms, own_date(d), strong_date(d)) for a, ms in sorted(mentions.items())
                 if (d := own.get(a)) is not None)
        return [p for p in pages if p.anchor is not None and p.lends and p.people]

    def __call__(self, tokens: frozenset[str]) -> list[StoryPage]:
        return [p for p in self._pages if not p.tokens.isdisjoint(tokens)]
