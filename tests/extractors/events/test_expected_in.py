"""'X is expected in <place> from D1 to D2': a planned presence with 'to be' unsaid (triggers.presence_participles),
a trip of a named person whose status is what the tense of 'expected' says. Made-up sentences through the real
pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.cleaning import find_noise
from dateline.extractors.events import extract_events
from dateline.extractors.events.status import modality
from dateline.extractors.temporal import resolve_timexes


def _dated(nlp, text, day):
    doc = nlp(text)
    return extract_events(doc, article_id="a1", timexes=resolve_timexes(doc, day), article_date=day,
                          noise=find_noise(text, None))


def _trips(evs):
    return [e for e in evs if e.event_type == "travel" and e.trigger == "expected"]


def test_a_named_person_expected_in_a_place_is_a_planned_trip_with_its_days(nlp):
    got = _trips(_dated(nlp, "Minister Bo Lind is expected in Peru from January 10 to 11.", date(2024, 1, 5)))
    assert len(got) == 1
    e = got[0]
    assert {p.name for p in e.participants} == {"Bo Lind"} and e.destination.name == "Peru"
    assert (e.date_start, e.date_end, e.status) == (date(2024, 1, 10), date(2024, 1, 11), "planned")


def test_expected_in_the_past_tense_is_no_trip_done(nlp):
    text = "Foreign Secretary Tom Reed put off his trip. Reed was expected in China towards the end of this month."
    got = _trips(_dated(nlp, text, date(2024, 7, 22)))
    assert got and all(e.status != "occurred" for e in got)


@pytest.mark.parametrize("text", [
    "Heavy rain is expected in Lima on Friday.",
    "A ruling is expected in Paris next week.",
    "Growth is expected in Peru this year.",
    "Minister Bo Lind is expected to sign the deal in Peru on Friday.",
])
def test_what_is_expected_is_no_trip_unless_a_named_person_is_awaited_there(nlp, text):
    assert _trips(_dated(nlp, text, date(2024, 3, 4))) == []


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Minister Bo Lind is expected in Peru from January 10 to 11.", "expected", "planned"),
    # "was expected" tells a plan still on, as "was expected to visit" does (plan_tense), not a lapsed schedule
    ("Minister Bo Lind was expected in Peru towards the end of this month.", "expected", "planned"),
])
def test_the_plan_of_an_awaited_presence_is_its_own_participle(nlp, trigger, text, word, want):
    assert modality(trigger(nlp, text, word)) == want


@pytest.mark.parametrize(("text", "want"), [
    ("The minister's visit is meant to deepen ties between the two countries.", None),
    ("The minister's visit was meant to deepen ties between the two countries.", "occurred"),
    ("The minister's visit has been postponed.", "cancelled"),
])
def test_an_event_noun_subject_of_a_present_passive_leaves_its_status_to_its_days(nlp, trigger, text, want):
    assert modality(trigger(nlp, text, "visit")) == want
