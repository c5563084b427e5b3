"""Productions for the two ends of a range of days and for days counted a week on from another day.

News writes a range with the month once: "from December 21 to 24", "21-24 December", "on September 2 and 3",
"from December 21 (Mon.) to 24 (Thu.)". Each end is its own TIMEX3 (TimeML tags the two ends of a range apart), so
the bare day number gets its month and year from the other end: the end after a dated day takes that day's month
(``Context.reference``, and only when nothing but a range word stands between them, ``continues_range``); the start
before a day-month takes the month written after it. A weekday that ends a range ("from Monday to Thursday") is on
or after the day that starts it; a list joined by 'and' keeps each day's own reading. "A week from Sunday", "two
weeks from today" and "Sunday week" are that day plus the weeks.

Registered in ``productions.PRODUCTIONS`` by the import at the end of :mod:`.productions`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import model as m
from .day_ranges import RANGE_WORDS, WEEKDAY_GLOSS
from .model import Grain, TimeValue
from .productions import (
    LEX,
    RELDAY_OFFSETS,
    Context,
    day_number,
    g,
    pick_year,
    production,
    safe_date,
    weekday_occurrence,
)

# what may stand between the two ends of a range: a weekday gloss "(Mon.)", then a range word or 'and'
RANGE_LINK = re.compile(rf"\s*{WEEKDAY_GLOSS},?\s*(?:{RANGE_WORDS}|and)\s*(?:on\s+|the\s+)?", re.IGNORECASE)


# a weekday list joined by 'and' need not be in order ('statements made Friday and Thursday'); a range is
SPAN_LINK = re.compile(rf"\s*(?:{RANGE_WORDS})\s*(?:on\s+)?", re.IGNORECASE)


def continues_range(ctx: Context, match: re.Match[str], link: re.Pattern[str] = RANGE_LINK) -> bool:
    """The expression is the second end of a range whose first end is ``ctx.reference`` ('December 21 to [24]')."""
    if ctx.reference is None or ctx.reference_end is None or ctx.reference_end > match.start():
        return False
    return link.fullmatch(match.string, ctx.reference_end, match.start()) is not None


@production
def day_range_end(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'December 21 to [24]': the day in the month (and year) of the range's first day; declines unless the first
    day stands right before it and is earlier in the month ('the 21st to the 4th' would name its month)."""
    dom = day_number(match.group("d"))
    if not continues_range(ctx, match) or dom <= ctx.reference.day:
        return None
    y = int(match.group("y")) if g(match, "y") else ctx.reference.year
    d = safe_date(y, ctx.reference.month, dom)
    return m.day(d) if d else None


@production
def day_range_start(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'from [21] to 24 December': the first day, in the month and year the second end takes (the same tense choice
    as for '24 December' alone, so the two ends never fall in different years)."""
    dom, last = day_number(match.group("d")), day_number(match.group("d2"))
    mo = LEX.month_number(match.group("mon"))
    if not dom < last:
        return None
    if g(match, "y"):
        y = int(match.group("y"))
    elif ctx.anchor is None:
        return m.unknown(f"XXXX-{mo:02d}-{dom:02d}", Grain.DAY)
    else:
        y = pick_year(ctx.anchor, mo, last, ctx.direction)
    d = safe_date(y, mo, dom)
    return m.day(d) if d else None


def range_weekday(ctx: Context, match: re.Match[str], d: date) -> date:
    """A weekday ending a range ('from Monday to [Thursday]') falls on or after the day starting it."""
    if continues_range(ctx, match, SPAN_LINK) and d < ctx.reference:
        return ctx.reference + timedelta(days=(d.weekday() - ctx.reference.weekday()) % 7)
    return d


@production
def week_from_day(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'a week from Sunday', 'two weeks from today', 'Sunday week': the named day (the coming one, as the phrase
    looks ahead) plus that many weeks."""
    weeks = LEX.number(g(match, "num") or "a") or 1
    if not float(weeks).is_integer():
        return None
    wd, rel = g(match, "wd", "wd2", "wd3"), g(match, "rel")
    if ctx.anchor is None:
        return m.unknown(f"XXXX-WXX-{LEX.weekdays[wd.lower()] + 1}", Grain.DAY) if wd else None
    if wd:
        base = weekday_occurrence(ctx.anchor, LEX.weekdays[wd.lower()], "future")
    else:
        base = ctx.anchor + timedelta(days=RELDAY_OFFSETS[rel.lower()])
    return m.day(base + timedelta(weeks=int(weeks)))
