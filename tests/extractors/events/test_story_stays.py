"""A planned meeting its report leaves undated takes the one day the story's other reports put its travellers at
its place (``story_stays``): hand-built events for the rule's edges, and two made-up reports through the real
pipeline and the in-process merge for the whole path."""

from __future__ import annotations

from datetime import date

from made_up_text import run

from dateline.extractors.events import cluster_events
from dateline.extractors.events.story_stays import lend_story_days, lent_by_month
from dateline.extractors.records import Event, Participant, Place

OSLO = Place("Oslo", "NO", 59.9, 10.7)
NORWAY = Place("Norway", "NO")
LIMA = Place("Lima", "PE", -12.0, -77.0)
WEBER, BRANDT = Participant("Hans Weber", mention="Hans Weber"), Participant("Ola Brandt", mention="Ola Brandt")
MAY7, MAY8 = date(2031, 5, 7), date(2031, 5, 8)


def _trip(eid, start, end, status="planned", place=OSLO, who=(WEBER,)):
    return Event(eid, "A", "travel", "visit", who, destination=place, date_start=start, date_end=end, status=status)


def _talks(status="planned", place=OSLO, who=(WEBER, BRANDT), start=None, end=None):
    return Event("m", "B", "meeting", "meeting", who, location=place, date_start=start, date_end=end, status=status)


def _days(events):
    return {e.event_id: (e.date_start, e.date_end) for e in events}


def _arrival(eid, day, subtype="arrive"):
    return Event(eid, "A", "travel", subtype, (WEBER,), destination=OSLO, date_start=day, date_end=day,
                 status="occurred")


def test_planned_talks_take_the_day_of_a_one_day_visit():
    assert _days(lend_story_days([_trip("t", MAY7, MAY7), _talks()]))["m"] == (MAY7, MAY7)


def test_planned_talks_take_the_day_an_arrival_fixes():
    assert _days(lend_story_days([_arrival("a", MAY7), _talks()]))["m"] == (MAY7, MAY7)


def test_talks_in_the_city_take_a_visit_to_its_country():
    assert _days(lend_story_days([_trip("t", MAY7, MAY7, place=NORWAY), _talks()]))["m"] == (MAY7, MAY7)


def test_a_visit_of_several_days_does_not_say_which_day_holds_the_talks():
    assert _days(lend_story_days([_trip("t", MAY7, MAY8), _talks()]))["m"] == (None, None)
    # an arrival the day a two-day visit begins: still two days there
    assert _days(lend_story_days([_arrival("a", MAY7), _trip("t", MAY7, MAY8), _talks()]))["m"] == (None, None)


def test_a_departure_or_a_return_is_no_stay_there():
    for subtype in ("depart", "return"):
        assert _days(lend_story_days([_arrival("a", MAY7, subtype), _talks()]))["m"] == (None, None)


def test_what_the_rule_leaves_alone():
    visit = _trip("t", MAY7, MAY7)
    for talks in (_talks(status="occurred"),  # a done meeting with no day is told as past, not placed
                  _talks(place=LIMA),  # not where the visit is
                  _talks(who=(BRANDT,)),  # no traveller of the visit is a side
                  _talks(start=MAY8, end=MAY8)):  # a day of its own
        assert _days(lend_story_days([visit, talks]))["m"] == (talks.date_start, talks.date_end)
    called_off = _trip("t", MAY7, MAY7, status="cancelled")
    assert _days(lend_story_days([called_off, _talks()]))["m"] == (None, None)


def test_two_visits_apart_are_not_one_day():
    visits = [_trip("t1", MAY7, MAY7), _trip("t2", date(2031, 5, 20), date(2031, 5, 20))]
    assert _days(lend_story_days([*visits, _talks()]))["m"] == (None, None)


PREVIEW = "Chancellor Hans Weber will visit Oslo on May 7, his office said on Monday."
EVE = "Chancellor Hans Weber is scheduled to meet Prime Minister Ola Brandt in Oslo."


def test_two_made_up_reports_date_the_talks_by_the_visit(nlp):
    """The eve report tells the talks with no day; the preview gives the visit's day: the talks take it."""
    mon, tue = date(2031, 5, 5), date(2031, 5, 6)
    staged = [Event(**{**e.__dict__, "article_id": art, "event_id": f"{art}{i}"})
              for art, text, day in (("A", PREVIEW, mon), ("B", EVE, tue))
              for i, e in enumerate(run(nlp, text, day))]
    talks = [e for e in staged if e.event_type == "meeting"]
    assert [(e.date_start, e.date_end, e.status) for e in talks] == [(None, None, "planned")]
    clustered = cluster_events(staged, {"A": mon, "B": tue})
    lent = [e for e in lent_by_month(staged, clustered, {"A": mon, "B": tue}) if e.event_type == "meeting"]
    assert [(e.date_start, e.date_end) for e in lent] == [(MAY7, MAY7)]
