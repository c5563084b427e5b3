"""A trip's days, read once per article and given to every mention of it that has no day of its own
(extractors/events/trip_windows.py). The candidates are built by hand on a parsed made-up text, so that what is
tested is the window and who takes it, not the triggers or the merge."""

from __future__ import annotations

from datetime import date

from dateline.extractors.events.candidate import Candidate
from dateline.extractors.events.trip_windows import fill_trip_windows, trip_windows
from dateline.extractors.places import gazetteer
from dateline.extractors.records import Participant, Place

SUNDAY = date(2019, 4, 21)
TUESDAY = date(2019, 4, 23)
KNOWN = {"Hans Weber"}
WEBER = [Participant("Hans Weber")]

TEXT = ("Chancellor Hans Weber arrived in Lima on Sunday. "
        "The three-day visit is his first. "
        "During the visit, Weber praised the port. "
        "Weber said his next visit would include Cusco. "
        "Weber visited Chile in 2010.")


def _place(name: str) -> Place:
    info = gazetteer().lookup(name)
    assert info is not None, name
    return info.to_place()


def _token(doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


def _cand(doc, word: str, subtype: str, where: str, start=None, end=None, source="none", status="occurred",
          nth: int = 0) -> Candidate:
    t = _token(doc, word, nth)
    return Candidate("travel", subtype, t, list(WEBER), destination=_place(where), date_start=start, date_end=end,
                     date_source=source, status=status, start_char=t.idx)


def _story(nlp):
    doc = nlp(TEXT)
    arrival = _cand(doc, "arrived", "arrive", "Lima", SUNDAY, SUNDAY, "own")
    length = _cand(doc, "visit", "visit", "Peru")  # "The three-day visit": the trip's length, no day of its own
    during = _cand(doc, "visit", "visit", "Peru", nth=1)
    return doc, arrival, length, during


def test_the_arrival_day_and_the_stated_length_make_the_trip_s_window(nlp):
    _, arrival, length, during = _story(nlp)
    (w,) = trip_windows([arrival, length, during], KNOWN)
    assert (w.start, w.end) == (SUNDAY, TUESDAY)


def test_a_mention_of_the_trip_with_no_day_of_its_own_takes_the_window(nlp):
    _, arrival, length, during = _story(nlp)
    fill_trip_windows([arrival, length, during], KNOWN, TUESDAY)
    assert (during.date_start, during.date_end) == (SUNDAY, TUESDAY)
    assert (arrival.date_start, arrival.date_end) == (SUNDAY, SUNDAY)  # an arrival keeps its day


def test_a_mention_with_a_day_of_its_own_keeps_it(nlp):
    _, arrival, length, during = _story(nlp)
    during.date_start = during.date_end = TUESDAY
    during.date_source = "own"
    fill_trip_windows([arrival, length, during], KNOWN, TUESDAY)
    assert (during.date_start, during.date_end) == (TUESDAY, TUESDAY)


def test_a_next_trip_and_a_trip_elsewhere_are_other_trips(nlp):
    doc, arrival, length, during = _story(nlp)
    following = _cand(doc, "visit", "visit", "Peru", status="planned", nth=2)  # "his next visit"
    elsewhere = _cand(doc, "visited", "visit", "Chile")
    fill_trip_windows([arrival, length, during, following, elsewhere], KNOWN, TUESDAY)
    assert (following.date_start, following.date_end) == (None, None)
    assert (elsewhere.date_start, elsewhere.date_end) == (None, None)


def test_a_plan_does_not_take_the_window_of_a_trip_already_over(nlp):
    doc, arrival, length, _ = _story(nlp)
    plan = _cand(doc, "visit", "visit", "Peru", status="planned", nth=1)
    fill_trip_windows([arrival, length, plan], KNOWN, date(2019, 5, 10))
    assert (plan.date_start, plan.date_end) == (None, None)


def test_a_stop_inside_the_trip_s_place_is_one_leg_not_the_trip(nlp):
    doc = nlp("Chancellor Hans Weber began a three-day visit to Peru on Sunday. He will visit Cusco.")
    trip = _cand(doc, "visit", "visit", "Peru", SUNDAY, TUESDAY, "own")
    stop = _cand(doc, "visit", "visit", "Cusco", status="planned", nth=1)
    fill_trip_windows([trip, stop], KNOWN, SUNDAY)
    assert (stop.date_start, stop.date_end) == (None, None)
