"""Productions: ``(context, match) -> TimeValue | None``, one per kind of expression, looked up by name from the
rule table. A production declines by returning None. Productions never read the clock: every relative value is
computed from ``context.anchor`` (the article date) or ``context.reference`` (the day under discussion), and with no
anchor they return X-valued or reference values without dates, never a guess.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from . import model as m
from .model import Grain, TimeValue
from .tables import load_lexicon
from .year_choice import pick_year, safe_date

LEX = load_lexicon()
WEEKDAY_NAMES = list(calendar.day_name)


@dataclass(frozen=True)
class Context:
    """What a production may use besides the match.

    ``direction`` is the past/future bias from the governing verb ("past", "future" or None = nearest);
    ``reference`` the most recent day-level date resolved before the expression (else the anchor)."""

    anchor: date | None
    direction: str | None = None
    reference: date | None = None
    last_value: TimeValue | None = None  # the most recent anchored DATE value before the expression
    period: TimeValue | None = None  # the quarter under discussion (business news), see period_productions
    reference_end: int | None = None  # where the expression that gave ``reference`` ends (ranges read what is between)
    # the day a programme told ahead has reached: the last date written in full that lies after the anchor ("arrives
    # on Wednesday, March 1"), while no later full date has brought the story back; see week_productions.weekday
    programme_day: date | None = None
    # a stretch of quarters reported as one period ("for the nine months, net rose") while the text is still on it:
    # "the year-earlier period" after it is that stretch a year back (see period_productions.year_ago_period)
    stretch: TimeValue | None = None
    # the first day of a stay whose days the text counts ('the first day of her visit'): later counts follow it
    stay_start: date | None = None

    @property
    def stay_first_day(self) -> date | None:
        """The day 'the Nth day' of a stay counts from: the first day an earlier count fixed, else the day the
        narrative is on (a report tells a visit's days from its arrival)."""
        return self.stay_start or self.reference

    @property
    def ref_day(self) -> date | None:
        return self.reference or self.anchor


Production = Callable[[Context, re.Match[str]], TimeValue | None]
PRODUCTIONS: dict[str, Production] = {}


def production(fn: Production) -> Production:
    PRODUCTIONS[fn.__name__] = fn
    return fn


def g(match: re.Match[str], *names: str) -> str | None:
    """The first of ``names`` that is a group of the pattern and matched."""
    index = match.re.groupindex
    for name in names:
        if name in index and match.group(name) is not None:
            return match.group(name)
    return None


def mod_of(match: re.Match[str]) -> str | None:
    word = g(match, "mod")
    if not word:
        return None
    for key, mod in LEX.mods.items():
        if re.search(rf"\b{re.escape(key)}\b", word.lower()):
            return mod
    return None


def day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())


# --- choosing among candidate years/days by tense: year_choice.py (re-exported for the production modules) ---------


def weekday_occurrence(anchor: date, weekday: int, direction: str | None) -> date:
    """Past (or no clear tense leaning past): the same day or within the 6 days before. Future: the anchor itself or
    within the 6 days after. None: the nearest occurrence, ties going to the past (news reports mostly the past)."""
    back = (anchor.weekday() - weekday) % 7
    fwd = (weekday - anchor.weekday()) % 7
    if direction == "future":
        return anchor + timedelta(days=fwd)
    if direction == "past":
        return anchor - timedelta(days=back)
    return anchor - timedelta(days=back) if back <= fwd else anchor + timedelta(days=fwd)


def conflict_note(wd: str, d: date) -> str | None:
    expected = LEX.weekdays[wd.lower()]
    if d.weekday() != expected:
        return f"weekday/date conflict: {wd} but {d.isoformat()} is a {WEEKDAY_NAMES[d.weekday()]}; kept the date"
    return None


# --- explicit dates -----------------------------------------------------------------------------------------------


def _day_month(match: re.Match[str]) -> tuple[int, int]:
    mon = g(match, "mon", "mon2")
    d = g(match, "d", "d2")
    return LEX.month_number(mon), day_number(d)


