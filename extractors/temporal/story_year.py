"""A page with no date of its own places its year-less dates in the year of its story's day.

Why: a page saved without its header ("Patriarch to visit Velmora on April 28 and 29") has no anchor, so its "April 28"
stays ``XXXX-04-28`` and every event it dates is undated: the trip, its meetings and the traveller's stop are lost
though the page names the very days. When the same story's dated reports lend the page a day (``story_day``), that
day says which year the story is in: a month and day written without a year is the one nearest to it.

Only the year, never the day: the lent day is a mate's anchor, days or weeks away from when the page was written
(a preview is weeks ahead of the visit it announces), so "on Friday" or "tomorrow" resolved against it would name the
wrong day (``story_day``'s docstring, measured in RESULTS_events.md, issue-32dups). A month and day is the same day
in any year nearby; the nearest year is right while the page and its story lie within months of each other, which
``story_day.MATE_SPREAD_DAYS`` already asks of the story's reports.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from ..records import Timex

_YEARLESS = re.compile(r"XXXX-(?P<mo>\d\d)(?:-(?P<day>\d\d))?")  # 'XXXX-04-28', 'XXXX-12'; not 'XXXX-WXX-5'


def nearest_year_value(value: str, story_day: date) -> tuple[str, date, date] | None:
    """``value`` placed in the year nearest ``story_day`` (its value and first and last day), or None when ``value``
    is not a year-less month or month-and-day."""
    match = _YEARLESS.fullmatch(value)
    if match is None:
        return None
    mo, day = int(match["mo"]), match["day"]
    best: tuple[int, str, date, date] | None = None
    for year in (story_day.year - 1, story_day.year, story_day.year + 1):
        last_day = calendar.monthrange(year, mo)[1]
        if day is None:
            first, last = date(year, mo, 1), date(year, mo, last_day)
            text = f"{year}-{mo:02d}"
        elif int(day) <= last_day:
            first = last = date(year, mo, int(day))
            text = f"{year}-{mo:02d}-{day}"
        else:  # 29 February outside a leap year
            continue
        distance = 0 if first <= story_day <= last else min(abs((first - story_day).days),
                                                             abs((last - story_day).days))
        if best is None or distance < best[0]:
            best = (distance, text, first, last)
    return None if best is None else best[1:]


def in_story_year(timexes: Iterable[Timex], story_day: date) -> tuple[Timex, ...]:
    """Each year-less DATE of ``timexes`` (a month, or a month and day) placed in the year nearest ``story_day``;
    every other timex as it is."""
    out: list[Timex] = []
    for t in timexes:
        placed = nearest_year_value(t.value, story_day) if t.type == "DATE" and t.start_date is None else None
        out.append(t if placed is None else replace(t, value=placed[0], start_date=placed[1], end_date=placed[2]))
    return tuple(out)
