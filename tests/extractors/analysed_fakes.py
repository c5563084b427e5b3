"""Stand-ins for an analysed article (``process.ArticleResult`` and its article), for the tests of what a batch's
pages lend each other (``batch_year``, ``story_day``, ``story_weekday``, ``story_events``): only the fields those
modules read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateline.extractors.records import ArticleDate, Event, Timex


@dataclass(frozen=True)
class FakeArticle:
    article_id: str
    text: str
    origin: str = ""
    title: str | None = None
    published: date | None = None
    header_date: date | None = None


@dataclass(frozen=True)
class FakeResult:
    article: FakeArticle
    article_date: ArticleDate
    events: tuple[Event, ...]
    timexes: tuple[Timex, ...] = ()
    error: str | None = None
