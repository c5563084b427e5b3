"""A landing that begins a visit is the visit (visit_span): its last day from a length told in its clause or in the
story, or from the day the story has its travellers leave; a tour's length and another trip's are not the visit's.
Made-up sentences parsed by the real pipeline; candidates built by hand around their triggers."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.events.candidate import Candidate
from dateline.extractors.events.visit_span import landing_length, span_landings, told_days
from dateline.extractors.records import Participant, Place

MON = date(2022, 5, 9)
LIMA = Place(name="Lima", country_code="PE")
PERU = Place(name="Peru", country_code="PE")
QUITO = Place(name="Quito", country_code="EC")
ANA = "Ana Ruiz"


@pytest.mark.parametrize(("text", "word", "days"), [
    ("Ana Ruiz arrived in Lima on Monday for a historic five-day visit.", "visit", 5),
    ("Ana Ruiz will arrive in Lima on Monday heading a delegation on a three day state visit to Peru.", "visit", 3),
    ("Ana Ruiz began a week-long trip to Peru.", "trip", 7),
    ("Ana Ruiz began an 11-day, four-nation tour of Asia.", "tour", None),  # the tour's, not a stay's
    ("Ana Ruiz began a state visit to Peru.", "visit", None),
])
def test_told_days(nlp, trigger, text, word, days):
    assert told_days(trigger(nlp, text, word)) == days


def _move(t, subtype, start, end=None, *, dest=LIMA, origin=None, status="occurred", leg=0) -> Candidate:
    return Candidate("travel", subtype, t, [Participant(name=ANA)], None, origin, dest, start,
                     start if end is None else end, None, "own", status, leg=leg)


@pytest.mark.parametrize(("text", "days"), [
    ("Ana Ruiz arrived in Lima on Monday for a historic five-day visit.", 5),
    ("Ana Ruiz will arrive in Lima on Monday heading a delegation on a three day state visit to Peru.", 3),
    ("Ana Ruiz arrived in Lima on Monday after a three-day visit to Quito.", None),  # another trip, before it
    ("Ana Ruiz arrived in Lima on Monday ahead of a six-day tour of several cities.", None),  # a tour after it
    ("Ana Ruiz arrived in Lima on Monday on the first leg of a six-day tour.", None),  # the tour's length
])
def test_the_length_of_a_landing(nlp, trigger, text, days):
    t = next(x for x in nlp(text) if x.lemma_ == "arrive")
    assert landing_length(_move(t, "arrive", MON)) == days


def test_a_landing_takes_its_visit_days(nlp):
    doc = nlp("Ana Ruiz arrived in Lima on Monday for a historic five-day visit.")
    c = _move(doc[2], "arrive", MON)
    assert span_landings([c], [c], {ANA}) == [c]
    assert (c.date_start, c.date_end) == (MON, date(2022, 5, 13))


def test_the_departure_ends_the_stay(nlp):
    doc = nlp("Ana Ruiz arrived in Lima on Monday. She is due to leave Peru on Thursday, bound for Quito.")
    landing = _move(doc[2], "arrive", MON)
    leave = _move(next(t for t in doc if t.text == "leave"), "depart", date(2022, 5, 12), dest=QUITO, origin=PERU)
    span_landings([landing, leave], [landing, leave], {ANA})
    assert (landing.date_start, landing.date_end) == (MON, date(2022, 5, 12))
    assert (leave.date_start, leave.date_end) == (date(2022, 5, 12),) * 2  # the departure stays an event of its own


def test_a_landing_in_another_country_ends_the_stay(nlp):
    doc = nlp("Ana Ruiz arrived in Lima on Monday. On Wednesday she arrived in Quito.")
    first = _move(doc[2], "arrive", MON)
    second = _move(next(t for t in doc if t.text == "arrived" and t.i > 5), "arrive", date(2022, 5, 11), dest=QUITO)
    span_landings([first, second], [first, second], {ANA})
    assert (first.date_start, first.date_end) == (MON, date(2022, 5, 11))


def test_what_keeps_its_one_day(nlp):
    doc = nlp("Ana Ruiz arrived in Lima on Monday. On Wednesday she flew to Cusco.")
    landing = _move(doc[2], "arrive", MON)
    move = _move(next(t for t in doc if t.text == "flew"), "travel", date(2022, 5, 11),
                 dest=Place(name="Cusco", country_code="PE"))
    off = _move(doc[2], "arrive", MON, status="cancelled")
    span_landings([landing, move, off], [landing, move, off], {ANA})
    assert landing.date_end == MON  # a move within the country: the stay's end is not told
    assert off.date_end == MON  # called off


def test_the_arrival_twin_is_dropped_into_the_landing(nlp):
    doc = nlp("Ana Ruiz arrived in Lima on Monday on a four-day visit.")
    landing = _move(doc[2], "arrive", MON)
    twin = _move(doc[2], "visit", MON, date(2022, 5, 12), leg=-1)
    out = span_landings([landing, twin], [landing, twin], {ANA})
    assert out == [landing]
    assert (landing.date_start, landing.date_end) == (MON, date(2022, 5, 12))


def test_a_departure_for_a_place_begins_the_trip_its_story_gives_a_length(nlp):
    from made_up_text import DAY, run

    events = run(nlp, "Mayor Ana Ruiz left for Peru on Monday with a trade delegation. "
                      "Her three-day trip includes a dinner with President Luis Vega on Tuesday.", DAY)
    dep = next(e for e in events if e.event_type == "travel" and e.subtype == "depart")
    assert (dep.date_start, dep.date_end) == (date(2016, 3, 7), date(2016, 3, 9))


def test_a_departure_keeps_its_one_day_without_a_length(nlp):
    from made_up_text import DAY, run

    events = run(nlp, "Mayor Ana Ruiz left for Peru on Monday with a trade delegation. "
                      "Her trip includes a dinner with President Luis Vega on Tuesday.", DAY)
    dep = next(e for e in events if e.event_type == "travel" and e.subtype == "depart")
    assert (dep.date_start, dep.date_end) == (date(2016, 3, 7), date(2016, 3, 7))


def test_the_month_dated_telling_of_the_trip_takes_the_departures_days(nlp):
    doc = nlp("Ana Ruiz departed for Lima on Monday. She will visit the plants there during her five-day trip.")
    dep = _move(doc[2], "depart", MON)
    ref = _move(next(t for t in doc if t.text == "trip"), "trip", None, None)
    ref.start_char = ref.trigger.idx  # told after the departure
    doc._.trip_lengths = [(ref, 5)]  # what ``join_trip_references`` keeps of the reference
    visit = next(t for t in doc if t.text == "visit")
    month = _move(visit, "visit", date(2022, 5, 1), date(2022, 5, 31))
    month.date_value = "2022-05"
    other = _move(visit, "visit", date(2022, 5, 1), date(2022, 5, 31), dest=QUITO)
    other.date_value = "2022-05"
    span_landings([dep, month, other], [dep, month, other], {ANA})
    assert (dep.date_start, dep.date_end) == (MON, date(2022, 5, 13))
    assert (month.date_start, month.date_end) == (MON, date(2022, 5, 13))  # the same trip, told by its month
    assert (other.date_start, other.date_end) == (date(2022, 5, 1), date(2022, 5, 31))  # a trip elsewhere


def test_a_length_in_the_departures_own_clause_is_not_read(nlp):
    doc = nlp("Ana Ruiz departed for Lima on Monday on a five-day visit.")
    dep = _move(doc[2], "depart", MON)
    span_landings([dep], [dep], {ANA})
    assert (dep.date_start, dep.date_end) == (MON, MON)
