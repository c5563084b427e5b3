"""Tense from the dependency parse, on hand-built Docs (words, heads, deps, tags, lemmas): no statistical model."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc
from temporal_docs import (
    APPOINTED_PASSIVE,
    APPOINTED_PAST,
    FUTURE_SENT,
    NOMINAL,
    PAST_INFINITIVE,
    PAST_PARTICIPLE,
    PAST_PERFECT,
    PAST_PERFECT_PLAN,
    PAST_SENT,
    PLAN_PARTICIPLE,
    PLANNED_CHAIN,
    PLANNED_PASSIVE,
    PRESENT_PERFECT_UNTIL,
    TIMETABLE_PRESENT,
    WHEN_CLAUSE,
    build,
)

from dateline.extractors.temporal import resolve_timexes
from dateline.extractors.temporal.component import TimexDetector
from dateline.extractors.temporal.tense import FUTURE, PAST, PLANNED, PROSPECTIVE, direction_of

ANCHOR = date(2021, 3, 17)  # Wednesday


@pytest.fixture(scope="module")
def detector():
    return TimexDetector()


def span_of(doc: Doc, word: str):
    i = next(t.i for t in doc if t.text == word)
    return doc[i:i + 1]


@pytest.mark.parametrize(
    "rows, word, expected",
    [
        (PAST_SENT, "Tuesday", PAST),
        (FUTURE_SENT, "Tuesday", FUTURE),
        (PLANNED_CHAIN, "Wednesday", FUTURE),
        (PLANNED_CHAIN, "Thursday", FUTURE),
        (NOMINAL, "Tuesday", PAST),
        (PLANNED_PASSIVE, "Friday", FUTURE),
        (PRESENT_PERFECT_UNTIL, "Friday", FUTURE),
        (PAST_PERFECT_PLAN, "Tuesday", PLANNED),  # a plan seen from the past: resolve.py reads a weekday forward
        (PAST_PERFECT, "Tuesday", PAST),
        (WHEN_CLAUSE, "Monday", FUTURE),  # the "when" clause on the day, not the copula, tells the tense
        (TIMETABLE_PRESENT, "Monday", FUTURE),
        (PAST_INFINITIVE, "April", PROSPECTIVE),  # not yet done when they agreed: resolve.py takes the nearest April
        (PLAN_PARTICIPLE, "Friday", PLANNED),  # "talks set for Friday": a plan
        (PAST_PARTICIPLE, "Friday", PAST),  # "a record set on Friday": a past act
        (APPOINTED_PASSIVE, "Friday", FUTURE),  # a day set aside in the present passive lies ahead
        (APPOINTED_PAST, "Friday", PAST),  # told in the past, it is the verb's past
    ],
)
def test_direction(blank, rows, word, expected):
    assert direction_of(span_of(build(blank.vocab, rows), word)) == expected


@pytest.mark.parametrize(
    "rows, word, value",
    [
        (PAST_SENT, "Tuesday", "2021-03-16"),
        (FUTURE_SENT, "Tuesday", "2021-03-23"),
        (PLANNED_CHAIN, "Wednesday", "2021-03-17"),  # same-day weekday in the future is the anchor itself
        (PLANNED_CHAIN, "Thursday", "2021-03-18"),
        (NOMINAL, "Tuesday", "2021-03-16"),
        (PLANNED_PASSIVE, "Friday", "2021-03-19"),
        (PAST_PERFECT_PLAN, "Tuesday", "2021-03-23"),  # the planned Tuesday, not the one just gone
        (PAST_PERFECT, "Tuesday", "2021-03-16"),
        (WHEN_CLAUSE, "Monday", "2021-03-22"),
        (TIMETABLE_PRESENT, "Monday", "2021-03-22"),
    ],
)
def test_resolution_on_hand_built_docs(blank, detector, rows, word, value):
    doc = detector(build(blank.vocab, rows))
    got = {t.text: t for t in resolve_timexes(doc, ANCHOR)}
    assert got[word].value == value
    assert got[word].rule == "weekday"


def test_a_month_on_an_infinitive_under_a_past_verb_is_the_nearest(blank, detector):
    doc = detector(build(blank.vocab, PAST_INFINITIVE))
    assert [t.value for t in resolve_timexes(doc, ANCHOR)] == ["2021-04"]  # not April 2020


def test_unparsed_doc_falls_back_to_nearest(blank, detector):
    doc = detector(blank("They meet on Friday and met on Monday."))
    got = {t.text: t.value for t in resolve_timexes(doc, ANCHOR)}
    assert got == {"Friday": "2021-03-19", "Monday": "2021-03-15"}  # nearest occurrence, no parse to say otherwise


def test_a_gerund_after_before_takes_the_tense_of_the_verb_it_hangs_on(nlp):
    from datetime import date

    from dateline.extractors.temporal import resolve_timexes

    cases = [("Ana Ruiz will fly to Kuala Lumpur on Sunday before returning to Tokyo on Monday.", "2023-11-06"),
             ("Ana Ruiz flew to Kuala Lumpur on Sunday before returning to Tokyo on Monday.", "2023-10-30")]
    for text, want in cases:
        values = {t.text: t.value for t in resolve_timexes(nlp(text), date(2023, 11, 4))}
        assert values["Monday"] == want, text


def test_looking_forward_to_a_meeting_in_a_month_is_the_future(nlp):
    from datetime import date

    from dateline.extractors.temporal import resolve_timexes

    text = "Berg said he looked forward to meeting Ruiz again at the BRICS summit in South Africa in August."
    assert [t.value for t in resolve_timexes(nlp(text), date(2023, 4, 14))] == ["2023-08"]
