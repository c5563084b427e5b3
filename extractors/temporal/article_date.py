"""When was the article written? Metadata, then the page header, then the text itself, then its URL, then its title.

Order of evidence, strongest first: ``metadata`` -> ``header`` (the ingestion layer passes the header line's date) ->
the tiers of ``data/article_date_rules.jsonl``, each rule a name, a pattern and a production:

* ``publication``: the page says when it was written: a publication line ("Published: 16 March 2021", "Published
  date: 12th Aug 1997", "Name Published May 12, 2022 | 09:10 AM"), a print footer ("Published in Outlet, September
  12th, 2018"), a wire credit line ("AAP 7/2/00": day first; a two-digit year up to 30 in the 2000s, else the 1900s,
  a century back if after the run date), a byline date ("By X | Mar 16, 2021"), an outlet stamp ("(Outlet / Agency -
  3rd May, 2019)"), a stamp with a clock time beside a relative one ("6 minutes ago Thu 19th December 2019 | 10:55
  PM": the absolute one), a bare timestamp line near the top; after them all, any header line holding one full date
  and otherwise only furniture (``article_date_line.py``: a section label, clocks, zones, counters, a byline),
  then a header line that is a date in another script (``article_date_script.py``, read by dateparser);
* ``dateline``: a news dateline near the top ("TOKYO, March 16 (Reuters) -", "New Delhi [India], July 31 (ANI):");
* ``update``: an update line ("Updated: ...", "Last Update 2024-07-18 16:55:00"): later than the writing, so the
  original date beats it;
* ``url``: a full date in the page's URL, when the record gives one;
* ``self_dating``: "today (17 March)", "this Tuesday, March 16";
* ``weekday_pair``: "Tuesday (16 March)", a reported day, so the article is on or after it (a pair its clause puts
  ahead of the writing, "On Wednesday (16 March) she will visit ...", is the weakest guess of all, after the title);
* ``photo_caption``: a photo caption line with a full date and a credit ("..., 20 Jan 2011. REUTERS/Name"), or a
  header line of words closed by a full date (a caption or subtitle with no credit: "Minister arrives October 26,
  1997");
* ``title``: a date in the record's title ("20100718 sitename", a photo caption read as the title), which the .txt
  reader strips from the text: the weakest, since a title may name an event's day;

-> ``fallback`` -> unknown. Within a tier a rule earlier in the table beats a later one (a labelled line beats the
page chrome's bare date), then the earlier match wins. Page furniture comes before the body because a body's
weekday+date pair is usually a reported day, not the day of writing.

A bare date line (no label, byline or dateline says what it is) that falls days after the URL's date, or that names
its weekday and falls days after the dateline's day, is the page chrome's "today": it is passed over.

A missing year never comes from the run date when the page states its own: it is the year putting the date nearest
to the first furniture date that states a year, else the URL's date or year, else any full date in the header, else
in the title, else the first full date further down the page, else the date a weekday+date pair fixes; else the
latest year the page's prose states, or the first after it in which the day falls on the weekday the stamp or its
dateline's sentence names (``article_date_years.py``: a page seldom names a past year later than its own); for a
dateline, else the latest year in which its day is the past weekday its own sentence names (or the day after it);
only then the most recent year not after ``run_date`` in which the weekday and date coincide (or, without a
weekday, the date is not after it). A copyright line's year, weaker evidence, bounds those last two as ``run_date``
does. ``published_evidence`` records the matched text, the rule, where the year came from when the text lacks it (a
two-digit year's century too), and what was passed over. A page the first reading left undated whose story lends it a
day (``infer_article_date``'s ``story_day``) is read again: a year-less date then takes the year nearest that day, and
the date line forms marked ``story_only`` count (only then: printed without a year, the latest year would be a guess).
``run_date`` is a parameter: extractors never read the clock.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from spacy.tokens import Doc

from ..pipeline import text_of
from ..records import ArticleDate
from .article_date_line import RULE_NAME as DATE_LINE_RULE
from .article_date_line import furniture_date_lines, is_prose_line
from .article_date_script import RULE_NAME as SCRIPT_LINE_RULE
from .article_date_script import script_date_lines
from .article_date_table import PRODUCTIONS, RULES, TIERS, DateRule
from .article_date_values import Stated, YearMonth, calendar_date
from .article_date_years import StatedYear, first_fitting_day, latest_stated_year
from .productions import LEX
from .tables import DATA, alternation

_CONF = json.loads((DATA / "article_date.json").read_text(encoding="utf-8"))
HEAD_CHARS: int = _CONF["head_chars"]
HEAD_MAX_CHARS: int = _CONF["head_max_chars"]
URL_DAYS_AFTER: int = _CONF["url_days_after"]
DATELINE_DAYS_AFTER: int = _CONF["dateline_days_after"]
STAMP_RULES = frozenset(_CONF["stamp_rules"])
CLOCK_PRONE = frozenset(_CONF["clock_prone_rules"])  # bare date lines where a site's clock sits, weekday or not
FURNITURE = ("publication", "dateline", "update")
AHEAD_TIER = "weekday_pair_ahead"  # a weekday+date pair its clause puts ahead of the writing: after every tier
WEEKDAY_NAMES = {n: w.capitalize() for w, n in LEX.weekdays.items()}
# an archive photo's caption ('FILE - ... Aug. 6, 2015.', 'FILE PHOTO: ...') dates an old picture, not the writing
_ARCHIVAL_LINE = re.compile(rf"[ \t]*\(?(?:{alternation(_CONF['archival_caption_openers'])})\)?(?![\w'’])")


def most_recent_year(month: int, dom: int, run_date: date, weekday: int | None = None) -> date | None:
    """The latest date month/dom not after ``run_date`` (matching ``weekday`` if given), searching 40 years back."""
    for y in range(run_date.year, run_date.year - 40, -1):
        d = calendar_date(y, month, dom)
        if d is not None and d <= run_date and (weekday is None or d.weekday() == weekday):
            return d
    return None


def _nearest(stated: Stated, anchor: date) -> date | None:
    """The year putting a year-less date nearest to ``anchor`` (its weekday, if stated, agreeing when it can)."""
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    options = [d for y in years if (d := calendar_date(y, stated.month, stated.day))]
    agreeing = [d for d in options if stated.weekday is None or d.weekday() == stated.weekday]
    return min(agreeing or options, key=lambda d: abs((d - anchor).days)) if options else None


def head_end(text: str) -> int:
    """Where the page header region ends: the end of the line holding character ``HEAD_CHARS``, or of the first line
    of prose if that ends later (a long menu above the byline), but never past ``HEAD_MAX_CHARS``."""
    if len(text) <= HEAD_CHARS:
        return len(text)
    cut = text.find("\n", HEAD_CHARS)
    cut = min(len(text) if cut < 0 else cut, HEAD_MAX_CHARS)  # a text of one long line has no header to speak of
    start = 0
    while start < min(len(text), HEAD_MAX_CHARS):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if is_prose_line(line):
            return max(cut, end) if end <= HEAD_MAX_CHARS else cut
        start = end + 1
    return cut


@dataclass(frozen=True)
class Candidate:
    rule: str
    tier: str
    text: str
    value: Stated | int
    region: str = "head"
    bare: bool = False
    end: int = 0  # where the match ends in the text


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_WEEKDAY_WORD = re.compile(rf"\b({alternation([w.capitalize() for w in LEX.weekdays])})\b")
_CLAUSE_BREAK = re.compile(r";|\s(?:and|but|while|whereas)\s")
# a sentence's clauses: a weekday in a clause about the future ('..., where he will speak on Monday') says nothing of
# the day a past clause reports ('The envoy on Friday began a visit to the city, where ...'); a reporting verb's
# complement is a clause of its own too: in 'The minister announced Monday that the visit will start next week' the
# announcing is the reported day, the visit a day ahead
_STORY_CLAUSE = re.compile(r"[,;:]|\s(?:and|but|while|whereas|where|when|which|who|that)\s")
_FUTURE = re.compile(rf"\b(?:{alternation(_CONF['future_markers'])})\b", re.IGNORECASE)


class _Page:
    """Everything the rules find in one page, computed once and only when asked for."""

    def __init__(self, text: str, url: str | None, run_date: date, title: str | None = None,
                 story_day: date | None = None) -> None:
        self.text, self.url, self.run_date, self.title = text, url or "", run_date, title or ""
        self.story_day = story_day  # the day the page's story lends it: the year of its year-less date lines
        self.cut = head_end(text)
        self._found: dict[str, list[Candidate]] = {}

    def _matches(self, rule: DateRule) -> Iterator[re.Match[str]]:
        if rule.region in ("url", "title"):
            return rule.rule.regex.finditer(self.url if rule.region == "url" else self.title)
        if rule.region == "head":
            return rule.rule.regex.finditer(self.text, 0, self.cut)
        return rule.rule.regex.finditer(self.text, self.cut if rule.region == "below" else 0)

    def found(self, tier: str) -> list[Candidate]:
        """A tier's candidates, strongest rule first, then in text order."""
        if tier in self._found:
            return self._found[tier]
        out = self._found[tier] = []
        for rule in RULES:
            if rule.tier != tier or (rule.story_only and self.story_day is None):
                continue
            for match in self._matches(rule):
                if rule.region != "url" and self.archival(match):
                    continue
                value = PRODUCTIONS[rule.rule.production](match)
                if value is not None:
                    text = " ".join(match.group(0).split())
                    out.append(Candidate(rule.rule.name, tier, text, value, rule.region, rule.bare, match.end()))
        if tier == "publication":  # a header line of one date and furniture, after every labelled layout
            out += [Candidate(DATE_LINE_RULE, tier, line.text, line.value, "head", True, line.end)
                    for line in furniture_date_lines(self.text, self.cut)]
            out += [Candidate(SCRIPT_LINE_RULE, tier, line.text, line.value, "head", True, line.end)
                    for line in script_date_lines(self.text, self.cut)]  # a date line in another script
        return out

    def archival(self, match: re.Match[str]) -> bool:
        """Whether the match is on an archive photo's caption line, which dates an old picture."""
        source = self.title if match.string is self.title else self.text
        line_start = source.rfind("\n", 0, match.start()) + 1
        return _ARCHIVAL_LINE.match(source, line_start) is not None

    @cached_property
    def bound(self) -> tuple[date, str | None]:
        """No date is put after the run date, nor after the latest copyright year the page prints."""
        years = self.found("copyright")
        if not years:
            return self.run_date, None
        last = max(years, key=lambda c: c.value)
        return min(self.run_date, date(last.value, 12, 31)), last.text

    @cached_property
    def stated_anchor(self) -> Candidate | None:
        return next((c for tier in FURNITURE for c in self.found(tier)
                     if c.value.year is not None and not self.chrome(c)), None)

    @cached_property
    def chrome_days(self) -> set[date]:
        """Days the page chrome shows: they give no year to anything else either."""
        return {c.value.complete() for c in self.found("publication") if self.chrome(c)}

    def chrome(self, cand: Candidate) -> str | None:
        """Why a bare date line looks like the page chrome's 'today' (or another story's stamp) rather than the writing:
        it falls days after the URL's date, or after the dateline's day: two days when it names its weekday as such
        chrome does, a week in any case; or, when it names its weekday or stands where a site's clock sits (a first
        line that is only a date), a week after the page's own stamp or byline date."""
        day = cand.value.complete() if cand.bare else None
        if day is None:
            return None
        if self.url_date is not None and (day - self.url_date).days > URL_DAYS_AFTER:
            return "later than the URL's date"
        allowed = URL_DAYS_AFTER if cand.value.weekday is not None else DATELINE_DAYS_AFTER
        for dateline in self.found("dateline"):
            filed = dateline.value.complete() or _nearest(dateline.value, day)
            if filed is not None and (day - filed).days > allowed:
                return f"later than the dateline {dateline.text!r}"
        if cand.value.weekday is not None or cand.rule in CLOCK_PRONE:  # chrome's today above the page's own stamp
            for other in self.found("publication"):
                if other.rule not in STAMP_RULES or other.text == cand.text:
                    continue
                stamp = other.value.complete()
                if stamp is not None and (day - stamp).days > DATELINE_DAYS_AFTER:
                    return f"later than {other.text!r}"
        return None

    @cached_property
    def url_date(self) -> date | None:
        return next((c.value.complete() for c in self.found("url")), None)

    @cached_property
    def url_month(self) -> YearMonth | None:
        return next((c.value for c in self.found("year") if isinstance(c.value, YearMonth)), None)

    @cached_property
    def year_anchor(self) -> tuple[Candidate, str] | None:
        """After the page's own furniture: the URL's date or year, then any full date in the header, then in the
        title."""
        hints = self.found("url") + [c for c in self.found("year") if c.region == "url"]
        bound, _ = self.bound  # a header date after the copyright year is chrome too (a weather box's today)
        hints += [c for region in ("head", "title") for c in self.found("year") if c.region == region
                  and c.value.complete() not in self.chrome_days and c.value.complete() <= bound]
        if not hints:
            return None
        where = {"url": "the URL", "head": "a date in the page header", "title": "the title"}[hints[0].region]
        return hints[0], f"{where} {hints[0].text!r}"

    def same_day_in_full(self, stated: Stated) -> Candidate | None:
        """'QUETTA, Apr 23 (APP)' over a page that quotes a post of 'April 23, 2022': the same month and day with a
        year, further down the page, is the dateline's day (a different day says nothing of its year)."""
        bound, _ = self.bound
        return next((c for c in self.found("year") if c.region == "below" and isinstance(c.value, Stated)
                     and (c.value.month, c.value.day) == (stated.month, stated.day)
                     and c.value.complete() <= bound), None)

    @cached_property
    def body_year_anchor(self) -> Candidate | None:
        """The first full date in the body (a caption's 'February 17, 2018'): a page that states its own year gives
        it to a year-less date before the run date can (within the copyright bound, and not the chrome's today)."""
        bound, _ = self.bound
        return next((c for c in self.found("year") if c.region == "below" and isinstance(c.value, Stated)
                     and (day := c.value.complete()) is not None and day <= bound and day not in self.chrome_days),
                    None)

    def ahead(self, cand: Candidate) -> bool:
        """A weekday+date pair in a sentence about the future ('On Wednesday, Feb 21, she will visit the temple') is a
        day after the writing, not a reported one: it says the article is before it."""
        opening = cand.end - len(cand.text)
        start = max(self.text.rfind(".", 0, opening), self.text.rfind("\n", 0, opening))
        stop = _SENTENCE_END.search(self.text, cand.end)
        before = _CLAUSE_BREAK.split(self.text[start + 1: cand.end])[-1]  # "met on Tuesday (...) and will meet again"
        after = _CLAUSE_BREAK.split(self.text[cand.end: stop.start() if stop else len(self.text)])[0]
        return bool(_FUTURE.search(before + after))

    def ordered(self) -> Iterator[tuple[str, Candidate]]:
        """Every candidate with its tier, strongest evidence first, each tier found only when the ones before it
        dated nothing: the tiers in order, then the weekday+date pairs put ahead of the writing, the weakest guess."""
        ahead = []
        for tier in TIERS:
            for cand in self.found(tier):
                if tier == "weekday_pair" and self.ahead(cand):
                    ahead.append(cand)
                else:
                    yield tier, cand
        for cand in ahead:
            yield AHEAD_TIER, cand

    @cached_property
    def pair_anchor(self) -> tuple[date, str] | None:
        """The first weekday+date pair's day, and how it was fixed."""
        for cand in self.found("weekday_pair"):
            d, year_from = self.resolve(cand, use_pairs=False)
            if d is not None and d not in self.chrome_days and d <= self.bound[0]:
                return d, f"{cand.text!r}" + (f" (its year from {year_from})" if year_from else "")
        return None

    def resolve(self, cand: Candidate, use_pairs: bool = True) -> tuple[date | None, str | None]:
        """The candidate's date, and where its year came from when the text lacks it."""
        stated = cand.value
        if stated.year is not None and stated.two_digit_year:
            day, year_text = stated.complete(), f"{stated.year % 100:02d}"
            if day > self.bound[0]:
                day = calendar_date(day.year - 100, day.month, day.day)
                return day, f"the two-digit year {year_text!r}, a century back as the run date or copyright bounds it"
            return day, f"the two-digit year {year_text!r} read as {day.year}"
        if stated.year is not None:
            return stated.complete(), None
        if self.story_day is not None:  # only asked for a page with no date of its own that its story lends a day
            return _nearest(stated, self.story_day), f"its story's day {self.story_day.isoformat()}"
        if (anchor := self.stated_anchor) is not None:
            return _nearest(stated, anchor.value.complete()), f"the page's own date {anchor.text!r}"
        if self.year_anchor is not None:
            anchor, where = self.year_anchor
            if isinstance(anchor.value, int):
                return calendar_date(anchor.value, stated.month, stated.day), where
            if isinstance(anchor.value, YearMonth):  # the year putting the date nearest the URL's month
                return _nearest(stated, date(anchor.value.year, anchor.value.month, 15)), where
            return _nearest(stated, anchor.value.complete()), where
        if (same := self.same_day_in_full(stated)) is not None:
            return same.value.complete(), f"the same day written in full below, {same.text!r}"
        if (body := self.body_year_anchor) is not None:
            return _nearest(stated, body.value.complete()), f"the page's full date {body.text!r}"
        if use_pairs and self.pair_anchor is not None:
            day, pair = self.pair_anchor
            return _nearest(stated, day), f"the weekday+date pair {pair}"
        bound, copyright_line = self.bound
        named = self.story_weekday(cand) if stated.weekday is None else None
        if (floor := self.stated_year) is not None:
            weekdays = (stated.weekday,) if stated.weekday is not None else None
            if named is not None:
                weekdays = (named, (named + 1) % 7)
            if (d := first_fitting_day(stated.month, stated.day, floor.year, bound, weekdays)) is not None:
                fits = "" if weekdays is None else (
                    " whose weekday fits" if named is None else
                    f" in which the dateline's day is the {WEEKDAY_NAMES[named]} its sentence names, or the day after")
                return d, f"the latest year the page states, {floor.text!r}, or the first after it{fits}"
        limit = f"the copyright line {copyright_line!r}" if copyright_line else "the run date"
        if named is not None:
            days = [most_recent_year(stated.month, stated.day, bound, wd) for wd in (named, (named + 1) % 7)]
            if any(days):
                name = WEEKDAY_NAMES[named]
                return max(d for d in days if d), (f"the latest year not after {limit} in which the dateline's day is "
                                                   f"the {name} its sentence names, or the day after")
        d = most_recent_year(stated.month, stated.day, bound, stated.weekday)
        if d is None and stated.weekday is not None:
            d = most_recent_year(stated.month, stated.day, bound)
        weekday = " and weekday" if stated.weekday is not None else ""
        return d, f"the latest year{weekday} not after {limit}"

    @cached_property
    def stated_year(self) -> StatedYear | None:
        """The latest year the page's prose states ('since the uprising in 2002'): the floor of a year-less stamp's
        year, which the run date is not."""
        return latest_stated_year(self.text, self.bound[0])

    def reading(self, cand: Candidate, day: date) -> tuple[date, str | None]:
        """Which way to read an ambiguous numeric date ('03-12-2009'): the reading nearer the URL's date, else nearer
        the dateline's day, else the rule's default (day first with a dash or dot, month first with a slash)."""
        other = cand.value.other_reading() if isinstance(cand.value, Stated) else None
        if other is None:
            return day, None
        if self.url_date is not None:
            ref = {day: self.url_date, other: self.url_date}
            where = "the URL's date"
        elif (month := self.url_month) is not None:
            fits = [r for r in (day, other) if (r.year, r.month) == (month.year, month.month)]
            if fits != [other]:
                return day, None
            return other, "read the other way round, in the URL's month"
        else:
            dateline = next(iter(self.found("dateline")), None)
            if dateline is None:
                return day, None
            ref = {r: dateline.value.complete() or _nearest(dateline.value, r) for r in (day, other)}
            where = f"the dateline {dateline.text!r}"
        if None in ref.values() or abs((other - ref[other]).days) >= abs((day - ref[day]).days):
            return day, None
        return other, f"read the other way round, nearer {where}"

    def story_weekday(self, cand: Candidate) -> int | None:
        """The one weekday a year-less dateline's own sentence names for a past day ('ISLAMABAD, Sept 7 (APP): The
        minister met the envoy here on Friday'): the dateline's day is that day or the day after it."""
        if cand.tier != "dateline":
            return None
        start = cand.end
        while (line_end := self.text.find("\n", start)) >= 0 and not re.search(r"\w", self.text[start:line_end]):
            start = line_end + 1  # a dateline alone on its line ('VIETNAM, January 29 -'): its sentence is the next
        stop = _SENTENCE_END.search(self.text, start)
        sentence = self.text[start: stop.start() if stop else len(self.text)]
        days = {LEX.weekdays[w.lower()] for clause in _STORY_CLAUSE.split(sentence) if not _FUTURE.search(clause)
                for w in _WEEKDAY_WORD.findall(clause)}
        return days.pop() if len(days) == 1 else None


