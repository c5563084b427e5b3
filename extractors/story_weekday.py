"""A page that nothing dates takes the day its own weekdays name inside the days its story's dated reports tell.

Why: a report saved without its header ("arrived on Thursday afternoon", "met on Tuesday morning and will meet again
on Wednesday") has no date of its own, so its weekdays resolve to nothing and every event on it stays undated. Its
story's other reports are dated, and their events say on which days the story happens (the visit of the 3rd to the
5th). A weekday of the page that falls exactly once among those days is that day; the page was written on the last
day it tells as past or today, and not after a day it tells as ahead. That day becomes the page's article date (the
caller re-runs the analysis with it, as ``batch_year`` does), so its timexes and events are dated by the resolver's
own tense rules.

Not the story's day itself (``story_day``: a preview's or a wrap-up's anchor is days away from the page's), and never
the run date. A page whose weekdays are all told ahead (a preview) is left undated: nothing says how long before it
was written. The mates are strongly dated pages (``batch_year.strong_date``) telling the same story
(``story_day.same_story``); only their events naming someone the page names count, and only narrow ones (a day or
a few), so a long tour's month does not hold every weekday. A day fixed here is not firm: it lends nothing
(``SOURCE`` is neither strong nor a page's own stated date), so there are no chains.

Mates come from the page's own chunk and from ``earlier`` (``EarlierMates``): the batch's earlier chunks and the
store's earlier runs (``dateline.stored_mates``), because a story's dated report may come yesterday and its undated
follow-up today, or fall in another chunk of a big batch. The same page is dated the same whichever way it came. Not
the other way round: an undated page already analysed is not re-dated when its dated mate comes later.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .batch_year import Analysed, strong_date
from .records import ArticleDate, Timex
from .story_day import (
    MATE_SPREAD_DAYS,
    LentDay,
    Mention,
    StoryPage,
    mention_of,
    own_date,
    persons_named,
    same_story,
    story_page,
)

SOURCE = "story-weekday"  # how a day fixed here is sourced (``ArticleDate.source``): not strong, so it lends nothing
STORY_MARGIN_DAYS = 0  # the story days only: with their neighbours too (1), more pages are dated and more wrongly
MAX_EVENT_DAYS = 6  # a mate's event longer than this (a tour, a month) says nothing about which week a weekday is in
LENDER_DRIFT_DAYS = 3  # a lender whose own date is further from the days it tells is a preview or misdated
LENT_MARGIN_DAYS = 1  # a report is written the day after what it tells, a departure told the day before
_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])(?:T[A-Z]+)?$")  # an unanchored weekday ("on Tuesday morning")

Resolve = Callable[[date], Sequence[Timex]]  # an anchor -> the page's timexes resolved against it


@dataclass(frozen=True)
class PlacedWeekday:
    """One weekday expression of the page and the one story day it can be."""

    start_char: int
    day: date


def weekdays(timexes: Iterable[Timex]) -> list[tuple[int, int]]:
    """(start_char, Monday=0 weekday) of the page's unanchored weekday expressions (not sets: 'every Wednesday')."""
    out = []
    for t in timexes:
        m = _WEEKDAY.match(t.value or "")
        if m and t.type in ("DATE", "TIME"):
            out.append((t.start_char, int(m.group(1)) - 1))
    return out


def mention_days(mentions: Iterable[Mention], near: date | None = None) -> frozenset[date]:
    """Every day the narrow dated mentions cover (within ``MATE_SPREAD_DAYS`` of ``near``, the mate's own date,
    when given: a day further from the report is background or a misread year, not its story's)."""
    days: set[date] = set()
    for m in mentions:
        start = m.date_start or m.date_end  # a trip known only by its last day ('until the 5th') still tells that day
        if start is None:
            continue
        end = m.date_end or start
        if near is not None and max(abs((start - near).days), abs((end - near).days)) > MATE_SPREAD_DAYS:
            continue
        if 0 <= (end - start).days <= MAX_EVENT_DAYS:
            days.update(start + timedelta(days=i)
                        for i in range(-STORY_MARGIN_DAYS, (end - start).days + 1 + STORY_MARGIN_DAYS))
    return frozenset(days)


