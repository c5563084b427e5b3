"""Normalise detected spans to ``Timex`` records against an anchor (the article date).

For each span in text order: find its rule's match again, take the past/future bias from the governing verb
(``tense.direction_of``), and call the rule's production with the anchor and the *reference day* (the most recent
day-level date resolved earlier in the text: in the same paragraph for parts of day and clock times, anywhere before
for "the next day"/"two days later"). Entity spans no rule covers go to dateparser, restricted to the small span and
cached. ``anchor=None`` never guesses: relative expressions come back with X values or *_REF and no dates.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..pipeline import text_of
from ..records import Timex
from . import model as m
from .component import SPANS_KEY
from .detect import detect
from .model import Grain, TimeValue
from .productions import PRODUCTIONS, Context
from .tables import Rule, load_rules, read_rule_rows
from .tense import (
    FUTURE,
    NEAREST,
    PAST,
    PLANNED,
    PROSPECTIVE,
    ParseIndex,
    direction_of,
    is_end_point,
    names_its_noun,
    weakly_past,
)
from .told_ahead import counts_from_now
from .year_choice import RECENT

# productions whose value depends on the past/future bias (others skip the parse walk)
TENSED = {"date_month_day", "dated_part_of_day", "day_range_start", "weekday_date", "month_bare", "quarter", "season",
          "weekday", "weekday_relative", "holiday", "clock", "weekend", "entity", "part_of_day",
          "quarters_named_together"}
# productions whose date, when it only hangs on a noun or ends a span, takes the nearest occurrence, not the past verb's
NEAREST_WHEN_WEAKLY_PAST = {"date_month_day", "dated_part_of_day", "day_range_start", "month_bare", "holiday", "clock"}
# ... except a month with no day: what a past report hangs on it is done, so it is the last such month, or the coming
# one (year_choice.RECENT)
MONTHS_ONLY = {"month_bare"}
# ... and those whose date, when it names the noun after it, takes the nearest occurrence under a future verb: the
# same, plus a spaCy DATE entity no rule matched where it stands ("under a June agreement" is one already made)
NEAREST_WHEN_NAMING = NEAREST_WHEN_WEAKLY_PAST | {"entity"}
# productions that read "no future marker" as past (news reports what happened); the others take the nearest
PAST_BY_DEFAULT = {"weekday"}
# productions whose quarter becomes the reporting period ("a year earlier" then means the same quarter a year back);
# shifted readings ("the year-ago quarter") never replace it
PERIOD_SETTERS = {"quarter", "reporting_period"}
PERIOD_REACH = 1000  # characters after the last named quarter within which it is still the reporting period
# a stretch of several quarters named as the thing reported ("the nine months", "the first six months") ends the
# quarter's run: "a year earlier" after "net for the nine months rose 5%" compares with the year before, not with
# the quarter named earlier (TimeML then writes the year)
PERIOD_STRETCHES = {"P2Q", "P3Q", "P6M", "P9M"}
# named as a period gone by ("the nine months", "the first six months", "the latest nine months"), not a forecast
# ("the next six months"), an adjective ("a nine-month high") or a bare span of time ("for six months")
STRETCH = re.compile(r"(?:the\s+(?:(?:first|latest|past|last)\s+)?|first\s+)[\w-]+\s+(?:months|quarters)",
                     re.IGNORECASE)
# productions counting from the day under discussion ("two weeks later"); in a clause told ahead from the writer's day,
# a day gone by is not where the count starts: the count starts no earlier than the anchor
COUNTED_FROM_REFERENCE = {"ago"}
# productions anchored on the day under discussion within the paragraph
PARAGRAPH_SCOPED = {"part_of_day", "clock"}
# ... except a part of day that points back ("the evening", "that night"): the narrative's day, across paragraphs
ANAPHORIC_DETERMINERS = ("the ", "that ")
# ... and a clock told ahead after a day told ahead: a programme written one item a paragraph ("will reach the capital
# on Monday." / "He is to land at 11.40 am.") keeps its day; the page's own day would date the plan a day early
PROGRAMME_CLOCKS = {"clock"}
# productions whose day does not become the day under discussion: the second end of a range ('from April 7 to 12.
# In the evening ...' goes on from the 7th, as it did before the end was tagged)
KEEPS_REFERENCE = {"day_range_end"}
# productions of a date written in full ("Wednesday, March 1", "March 1"): one after the anchor starts a programme told
# ahead, whose weekdays follow it (week_productions.programme_weekday); one on or before the anchor ends it
FULL_DATES = {"date_month_day", "weekday_date", "date_full", "day_range_start"}
BACK_TO_PRESENT = {"weekday", "weekday_relative", "relative_day"}
# a weekday its verb tells ahead that falls after the article's day starts a programme within its sentence ("will fly
# out on Sunday, then hold talks Monday", written on a Monday: the talks are the day after the Sunday, not the day of
# writing). Only within the sentence: a weekday's own direction is a guess from its verb, and a guess carried across
# sentences would move every later weekday with it; a plan seen from the past ("had been due to arrive Monday") is no
# such guess's source either, since that plan may have lain on either side of the writer's day
WEEKDAY_PROGRAMMES = {"weekday"}
# a programme is told days or weeks ahead; a full date further ahead of the article's day than this (a page's
# "Updated June 22, 2016" stamp on a 2012 story) is no programme day its weekdays follow
PROGRAMME_AHEAD_DAYS = 60
# a plan seen from the past ("had been scheduled to meet on Wednesday") still looked ahead: a weekday in it is the
# coming one; a month or date in it ("had been scheduled for March 26") may lie on either side, so takes the nearest
PLANNED_AS = {"weekday": FUTURE, "weekday_relative": FUTURE, "clock": FUTURE, "weekend": FUTURE}
# a day told in a relative clause is background to the clause it hangs on ("X, who arrived on Thursday, met Y in the
# evening"): the main clause stays on the day the narrative was on, so that day stays the day under discussion; within
# the relative clause itself ("which took place on Friday night at 7 pm") the clause's own day holds
BACKGROUND_DEPS = {"relcl"}


def background_clause(span: Span, seen: dict[int, int | None]) -> int | None:
    """The index of the relative clause's head the span hangs on, through its heads, before reaching its
    sentence's root (None: the span is in no relative clause). ``seen`` keeps the answer of every token walked, so a
    run-on "sentence" thousands of tokens deep is walked once per Doc, not once per span."""
    tok, path, found = span.root, [], None
    while True:
        if tok.i in seen:
            found = seen[tok.i]
            break
        if tok.dep_ in BACKGROUND_DEPS:
            found = tok.i
            break
        path.append(tok.i)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    seen.update(dict.fromkeys(path, found))
    if found is not None:
        seen[found] = found
    return found


@lru_cache(maxsize=1)
def default_rules() -> tuple[Rule, ...]:
    return load_rules(read_rule_rows(), PRODUCTIONS)


def rules_by_name() -> dict[str, Rule]:
    return {r.name: r for r in default_rules()}


def find_match(text: str, span: Span, rule: Rule) -> re.Match[str] | None:
    """The rule's match that produced ``span`` (searched in a small window, since rule patterns may look behind)."""
    lo, hi = max(0, span.start_char - 40), min(len(text), span.end_char + 40)
    best, best_overlap = None, 0
    for match in rule.regex.finditer(text, lo, hi):
        overlap = min(match.end(), span.end_char) - max(match.start(), span.start_char)
        if overlap > best_overlap:
            best, best_overlap = match, overlap
    return best


