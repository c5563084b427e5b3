"""When was the article written? Metadata, then the header line, then the text itself.

Order: ``metadata`` -> ``header`` (the ingestion layer passes the header line's date) -> a news dateline at the
start ("TOKYO, March 16 (Reuters) -") -> self-dating phrases ("today (17 March)", "this Tuesday, March 16") -> a
weekday+date pair ("Tuesday (16 March)") -> ``fallback`` -> unknown. A missing year is the most recent year not after
``run_date`` in which the weekday and date coincide (or, without a weekday, in which the date is not after
``run_date``). ``run_date`` is a parameter: extractors never read the clock.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from ..records import ArticleDate
from .productions import LEX
from .tables import load_lexicon, placeholders

_F = placeholders(load_lexicon())
_DM = rf"(?:(?P<d>{_F['DAY']})\s+(?P<mon>{_F['MON']})|(?P<mon2>{_F['MON']})\.?\s+(?P<d2>{_F['DAY']}))"
_Y = rf"(?:,?\s+(?P<y>{_F['YEAR']}))?"
AGENCY = r"\((?:Reuters|AP|AFP|Bloomberg|Xinhua|UPI|dpa|Kyodo|Yonhap|IANS|PTI|CNN|ANI|TASS|EFE|ANSA|AA)\)"
PLACE = r"^\s*[A-Z][A-Za-z .'-]{1,40}(?:,\s*[A-Z][A-Za-z .'-]{1,30})?\s*"
DATELINES = (
    re.compile(rf"{PLACE},\s*{_DM}{_Y}\s*{AGENCY}"),  # TOKYO, March 16 (Reuters) -
    re.compile(rf"{PLACE}{AGENCY}\s*[-—–:]*\s*{_DM}{_Y}"),  # WASHINGTON (AP) — March 3, 2021
)
SELF_DATING = re.compile(
    rf"(?P<rel>\btoday|\bthis\s+(?P<wd1>{_F['WD']}))\s*(?:\(\s*(?:(?P<wd2>{_F['WD']}),?\s+)?|,\s+){_DM}{_Y}\s*\)?",
    re.IGNORECASE,
)
WEEKDAY_PAIR = re.compile(rf"(?P<wd>{_F['WD']})\s*(?:\(\s*|,\s+){_DM}{_Y}", re.IGNORECASE)


def _parts(match: re.Match[str]) -> tuple[int, int, int | None]:
    mon = match.group("mon") or match.group("mon2")
    d = match.group("d") or match.group("d2")
    y = match.group("y")
    return LEX.month_number(mon), int(re.match(r"\d+", d).group()), int(y) if y else None


def most_recent_year(month: int, dom: int, run_date: date, weekday: int | None = None) -> date | None:
    """The latest date month/dom not after ``run_date`` (matching ``weekday`` if given), searching 40 years back."""
    for y in range(run_date.year, run_date.year - 40, -1):
        try:
            d = date(y, month, dom)
        except ValueError:
            continue
        if d <= run_date and (weekday is None or d.weekday() == weekday):
            return d
    return None


def _dated(match: re.Match[str], run_date: date, weekday: str | None) -> date | None:
    mo, dom, y = _parts(match)
    if y is not None:
        try:
            return date(y, mo, dom)
        except ValueError:
            return None
    wd = LEX.weekdays[weekday.lower()] if weekday else None
    return most_recent_year(mo, dom, run_date, wd) or (most_recent_year(mo, dom, run_date) if wd is not None else None)


def _near_pair_year(match: re.Match[str], pair_day: date) -> date | None:
    """The year putting a year-less date nearest to a weekday-fixed date of the same text."""
    mo, dom, _ = _parts(match)
    options = []
    for y in (pair_day.year - 1, pair_day.year, pair_day.year + 1):
        try:
            options.append(date(y, mo, dom))
        except ValueError:
            continue
    return min(options, key=lambda d: abs((d - pair_day).days)) if options else None


def infer_article_date(doc: Doc, *, metadata: date | None = None, header: date | None = None,
                       fallback: date | None = None, run_date: date) -> ArticleDate:
    if metadata is not None:
        return ArticleDate(metadata, "metadata")
    if header is not None:
        return ArticleDate(header, "header")
    text = doc.text if isinstance(doc, Doc) else str(doc)
    pairs = [(m, _dated(m, run_date, m.group("wd"))) for m in WEEKDAY_PAIR.finditer(text)]
    pairs = [(m, d) for m, d in pairs if d is not None]
    head = text[:400]
    for pattern in DATELINES:
        match = pattern.search(head)
        d = _dated(match, run_date, None) if match else None
        if d and not _parts(match)[2] and pairs:
            d = _near_pair_year(match, pairs[0][1]) or d  # a year-less dateline takes the year a weekday pair fixes
        if d:
            return ArticleDate(d, "inferred", match.group(0).strip())
    for match in SELF_DATING.finditer(text):
        d = _dated(match, run_date, match.group("wd1") or match.group("wd2"))
        if d and not _parts(match)[2] and not (match.group("wd1") or match.group("wd2")) and pairs:
            d = _near_pair_year(match, pairs[0][1]) or d  # "today (17 March)" takes its year from "Tuesday (16 March)"
        if d:
            return ArticleDate(d, "inferred", match.group(0).strip())
    if pairs:
        # a reported weekday+date: the article is on or after that day; the day itself is the conservative anchor
        match, d = pairs[0]
        return ArticleDate(d, "inferred", match.group(0).strip())
    if fallback is not None:
        return ArticleDate(fallback, "fallback")
    return ArticleDate(None, "unknown")
