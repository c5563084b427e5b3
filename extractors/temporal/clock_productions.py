"""Productions for times of day: a part of the day ("this morning", "Friday evening") and a clock time ("at 3.30
pm", "10:35 a.m. (0835 GMT) Friday", "6:40 p.m. (GMT +8)"), each on the day under discussion unless the expression
names its own day. A clock in a zone other than UTC is that moment in UTC; a time "after midnight" told in the past is
the next day's.

Registered in ``productions.PRODUCTIONS`` by the import at the end of :mod:`.productions`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import model as m
from .model import Grain, TimeValue
from .productions import LEX, RELDAY_OFFSETS, Context, date_month_day, g, production, weekday_occurrence


@production
def part_of_day(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """Parts of day sit on the day under discussion ('later in the evening' after Tuesday's talks)."""
    pod = match.group("pod").lower()
    rel = (g(match, "rel") or "").lower()
    base = not_before_today(ctx, ctx.ref_day)
    if rel in ("tomorrow", "yesterday", "this", "last", "today"):
        base = ctx.anchor
        if base is not None and rel not in ("this", "today"):
            base += timedelta(days={"tomorrow": 1, "yesterday": -1, "last": -1}[rel])
    if pod == "day":
        pre = (g(match, "pre") or "").lower()
        mod = "END" if pre in ("late", "later") else "START" if pre in ("early", "earlier") else None
        return (m.day(base) if base else m.unknown("XXXX-XX-XX", Grain.DAY)).with_mod(mod)
    code = LEX.parts_of_day[pod]
    if base is None:
        return m.unknown(f"XXXX-XX-XXT{code}", Grain.PART_OF_DAY, "TIME")
    return m.part_of_day(base, code)


@production
def clock(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    if g(match, "named"):
        hour, minute = (24, 0) if match.group("named").lower() == "midnight" else (12, 0)
    elif g(match, "hm"):
        hour, minute = int(match.group("hm")[:2]), int(match.group("hm")[2:])
    else:
        hour, minute = int(match.group("h")), int(g(match, "mi") or 0)
    ampm = (g(match, "ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    tz = (g(match, "tz") or "").upper()
    utc = tz in ("UTC", "GMT", "Z")
    day_ = ctx.ref_day
    day_named = bool(g(match, "wd", "wd2", "rel", "mon", "mon2"))
    weekday_name = g(match, "wd", "wd2")  # wd2: named after a parenthetical ('10:35 a.m. (0835 GMT) Friday')
    if weekday_name and ctx.anchor is not None:
        day_ = weekday_occurrence(ctx.anchor, LEX.weekdays[weekday_name.lower()], ctx.direction)
    elif g(match, "rel") and ctx.anchor is not None:
        day_ = ctx.anchor + timedelta(days=RELDAY_OFFSETS[match.group("rel").lower()])
    elif g(match, "mon", "mon2") and g(match, "d", "d2"):  # mon2/d2: a date after a comma, outside the extent
        explicit = date_month_day(ctx, match)
        day_ = explicit.start if explicit is not None else None
    if not day_named:
        day_ = not_before_today(ctx, day_)
    if hour == 24 and day_ is not None:
        day_ = midnight_day(ctx, match, day_, day_named)
        hour = 0 if after_midnight(match) else 24
    offset = int(re.sub(r"\s+", "", g(match, "off") or "0"))
    if utc and offset:  # "6:40 p.m. (GMT +8)": a local clock; the Z value is that moment in UTC
        hour, day_ = from_utc_offset(hour, day_, offset)
    return m.clock(day_, hour, minute, utc)


def not_before_today(ctx: Context, day_: date | None) -> date | None:
    """A time of day told in the future ('will hold talks at noon', 'will dine in the evening') is not on a day
    already gone: after 'arrived last night', the story's day is the day before the article's, and a plan's noon is
    the article's own day (or the day under discussion when that lies ahead)."""
    if ctx.direction == "future" and ctx.anchor is not None and day_ is not None and day_ < ctx.anchor:
        return ctx.anchor
    return day_


_AFTER_MIDNIGHT = re.compile(r"(?:after|past)\s+$", re.IGNORECASE)


def after_midnight(match: re.Match[str]) -> bool:
    """'after midnight on Saturday' starts Saturday; 'before/at/by midnight (on Friday)' ends the day (T24:00 of
    that day, as news style has midnight close the day it names, so the event stays on that day)."""
    return _AFTER_MIDNIGHT.search(match.string, max(0, match.start() - 12), match.start()) is not None


def midnight_day(ctx: Context, match: re.Match[str], day_: date, day_named: bool) -> date:
    """The day a midnight belongs to: the named day ('midnight on Friday' closes Friday, 'after midnight on
    Saturday' opens Saturday); with no day named, the narrative's day closes (its next opens after midnight); on
    the article's own day, told in the past it is the midnight already gone, the one that opened the article's day
    ('arrived shortly before midnight' in the morning paper), else the coming one."""
    after = after_midnight(match)
    if day_named:
        return day_
    if ctx.reference is None and ctx.direction == "past":
        return day_ if after else day_ - timedelta(days=1)
    return day_ + timedelta(days=1) if after else day_


def from_utc_offset(hour: int, day_: date | None, offset: int) -> tuple[int, date | None]:
    """The UTC hour (and day, which may roll back or forward) of a local ``hour`` at UTC+``offset``."""
    shifted = hour - offset
    if day_ is not None:
        day_ += timedelta(days=shifted // 24)
    return shifted % 24, day_
