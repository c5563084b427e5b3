"""A day written out and then its part, as one expression: 'May 14 afternoon', '14 May 2019 evening',
'Tuesday (June 12) evening'. TimeML values the part of that day ('1999-05-14TAF'), as it does for 'Friday night';
read as two expressions the part would fall on the day under discussion and the date would lose its part.

The day comes from the same productions as the date alone (year by tense for 'May 14', the weekday's year for
'Tuesday (June 12)'), so adding the part never moves the day. Registered in ``productions.PRODUCTIONS`` by the
import at the end of :mod:`.productions`.
"""

from __future__ import annotations

import re

from . import model as m
from .model import Grain, TimeValue
from .productions import LEX, Context, _day_month, date_month_day, g, production, weekday_date
from .year_choice import safe_date


def _day_of(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """The day alone, as the date's own production reads it."""
    if g(match, "wd"):
        return weekday_date(ctx, match)
    if g(match, "y"):
        mo, dom = _day_month(match)
        d = safe_date(int(match.group("y")), mo, dom)
        return m.day(d) if d else None
    return date_month_day(ctx, match)


@production
def dated_part_of_day(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    day = _day_of(ctx, match)
    if day is None:
        return None
    code = LEX.parts_of_day[match.group("pod").lower()]
    if day.start is None:  # no anchor: 'XXXX-10-22' keeps its part
        return m.unknown(f"{day.value}T{code}", Grain.PART_OF_DAY, "TIME")
    return m.part_of_day(day.start, code).with_note(day.note)

