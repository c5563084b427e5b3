"""Productions for weekdays, the weekend and the weeks of a month: which day "Tuesday", "last Tuesday" or "the
weekend" means depends on the anchor and on the tense around it (``Context.direction``); "the last week of March" is
the ISO week holding that month's last seven days.

Registered in ``productions.PRODUCTIONS`` by the import at the end of :mod:`.productions`.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from . import model as m
from .model import Grain, TimeValue
from .productions import LEX, Context, g, production, weekday_occurrence
from .range_productions import range_weekday
from .year_choice import pick_year


@production
def weekend(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'over the weekend', 'this weekend': told in the past, the weekend on or before the anchor ('protesters gathered
    over the weekend' in a Monday paper); told ahead, the coming one; with no tense, the nearer of the two."""
    if ctx.anchor is None:
        return m.unknown("XXXX-WXX-WE", Grain.WEEK)
    a = ctx.anchor
    if a.weekday() >= 5:  # written on the weekend itself
        return m.weekend(a)
    previous = m.weekend(a - timedelta(days=7))
    if ctx.direction == "past":
        return previous
    if ctx.direction == "future":
        return m.weekend(a)
    since_sunday, to_saturday = a.weekday() + 1, 5 - a.weekday()
    return previous if since_sunday < to_saturday else m.weekend(a)


@production
def week_unnamed(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'For the week, the index fell', 'the week's busiest session': a week the story is about but never names. Which
    ISO week it is is not written (the week just ended or the one running), so the value keeps the week unknown in the
    year of the day under discussion (``1989-WXX``), as TimeML writes an unresolved week, and dates nothing."""
    day = ctx.ref_day
    return m.unknown(f"{day.year:04d}-WXX" if day is not None else "XXXX-WXX", Grain.WEEK)


@production
def weekday(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    wd = LEX.weekdays[match.group("wd").lower()]
    pod = g(match, "pod")
    if ctx.anchor is None:
        v = f"XXXX-WXX-{wd + 1}"
        return m.unknown(v + (f"T{LEX.parts_of_day[pod.lower()]}" if pod else ""), Grain.DAY)
    d = range_weekday(ctx, match, programme_weekday(ctx, wd) or weekday_occurrence(ctx.anchor, wd, ctx.direction))
    return m.part_of_day(d, LEX.parts_of_day[pod.lower()]) if pod else m.day(d)


PROGRAMME_REACH = 3  # days either side of the programme's day within which its weekdays fall


def programme_weekday(ctx: Context, wd: int) -> date | None:
    """A weekday told ahead inside a programme that has moved past the article's day: 'arrives on Wednesday, March 1
    ... On Thursday, he will be given ...', written on the Thursday before, is the day after the 1st, not the day
    of writing. The occurrence nearest the programme's day (at most three days from it), if it lies ahead of the
    anchor; None when the weekday is not told ahead or no programme is running."""
    if ctx.direction != "future" or ctx.programme_day is None or ctx.anchor is None:
        return None
    p = ctx.programme_day
    back, fwd = (p.weekday() - wd) % 7, (wd - p.weekday()) % 7
    d = p - timedelta(days=back) if back < fwd else p + timedelta(days=fwd)
    return d if abs((d - p).days) <= PROGRAMME_REACH and d > ctx.anchor else None


@production
def weekday_relative(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'last Tuesday' -> strictly before the anchor, 'next Tuesday' -> strictly after, 'this Tuesday' by tense;
    'the previous Friday' / 'the following Monday' -> strictly before / after the day under discussion."""
    wd = LEX.weekdays[match.group("wd").lower()]
    anaph = (g(match, "anaph") or "").lower()
    if anaph and ctx.ref_day is not None:
        r = ctx.ref_day
        if anaph == "following":
            d = r + timedelta(days=(wd - r.weekday()) % 7 or 7)
        else:
            d = r - timedelta(days=(r.weekday() - wd) % 7 or 7)
        pod = g(match, "pod")
        return m.part_of_day(d, LEX.parts_of_day[pod.lower()]) if pod else m.day(d)
    rel = {"previous": "last", "preceding": "last", "following": "next"}.get(anaph) or match.group("rel").lower()
    if ctx.anchor is None:
        return m.unknown(f"XXXX-WXX-{wd + 1}", Grain.DAY)
    a = ctx.anchor
    if rel in ("last", "past"):
        d = a - timedelta(days=(a.weekday() - wd) % 7 or 7)
    elif rel in ("next", "coming"):
        d = a + timedelta(days=(wd - a.weekday()) % 7 or 7)
    else:
        d = weekday_occurrence(a, wd, ctx.direction)
    pod = g(match, "pod")
    return m.part_of_day(d, LEX.parts_of_day[pod.lower()]) if pod else m.day(d)


@production
def week_of_month(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'the last week of March' -> the ISO week holding that month's first/last seven days."""
    mo = LEX.month_number(match.group("mon"))
    y = int(match.group("y")) if g(match, "y") else (pick_year(ctx.anchor, mo, None, ctx.direction)
                                                     if ctx.anchor else None)
    if y is None:
        return m.unknown(f"XXXX-{mo:02d}", Grain.WEEK)
    ord_ = match.group("ord").lower()
    if ord_ in ("last", "final"):
        d = date(y, mo, calendar.monthrange(y, mo)[1]) - timedelta(days=3)
    else:
        d = date(y, mo, 1) + timedelta(days=7 * (LEX.ordinals[ord_] - 1) + 3)
    return m.iso_week(d)
