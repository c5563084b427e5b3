"""A meeting its report places nowhere takes its counterpart's home when another report of the story sends its
visitor there (``story_hosts``, lent with the story's days in ``story_stays.lend_story_days``): hand-built events."""

from __future__ import annotations

from datetime import date

from dateline.extractors.events.story_hosts import lend_story_hosts
from dateline.extractors.events.story_stays import lend_story_days
from dateline.extractors.records import Event, Participant, Place

OSLO = Place("Oslo", "NO", 59.9, 10.7)
NORWAY = Place("Norway", "NO")
LIMA = Place("Lima", "PE", -12.0, -77.0)
RUIZ = Participant("Ana Ruiz", mention="Ana Ruiz")
VALE = Participant("Ola Vale", role="Prime Minister", country_code="NO", mention="Ola Vale")
SOTO = Participant("Luis Soto", role="President", country_code="PE", mention="Luis Soto")
MAY7, MAY8 = date(2031, 5, 7), date(2031, 5, 8)


def _trip(eid="t", article="A", place=OSLO, who=(RUIZ,), start=MAY7, end=MAY8, status="occurred", subtype="visit"):
    return Event(eid, article, "travel", subtype, who, destination=place, date_start=start, date_end=end,
                 status=status)


def _talks(who=(RUIZ, VALE), article="B", day=MAY7, subtype="talks", status="occurred"):
    return Event("m", article, "meeting", subtype, who, date_start=day, date_end=day, status=status)


def _place(events):
    got = {e.event_id: e for e in events}["m"].location
    return got.name if got is not None else None


def test_talks_with_the_host_take_the_city_the_other_report_sends_the_visitor_to():
    assert _place(lend_story_hosts([_trip(), _talks()])) == "Oslo"
    assert _place(lend_story_days([_trip(), _talks()])) == "Oslo"  # the merge's lending path


def test_a_trip_not_known_to_hold_the_day_places_the_talks_in_the_country_only():
    assert _place(lend_story_hosts([_trip(start=None, end=None), _talks()])) == "Norway"


def test_no_counterpart_of_the_visited_country_places_nothing():
    assert _place(lend_story_hosts([_trip(), _talks(who=(RUIZ, SOTO))])) is None
    assert _place(lend_story_hosts([_trip(), _talks(who=(RUIZ, Participant("Eva Lind")))])) is None


def test_trips_into_two_countries_or_a_third_countrys_people_place_nothing():
    assert _place(lend_story_hosts([_trip(), _trip("u", place=LIMA), _talks()])) is None
    assert _place(lend_story_hosts([_trip(), _talks(who=(RUIZ, VALE, SOTO))])) is None


def test_a_counterpart_abroad_may_be_the_visitor():
    assert _place(lend_story_hosts([_trip(), _trip("u", place=LIMA, who=(VALE,)), _talks()])) is None


def test_its_own_report_telling_the_trip_is_left_to_the_reports_reading():
    assert _place(lend_story_hosts([_trip(article="B"), _talks()])) is None


def test_a_trip_on_other_days_a_call_or_talks_called_off_place_nothing():
    assert _place(lend_story_hosts([_trip(start=MAY8, end=MAY8), _talks()])) is None
    assert _place(lend_story_hosts([_trip(), _talks(subtype="phone call")])) is None
    assert _place(lend_story_hosts([_trip(), _talks(status="cancelled")])) is None
    assert _place(lend_story_hosts([_trip(status="cancelled"), _talks()])) is None


def test_a_departure_the_day_before_sends_the_visitor_there_a_return_home_does_not():
    assert _place(lend_story_hosts([_trip(start=MAY7, end=MAY7, subtype="depart"), _talks(day=MAY8)])) == "Norway"
    assert _place(lend_story_hosts([_trip(start=MAY7, end=MAY7, subtype="return"), _talks(day=MAY8)])) is None


def test_a_report_that_places_another_mention_of_the_same_talks_keeps_this_one_as_told():
    placed = Event("p", "B", "meeting", "talks", (RUIZ, VALE), location=Place("Brill", "NO"), date_start=MAY7,
                   date_end=MAY7, status="occurred")
    assert _place(lend_story_hosts([_trip(), placed, _talks(status="planned")])) is None
