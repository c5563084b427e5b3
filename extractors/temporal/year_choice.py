"""Which year a month (and day) written without one falls in, given the past/future bias of its clause.

Kept apart from :mod:`.productions` (which re-exports these names) so that module stays small; every production that
reads a month without its year comes here.
"""

from __future__ import annotations

import calendar
from datetime import date


def safe_date(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


# a day written without its year, at most this many days after the writer's day, is that day even under a past verb
NEAR_AHEAD_DAYS = 7
# a month named without a day or year, hung on a noun under a past verb ("hurt by the closure of the plant in March"):
# the thing is done and reported, so its month is the last one, unless the month is at most this many months ahead
# of the writer's ("announced a sale in November", written in October, is the coming one). The nearest occurrence,
# as a day takes it, would put a March past six months back into the coming year
RECENT_AHEAD_MONTHS = 1
RECENT = "recent"  # the direction resolve.py gives such a month


def pick_year(anchor: date, month: int, dom: int | None, direction: str | None) -> int:
    """Year for a month (and day) given without one: future -> on/after the anchor, past -> on/before it,
    otherwise the nearest occurrence (news talks about the recent past and near future alike).

    A past verb does not push a day of the coming week back a year: "aides said that on May 3 she would sign",
    "the tour, from 3-5 May, was praised", told on May 1, are days just ahead (the past is the report's, or the
    page went out a day early), not the same days of last year."""
    key_anchor = (anchor.month, anchor.day if dom is not None else 0)
    key = (month, dom if dom is not None else 0)
    if direction == RECENT:
        direction = "future" if 0 < (month - anchor.month) % 12 <= RECENT_AHEAD_MONTHS else "past"
    if direction == "future":  # mirror: "will meet X October 22", on a page stamped the 23rd, is not next year's
        if dom is not None and (near := _year_just_ahead(anchor, month, dom, behind=True)) is not None:
            return near
        return anchor.year if key >= key_anchor else anchor.year + 1
    if direction == "past":
        if dom is not None and (near := _year_just_ahead(anchor, month, dom)) is not None:
            return near
        return anchor.year if key <= key_anchor else anchor.year - 1
    best, best_dist = anchor.year, None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = safe_date(y, month, min(dom or 15, calendar.monthrange(y, month)[1]))
        dist = abs((d - anchor).days)
        if best_dist is None or dist < best_dist:
            best, best_dist = y, dist
    return best


def _year_just_ahead(anchor: date, month: int, dom: int, behind: bool = False) -> int | None:
    """The year in which ``month``/``dom`` falls 1 to ``NEAR_AHEAD_DAYS`` days after ``anchor`` (``behind``: before
    it, the writing day preceding the page's stamp); None: no such."""
    years, sign = ((anchor.year - 1, anchor.year), -1) if behind else ((anchor.year, anchor.year + 1), 1)
    for y in years:
        d = safe_date(y, month, dom)
        if d is not None and 0 < sign * (d - anchor).days <= NEAR_AHEAD_DAYS:
            return y
    return None