# a span whose last token glues a word or a furniture bar onto a number: spaCy keeps '1998|By' and '2015Air' as one
# token when a page's markup dropped the space, so the expanded span reaches past what the rule matched
_GLUE = r"\d[|•·A-Z]"
_GLUED_TAIL = re.compile(_GLUE + r"\S*$")
_GLUED_AT = re.compile(_GLUE)


def unglued_end(text: str, span: Span, rule: Rule | None) -> int:
    """Where the expression ends: the span's end, or the end of the rule's match when the span's last token glues more
    onto it (a capital letter or a furniture bar right after a number begins another word, never the date)."""
    if rule is None or not _GLUED_TAIL.search(span.text):
        return span.end_char
    match = find_match(text, span, rule)
    if match is None or not span.start_char < match.end() < span.end_char or text[match.end() - 1].isspace():
        return span.end_char
    return match.end() if _GLUED_AT.match(text, match.end() - 1) else span.end_char


def paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n\n", 0, pos) + 1


def resolve_span(span: Span, rule: Rule | None, ctx: Context, text: str) -> TimeValue | None:
    """``text`` is ``doc.text``, passed in because spaCy rebuilds that string on every access."""
    if rule is not None:
        match = find_match(text, span, rule)
        if match is None:
            return None
        return PRODUCTIONS[rule.production](ctx, match)
    return resolve_entity(span.text, ctx, text, span.start_char)


