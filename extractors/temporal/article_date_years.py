"""The latest year a page states in its prose, and the first year from it in which a year-less day fits its weekday.

Why: a page dated only by a year-less stamp ('CITY, Dec 3:', 'today, 26 November') and no full date anywhere used to
take the latest year not after the run date, right only for a page of the run's own year. The page's prose usually
names years ('since the uprising in September 2002', 'elected in 2019'), and a report seldom names a year later than
its own except as a plan: the latest year the page states is a floor for the article's year (on the development
pages that state one, it is the year of writing five times in six, and the writing is rarely before it). With the
weekday the stamp or its sentence names, the article's year is the first from that floor in which the day falls on
it; with none, the floor itself. Years the page gives as plans ('by 2030') or after the run date or copyright bound
are not floors.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from .article_date_values import calendar_date
from .productions import LEX
from .tables import DATA, alternation

_CONF = json.loads((DATA / "article_date.json").read_text(encoding="utf-8"))
_MONTHS = alternation([m.capitalize() for m in LEX.months])
# a year the prose states as a time: after a preposition, a month or 'year' ('in 2002', 'September 2002', 'the year
# 2019'), not a count ('2000 troops') nor a plan ('by 2030', 'in 2030' after 'will' is still taken: the bound cuts it)
STATED_YEAR = re.compile(
    rf"(?:\b(?i:{alternation(_CONF['stated_year_openers'])})|\b(?:{_MONTHS})\.?),?[ \t]+(?P<y>(?:19|20)\d\d)"
    r"(?![\d,.]\d|[ \t]*(?:%|-[A-Za-z]))")
SEARCH_YEARS = 12  # a weekday and a day of the year coincide at least once in any span of this many years


@dataclass(frozen=True)
class StatedYear:
    year: int
    text: str  # the words that state it, for the evidence


def latest_stated_year(text: str, bound: date) -> StatedYear | None:
    """The latest year the page's prose states as a time, not after ``bound`` (the run date or copyright year)."""
    found = [StatedYear(int(m.group("y")), " ".join(m.group(0).split())) for m in STATED_YEAR.finditer(text)]
    found = [s for s in found if s.year <= bound.year]
    return max(found, key=lambda s: s.year) if found else None


def first_fitting_day(month: int, day: int, floor: int, bound: date, weekdays: Collection[int] | None) -> date | None:
    """The first date month/day from the year ``floor`` on, not after ``bound``, that falls on one of ``weekdays``
    (any day when None)."""
    for year in range(floor, min(bound.year, floor + SEARCH_YEARS) + 1):
        d = calendar_date(year, month, day)
        if d is not None and d <= bound and (weekdays is None or d.weekday() in weekdays):
            return d
    return None
