"""The strongly dated pages already in the output store, as mates that may lend a page of a later batch its year or
its story's day.

Why: in the incremental daily store a story's reports arrive over several runs; the report that states its year, or
the dated report of an undated page's story, may have come yesterday. Three lenders ask for such mates:
``extractors.batch_year`` (a chunk holds a page whose year is weak: mates whose date falls near that page's day in
some year), ``extractors.story_weekday`` (a chunk holds a page that nothing dates but its weekdays: mates that name
its people, with the days their events tell) and ``extractors.story_day`` (a page still undated: mates that name its
people). All take only pages whose own date is firm (``batch_year.strong_date``), so one object serves them and reads
the store once per run: the articles table's date columns, then those pages' staged events (their people, trips,
places and days), each on first need (the store does not change before the run commits). The opposite direction (a
weak or undated page already stored, re-dated when its mate arrives later) would need the stored page analysed again,
which the store cannot do without re-running it: not done.
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
from .extractors.story_weekday import DatedMate
from .store import STAGING_EVENTS, OutputStore

DATE_COLUMNS = ["article_id", "published", "published_source", "published_evidence"]
# what either lender reads of a staged event: its people and destination (a report), its place and days (a story page)
EVENT_COLUMNS = ["article_id", "event_type", "participants", "destination", "location", "date_start", "date_end"]


class StoredDatedPages:
    """The store's strongly dated pages for one run: ``reports_near`` is ``batch_year.StoredMates``,
    ``pages_naming`` is ``story_day.StoredStory`` and ``mates_naming`` is ``story_weekday.StoredWeekdayMates``. Built
    once per run (``flows.runners.run_batch``) and asked once per chunk that holds a weak or an undated page."""

    def __init__(self, store: OutputStore) -> None:
        self.store = store

    @cached_property
    def _strong_dates(self) -> dict[str, ArticleDate]:
        """Article id -> its firm own date, in the articles table's order (the order a weak page meets its mates)."""
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

    @cached_property
    def _events(self) -> pa.Table | None:
        """The staged events of the strongly dated pages (None: there are none): kept as Arrow, so a lender asked
        about a few pages turns only their rows into Python."""
        event_files = self.store.files(STAGING_EVENTS)
        if not self._strong_dates or not event_files:
            return None
        strong = pc.field("article_id").isin(pa.array(sorted(self._strong_dates), pa.string()))
        return ds.dataset(event_files, filesystem=self.store.fs, format="parquet").to_table(
            columns=EVENT_COLUMNS, filter=strong)

    def reports_near(self, days: Sequence[date]) -> list[Report]:
        """The pages whose date falls near one of ``days`` (month and day, in any year), with their events'
        protagonists: the mates that may lend a weak page its year."""
        if not days:
            return []
        dated = {i: d for i, d in self._strong_dates.items() if any(near_in_some_year(day, d.value) for day in days)}
        if not dated or self._events is None:
            return []
        events = self._events.filter(pc.field("article_id").isin(pa.array(sorted(dated), pa.string())))
        people: dict[str, list[str]] = defaultdict(list)
        trips: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for row in events.to_pylist():
            names = [p["name"] for p in row["participants"] or () if p.get("name")]
            people[row["article_id"]] += names
            if row["event_type"] == "travel" and row["destination"] and row["destination"].get("name"):
                trips[row["article_id"]] += [(name, row["destination"]["name"]) for name in names]
        return [make_report(i, d, people[i], trips[i]) for i, d in dated.items() if people[i]]

    @cached_property
    def _mentions(self) -> dict[str, tuple[Mention, ...]]:
        """Article id -> the mentions of each strongly dated page (what the story tests read of its staged events),
        by article id. The cost is one pass over those pages' staged events, on the first undated page's asking."""
        if self._events is None:
            return {}
        mentions: dict[str, list[Mention]] = defaultdict(list)
        for row in self._events.to_pylist():
            place = (row["destination"] or row["location"]) if row["event_type"] == "travel" else row["location"]
            mentions[row["article_id"]].append(Mention(
                row["event_type"], tuple(p["name"] for p in row["participants"] or () if p.get("name")),
                (place or {}).get("country_code"), row["date_start"], row["date_end"]))
        return {a: tuple(ms) for a, ms in sorted(mentions.items())}

    @cached_property
    def _story_pages(self) -> list[StoryPage]:
        """Each strongly dated page summed up for the story test (``story_day.story_page``), with an anchor and some
        people: a page with no date gives no day to narrow by."""
        pages = (story_page(a, ms, own_date(self._strong_dates[a])) for a, ms in self._mentions.items())
        return [p for p in pages if p.anchor is not None and p.people]  # each lends: its date is firm

    def pages_naming(self, tokens: frozenset[str]) -> list[StoryPage]:
        """The pages that name some of the people (name tokens) of a chunk's undated pages: the mates that may lend
        them their story's day."""
        return [p for p in self._story_pages if not p.tokens.isdisjoint(tokens)]

    def mates_naming(self, tokens: frozenset[str]) -> list[DatedMate]:
        """The pages that name some of the people (name tokens) of a chunk's undated pages, with their mentions and
        date: the mates whose events' days may place those pages' weekdays (``story_weekday``)."""
        return [DatedMate(p.article_id, self._mentions[p.article_id], p, self._strong_dates[p.article_id].value)
                for p in self.pages_naming(tokens)]
