"""A trip told in an 'after' / 'following' phrase of a step that closes it is a finished trip of its own, its last
day the step's and its first the length counted back (twenty-fifth pass, helper 35priorleg). Made-up sentences
through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from made_up_text import run

from dateline.extractors.events.completed_trips import completed_trip, ended_window

DAY = date(2024, 5, 9)  # a Thursday


def trips(nlp, text):
    return [e for e in run(nlp, text, DAY) if e.event_type == "travel"]


def _visit(evs):
    return next((e for e in evs if e.subtype == "visit"), None)


@pytest.mark.parametrize(("text", "first", "last"), [
    ("President John Carter departed from Lima on Thursday after completing a 13-day visit to Peru.",
     date(2024, 4, 27), date(2024, 5, 9)),
    ("Prime Minister Jane Doria arrived in Lisbon this evening after wrapping up her four-day state visit to Peru.",
     date(2024, 5, 6), date(2024, 5, 9)),
    ("John Carter returned home on Wednesday after a three-day visit to Peru.", date(2024, 5, 6), date(2024, 5, 8)),
])
def test_a_finished_trip_ends_on_the_step_and_starts_its_length_back(nlp, text, first, last):
    v = _visit(trips(nlp, text))
    assert v is not None and v.destination is not None and v.destination.country_code == "PE"
    assert (v.date_start, v.date_end) == (first, last)
    assert v.status == "occurred"


def test_a_trip_following_a_landing_is_its_own_event(nlp):
    evs = trips(nlp, "President John Carter arrived in Lisbon on Thursday afternoon following his state visit to "
                     "Peru.")
    v = _visit(evs)
    assert v is not None and v.destination.country_code == "PE" and v.date_end == DAY
    assert [p.name for p in v.participants] == ["John Carter"]
    assert any(e.subtype == "arrive" and e.destination.country_code == "PT" and e.date_start == DAY for e in evs)


@pytest.mark.parametrize("text", [
    "John Carter arrived in Lisbon on Thursday after talks.",
    "John Carter arrived in Lisbon on Thursday after the visit.",
    "Officials spoke on Thursday after a visit to Peru.",
])
def test_no_trip_without_a_place_or_a_closing_step(nlp, text):
    assert _visit(trips(nlp, text)) is None


@pytest.mark.parametrize(("text", "closed"), [
    ("She flew home after her visit to Peru.", True),
    ("She landed in Oslo following a tour of Chile.", True),
    ("She flew home after her visit.", False),
    ("She spoke after her visit to Peru.", False),
    ("She flew home since her visit to Peru.", False),
])
def test_completed_trip_reads_the_phrase(nlp, text, closed):
    doc = nlp(text)
    noun = next(t for t in doc if t.lemma_ in {"visit", "tour"})
    assert completed_trip(noun) is closed


def test_ended_window_counts_back():
    assert ended_window(date(2024, 5, 9), 4) == (date(2024, 5, 6), date(2024, 5, 9))
    assert ended_window(date(2024, 5, 9), 1) == (date(2024, 5, 9), date(2024, 5, 9))


def test_a_move_inside_the_visited_country_is_not_the_visit(nlp):
    evs = trips(nlp, "Prime Minister Ana Ruiz arrived in Lisbon on Thursday after wrapping up her four-day visit to "
                     "Peru. Earlier, Ruiz reached Cusco from Lima.")
    v = _visit(evs)
    assert v is not None and v.destination.name == "Peru" and (v.date_start, v.date_end) == (date(2024, 5, 6), DAY)
    assert any(e.subtype == "arrive" and e.destination is not None and e.destination.name == "Cusco" for e in evs)
