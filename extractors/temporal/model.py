"""The time model: grains and resolved values, with one canonical TIMEX3 string each.

A production returns a :class:`TimeValue`; the resolver turns it into the shared ``Timex`` record. Builders below
compute the TIMEX3 ``value`` *and* the inclusive calendar range together, so the two can never disagree (a month
value always covers the whole month, a week value the ISO week, a day value one day). Nothing finer than the grain
is stored.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import IntEnum


class Grain(IntEnum):
    """Ordered grains (Duckling's ``TimeGrain``): comparisons such as ``g <= Grain.DAY`` mean "at least as fine"."""

    TIME = 0
    PART_OF_DAY = 1
    DAY = 2
    WEEK = 3
    MONTH = 4
    SEASON = 5
    QUARTER = 6
    HALF = 7
    YEAR = 8
    DECADE = 9
    CENTURY = 10

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class TimeValue:
    """A resolved TIMEX3: ``type`` DATE|TIME|DURATION|SET, ``value``, optional ``mod`` and the inclusive range.

    ``start``/``end`` are None for durations, sets, references (PRESENT_REF ...) and anything not anchored.
    """

    type: str
    value: str
    grain: Grain | None = None
    start: date | None = None
    end: date | None = None
    mod: str | None = None
    note: str | None = None

    def with_mod(self, mod: str | None) -> TimeValue:
        return replace(self, mod=mod) if mod else self

    def with_note(self, note: str | None) -> TimeValue:
        return replace(self, note=note) if note else self

    @property
    def canonical(self) -> str:
        """One string for tests and Parquet: ``TYPE:value[:mod]``."""
        return f"{self.type}:{self.value}" + (f":{self.mod}" if self.mod else "")


SEASON_CODES = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PART_OF_DAY_CODES = ("MO", "MI", "AF", "EV", "NI", "DT")


def day(d: date) -> TimeValue:
    return TimeValue("DATE", d.isoformat(), Grain.DAY, d, d)


def month(year: int, m: int) -> TimeValue:
    last = calendar.monthrange(year, m)[1]
    return TimeValue("DATE", f"{year:04d}-{m:02d}", Grain.MONTH, date(year, m, 1), date(year, m, last))


def year(y: int) -> TimeValue:
    return TimeValue("DATE", f"{y:04d}", Grain.YEAR, date(y, 1, 1), date(y, 12, 31))


def iso_week(d: date) -> TimeValue:
    """The ISO week containing ``d`` (``2021-W10``); the range runs Monday to Sunday."""
    y, w, _ = d.isocalendar()
    monday = d - timedelta(days=d.weekday())
    return TimeValue("DATE", f"{y:04d}-W{w:02d}", Grain.WEEK, monday, monday + timedelta(days=6))


def weekend(d: date) -> TimeValue:
    y, w, _ = d.isocalendar()
    saturday = d - timedelta(days=d.weekday()) + timedelta(days=5)
    return TimeValue("DATE", f"{y:04d}-W{w:02d}-WE", Grain.WEEK, saturday, saturday + timedelta(days=1))


def quarter(y: int, q: int) -> TimeValue:
    first = 3 * (q - 1) + 1
    end_m = first + 2
    return TimeValue(
        "DATE", f"{y:04d}-Q{q}", Grain.QUARTER, date(y, first, 1), date(y, end_m, calendar.monthrange(y, end_m)[1])
    )


def half(y: int, h: int) -> TimeValue:
    first, last = (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
    return TimeValue("DATE", f"{y:04d}-H{h}", Grain.HALF, first, last)


def season(y: int, code: str) -> TimeValue:
    """Meteorological seasons (northern hemisphere); winter ``2021-WI`` runs Dec 2021 to Feb 2022."""
    first, last = SEASON_CODES[code]
    end_year = y + 1 if last < first else y
    return TimeValue(
        "DATE",
        f"{y:04d}-{code}",
        Grain.SEASON,
        date(y, first, 1),
        date(end_year, last, calendar.monthrange(end_year, last)[1]),
    )


def decade(y: int) -> TimeValue:
    d0 = y - y % 10
    return TimeValue("DATE", f"{d0 // 10:03d}", Grain.DECADE, date(d0, 1, 1), date(d0 + 9, 12, 31))


def century(c0: int) -> TimeValue:
    """``c0`` is the first two digits of the century's years (20 for 2000-2099, TIMEX3 ``20``)."""
    return TimeValue("DATE", f"{c0:02d}", Grain.CENTURY, date(max(c0 * 100, 1), 1, 1), date(c0 * 100 + 99, 12, 31))


def part_of_day(d: date, code: str) -> TimeValue:
    assert code in PART_OF_DAY_CODES, code
    return TimeValue("TIME", f"{d.isoformat()}T{code}", Grain.PART_OF_DAY, d, d)


def clock(d: date | None, hour: int, minute: int, utc: bool = False) -> TimeValue:
    z = "Z" if utc else ""
    if d is None:
        return TimeValue("TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}{z}", Grain.TIME)
    return TimeValue("TIME", f"{d.isoformat()}T{hour:02d}:{minute:02d}{z}", Grain.TIME, d, d)


DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter", "DE": "decade", "CE": "century"}
TIME_UNITS = {"H", "MIN", "S"}


def duration(amount: float | None, unit: str, type_: str = "DURATION") -> TimeValue:
    """``P3D``, ``P2Y``, ``PT30M``; unknown amounts become ``X`` (``PXY``). Decades/centuries are years x10/x100."""
    if unit == "DE":
        amount, unit = (None if amount is None else amount * 10), "Y"
    elif unit == "CE":
        amount, unit = (None if amount is None else amount * 100), "Y"
    if amount is not None and not float(amount).is_integer() and unit in SUBUNITS:
        return TimeValue(type_, compound(amount, unit))
    n = "X" if amount is None else (str(int(amount)) if float(amount).is_integer() else f"{amount:g}")
    if unit in TIME_UNITS:
        return TimeValue(type_, f"PT{n}{'M' if unit == 'MIN' else unit}")
    return TimeValue(type_, f"P{n}{unit}")


# a fraction of a unit is written in the next smaller unit, as TimeML does: 2 1/2 years = P2Y6M, 5 1/2 hours = PT5H30M
SUBUNITS = {"Y": ("M", 12), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


def compound(amount: float, unit: str) -> str:
    whole = int(amount)
    sub, per = SUBUNITS[unit]
    rest = round((amount - whole) * per)
    def part(n: int, u: str) -> str:
        return f"{n}{'M' if u == 'MIN' else u}" if n else ""
    date_part = "".join(part(n, u) for n, u in ((whole, unit), (rest, sub)) if u not in TIME_UNITS)
    time_part = "".join(part(n, u) for n, u in ((whole, unit), (rest, sub)) if u in TIME_UNITS)
    return "P" + date_part + (f"T{time_part}" if time_part else "")


def ref(kind: str) -> TimeValue:
    """PRESENT_REF, PAST_REF or FUTURE_REF: deliberately unanchored."""
    return TimeValue("DATE", kind)


def unknown(value: str, grain: Grain | None = None, type_: str = "DATE") -> TimeValue:
    """A value with X placeholders (``XXXX-04``, ``XXXX-WXX-2``) when no anchor is available."""
    return TimeValue(type_, value, grain)


def add_months(d: date, n: int) -> date:
    m0 = d.month - 1 + n
    y, m = d.year + m0 // 12, m0 % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