@production
def date_full(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    y = int(match.group("y"))
    mo = int(g(match, "m")) if g(match, "m") else LEX.month_number(match.group("mon"))
    d = safe_date(y, mo, day_number(match.group("d")))
    return m.day(d) if d else None


# how near the page's day the other reading of a numeric date must fall to win over the separator's convention
NUMERIC_SWAP_DAYS = 7


@production
def date_numeric(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """A numeric date in the order its rule's groups name (the separator's convention: a slash month first, a dot or
    a dash day first). A number above 12 is the day whatever the convention. When both orders make a date, the other
    one wins only if it lands within ``NUMERIC_SWAP_DAYS`` of the page's day and the convention's does not: a page
    stamp or a wire credit ('Agency 5/3/12' on a page of 5 March) prints the page's own day, in its country's order."""
    y = int(match.group("y"))
    if y < 100:
        y += 2000 if y < 50 else 1900
    mo, dom = int(match.group("m")), int(match.group("d"))
    if mo > 12:
        mo, dom = dom, mo
    d = safe_date(y, mo, dom)
    if d is None:
        return None
    other = safe_date(y, dom, mo) if dom != mo and dom <= 12 else None
    if other is not None and ctx.anchor is not None:
        near = abs((other - ctx.anchor).days) <= NUMERIC_SWAP_DAYS < abs((d - ctx.anchor).days)
        d = other if near else d
    return m.day(d)


@production
def date_month_day(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    mo, dom = _day_month(match)
    if dom > calendar.monthrange(2000, mo)[1]:
        return None
    if g(match, "ry"):  # 'Nov 1-4, 2004': the year written after the range's second day
        d = safe_date(int(match.group("ry")), mo, dom)
        return m.day(d) if d else None
    if ctx.anchor is None:
        return m.unknown(f"XXXX-{mo:02d}-{dom:02d}", Grain.DAY)
    y = pick_year(ctx.anchor, mo, dom, ctx.direction)
    d = safe_date(y, mo, dom) or safe_date(y - 1, mo, dom)
    return m.day(d) if d else None


@production
def date_relative_year(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'Feb. 24 last year': the year is named relative to the anchor, so no tense guess; read as one expression,
    because 'Feb. 24' alone would take the nearest year and 'last year' would become a second, coarser timex."""
    mo, dom = _day_month(match)
    y = _year_spec(ctx, match)
    if y is None:
        return m.unknown(f"XXXX-{mo:02d}-{dom:02d}", Grain.DAY)
    d = safe_date(y, mo, dom)
    return m.day(d) if d else None


@production
def weekday_date(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """An explicit date next to a weekday wins; the weekday only cross-checks it (and picks the year)."""
    wd = match.group("wd")
    mo, dom = _day_month(match)
    if g(match, "y"):
        d = safe_date(int(match.group("y")), mo, dom)
    elif ctx.anchor is not None:
        d = year_for_weekday_date(ctx.anchor, wd, mo, dom, ctx.direction)
    else:
        return m.unknown(f"XXXX-{mo:02d}-{dom:02d}", Grain.DAY)
    if d is None:
        return None
    return m.day(d).with_note(conflict_note(wd, d))


def year_for_weekday_date(anchor: date, wd: str, mo: int, dom: int, direction: str | None) -> date | None:
    """The candidate year (anchor's, previous, next) where weekday and date coincide, else the tense choice."""
    target = LEX.weekdays[wd.lower()]
    candidates = [safe_date(y, mo, dom) for y in (anchor.year, anchor.year - 1, anchor.year + 1)]
    matching = [d for d in candidates if d and d.weekday() == target and abs((d - anchor).days) < 200]
    if matching:
        return min(matching, key=lambda d: abs((d - anchor).days))
    return safe_date(pick_year(anchor, mo, dom, direction), mo, dom)


RELDAY_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
                  "the day after tomorrow": 2}


@production
def relday_date(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'today (17 March)': the explicit date wins; a disagreement with the anchor is noted."""
    mo, dom = _day_month(match)
    rel = re.sub(r"\s+", " ", match.group("rel").lower())
    if g(match, "y"):
        d = safe_date(int(match.group("y")), mo, dom)
    elif ctx.anchor is not None:
        d = safe_date(pick_year(ctx.anchor, mo, dom, None), mo, dom)
    else:
        return m.unknown(f"XXXX-{mo:02d}-{dom:02d}", Grain.DAY)
    if d is None:
        return None
    note = None
    if ctx.anchor is not None and d != ctx.anchor + timedelta(days=RELDAY_OFFSETS[rel]):
        note = f"'{rel}' given as {d.isoformat()} but the anchor is {ctx.anchor.isoformat()}; kept the date"
    return m.day(d).with_note(note)


@production
def month_year(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    mo = LEX.month_number(match.group("mon"))
    y = _year_spec(ctx, match)
    if y is None:
        return m.unknown(f"XXXX-{mo:02d}", Grain.MONTH).with_mod(mod_of(match))
    return m.month(y, mo).with_mod(mod_of(match))


@production
def month_bare(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    mo = LEX.month_number(match.group("mon"))
    if ctx.anchor is None:
        return m.unknown(f"XXXX-{mo:02d}", Grain.MONTH).with_mod(mod_of(match))
    return m.month(pick_year(ctx.anchor, mo, None, ctx.direction), mo).with_mod(mod_of(match))


@production
def month_relative(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    mo = LEX.month_number(match.group("mon"))
    rel = match.group("rel").lower()
    if ctx.anchor is None:
        return m.unknown(f"XXXX-{mo:02d}", Grain.MONTH)
    a = ctx.anchor
    if rel in ("last", "past"):
        y = a.year if mo < a.month else a.year - 1
    elif rel in ("next", "coming"):
        y = a.year if mo > a.month else a.year + 1
    else:
        y = a.year
    return m.month(y, mo)


@production
def year(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    if g(match, "yy"):
        yy = int(match.group("yy"))
        pivot = (ctx.anchor.year % 100 + 10) if ctx.anchor else 30
        return m.year((2000 if yy <= pivot else 1900) + yy)
    return m.year(int(match.group("y"))).with_mod(mod_of(match))


@production
def decade(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    if g(match, "dec"):
        y = int(match.group("dec"))
    else:
        yy = int(match.group("dec2"))
        base = ctx.anchor.year if ctx.anchor else 2000
        y = 1900 + yy if 1900 + yy < base - base % 10 + 10 and (2000 + yy > base) else 2000 + yy
    return m.decade(y).with_mod(mod_of(match))


ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                 "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second"]


@production
def century(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    c = match.group("c").lower()
    n = int(re.match(r"\d+", c).group()) if c[0].isdigit() else ORDINAL_WORDS.index(c) + 1
    return m.century(n - 1).with_mod(mod_of(match))


def _year_spec(ctx: Context, match: re.Match[str]) -> int | None:
    """Year given as digits or as 'this/last/next year' (None when absent)."""
    y = g(match, "y", "y2")
    if y:
        return int(y)
    rel = (g(match, "rel") or "").lower()
    if rel and ctx.anchor is not None:
        return ctx.anchor.year + {"this": 0, "the": 0, "last": -1, "next": 1}[rel]
    return None


@production
def quarter(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    q_code = g(match, "q", "q2")
    ord_ = (g(match, "ord") or "").lower()
    y = _year_spec(ctx, match)
    if y is None and g(match, "y0"):
        y = int(match.group("y0"))
    if y is None and g(match, "rel0") and ctx.anchor is not None:
        y = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[match.group("rel0").lower()]
    has_rel = g(match, "rel", "rel0") is not None
    if q_code:
        q = int(q_code[1])
    elif ord_ == "last" and y is None and not has_rel:
        if ctx.anchor is None:
            return None
        cur = (ctx.anchor.month - 1) // 3 + 1
        prev_y, prev_q = (ctx.anchor.year, cur - 1) if cur > 1 else (ctx.anchor.year - 1, 4)
        return m.quarter(prev_y, prev_q)
    else:
        q = LEX.ordinals[ord_]
    if y is None:
        if ctx.anchor is None:
            return m.unknown(f"XXXX-Q{q}", Grain.QUARTER)
        y = quarter_year(ctx.anchor, q, ctx.direction)
    if g(match, "ago"):
        y -= 1  # "the year-earlier third quarter"
    return m.quarter(y, q)


def quarter_year(anchor: date, q: int, direction: str | None) -> int:
    """Quarters are reported after the fact: told in the past ("earned $5 million in the first quarter"), the
    latest such quarter not after the anchor's own; otherwise the nearest one ("will close ten plants during the
    fourth quarter")."""
    if direction != "past":
        return pick_year(anchor, 3 * q - 1, None, None)
    current = (anchor.month - 1) // 3 + 1
    return anchor.year if q <= current else anchor.year - 1


@production
def half_year(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    y = _year_spec(ctx, match)
    h = 1 if match.group("ord").lower() == "first" else 2
    return m.half(y, h) if y is not None else m.unknown(f"XXXX-H{h}", Grain.HALF)


@production
def season(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    code = LEX.seasons[match.group("s").lower()]
    y = g(match, "y")
    mod = mod_of(match)
    if y:
        return m.season(int(y), code).with_mod(mod)
    if ctx.anchor is None:
        return m.unknown(f"XXXX-{code}", Grain.SEASON).with_mod(mod)
    rel = (g(match, "rel") or "").lower()
    a = ctx.anchor
    first_month = m.SEASON_CODES[code][0]
    direction = {"last": "past", "past": "past", "next": "future", "coming": "future"}.get(rel, ctx.direction)
    if rel == "this":
        direction = None
    yr = pick_year(a, first_month if code != "WI" else 12, None, direction)
    if code == "WI" and a.month <= 2 and direction != "future":
        yr = a.year - 1
    return m.season(yr, code).with_mod(mod)


# --- relative to the anchor or the day under discussion --------------------------------------------------------


@production
def relative_day(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    rel = re.sub(r"\s+", " ", match.group("rel").lower())
    pod = g(match, "pod")
    if ctx.anchor is None:
        return m.ref("PRESENT_REF") if rel in ("today", "tonight") and not pod else None
    d = ctx.anchor + timedelta(days=RELDAY_OFFSETS[rel])
    if rel == "tonight":
        return m.part_of_day(d, "NI")
    if pod:
        return m.part_of_day(d, LEX.parts_of_day[pod.lower()])
    return m.day(d)


UNIT_WORDS = {"week": "W", "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y", "fiscal year": "Y",
              "decade": "DE", "century": "CE"}


def shift_unit(d: date, unit: str, n: int) -> TimeValue:
    """The calendar unit containing ``d`` shifted by ``n`` units."""
    if unit == "W":
        return m.iso_week(d + timedelta(weeks=n))
    if unit == "WE":
        return m.weekend(d + timedelta(weeks=n))
    if unit == "M":
        s = m.add_months(d.replace(day=1), n)
        return m.month(s.year, s.month)
    if unit == "Q":
        q0 = (d.year * 4 + (d.month - 1) // 3) + n
        return m.quarter(q0 // 4, q0 % 4 + 1)
    if unit == "Y":
        return m.year(d.year + n)
    if unit == "DE":
        return m.decade(d.year + 10 * n)
    return m.century(d.year // 100 + n)


@production
def relative_unit(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'last week' -> the previous ISO week, 'next month', 'this year', 'the past decade' and 'the next decade'
    (durations, as TimeML annotates them; 'next decade' alone is the decade), 'the same week' (the reference's),
    'early next month' (mod START)."""
    rel = re.sub(r"\s+", " ", match.group("rel").lower())
    unit = UNIT_WORDS[re.sub(r"\s+", " ", match.group("unit").lower())]
    mod = mod_of(match)
    whole = match.group(0).lower()
    if rel == "past" and whole.lstrip().startswith("the") and unit != "WE":
        return m.duration(1, unit)
    if rel in ("next", "coming") and whole.lstrip().startswith("the") and unit in ("DE", "CE"):
        return m.duration(1, unit)  # "over the next decade": the ten years ahead, as "the past decade" is behind
    if rel in ("before", "after"):
        rel = "previous" if rel == "before" else "following"
    offset = {"this": 0, "the": 0, "current": 0, "same": 0, "that": 0, "next": 1, "coming": 1, "following": 1,
              "last": -1, "past": -1, "previous": -1, "prior": -1, "latest": -1, "most recent": -1}[rel]
    base = ctx.anchor if rel in ("this", "the", "current", "next", "coming", "last", "past", "latest",
                                 "most recent") else ctx.ref_day
    if base is None:
        if unit == "WE":
            return m.unknown("XXXX-WXX-WE", Grain.WEEK)
        code = {"W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX", "Y": "XXXX", "DE": "XXX", "CE": "XX"}[unit]
        if rel in ("this", "current", "the"):
            return m.ref("PRESENT_REF").with_mod(mod)
        return m.unknown(code, None).with_mod(mod)
    return shift_unit(base, unit, offset).with_mod(mod)


from . import (  # noqa: E402,F401  (register more productions; they need the above)
    amount_productions,
    clock_productions,
    dated_parts,
    holiday_productions,
    period_productions,
    range_productions,
    spelled,
    week_productions,
)