def infer_article_date(doc: Doc | str, *, metadata: date | None = None, header: date | None = None,
                       fallback: date | None = None, run_date: date, url: str | None = None,
                       title: str | None = None, story_day: date | None = None) -> ArticleDate:
    """The article's date: ``metadata``, else ``header``, else the first tier of the rule table that dates the page
    (``url`` is the record's URL and ``title`` its title, which the .txt reader strips from the text: evidence too,
    the title the weakest), else ``fallback``, else unknown.

    ``story_day``: for a page the first reading left undated, the day its story's dated reports lend it
    (``story_day``). A year-less date then takes the year nearest that day, and the date line forms read only
    with a story's year (``story_only`` rules) count: a page's own date line, not the story's day, dates it."""
    if metadata is not None:
        return ArticleDate(metadata, "metadata")
    if header is not None:
        return ArticleDate(header, "header")
    page = _Page(text_of(doc) if isinstance(doc, Doc) else str(doc), url, run_date, title, story_day)
    passed_over = []
    for tier, cand in page.ordered():
        d, year_from = page.resolve(cand)
        if d is not None and (why := page.chrome(cand)):
            if (cand.text, why) not in passed_over:
                passed_over.append((cand.text, why))
            continue
        if d is not None:
            d, read = page.reading(cand, d)
            how = [cand.rule] + ([f"year from {year_from}"] if year_from else []) + ([read] if read else [])
            how += [f"passed over {text!r}, {why}" for text, why in passed_over]
            if tier == AHEAD_TIER:
                how.append("a day its sentence puts ahead of the writing, so the article is before it")
            where = {"url": "URL ", "title": "title "}.get(tier, "")
            return ArticleDate(d, "inferred", f"{where}{cand.text} [{'; '.join(how)}]")
    if fallback is not None:
        return ArticleDate(fallback, "fallback")
    return ArticleDate(None, "unknown")


FILED_DAYS_BEFORE = 2  # a print page is dated the morning after the story was filed, a weekend edition two days


def filing_day(doc: Doc | str, article_date: date | None, *, run_date: date, url: str | None = None,
               title: str | None = None) -> date | None:
    """The day a news dateline states ("BAGHDAD, Feb. 22 -"), when it falls a day or two before the article's date:
    a print paper dates its page the morning after the story was filed, and the story's own 'today', 'tonight' and
    'on Tuesday' are counted from the filing day, not the page's. None when there is no such dateline (a dateline of
    the article's own day changes nothing)."""
    if article_date is None:
        return None
    page = _Page(text_of(doc) if isinstance(doc, Doc) else str(doc), url, run_date, title)
    for cand in page.found("dateline"):
        stated = cand.value
        if isinstance(stated, int):
            continue
        day = stated.complete() if stated.year is not None else _nearest(stated, article_date)
        if day is not None and 1 <= (article_date - day).days <= FILED_DAYS_BEFORE:
            return day
    return None
