"""Productions for amounts of time: durations ("three years", "2 1/2 hours"), "ago"/"later" counts, the day or period
under discussion ("the next day", "the same month a year ago", "the entire year"), sets ("every week", "daily")
and the PRESENT_REF / PAST_REF / FUTURE_REF references.

Split from :mod:`.productions` to keep files small; registered in ``productions.PRODUCTIONS`` by the import at
the end of that module.
"""

from __future__ import annotations

import re
from datetime import timedelta

from . import model as m
from .model import Grain, TimeValue
from .productions import LEX, UNIT_WORDS, Context, g, production, shift_unit


def _unit_code(word: str) -> str:
    """'centuries' -> 'CE', 'hours' -> 'H', 'days' -> 'D' (lexicon keys are singular)."""
    w = word.lower()
    w = w[:-3] + "y" if w.endswith("ies") else w.removesuffix("s")
    return LEX.units[w]


def _amount_unit(match: re.Match[str]) -> tuple[float | None, str]:
    code = _unit_code(match.group("unit"))
    amount = LEX.number(match.group("num")) if g(match, "num") else None
    if code == "2W":
        code, amount = "W", (None if amount is None else amount * 2)
    return amount, code


PREFIX_MODS = {"nearly": "APPROX", "almost": "APPROX", "about": "APPROX", "around": "APPROX", "roughly": "APPROX",
               "approximately": "APPROX", "some": "APPROX", "over": "MORE_THAN", "more than": "MORE_THAN",
               "less than": "LESS_THAN", "under": "LESS_THAN", "at least": "EQUAL_OR_MORE", "just over": "MORE_THAN",
               "well over": "MORE_THAN", "just under": "LESS_THAN", "up to": "EQUAL_OR_LESS",
               "no more than": "EQUAL_OR_LESS", "no less than": "EQUAL_OR_MORE"}


# a quantity or a plural noun right before "a week"/"an hour" makes it a rate ("flights a week", "$5 a night")
NOT_PLURALS = "was|has|is|this|its|his|hers|yes|less|as|thus|plus|us"
RATE_BEFORE = re.compile(rf"(?:\d|\b(?:million|billion|thousand|hundred|percent|cents?|dollars?)"
                         rf"|\b(?!(?:{NOT_PLURALS})\b)[a-z]{{2,}}s)\s+$", re.IGNORECASE)


def is_rate(match: re.Match[str]) -> bool:
    if match.group("num").lower() not in ("a", "an"):
        return False
    if re.match(r"\s+(?:after|before|earlier|later|ago)\b", match.string[match.end():match.end() + 12]):
        return False  # "comes a day after": a distance in time, whatever the word before
    return RATE_BEFORE.search(match.string[max(0, match.start() - 30):match.start()]) is not None


