"""Resolver invariants for any article date (hypothesis): tense windows for weekdays, explicit dates never moved,
ranges never inverted and every value consistent with the calendar range it reports."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from temporal_docs import FUTURE_SENT, PAST_SENT, build

from dateline.extractors.temporal import resolve_timexes
from dateline.extractors.temporal.component import TimexDetector

ANCHORS = st.dates(min_value=date(1950, 1, 1), max_value=date(2080, 12, 31))
WEEKDAYS = list(calendar.day_name)
HYPO = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
DETECTOR = TimexDetector()


def _with_weekday(rows, name):
    return [(name if w == "Tuesday" else w, h, d, p, t, name if w == "Tuesday" else lem) for w, h, d, p, t, lem in rows]


@HYPO
@given(anchor=ANCHORS, wd=st.sampled_from(WEEKDAYS))
def test_past_weekday_within_six_days_before(blank, anchor, wd):
    doc = DETECTOR(build(blank.vocab, _with_weekday(PAST_SENT, wd)))
    (t,) = resolve_timexes(doc, anchor)
    assert anchor - timedelta(days=6) <= t.start_date <= anchor
    assert t.start_date.weekday() == WEEKDAYS.index(wd)
    assert t.direction == "past"


@HYPO
@given(anchor=ANCHORS, wd=st.sampled_from(WEEKDAYS))
def test_future_weekday_within_seven_days_after(blank, anchor, wd):
    doc = DETECTOR(build(blank.vocab, _with_weekday(FUTURE_SENT, wd)))
    (t,) = resolve_timexes(doc, anchor)
    assert anchor <= t.start_date <= anchor + timedelta(days=6)
    assert t.start_date.weekday() == WEEKDAYS.index(wd)


@HYPO
@given(anchor=ANCHORS, day=st.dates(min_value=date(1700, 1, 1), max_value=date(2099, 12, 31)),
       style=st.sampled_from(["{B} {d}, {Y}", "{d} {B} {Y}", "{Y}-{m}-{dd}", "{A} ({d} {B} {Y})"]))
def test_explicit_full_dates_never_move(blank, anchor, day, style):
    text = style.format(B=day.strftime("%B"), d=day.day, Y=day.year, m=f"{day.month:02d}", dd=f"{day.day:02d}",
                        A=day.strftime("%A"))
    doc = DETECTOR(blank(f"The accord was signed on {text} in Paris."))
    values = [t for t in resolve_timexes(doc, anchor) if t.granularity == "day"]
    assert values and values[0].value == day.isoformat() and values[0].start_date == day


def check_consistent(t) -> None:
    """A day value covers one day, a month the whole month, a week Monday-Sunday, a year the whole year."""
    if t.start_date is None:
        assert t.end_date is None
        return
    assert t.start_date <= t.end_date, t
    v = t.value.split("T")[0]
    if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        assert t.start_date == t.end_date == date.fromisoformat(v)
    elif re.fullmatch(r"\d{4}-\d\d", v):
        y, mo = map(int, v.split("-"))
        assert (t.start_date, t.end_date) == (date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1]))
    elif m := re.fullmatch(r"(\d{4})-W(\d\d)", v):
        assert t.start_date.isocalendar()[:2] == (int(m[1]), int(m[2])) and t.start_date.weekday() == 0
        assert t.end_date - t.start_date == timedelta(days=6)
    elif re.fullmatch(r"\d{4}", v):
        assert (t.start_date, t.end_date) == (date(int(v), 1, 1), date(int(v), 12, 31))
    elif m := re.fullmatch(r"(\d{4})-Q(\d)", v):
        assert t.start_date == date(int(m[1]), 3 * int(m[2]) - 2, 1)
    if t.type in ("DURATION", "SET"):
        raise AssertionError(f"durations and sets carry no dates: {t}")


@pytest.fixture(scope="module")
def sample_docs(nlp, shared):
    return [nlp((shared / "samples" / "seeds" / p.name).read_text(encoding="utf-8"))
            for p in sorted((shared / "samples" / "seeds").glob("*.txt"))]


@HYPO
@given(anchor=ANCHORS)
def test_values_consistent_with_ranges(sample_docs, anchor):
    for doc in sample_docs:
        for t in resolve_timexes(doc, anchor):
            check_consistent(t)


CORPUS_SENTENCES = [
    "Talks were held last week and will resume next month, early next year or in the spring.",
    "The law passed in January; the summit is set for April and the fourth quarter of 2020 was weak.",
    "He arrived on Monday, left the next day and returned two days later, later in the evening.",
    "Prices fell two years ago, in the 1990s and in mid-February; the 21st century has begun.",
]


@pytest.fixture(scope="module")
def sentence_docs(nlp):
    return list(nlp.pipe(CORPUS_SENTENCES))  # parsed once: detection does not depend on the anchor


@HYPO
@given(anchor=ANCHORS)
def test_corpus_sentences_consistent(sentence_docs, anchor):
    for doc in sentence_docs:
        for t in resolve_timexes(doc, anchor):
            check_consistent(t)


WORDS = ["on", "in", "Tuesday", "March", "May", "16", "2021", "(", ")", ",", "last", "next", "week", "year", "the",
         "early", "mid-", "two", "days", "later", "ago", "every", "today", "quarter", "fourth", "of", "15:00", "GMT",
         "1990s", "summer", "since", "until", "evening", "day", "same", "a", "31", "Feb.", "29", "now", "recently"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=14), anchor=st.one_of(st.none(), ANCHORS))
@example(words=["2021", "same", "week"], anchor=None)  # the week of a year's first day starts in the year before
def test_random_word_salad_never_crashes(blank, words, anchor):
    """Any sequence of temporal words resolves without an exception and keeps the invariants; no anchor, no dates
    except those the text gives in full."""
    doc = DETECTOR(blank(" ".join(words)))
    for t in resolve_timexes(doc, anchor):
        check_consistent(t)
        assert doc.text[t.start_char:t.end_char] == t.text
        if anchor is None and t.start_date is not None:
            # dated only from a year the text itself gives (an ISO week of that year may start in the one before)
            assert str(t.start_date.year) in doc.text or str(t.end_date.year) in doc.text, t
