"""A page that nothing dates takes the one day from which its relative days put its own news on the day a dated
report of its story gives the same event.

Why: a report saved without its header tells its news by days counted from when it was written ('arrived in the
capital yesterday', 'was welcomed this morning'). Those name no weekday, so ``story_weekday`` (a weekday that falls
once among the story's days) cannot read them, and the day its story lends (``story_day``) is a mate's anchor, often
a day off the page's. But the same arrival or meeting is told, with its day, by a dated report of the same story:
the page was written on the day from which its 'yesterday' is that day.

What counts as the same event (``same_event``): a trip of a traveller both pages name to the same country, or a
meeting naming two people both pages name, in the same country; on the mate, a narrow mention (a day, or a visit
whose first day is the arrival) within ``MATE_SPREAD_DAYS`` of the mate's own date. A state visit holds several
meetings of the same sides on different days, so a match is used only when every mate mention of that event gives
one and the same day. Precision first: the page's day is taken only when exactly one day puts every matched event's
relative day on its mate's day (a weekday alone is seven days wide and is left to ``story_weekday``), and a matched
event whose relative days fall on none of those days leaves the page undated. The day fixed here is not firm
(``SOURCE``): it lends nothing, as with ``story_weekday``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from .batch_year import Analysed
from .records import ArticleDate, Event, Timex
from .story_day import MATE_SPREAD_DAYS, Mention, mention_of, persons_named
from .story_weekday import MAX_EVENT_DAYS, DatedMate, StoredWeekdayMates, dated_mates

SOURCE = "story-event"  # how a day fixed here is sourced (``ArticleDate.source``): not strong, so it lends nothing
SEARCH_DAYS = 7  # the page's day is looked for this many days either side of the mate's day
# the temporal rules whose day is counted from the writing ('yesterday', 'this morning', 'on Wednesday', 'early
# Tuesday'): a full or year-less date names its day whatever the page's day is, so it aligns nothing
RELATIVE_RULES = frozenset({"relative_day", "this_part_of_day", "part_of_day_then_day", "weekday"})
MIN_SHARED = {"travel": 1, "meeting": 2}  # the traveller; a meeting's two sides

Resolve = Callable[[date], Sequence[Timex]]  # an anchor -> the page's timexes resolved against it


def same_event(mine: Mention, theirs: Mention) -> bool:
    """The same kind of event in the same country (a meeting the page places nowhere: anywhere), naming the
    traveller (a trip) or two people (a meeting) of ``mine``."""
    need = MIN_SHARED.get(mine.event_type)
    if need is None or mine.event_type != theirs.event_type:
        return False
    if theirs.country is None or (mine.country != theirs.country and not (need > 1 and mine.country is None)):
        return False  # a meeting the page places nowhere is still the one its two sides hold where the mate says
    tokens = frozenset().union(*persons_named([theirs]))
    return sum(not p.isdisjoint(tokens) for p in persons_named([mine])) >= need


def mate_day(mine: Mention, mates: Sequence[DatedMate]) -> date | None:
    """The one day the dated ``mates`` give the event ``mine`` tells (its first day: a visit's arrival), or None when
    none tells it or they give it several days (a state visit's meetings of the same sides on different days)."""
    days = set()
    for mate in mates:
        for m in mate.mentions:
            if not same_event(mine, m) or m.date_start is None:
                continue
            end = m.date_end or m.date_start
            too_long = (end - m.date_start).days > (MAX_EVENT_DAYS if m.event_type == "travel" else 0)
            if too_long or abs((m.date_start - mate.day).days) > MATE_SPREAD_DAYS:
                continue
            days.add(m.date_start)
    return days.pop() if len(days) == 1 else None


def _sentence_span(text: str, e: Event) -> tuple[int, int] | None:
    lo = text.find(e.sentence, max(0, e.start_char - len(e.sentence))) if e.sentence else -1
    return (lo, lo + len(e.sentence)) if lo >= 0 else None


def aligned_day(item: Analysed, resolve: Resolve, mates: Sequence[DatedMate]) -> date | None:
    """The one day from which every event of the page that a mate dates (``mate_day``) has a relative day of its
    sentence on the mate's day; None when no event aligns, when one aligns with none of the days, or when the days
    left are more than one."""
    text = getattr(item.article, "text", "") or ""
    wanted: list[tuple[tuple[int, int], date]] = []
    for e in item.events:
        if (day := mate_day(mention_of(e), mates)) is not None and (span := _sentence_span(text, e)) is not None:
            wanted.append((span, day))
    if not wanted:
        return None
    resolved: dict[date, Sequence[Timex]] = {}
    left: set[date] | None = None
    for (lo, hi), day in wanted:
        fits = set()
        relative = False
        for x in (day + timedelta(days=k) for k in range(-SEARCH_DAYS, SEARCH_DAYS + 1)):
            timexes = resolved.setdefault(x, resolve(x))
            told = [t for t in timexes if lo <= t.start_char < hi and t.rule in RELATIVE_RULES]
            relative = relative or bool(told)
            if any(t.start_date == day for t in told):
                fits.add(x)
        if not relative:
            continue  # the sentence tells its day by a date, or not at all: it says nothing of the page's day
        if not fits:
            return None  # the same event on another day: the match, or the page, is not what it seems
        left = fits if left is None else left & fits
    return left.pop() if left is not None and len(left) == 1 else None


def story_event_dates(items: Sequence[Analysed], resolvers: Sequence[Resolve | None],
                      earlier: StoredWeekdayMates | None = None) -> dict[int, ArticleDate]:
    """Position in ``items`` -> the article date of each page with no date of its own whose relative days put the
    events its story's strongly dated reports tell on their days (``aligned_day``; mates: the other ``items`` and,
    when ``earlier`` is given, the dated pages it finds naming the page's people)."""
    asking = [i for i, item in enumerate(items)
              if not item.error and item.article_date.value is None and resolvers[i] is not None and item.events]
    if not asking:
        return {}
    mates = dated_mates(items)
    if earlier is not None:
        tokens = frozenset().union(*(p for i in asking for p in persons_named(map(mention_of, items[i].events))))
        mates += earlier(tokens)
    out: dict[int, ArticleDate] = {}
    for i in asking:
        resolve = resolvers[i]
        theirs = [m for m in mates if m.article_id != items[i].article.article_id]
        if resolve is not None and (day := aligned_day(items[i], resolve, theirs)) is not None:
            out[i] = ArticleDate(day, SOURCE, "no date of its own: its relative days put the events its story's dated "
                                 f"reports tell on their days ({day.strftime('%A')})")
    return out


__all__ = ["SOURCE", "aligned_day", "mate_day", "same_event", "story_event_dates"]
