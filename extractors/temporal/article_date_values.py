"""What an article-date rule's match says: the productions of ``data/article_date_rules.jsonl``, each turning a
match into a stated date (the year may be missing) or a year. Kept apart from the inference (``article_date.py``) so
each file has one job: reading a matched date here, weighing the evidence there."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from .productions import LEX
from .tables import DATA

_CONF = json.loads((DATA / "article_date.json").read_text(encoding="utf-8"))
TWO_DIGIT_YEAR_PIVOT: int = _CONF["two_digit_year_pivot"]
WEEKDAYS: dict[str, int] = {**LEX.weekdays, **_CONF["weekday_abbreviations"]}


@dataclass(frozen=True)
class Stated:
    """A date as the text states it: the year may be missing, the weekday may be given."""

    month: int
    day: int
    year: int | None = None
    weekday: int | None = None
    ambiguous: bool = False  # a numeric date either number of which could be the month ('03-12-2009')
    two_digit_year: bool = False  # the century is a guess ('7/2/00'): a century back if it lands after the run date

    def complete(self) -> date | None:
        return calendar_date(self.year, self.month, self.day) if self.year is not None else None

    def other_reading(self) -> date | None:
        return calendar_date(self.year, self.day, self.month) if self.ambiguous and self.year is not None else None


@dataclass(frozen=True)
class YearMonth:
    """A year and a month with no day, as a URL's folders give them ('/2001/Jan/', '/2009/02/')."""

    year: int
    month: int


def calendar_date(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _group(match: re.Match[str], *names: str) -> str | None:
    for name in names:
        if name in match.re.groupindex and match.group(name):
            return match.group(name)
    return None


def _numeric_order(a: int, b: int, sep: str) -> tuple[int, int]:
    """(month, day) of a numeric date: the one above 12 is the day; else day first ('05-05-2021', '03.04.2019', as
    pages outside the US print it) except with a slash ('08/09/2021'), read month first as US pages and the temporal
    rule table's numeric_date do."""
    if a > 12 or (b <= 12 and sep != "/"):
        return b, a
    return a, b


def stated_date(match: re.Match[str]) -> Stated | None:
    """Production: the date a furniture or body rule matched ('Thu 19th December 2019', '2024-07-18', '04-05-2021')."""
    wd_word = _group(match, "wd", "wd1", "wd2")
    weekday = WEEKDAYS.get(wd_word.lower().rstrip(".")) if wd_word else None
    if iso := _group(match, "iso"):
        y, mo, d = (int(x) for x in iso[:10].split("-"))
    elif numeric_year := _group(match, "ny"):
        a, b = int(match.group("na")), int(match.group("nb"))
        mo, d = _numeric_order(a, b, match.group("ns"))
        y = int(numeric_year)
        if a != b and a <= 12 and b <= 12:
            # a weekday printed with the date settles the order when it fits one reading only ('4/6/2001 ... Mon')
            fits = [r for r in ((mo, d), (d, mo)) if weekday is not None
                    and (day := calendar_date(y, *r)) is not None and day.weekday() == weekday]
            if len(fits) == 1:
                return Stated(*fits[0], y, weekday)
            return Stated(mo, d, y, weekday, ambiguous=True) if calendar_date(y, mo, d) else None
    else:
        mo = LEX.month_number(_group(match, "mon", "mon2"))
        d = int(re.match(r"\d+", _group(match, "d", "d2")).group())
        y = int(match.group("y")) if _group(match, "y") else None
    if calendar_date(y if y is not None else 2000, mo, d) is None:  # 2000: a leap year, so 29 February stands
        return None
    return Stated(mo, d, y, weekday)


def full_year(two_digits: int) -> int:
    """A two-digit year's century as printed dates mean it: '00' -> 2000 up to ``TWO_DIGIT_YEAR_PIVOT``, '98' ->
    1998 (``resolve`` moves it a century back if it lands after the run date)."""
    return two_digits + (2000 if two_digits <= TWO_DIGIT_YEAR_PIVOT else 1900)


def credit_numeric_date(match: re.Match[str]) -> Stated | None:
    """Production: a wire credit's numeric date, day first ('AAP 7/2/00'), month first only when the second number
    cannot be a month; a two-digit year is put in the 2000s up to ``TWO_DIGIT_YEAR_PIVOT``, else in the 1900s."""
    a, b, year_text = int(match.group("na")), int(match.group("nb")), match.group("ny")
    day, month = (b, a) if b > 12 else (a, b)
    short = len(year_text) == 2
    y = full_year(int(year_text)) if short else int(year_text)
    if calendar_date(y, month, day) is None:
        return None
    return Stated(month, day, y, ambiguous=a != b and a <= 12 and b <= 12, two_digit_year=short)


def short_year_date(match: re.Match[str]) -> Stated | None:
    """Production: a day, a month name and a two-digit year ('28 Feb 09'), the century read as for a wire credit."""
    y = full_year(int(match.group("sy")))
    mo, d = LEX.month_number(match.group("mon")), int(match.group("d"))
    return Stated(mo, d, y, two_digit_year=True) if calendar_date(y, mo, d) else None


def url_date(match: re.Match[str]) -> Stated | None:
    """Production: a full date in a URL ('/2019/10/13/', '12-Mar-2019', '/20101214.htm')."""
    if _group(match, "mon"):
        mo, d = LEX.month_number(match.group("mon")), int(match.group("d"))
    else:
        mo, d = int(match.group("nm")), int(match.group("nd"))
    y = int(match.group("y"))
    return Stated(mo, d, y) if calendar_date(y, mo, d) else None


def year_only(match: re.Match[str]) -> int:
    """Production: a year standing alone (in a URL path)."""
    return int(match.group("y"))


def year_month(match: re.Match[str]) -> YearMonth:
    """Production: a year and a month with no day (in a URL path)."""
    month = LEX.month_number(match.group("mon")) if _group(match, "mon") else int(match.group("nm"))
    return YearMonth(int(match.group("y")), month)


def year_bound(match: re.Match[str]) -> int:
    """Production: the latest year of a copyright line ('© 2015-2019' -> 2019)."""
    return int(_group(match, "y2") or match.group("y"))


PRODUCTIONS = {"stated_date": stated_date, "credit_numeric_date": credit_numeric_date, "url_date": url_date,
               "short_year_date": short_year_date, "year_only": year_only, "year_month": year_month,
               "year_bound": year_bound}