@production
def duration(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    amount, code = _amount_unit(match)
    if amount is not None and g(match, "half"):
        amount += 0.5  # "a minute and a half" = PT1M30S, written in the next smaller unit like "2 1/2 years"
    pre = re.sub(r"\s+", " ", (g(match, "pre") or "").lower())
    if amount is None and match.group("num").lower() not in ("several", "a few", "few", "many"):
        return None
    if amount == 1 and not pre and is_rate(match):
        return None  # "four flights a week", "$2 million a year", "24 hours a day": a rate, not a duration
    hyphen_of = re.search(r"-\s*quarters?$", match.group(0)) and re.match(r"\s+of\b", match.string[match.end():])
    if code == "Q" and (match.group("num").lower() in ("a", "an") or hyphen_of):
        return None  # "about a quarter of its dealers", "three-quarters of the army" are fractions
    return m.duration(amount, code).with_mod("APPROX" if g(match, "orso") else PREFIX_MODS.get(pre))


@production
def duration_range(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'two to three weeks', 'the next 12 to 18 months': one span of time whose amount is known only within a
    range; TIMEX3 has no range value, so the amount is X ('PXW') and the unit is kept."""
    _, code = _amount_unit(match)
    pre = re.sub(r"\s+", " ", (g(match, "pre") or "").lower())
    return m.duration(None, code).with_mod(PREFIX_MODS.get(pre))


@production
def same_period_shifted(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'the same month a year ago' -> the month under discussion, one year back ('period' keeps its grain);
    'the quarter a year ago' -> the reporting quarter one year back."""
    unit = (g(match, "unit", "unit2", "unit3") or "").lower()
    last = ctx.period if unit in ("quarter", "period") and ctx.period is not None else ctx.last_value
    base = last.start if last is not None else ctx.anchor
    if base is None:
        return None
    grain = {"month": Grain.MONTH, "week": Grain.WEEK, "day": Grain.DAY, "quarter": Grain.QUARTER}.get(unit)
    if grain is None:  # period/time: the grain of the value under discussion
        grain = last.grain if last is not None and last.grain is not None else Grain.MONTH
    try:
        shifted = base.replace(year=base.year - 1)
    except ValueError:  # 29 February
        shifted = base.replace(year=base.year - 1, day=28)
    if grain <= Grain.DAY:
        return m.day(shifted)
    if grain == Grain.WEEK:
        return m.iso_week(shifted)
    if grain == Grain.QUARTER:
        return shift_unit(shifted, "Q", 0)
    if grain >= Grain.YEAR:
        return m.year(shifted.year)
    return m.month(shifted.year, shifted.month)


@production
def whole_unit(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'the entire year' -> the year (month, week) holding the date under discussion, else the anchor's. A date far
    from the anchor ('by 1992 it intended ...; forecast an increase for the full year') is a target or background,
    not the period reported on: then the anchor's."""
    last = ctx.last_value
    near = last is not None and last.start is not None and (
        ctx.anchor is None or abs((ctx.anchor - last.start).days) <= 400)
    base = last.start if near else ctx.anchor
    if base is None:
        return None
    return shift_unit(base, UNIT_WORDS[match.group("unit").lower()], 0)


@production
def that_time(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'by that time', 'until that time': the date under discussion, whatever its grain; nothing without one."""
    return ctx.last_value


@production
def nth_in_a_row(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'suspended for a second consecutive day', 'gains for a fourth week in a row': news reports the run as of
    its latest step, the anchor's day or week."""
    if ctx.anchor is None:
        return None
    unit = (g(match, "unit", "unit2") or "").lower()
    return m.day(ctx.anchor) if unit == "day" else m.iso_week(ctx.anchor)


@production
def duration_unitless(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    return TimeValue("DURATION", "PXX")


@production
def duration_vague(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    return m.duration(None, _unit_code(match.group("unit")))


@production
def duration_one_unit(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'a day-long meeting', 'a weeklong strike': one unit, as 'a one-day visit' is."""
    return m.duration(1, _unit_code(match.group("unit")))


@production
def ago(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'almost four years ago': the approximation stays in the extent and becomes the mod (only APPROX: 'more than a
    year ago' is a point before the value, which TIMEX3 mods do not say the same way)."""
    if g(match, "than"):  # "on May 9, three days later than planned": the date just named, compared with the plan
        return m.day(ctx.reference) if ctx.reference is not None else None
    value = _ago(ctx, match)
    mod = "APPROX" if g(match, "orso") else PREFIX_MODS.get(re.sub(r"\s+", " ", (g(match, "pre") or "").lower()))
    return value.with_mod(mod if mod == "APPROX" else None) if value is not None else None


def _ago(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'two years ago' -> the year two before the anchor; 'two days later' -> two days after the reference day.
    The value keeps the unit's grain (days and weeks -> a day, months -> a month, years -> a year)."""
    amount, code = _amount_unit(match)
    direction = match.group("dir").lower()
    base = ctx.anchor if direction == "ago" else ctx.ref_day
    sign = 1 if direction in ("later", "after") else -1
    if code in ("H", "MIN", "S"):
        return m.duration(amount, code)
    if code == "Y" and amount == 1 and ctx.period is not None and ctx.period.start is not None:
        return shift_unit(ctx.period.start, "Q", 4 * sign)  # the same quarter a year back (or on)
    if amount is None and direction != "ago":
        # "a few days later": some days after another event, not the writer's past or future
        return m.duration(None, code)
    if amount is None or base is None:
        return m.ref("PAST_REF" if sign < 0 else "FUTURE_REF")
    n = int(amount) if float(amount).is_integer() else amount
    if code in ("D", "W"):
        days = n * (7 if code == "W" else 1)
        return m.day(base + timedelta(days=sign * days))
    if code == "M":
        s = m.add_months(base, sign * int(n))
        return m.month(s.year, s.month)
    if code == "Q":
        return shift_unit(base, "Q", sign * int(n))
    years = int(n * {"Y": 1, "DE": 10, "CE": 100}[code])
    return m.year(base.year + sign * years)


ANAPHORIC_OFFSETS = {"next": 1, "following": 1, "after": 1, "previous": -1, "prior": -1, "before": -1, "same": 0}


@production
def anaphoric_day(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'the next day', 'the same day', 'that day' count from the day under discussion."""
    text = match.group(0).lower()
    offset = 0
    for word, off in ANAPHORIC_OFFSETS.items():
        if re.search(rf"\b{word}\b", text):
            offset = off
            break
    if text.startswith("that") and ctx.reference is None:
        return None  # 'that day' points back to a day the text named; with none it is no day of the calendar
    if ctx.ref_day is None:
        return m.unknown("XXXX-XX-XX", Grain.DAY)
    return m.day(ctx.ref_day + timedelta(days=offset))


def stay_day_number(text: str) -> int | None:
    """Which day of a stay 'the second day' counts (None: no ordinal the lexicon knows, or 'the last day', whose
    number only the stay's length tells)."""
    word = text.split()[1].lower() if len(text.split()) > 1 else ""
    n = LEX.ordinals.get(word)
    return n if n is not None and word not in ("last", "final") else None


@production
def day_of_stay(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'the second day' of a visit counts from the stay's first day: the one an earlier count fixed, else the day the
    narrative was on (a report tells a visit's days from its arrival: "arrived on Monday ... On the second day of his
    visit"). With no day named before it, the stay lies anywhere around the page's day: no day of the calendar."""
    n = stay_day_number(match.group(0))
    first = ctx.stay_first_day
    if n is None or first is None:
        return None
    return m.day(first + timedelta(days=n - 1))


# a recurring quarter is written in quarters, as a duration of quarters is ("two quarters" P2Q): "every quarter" is
# P1Q, as TimeML has it; only the adverb "quarterly" keeps P3M (SET_ADVERBS), the gold's one reading of it
SET_UNITS = {"minute": "PT1M", "hour": "PT1H", "day": "P1D", "night": "P1D", "week": "P1W", "month": "P1M",
             "quarter": "P1Q", "year": "P1Y", "decade": "P10Y"}


@production
def set_every(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    if g(match, "wd"):
        pod = g(match, "wdpod")
        return TimeValue("SET", f"XXXX-WXX-{LEX.weekdays[match.group('wd').lower()] + 1}"
                         + ("T" + LEX.parts_of_day[pod.lower()] if pod else ""))
    if g(match, "mon"):
        return TimeValue("SET", f"XXXX-{LEX.month_number(match.group('mon')):02d}")
    if g(match, "pod"):
        return TimeValue("SET", "T" + LEX.parts_of_day[match.group("pod").lower()])
    unit = match.group("unit").lower()
    value = SET_UNITS[unit]
    num = (g(match, "num") or "").lower()
    if num:
        n = 2 if num == "other" else LEX.number(num)
        if n is None:
            return None
        value = re.sub(r"\d+", str(int(n) * int(re.search(r"\d+", value).group())), value, count=1)
    return TimeValue("SET", value)


@production
def set_weekday(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'Mondays' -> XXXX-WXX-1, 'Tuesday nights' -> XXXX-WXX-2TNI: a weekday (and part of day) that recurs."""
    value = f"XXXX-WXX-{LEX.weekdays[match.group('wd').lower()] + 1}"
    pod = g(match, "pod")
    return TimeValue("SET", value + ("T" + LEX.parts_of_day[pod.lower()] if pod else ""))


SET_ADVERBS = {"hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
               "fortnightly": "P2W", "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "annual": "P1Y",
               "yearly": "P1Y", "biannual": "P6M", "semiannual": "P6M"}


@production
def set_adverb(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    return TimeValue("SET", SET_ADVERBS[match.group("adv").lower()])


@production
def annual_total(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'an annual profit', 'its first annual loss': what one year added up to, a duration (P1Y), not a recurrence."""
    return m.duration(1, "Y")


@production
def set_times_per(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    return TimeValue("SET", SET_UNITS[match.group("unit").lower()])


@production
def ref_present(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    return m.ref("PRESENT_REF")


@production
def ref_past(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    return m.ref("PAST_REF")


@production
def ref_future(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    return m.ref("FUTURE_REF")


@production
def not_a_time(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """Idioms that contain a time word but name no time ("high noon"); detection drops them (see detect.NOT_A_TIME)."""
    return None
