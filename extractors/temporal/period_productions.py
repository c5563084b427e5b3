"""Productions for the reporting period: the quarter an earnings report is about, and the same period a year back.

Business news counts in quarters. Once a text has named a quarter ("third-quarter profit rose"), "the quarter",
"the latest period", "the year-ago quarter" and "a year earlier" all mean that quarter or the same quarter one
year back, not the calendar year (TimeML annotates them so). ``Context.period`` holds the quarter under discussion
(the most recent quarter-grain value resolved in the text); with none, "the quarter" is the last quarter completed
before the article date, the one results are reported for.

Periods named together share what one of them spells out: "the second and fourth quarters" (the ordinal "second"
takes the head noun, and its plural, from "fourth quarters") and "this year as last" ("last" takes "year"). TimeML
tags each conjunct and the bare elided word, each with the value it would have written out in full.

Registered in ``productions.PRODUCTIONS`` by the import at the end of :mod:`.productions`.
"""

from __future__ import annotations

import re
from datetime import timedelta

from . import model as m
from .model import Grain, TimeValue
from .productions import LEX, UNIT_WORDS, Context, g, production, quarter, shift_unit


def last_completed_quarter(ctx: Context) -> TimeValue | None:
    if ctx.anchor is None:
        return None
    return shift_unit(ctx.anchor, "Q", -1)


def current_period(ctx: Context) -> TimeValue | None:
    """The quarter under discussion, else the last one completed before the anchor."""
    return ctx.period if ctx.period is not None else last_completed_quarter(ctx)


@production
def reporting_period(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'the quarter', 'the latest quarter', 'the latest period' (a period only once a quarter is under discussion);
    'the current quarter' is the anchor's own quarter."""
    unit = match.group("unit").lower()
    which = (match.group("which") or "").lower()
    if unit == "period" and ctx.period is None:
        return None
    if which == "current":
        return shift_unit(ctx.anchor, "Q", 0) if ctx.anchor else m.unknown("XXXX-QX", Grain.QUARTER)
    got = current_period(ctx)
    return got if got is not None else m.unknown("XXXX-QX", Grain.QUARTER)


@production
def year_ago_period(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'the year-ago quarter', 'the year-earlier period', 'year-ago results': the period one year back; without a
    quarter under discussion and without a quarter/period noun, the year before the anchor. After a stretch of
    quarters reported as one period ("the nine months"), 'the year-earlier period' is that stretch (a DURATION, as
    TimeML writes 'the year-earlier nine months')."""
    noun = (match.group("noun") or "").lower()
    if noun == "period" and ctx.period is None and ctx.stretch is not None:
        return ctx.stretch  # "for the nine months ... in the year-earlier period": the nine months a year back (P9M)
    if ctx.period is not None or noun in ("quarter", "period"):
        base = current_period(ctx)
        return shift_unit(base.start, "Q", -4) if base is not None and base.start else None
    if ctx.anchor is None:
        return m.unknown("XXXX", Grain.YEAR)
    return m.year(ctx.anchor.year - 1)


@production
def year_named_period(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'the 1988 period', 'the 1989 quarter': with a quarter under discussion, that quarter in the named year ('the
    1988 quarter' beside third-quarter results is 1988-Q3); without one, a period is the year itself."""
    y = int(match.group("y"))
    if ctx.period is not None and ctx.period.start is not None:
        return m.quarter(y, (ctx.period.start.month - 1) // 3 + 1)
    if match.group("unit").lower() == "quarter":
        return m.unknown(f"{y:04d}-QX", Grain.QUARTER)
    return m.year(y)


@production
def year_end(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'by year end', "by year's end", 'around year-end': the end of the anchor's year (mod END, or APPROX)."""
    if ctx.anchor is None:
        return m.unknown("XXXX", Grain.YEAR).with_mod("END")
    approx = (match.group("approx") or "").lower()
    return m.year(ctx.anchor.year).with_mod("APPROX" if approx else "END")


@production
def boundary_passed(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'since year-end', 'since the end of the month': 'since' counts from a point already passed, and the end of the
    unit the anchor falls in has not come yet, so the boundary is the last day of the unit before (the end of last
    year, of last month). 'By year-end' looks ahead and stays the anchor's year (year_end)."""
    if ctx.anchor is None:
        return m.unknown("XXXX-XX-XX", Grain.DAY)
    unit = UNIT_WORDS[(g(match, "unit") or "year").lower()]
    current = shift_unit(ctx.anchor, unit, 0)
    return m.day(current.start - timedelta(days=1)) if current.start is not None else None


@production
def period_ended(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'the year ended June 30', 'the fiscal year ending in March': a twelve-month accounting span, annotated as a
    duration (P1Y) rather than the calendar year."""
    return m.duration(1, "Y")


@production
def quarters_named_together(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """A quarter ordinal sharing its head with a coordinated one ("the second and fourth quarters"), or a plural
    quarter. A plural head with no year recurs: SET ``XXXX-Q2``, as a plural weekday does. With a year ("the third
    and fourth quarters of 1989") or a singular head, each conjunct is the quarter it would be alone."""
    if g(match, "pl") and not g(match, "y"):
        return TimeValue("SET", f"XXXX-Q{LEX.ordinals[match.group('ord').lower()]}")
    return quarter(ctx, match)


# "this year and next", "this week or next", "as high this year as last": the unit the second word leaves out
ELIDED_BEFORE = re.compile(r"\b(?:this|last|next)\s+(?P<unit>year|week|month|quarter)\s+(?:and|or|as|than)\s+$",
                           re.IGNORECASE)


@production
def elided_unit(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'a dividend as high this year as last', 'forecasts for this year and next': a relative word after a relative
    unit is that unit, one back or on (TimeML tags the bare 'last', the year before); with no such unit, nothing."""
    before = ELIDED_BEFORE.search(match.string[max(0, match.start() - 40):match.start()])
    if before is None or ctx.anchor is None:
        return None
    offset = {"this": 0, "last": -1, "next": 1}[match.group("rel").lower()]
    return shift_unit(ctx.anchor, UNIT_WORDS[before.group("unit").lower()], offset)