def resolve_entity(text: str, ctx: Context, doc_text: str | None = None, start: int = 0) -> TimeValue | None:
    """Entities no rule matched: try each rule on the whole entity text, then dateparser on the small span.

    A rule marked ``in_context`` must also accept the entity where it stands (``doc_text`` at ``start``): its
    look-aheads exclude readings such as 'the year' in 'the year of the flood'."""
    for rule in default_rules():
        match = rule.regex.fullmatch(text)
        if match and rule.in_context and doc_text is not None and rule.regex.match(doc_text, start) is None:
            continue
        if match:
            return PRODUCTIONS[rule.production](ctx, match)
    if ctx.anchor is None:
        return None
    return dateparser_value(text, ctx.anchor, ctx.direction)


# only spans with a digit and a month name go to dateparser ("the '2+2" must not become Feb 2); everything else
# dateparser could read is covered, more precisely, by the rule table
DATEPARSER_WORTHY = re.compile(
    r"(?=.*\d)(?=.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)", re.IGNORECASE
)


@lru_cache(maxsize=64)
def _parser(anchor: date, direction: str | None):
    """One DateDataParser per (anchor, bias): settings are fixed at construction, so build it once and reuse it."""
    import dateparser

    settings = {
        "RELATIVE_BASE": datetime.combine(anchor, time(12, 0)),
        "PREFER_DATES_FROM": {"past": "past", "future": "future"}.get(direction or "", "current_period"),
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_MONTH_OF_YEAR": "first",
    }
    return dateparser.DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=4096)
def dateparser_value(text: str, anchor: date, direction: str | None) -> TimeValue | None:
    """dateparser on one short span, with the anchor as RELATIVE_BASE and the tense as PREFER_DATES_FROM; its
    ``period`` becomes the grain. Cached per (text, anchor, direction)."""
    if len(text) > 40 or not DATEPARSER_WORTHY.search(text):
        return None
    try:
        data = _parser(anchor, direction).get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input; an unparsed span is simply dropped
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    period = data.period
    if period == "day":
        return m.day(d)
    if period == "week":
        return m.iso_week(d)
    if period == "month":
        return m.month(d.year, d.month)
    if period == "year":
        return m.year(d.year)
    return None


def is_reported(tv: TimeValue, anchor: date | None, told: str | None = None) -> bool:
    """A period that ended within the year before the anchor: one a report can be about. 'The 1988 third quarter' in
    a 1989 report is the comparison, and a quarter still running or ahead ('a fourth-quarter charge') is a forecast,
    not the subject: results are reported after the fact. The quarter the anchor falls in is reported too when it
    is told in the past ('reported a decline in fourth-quarter earnings' in November): a fiscal quarter that has
    closed, named as the company counts it, as TimeML writes it."""
    if anchor is None or tv.end is None:
        return True
    if told == PAST and tv.start is not None and tv.start <= anchor <= tv.end:
        return True
    return 0 < (anchor - tv.end).days <= 366


