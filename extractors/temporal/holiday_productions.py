"""Named days: 'Thanksgiving Day', 'last Christmas', 'Election Day', 'Easter'. The calendar of each is data
(``lexicon.json`` -> ``holidays``: a fixed month/day, the nth weekday of a month on or after a day, or an offset from
Easter, computed by dateutil); the year follows the tense like any day without a year.

Registered in ``productions.PRODUCTIONS`` by the import at the end of :mod:`.productions`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from dateutil.easter import easter

from . import model as m
from .model import Grain, TimeValue
from .productions import LEX, Context, g, production


def holiday_date(rule: Mapping[str, int], year: int) -> date:
    """The holiday's date in ``year``: fixed day, nth weekday (nth -1 = last) on or after ``from_day``, or Easter +
    offset."""
    if "easter" in rule:
        return easter(year) + timedelta(days=rule["easter"])
    if "day" in rule:
        return date(year, rule["month"], rule["day"])
    nth, weekday = rule["nth"], rule["weekday"]
    if nth < 0:
        nxt = date(year + (rule["month"] == 12), rule["month"] % 12 + 1, 1)
        last = nxt - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, rule["month"], rule.get("from_day", 1))
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def choose(anchor: date, rule: Mapping[str, int], direction: str | None, strict: bool) -> date:
    """The occurrence the tense points to: past -> the latest on or before the anchor (strictly before for 'last'),
    future -> the first on or after it (strictly after for 'next'), otherwise the nearest."""
    days = [holiday_date(rule, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if direction == "past":
        return max(d for d in days if d < anchor or (d == anchor and not strict))
    if direction == "future":
        return min(d for d in days if d > anchor or (d == anchor and not strict))
    return min(days, key=lambda d: (abs((d - anchor).days), d > anchor))


@production
def holiday(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    name = re.sub(r"\s+", " ", match.group("hol"))
    rule = LEX.holidays[name]
    if g(match, "y"):
        return m.day(holiday_date(rule, int(match.group("y"))))
    if ctx.anchor is None:
        if "easter" in rule:
            return m.unknown("XXXX-XX-XX", Grain.DAY)
        return m.unknown(f"XXXX-{rule['month']:02d}-{rule['day']:02d}" if "day" in rule else "XXXX-XX-XX", Grain.DAY)
    rel = (g(match, "rel") or "").lower()
    direction = {"last": "past", "next": "future"}.get(rel, ctx.direction if rel != "this" else None)
    return m.day(choose(ctx.anchor, rule, direction, strict=bool(rel)))
