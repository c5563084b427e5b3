"""When was the article written? Metadata, then the page header, then the text itself.

Order of evidence, strongest first: ``metadata`` -> ``header`` (the ingestion layer passes the header line's date) ->
a publication line ("Published: 16 March 2021", a byline "By X | Mar 16, 2021", a bare timestamp line "March 16,
2021 9:05 AM GMT+1" near the top) -> a news dateline near the top ("TOKYO, March 16 (Reuters) -", "NAIROBI, 16
March 2021 -") -> an update line ("Updated: ...", later than the writing, so after the dateline) -> self-dating phrases
("today (17 March)", "this Tuesday, March 16") -> a weekday+date pair ("Tuesday (16 March)") -> ``fallback`` ->
unknown. Page furniture comes before the body because a body's weekday+date pair is usually a reported day, not the
day of writing ("left on Sunday, March 7" in a feature published a week later).

A missing year is the most recent year not after ``run_date`` in which the weekday and date coincide (or, without a
weekday, in which the date is not after ``run_date``), unless a year is nearby: a year-less dateline or publication
line takes the year another header line states, else the year a weekday+date pair of the same text fixes.
``run_date`` is a parameter: extractors never read the clock.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date

from spacy.tokens import Doc

from ..records import ArticleDate
from .productions import LEX
from .tables import DATA, alternation, load_lexicon, placeholders

_F = placeholders(load_lexicon())
_CONF = json.loads((DATA / "article_date.json").read_text(encoding="utf-8"))
HEAD_CHARS: int = _CONF["head_chars"]
WEEKDAYS: dict[str, int] = {**LEX.weekdays, **_CONF["weekday_abbreviations"]}

_DM = rf"(?:(?P<d>{_F['DAY']})\s+(?P<mon>{_F['MON']})|(?P<mon2>{_F['MON']})\.?\s+(?P<d2>{_F['DAY']}))"
_Y = rf"(?:,?\s+(?P<y>{_F['YEAR']}))?"
_WD_ANY = rf"(?-i:{alternation([w.capitalize() for w in WEEKDAYS])})"
# a date as page furniture writes it: "Tue 16 Mar 2021", "Tuesday, March 16, 2021", "2021-03-16T09:05:00Z"
_DATE = rf"(?:(?P<wd>{_WD_ANY})\.?,?\s+)?(?:{_DM}{_Y}|(?P<iso>{_F['YEAR']}-[01]\d-[0-3]\d)(?:T[\d:.]+Z?)?)"
_TIME = r"\d{1,2}(?:[:.]\d\d){1,2}\s*(?:[AaPp]\.?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?[Mm]\.?"
_ZONE = r"(?:[A-Z]{2,5})?(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?"
_SEP = r"\s*(?:[,|/•·@]|\bat\b|[-—–]+)?\s*"

AGENCY = rf"\((?:{'|'.join(re.escape(a) for a in _CONF['agencies'])})\)"
PLACE = r"^[ \t]*[A-Z][A-Za-z .'-]{1,40}(?:,\s*[A-Z][A-Za-z .'-]{1,30})?\s*"
DATELINES = (
    re.compile(rf"{PLACE},\s*{_DM}{_Y}\s*{AGENCY}", re.MULTILINE),  # TOKYO, March 16 (Reuters) -
    re.compile(rf"{PLACE}{AGENCY}\s*[-—–:]*\s*{_DM}{_Y}", re.MULTILINE),  # WASHINGTON (AP) — March 3, 2021
    re.compile(rf"{PLACE},\s*{_DM}{_Y}\s*(?:[-—–]+|:)\s", re.MULTILINE),  # NAIROBI, 16 March 2021 –
)


def _label_line(labels: list[str], whole: bool) -> re.Pattern[str]:
    """A line opening with one of ``labels``, the date right after it (a clock time may come first: 'Updated 9:05
    AM EST, Tue March 16, 2021'), so a body sentence that merely starts with the word is not taken. ``whole``: the
    line holds nothing else but a clock time, as it must below the head ("Dated March 3, the memo said ...")."""
    end = rf"(?:{_SEP}(?:{_TIME})\s*{_ZONE})?[ \t.]*$" if whole else ""
    return re.compile(rf"^[^\w\n]*(?:{alternation(labels)})\b(?:\s+on)?\s*[:|\-—–]?\s*"
                      rf"(?:(?:{_TIME})\s*{_ZONE}{_SEP})?{_DATE}{end}", re.IGNORECASE | re.MULTILINE)


PUBLISHED_LINE, PUBLISHED_LINE_ONLY = (_label_line(_CONF["publication_labels"], whole) for whole in (False, True))
UPDATED_LINE, UPDATED_LINE_ONLY = (_label_line(_CONF["update_labels"], whole) for whole in (False, True))
# "By Ann Lee | March 16, 2021": a byline carrying the date, with a year so a name is never misread
BYLINE = re.compile(rf"^[ \t]*By\s+[A-Z][^\n]{{0,80}}?(?:[,|•·–—-]|\bon\b)\s*{_DATE}", re.MULTILINE)
# a line that is only a date and maybe a clock time and zone: "March 16, 2021 9:05 AM GMT+1"
TIMESTAMP_LINE = re.compile(rf"^[ \t]*{_DATE}(?:{_SEP}(?:{_TIME})\s*{_ZONE})?[ \t.]*$", re.MULTILINE)
SELF_DATING = re.compile(
    rf"(?P<rel>\btoday|\bthis\s+(?P<wd1>{_F['WD']}))\s*(?:\(\s*(?:(?P<wd2>{_F['WD']}),?\s+)?|,\s+){_DM}{_Y}\s*\)?",
    re.IGNORECASE,
)
WEEKDAY_PAIR = re.compile(rf"(?P<wd>{_F['WD']})\s*(?:\(\s*|,\s+){_DM}{_Y}", re.IGNORECASE)


def _group(match: re.Match[str], name: str) -> str | None:
    return match.group(name) if name in match.re.groupindex else None


def _parts(match: re.Match[str]) -> tuple[int, int, int | None]:
    iso = _group(match, "iso")
    if iso:
        y, mo, d = (int(x) for x in iso.split("-"))
        return mo, d, y
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
    wd = WEEKDAYS[weekday.lower().rstrip(".")] if weekday else None
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


def head_end(text: str) -> int:
    """Where the page header region ends: the end of the line holding character ``HEAD_CHARS``."""
    if len(text) <= HEAD_CHARS:
        return len(text)
    cut = text.find("\n", HEAD_CHARS)
    return len(text) if cut < 0 else cut


def _labelled(in_head: re.Pattern[str], whole_line: re.Pattern[str], text: str, cut: int) -> list[re.Match[str]]:
    """Labelled lines: in the head the date may be followed by more ("Published 16 March 2021 · 3 min read"); below
    it only a line of label, date and clock counts (a footer "Published: 16 March 2021")."""
    return list(in_head.finditer(text, 0, cut)) + list(whole_line.finditer(text, cut))


def _furniture(text: str) -> Iterator[re.Match[str]]:
    """Page-furniture dates, strongest kind first: publication lines, bylines and bare timestamp lines in the head,
    then datelines in the head, then update lines. Each pattern is one linear scan."""
    cut = head_end(text)
    publication = _labelled(PUBLISHED_LINE, PUBLISHED_LINE_ONLY, text, cut)
    publication += [m for m in BYLINE.finditer(text, 0, cut) if _parts(m)[2] is not None]
    publication += [m for m in TIMESTAMP_LINE.finditer(text, 0, cut) if _parts(m)[2] is not None]
    yield from sorted(publication, key=lambda m: m.start())
    for pattern in DATELINES:
        yield from pattern.finditer(text, 0, cut)
    yield from _labelled(UPDATED_LINE, UPDATED_LINE_ONLY, text, cut)


def _year_nearby(furniture: list[re.Match[str]], run_date: date) -> date | None:
    """The first furniture date that states its year: a year-less one beside it is read in that year."""
    for match in furniture:
        if _parts(match)[2] is not None:
            return _dated(match, run_date, None)
    return None


def infer_article_date(doc: Doc, *, metadata: date | None = None, header: date | None = None,
                       fallback: date | None = None, run_date: date) -> ArticleDate:
    if metadata is not None:
        return ArticleDate(metadata, "metadata")
    if header is not None:
        return ArticleDate(header, "header")
    text = doc.text if isinstance(doc, Doc) else str(doc)
    pairs = [(m, _dated(m, run_date, m.group("wd"))) for m in WEEKDAY_PAIR.finditer(text)]
    pairs = [(m, d) for m, d in pairs if d is not None]
    furniture = list(_furniture(text))
    for match in furniture:
        weekday = _group(match, "wd")
        d = _dated(match, run_date, weekday)
        if d and not _parts(match)[2] and not weekday:
            near = _year_nearby(furniture, run_date) or (pairs[0][1] if pairs else None)
            d = (_near_pair_year(match, near) if near else None) or d  # "March 16 (Reuters)" under "Updated ... 2021"
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