def takes_over(tv: TimeValue, period: TimeValue | None, in_reach: bool) -> bool:
    """A newly named quarter replaces the reporting period unless it is earlier than the one still under discussion
    ('third-quarter profit rose ... after a flat second quarter' keeps the third)."""
    return period is None or not in_reach or period.start is None or tv.start is None or tv.start >= period.start


def _granularity(tv: TimeValue) -> str | None:
    return tv.grain.label if tv.grain is not None else None


def resolve_timexes(doc: Doc, anchor: date | None) -> list[Timex]:
    """Every detected span of ``doc`` as a ``Timex`` resolved against ``anchor`` (None: no anchored dates)."""
    if SPANS_KEY in doc.spans:
        spans = sorted(doc.spans[SPANS_KEY], key=lambda s: s.start_char)
    else:
        spans = detect(doc, default_rules())
    rules = rules_by_name()
    has_parse = doc.has_annotation("DEP")
    index: ParseIndex | None = None  # built once, on the first tensed span: linear in a run-on sentence
    text = text_of(doc)
    out: list[Timex] = []
    last_day: tuple[int, date] | None = None  # (char offset, date) of the most recent day-level value
    last_day_end: int | None = None  # where that expression ends
    background: tuple[int, date] | None = None  # (relative clause head, its day): a day the narrative did not move to
    clauses: dict[int, int | None] = {}  # token -> the relative clause it hangs in (background_clause)
    last_value: TimeValue | None = None  # the most recent anchored DATE of any grain ("the year previous")
    period: TimeValue | None = None  # the most recent quarter: the reporting period of business news
    period_at = 0  # where it was last named
    programme_day: date | None = None  # the last full date after the anchor, while the story stays ahead
    programme_sentence: int | None = None  # where a programme a weekday started holds (None: a full date's, or none)
    stretch: TimeValue | None = None  # the stretch of quarters last named as the period reported ("the nine months")
    stretch_at = 0
    stay_start: date | None = None  # the first day of the stay whose days the text counts
    for span in spans:
        rule = rules.get(span.label_)
        prod = rule.production if rule else "entity"
        direction = told = None
        if has_parse and prod in TENSED:
            index = index or ParseIndex(doc)
            direction = told = direction_of(span, index)
            if direction == PLANNED:
                direction = PLANNED_AS.get(prod)
            elif direction == PROSPECTIVE:
                direction = None if prod in NEAREST_WHEN_WEAKLY_PAST | {"quarter"} else PAST
            elif prod in NEAREST_WHEN_WEAKLY_PAST and direction == PAST and weakly_past(span):
                # "a ceremony on March 12" told in the past: the nearest; "the closure of the plant in March": the last
                direction = RECENT if prod in MONTHS_ONLY and not is_end_point(span) else None
            elif prod in NEAREST_WHEN_NAMING and direction == FUTURE and names_its_noun(span):
                direction = None  # "his Nov. 5 operation" under "will"
        if direction is None and has_parse and prod in PAST_BY_DEFAULT:
            direction = "past"  # a bare weekday the parse finds no future for is the same day or the one before
        if direction == NEAREST:
            direction = None  # the nearest occurrence, even of a weekday (a day called off in the simple past)
        clause = background_clause(span, clauses) if has_parse else None
        sentence = span.sent.start if has_parse else None
        if programme_sentence is not None and sentence != programme_sentence:
            programme_day = programme_sentence = None  # a weekday's programme ends with its sentence
        reference = last_day[1] if last_day else None
        if prod == "relative_unit" and last_value is not None:
            reference = last_value.start
        if prod in COUNTED_FROM_REFERENCE and has_parse and reference is not None and anchor is not None \
                and reference < anchor:
            index = index or ParseIndex(doc)
            if direction_of(span, index) == FUTURE and counts_from_now(span, index):
                reference = anchor  # "will start two weeks later": from the writer's day, not a day gone by
        if prod in PARAGRAPH_SCOPED and last_day and last_day[0] < paragraph_start(text, span.start_char) \
                and not span.text.lower().startswith(ANAPHORIC_DETERMINERS) \
                and not (prod in PROGRAMME_CLOCKS and direction == FUTURE and anchor is not None
                         and last_day[1] > anchor):
            reference = None  # "this morning" in a new paragraph is today's; "In the evening, ..." goes on
        if clause is not None and background is not None and background[0] == clause:
            reference = background[1]  # "which took place on Friday night at 7 pm": the clause's own day
        ctx = Context(anchor=anchor, direction=direction, reference=reference, last_value=last_value,
                      period=period if span.start_char - period_at <= PERIOD_REACH else None,
                      reference_end=last_day_end if reference is not None and last_day
                      and reference == last_day[1] else None,
                      programme_day=programme_day,
                      stretch=stretch if span.start_char - stretch_at <= PERIOD_REACH else None,
                      stay_start=stay_start)
        try:
            tv = resolve_span(span, rule, ctx, text)
        except (ValueError, KeyError, OverflowError):
            tv = None
        if tv is None:
            continue
        if direction == RECENT:  # the output tells the bias applied: the last month, or the coming one
            direction = FUTURE if tv.start is not None and anchor is not None and tv.start > anchor else PAST
        if tv.start is not None and tv.grain is not None and tv.grain <= Grain.DAY and prod not in KEEPS_REFERENCE:
            if clause is not None and last_day is not None:
                background = (clause, tv.start)  # the relative clause's day, not the narrative's
            else:
                last_day, last_day_end = (span.start_char, tv.start), span.end_char
        if prod in FULL_DATES and tv.start is not None and anchor is not None and tv.grain == Grain.DAY:
            programme_day = tv.start if 0 < (tv.start - anchor).days <= PROGRAMME_AHEAD_DAYS else None
            programme_sentence = None
        elif prod in BACK_TO_PRESENT and programme_day is not None and tv.start is not None and anchor is not None:
            # "On Thursday ..." after "Wednesday, March 1": the programme moves on; "arrived here on Thursday" (a day
            # already gone) brings the story back to the present
            programme_day = None if tv.start <= anchor else max(programme_day, tv.start)
        elif prod in WEEKDAY_PROGRAMMES and told == FUTURE and tv.start is not None and anchor is not None \
                and tv.grain == Grain.DAY and tv.start > anchor:
            programme_day, programme_sentence = tv.start, sentence
        if prod == "day_of_stay" and tv.start is not None:
            stay_start = ctx.stay_first_day  # the first day the production counted from
        if tv.type == "DURATION" and tv.value in PERIOD_STRETCHES and STRETCH.fullmatch(span.text):
            period, stretch, stretch_at = None, tv, span.end_char
        if tv.start is not None and tv.type == "DATE":
            last_value = tv
            in_reach = span.start_char - period_at <= PERIOD_REACH
            if tv.grain == Grain.QUARTER and prod in PERIOD_SETTERS and is_reported(tv, anchor, told) \
                    and takes_over(tv, period, in_reach):
                period, period_at, stretch = tv, span.end_char, None
        end = unglued_end(text, span, rule)
        out.append(
            Timex(
                start_char=span.start_char,
                end_char=end,
                text=span.text[:end - span.start_char],
                type=tv.type,
                value=tv.value,
                mod=tv.mod,
                start_date=tv.start,
                end_date=tv.end,
                granularity=_granularity(tv),
                rule=span.label_,
                direction=direction,
                note=tv.note,
            )
        )
    return out
