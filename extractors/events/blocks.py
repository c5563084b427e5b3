"""Where a mention may cluster: its merge unit (event type and event month) and its blocking keys inside the unit.

Why units: the store grows every day, and a scheduled run must re-cluster only what its new mentions can touch. So
clustering runs independently per *unit*, ``(event type, event month)``; a mention belongs to exactly one unit, and
the clusters of a unit depend only on the mentions of that unit. That makes the result the same whether a corpus is
merged at once or in successive runs (a run re-clusters the units its mentions fall in), and bounds the work of a
run by the size of the months it touches, not by the history.

The event month of a mention is the month of its first day when it is dated by a bounded span of at most
``NARROW_DAYS`` ("on Tuesday", "next week", "in March"). An undated mention ("the talks"), or one dated by a wide or
open span ("since January", "this year"), takes its article's *anchor*: the middle of the days the article's own
narrow-dated mentions start on (what the story is about), else the article's publication date, clipped into the
mention's span. A mention without any anchor clusters only within its own article's unit (it can join nothing from
elsewhere; there is no evidence of when it happened).

The cost of the month boundary: two reports of one event can only meet when they fall in the same month, so a
report dated "next week" (a span starting on the 29th) and one dated the 2nd of the next month stay apart.

Inside a unit, candidates are found by blocking keys, so nothing is compared all against all: a narrow-dated
mention is looked up by (name token, day) for each day its span covers; an undated or wide mention by (name token,
day) for the days within ``ANCHOR_REACH_DAYS`` of its home day (the bounded path: "the talks" in a story is taken
to be an event of that story's weeks, never any event of the month with the same people).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta

from ..records import Event

NARROW_DAYS = 62  # spans up to two months are blocked by the days they cover; wider ones by their anchor
BUCKET_DAYS = 1  # blocking granularity inside a unit: a popular name's mentions meet only those of the same days
NO_ANCHOR = "none"
ANCHOR_REACH_DAYS = 7  # an undated or wide mention looks for its event this many days either side of its anchor


def is_narrow(start: date | None, end: date | None) -> bool:
    """Dated by a bounded span short enough to block by the days it covers."""
    return start is not None and end is not None and (end - start).days <= NARROW_DAYS


def buckets(start: date, end: date) -> range:
    """The day buckets (days since 0001-01-01 // ``BUCKET_DAYS``) a narrow span covers: two spans that share a day
    share a bucket."""
    return range(start.toordinal() // BUCKET_DAYS, end.toordinal() // BUCKET_DAYS + 1)


def article_anchors(spans: Iterable[tuple[str, date | None, date | None]],
                    published: Mapping[str, date | None] | None = None) -> dict[str, date]:
    """Per article, the day its undated mentions are taken to be about: the median start of its narrow-dated
    mentions (the low median, so it is one of them), else its publication date. ``spans`` holds one
    ``(article_id, date_start, date_end)`` per mention."""
    starts: dict[str, list[date]] = {}
    articles: set[str] = set()
    for art, start, end in spans:
        articles.add(art)
        if is_narrow(start, end):
            starts.setdefault(art, []).append(start)  # type: ignore[arg-type]
    anchors = {}
    for art in articles:
        days = sorted(starts.get(art, ()))
        day = days[(len(days) - 1) // 2] if days else (published or {}).get(art)
        if day is not None:
            anchors[art] = day
    return anchors


def home_day(start: date | None, end: date | None, anchor: date | None) -> date | None:
    """The day that places a mention in its month: its first day if narrow, else its anchor clipped into its
    (wide or open) span, else whichever end it has."""
    if is_narrow(start, end):
        return start
    if anchor is None:
        return start or end
    if start is not None and anchor < start:
        return start
    if end is not None and anchor > end:
        return end
    return anchor


def unit_of(event_type: str, article_id: str, start: date | None, end: date | None, anchor: date | None) -> str:
    """``<event type>/<YYYY-MM>``; ``<event type>/none/<article>`` when nothing dates the mention."""
    day = home_day(start, end, anchor)
    if day is None:
        return f"{event_type}/{NO_ANCHOR}/{article_id}"
    return f"{event_type}/{day:%Y-%m}"


def month_of_unit(unit: str) -> str:
    """The partition a unit's rows are written to: its month, or ``none``."""
    return unit.split("/")[1]


def units(events: Sequence[Event], anchors: Mapping[str, date]) -> dict[str, list[Event]]:
    """The events grouped by merge unit (input order kept inside each); ``anchors`` from ``article_anchors``."""
    out: dict[str, list[Event]] = {}
    for e in events:
        unit = unit_of(e.event_type, e.article_id, e.date_start, e.date_end, anchors.get(e.article_id))
        out.setdefault(unit, []).append(e)
    return out


def block_span(start: date | None, end: date | None, anchor: date | None) -> tuple[date, date] | None:
    """The days under which a mention is indexed and looks for clusters: its own span when narrow, else
    ``ANCHOR_REACH_DAYS`` either side of its home day (kept inside its span, if it has one end). ``None``: no day
    at all (undated, no anchor: such a mention can join nothing)."""
    if is_narrow(start, end):
        return start, end  # type: ignore[return-value]
    home = home_day(start, end, anchor)
    if home is None:
        return None
    lo, hi = home - timedelta(days=ANCHOR_REACH_DAYS), home + timedelta(days=ANCHOR_REACH_DAYS)
    return (max(lo, start) if start else lo), (min(hi, end) if end else hi)


def month_bounds(month: str) -> tuple[date, date]:
    """First and last day of ``YYYY-MM``."""
    first = date.fromisoformat(f"{month}-01")
    nxt = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first, nxt - timedelta(days=1)