def place(found: Sequence[tuple[int, int]], days: frozenset[date]) -> list[PlacedWeekday]:
    """Each weekday that falls on exactly one of ``days``, on that day."""
    out = []
    for pos, wd in found:
        on = [d for d in days if d.weekday() == wd]
        if len(on) == 1:
            out.append(PlacedWeekday(pos, on[0]))
    return out


def near(found: Sequence[tuple[int, int]], lent: date) -> list[PlacedWeekday]:
    """Each weekday on its occurrence nearest ``lent`` (at most three days from it, either side)."""
    return [PlacedWeekday(pos, lent + timedelta(days=(wd - lent.weekday() + 3) % 7 - 3)) for pos, wd in found]


def told_span(lenders: Sequence[StoryPage]) -> tuple[date, date] | None:
    """The days the lending pages tell, from the earliest of their own dates and anchors to the latest (widened by
    ``LENT_MARGIN_DAYS``), if every lender is firm: its own date known and within ``LENDER_DRIFT_DAYS`` of its
    anchor. None otherwise: a preview (written weeks before the days it tells) or a page misdated weeks off lends a
    day its story's undated reports are not near, so their weekdays are not read against it."""
    days: list[date] = []
    for page in lenders:
        if page.own is None or page.anchor is None or abs((page.own - page.anchor).days) > LENDER_DRIFT_DAYS:
            return None
        days += [page.own, page.anchor]
    if not days:
        return None
    margin = timedelta(days=LENT_MARGIN_DAYS)
    return min(days) - margin, max(days) + margin


def page_day(placed: Sequence[PlacedWeekday], resolve: Resolve) -> date | None:
    """The earliest of the placed days from which the resolver puts every placed weekday on its day (the last day
    told as past or today, not after one told ahead), if some weekday on it is not told ahead only (resolved from the
    day before, it would still fall on it): None for a page whose weekdays are all ahead of it."""
    for day in sorted({p.day for p in placed}):
        got = {t.start_char: t.start_date for t in resolve(day)}
        if any(got.get(p.start_char) != p.day for p in placed):
            continue
        before = {t.start_char: t.start_date for t in resolve(day - timedelta(days=1))}
        on_it = [p for p in placed if p.day == day]
        return day if any(before.get(p.start_char) != day for p in on_it) else None
    return None


def _travellers(page: StoryPage) -> set[str]:
    return {who for who, _ in page.trips}


@dataclass(frozen=True)
class DatedMate:
    """A strongly dated page (of the batch or of the store), read once for every undated page that may be of its
    story."""

    article_id: str
    mentions: tuple[Mention, ...]
    page: StoryPage
    day: date


def dated_mate(article_id: str, mentions: Sequence[Mention], article_date: ArticleDate) -> DatedMate:
    """A strongly dated page's mentions and story page (the caller checks ``batch_year.strong_date``)."""
    mentions = tuple(mentions)
    return DatedMate(article_id, mentions, story_page(article_id, mentions, own_date(article_date)),
                     article_date.value)


def dated_mates(items: Sequence[Analysed]) -> list[DatedMate]:
    """The batch's strongly dated pages (``batch_year.strong_date``), each with its mentions and story page."""
    return [dated_mate(item.article.article_id, [mention_of(e) for e in item.events], item.article_date)
            for item in items if not item.error and strong_date(item.article_date)]


StoredWeekdayMates = Callable[[frozenset[str]], Iterable[DatedMate]]  # name tokens -> dated pages naming them


class EarlierMates:
    """The dated mates a chunk's undated pages may have outside it: the batch's earlier chunks (``add``, as each is
    analysed) and the store's earlier runs (``stored``). Grows as the batch goes; asked once per chunk."""

    def __init__(self, stored: StoredWeekdayMates | None = None) -> None:
        self.stored = stored
        self._seen: list[DatedMate] = []

    def add(self, items: Sequence[Analysed]) -> None:
        """Keep a chunk's strongly dated pages for the chunks after it (only their mentions and story pages)."""
        self._seen += dated_mates(items)

    def __call__(self, tokens: frozenset[str]) -> list[DatedMate]:
        seen = [m for m in self._seen if not m.page.tokens.isdisjoint(tokens)]
        return seen + (list(self.stored(tokens)) if self.stored else [])


