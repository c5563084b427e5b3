"""Years and decades spelled out, as broadcast transcripts write them: 'nineteen ninety-one', 'the year two
thousand', 'two thousand and three', 'the nineties'. Numbers come from the lexicon, so no new vocabulary here.

Registered in ``productions.PRODUCTIONS`` by the import at the end of :mod:`.productions`.
"""

from __future__ import annotations

import re

from . import model as m
from .model import TimeValue
from .productions import LEX, Context, g, mod_of, production

CENTURY_WORDS = {"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}


@production
def spelled_year(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    if g(match, "thousand"):
        rest = g(match, "rest2")
        n = LEX.number(rest) if rest else 0
        return m.year(2000 + int(n)) if n is not None and n < 100 else None
    hi = CENTURY_WORDS[match.group("hi").lower()]
    lo_text = re.sub(r"^(?:oh|o)[\s-]+", "", match.group("lo").lower())
    lo = LEX.number(lo_text)
    if lo is None or not float(lo).is_integer() or not 0 < lo < 100:
        return None
    return m.year(hi * 100 + int(lo))


@production
def spelled_season(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'the winter of nineteen ninety-four' -> 1994-WI: the season of a year in words."""
    year = spelled_year(ctx, match)
    if year is None or year.start is None:
        return None
    return m.season(year.start.year, LEX.seasons[match.group("s").lower()]).with_mod(mod_of(match))


@production
def spelled_decade(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'the nineties' -> 199 (the twentieth century's decade: news rarely means another)."""
    return m.decade(1900 + 10 * DECADE_WORDS[match.group("dec").lower()]).with_mod(mod_of(match))