def story_mention_days(page: StoryPage, mates: Iterable[DatedMate]) -> frozenset[date]:
    """The days the strongly dated same-story ``mates`` of ``page`` tell, by their events naming someone it names."""
    if not page.people:
        return frozenset()
    days: set[date] = set()
    for mate in mates:
        if mate.article_id == page.article_id or not (
                same_story(page, mate.page) or _travellers(page) & _travellers(mate.page)):
            continue
        naming = [m for m in mate.mentions if any(not tokens.isdisjoint(page.tokens) for tokens in persons_named([m]))]
        days |= mention_days(naming, mate.day)
    return frozenset(days)


def story_weekday_dates(items: Sequence[Analysed], resolvers: Sequence[Resolve | None],
                        earlier: StoredWeekdayMates | None = None) -> dict[int, ArticleDate]:
    """Position in ``items`` -> the article date of each page with no date of its own whose weekdays fall on its
    story's days (``resolvers[i]``: page ``i``'s timexes resolved from a given anchor; None: not to be tried; mates:
    the other ``items`` and, when ``earlier`` is given, the dated pages it finds naming the undated pages' people)."""
    asking: dict[int, tuple[list[tuple[int, int]], StoryPage]] = {}
    for i, item in enumerate(items):
        if item.error or item.article_date.value is not None or resolvers[i] is None:
            continue
        found = weekdays(getattr(item, "timexes", ()))
        if not found:
            continue
        page = story_page(item.article.article_id, [mention_of(e) for e in item.events], own_date(item.article_date))
        if page.people:
            asking[i] = (found, page)
    if not asking:
        return {}
    mates = dated_mates(items)  # read once for every asking page
    if earlier is not None:
        mates += earlier(frozenset().union(*(page.tokens for _, page in asking.values())))
    out: dict[int, ArticleDate] = {}
    for i, (found, page) in asking.items():
        resolve = resolvers[i]
        placed = place(found, story_mention_days(page, mates))
        if placed and resolve is not None and (day := page_day(placed, resolve)) is not None:
            out[i] = ArticleDate(day, SOURCE, f"no date of its own: its weekdays on the days of its story's reports "
                                 f"({day.strftime('%A')})")
    return out


def story_weekdays(item: Analysed, lenders: Sequence[StoryPage]) -> list[tuple[int, int]]:
    """The page's weekdays written in the sentence of one of its events naming someone its lenders name ('Ana
    Ruiz left for Lima on Saturday'): the page's own news of the story. A weekday elsewhere (a 'read next' teaser, a
    side story) names a day of another story, days from this one."""
    theirs = frozenset().union(*(p.tokens for p in lenders))
    text = getattr(item.article, "text", "") or ""
    spans = []
    for e in item.events:
        if e.sentence and not frozenset().union(*persons_named([mention_of(e)])).isdisjoint(theirs):
            lo = text.find(e.sentence, max(0, e.start_char - len(e.sentence)))
            if lo >= 0:
                spans.append((lo, lo + len(e.sentence)))
    return [(pos, wd) for pos, wd in weekdays(getattr(item, "timexes", ())) if any(lo <= pos < hi for lo, hi in spans)]


def lent_day_weekday(item: Analysed, resolve: Resolve | None, lent: LentDay) -> ArticleDate | None:
    """The article date of a page with no date of its own whose story lends it a day (``story_day``) but whose
    weekdays fall on none of the days its mates' events tell (a departure told the day before the first told day, a
    report of the day after the last): each weekday names its occurrence nearest the lent day, and the page is of the
    day ``page_day`` finds from them, if that day lies within the days the lenders tell (``told_span``). Why: a
    report tells its own news by weekday ('left on Saturday', 'talks on Monday'), and its story's day is within days
    of it, so the nearest such weekday is the one meant, where the lent day itself would be days off. None when the
    lenders are not firm (a preview, a misdated page: the lent day is weeks off, and so would the page's be), when
    the day falls outside what they tell, or when the page names no weekday or tells them all ahead (a preview: how
    long before, nothing says)."""
    day_lent = lent.article_date.value
    found = story_weekdays(item, lent.lenders)
    if item.error or item.article_date.value is not None or resolve is None or not found or day_lent is None:
        return None
    span = told_span(lent.lenders)
    if span is None:
        return None
    day = page_day(near(found, day_lent), resolve)
    if day is None or not span[0] <= day <= span[1]:
        return None
    return ArticleDate(day, SOURCE, f"no date of its own: its weekdays nearest its story's day {day_lent.isoformat()} "
                       f"({day.strftime('%A')})")
