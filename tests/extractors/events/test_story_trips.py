"""The story model's trips and days, each on made-up text: venues and summits as places, arrivals dated by the verb
they hang on or kept open, tours announced with their route, trips called off, visit lengths, present-tense captions
and departures heading for the next arrival told."""

from __future__ import annotations

from datetime import date

import pytest
from story_text import DAY, names, of_type, run


def test_the_day_of_the_report_does_not_date_the_reported_trip(nlp):
    text = "Prime Minister Omar Said will first go to Ghana, then Togo, diplomatic sources told reporters on Monday."
    trips = of_type(run(nlp, text), "travel")
    assert trips and all(t.date_start is None and t.date_end is None for t in trips)


def test_a_venue_named_after_its_city_is_in_that_city(nlp):
    text = ("Vice Minister Yang Wen greeted President Raj Kumar on his arrival at Beijing airport on Sunday. "
            "On Tuesday, Kumar will meet Premier Li Ming.")
    evs = run(nlp, text, day=date(2000, 5, 28))
    (trip,) = of_type(evs, "travel")
    assert names(trip) == {"Raj Kumar"} and trip.destination.country_code == "CN"
    assert trip.destination.name.endswith("Beijing")
    later = [m for m in of_type(evs, "meeting") if "Li Ming" in names(m)]
    assert later[0].location.name == "Beijing"  # where the traveller is, not the airport


def test_a_meeting_during_the_summit_is_where_the_summit_is(nlp):
    text = ("Leaders opened the APEC summit in Busan on Friday. Envoy Lin Mei met Premier Wen Hao on Saturday "
            "during the summit.")
    m = next(e for e in of_type(run(nlp, text), "meeting") if "Lin Mei" in names(e))
    assert m.location.name == "Busan"


def test_a_tour_announced_with_its_route_gives_one_planned_leg_per_country(nlp):
    text = ("Officials outlined on Tuesday the tour of President Ivan Petrov, which will take him to Kenya, Ghana "
            "and Senegal from May 20 to May 27.")
    trips = of_type(run(nlp, text), "travel")
    assert [t.destination.name for t in trips] == ["Kenya", "Ghana", "Senegal"]
    assert all(t.status == "planned" for t in trips)
    # the days are the tour's: no leg is told its own days, so each lies somewhere in the tour's window
    tour = (date(2019, 5, 20), date(2019, 5, 27))
    assert [(t.date_start, t.date_end) for t in trips] == [tour, tour, tour]


def test_an_arrival_is_dated_by_the_verb_it_hangs_on(nlp):
    text = "Minister Lena Fischer met President Omar Said on Monday shortly after arriving in Cairo."
    (trip,) = of_type(run(nlp, text), "travel")
    assert trip.date_start == trip.date_end == date(2019, 5, 6)


def test_an_arrival_a_report_only_mentions_keeps_its_day_open(nlp):
    text = "State media reported on Monday as Minister Lena Fischer arrived in Cairo."
    (trip,) = of_type(run(nlp, text), "travel")
    assert trip.date_start is None


def test_the_country_of_a_datelined_story(nlp):
    text = "DAMASCUS, May 7 - Envoy Lena Fischer arrived on Monday on her third visit to the country."
    trips = of_type(run(nlp, text), "travel")
    assert any(t.destination is not None and t.destination.country_code == "SY" for t in trips)


def test_an_arrival_told_again_keeps_the_day_the_story_gave_it(nlp):
    """'has arrived in Peru' dates the arrival today; 'landed at a base outside Lima' is the same arrival retold."""
    evs = of_type(run(nlp, "The Ruritanian president Karl Bosk has arrived in Peru for a state visit. Bosk landed at "
                           "Ferro Air Base outside Lima and was greeted by the vice president."), "travel")
    landed = next(e for e in evs if e.trigger == "landed")
    assert (landed.date_start, landed.date_end) == (DAY, DAY)


def test_an_arrival_with_no_dated_arrival_before_it_keeps_its_start_open(nlp):
    evs = of_type(run(nlp, "The Ruritanian minister Karl Bosk said on Wednesday they would push back. Bosk came to "
                           "Lima with his deputy in the first overseas trip of the new cabinet."), "travel")
    came = next(e for e in evs if e.trigger == "came")
    assert came.date_start is None and came.date_end == DAY


def test_a_trip_the_story_calls_off_is_off_in_every_sentence_that_tells_it(nlp):
    text = ("Trade Minister Karl Bosk's visit to Peru has been postponed, the ministry said on Wednesday. Earlier, "
            "officials had announced Bosk's visit to Peru from May 20 and his May 21 meeting with President Ana "
            "Ruiz in Lima.")
    evs = run(nlp, text)
    assert evs and all(e.status == "cancelled" for e in evs)


@pytest.mark.parametrize("text, first, last", [
    ("Prime Minister Karl Bosk will make a four-day visit to Peru beginning May 20, officials said.",
     date(2019, 5, 20), date(2019, 5, 23)),
    ("President Karl Bosk began a three-day state visit to Peru on Monday.", date(2019, 5, 6), date(2019, 5, 8)),
    ("President Karl Bosk wrapped up a three-day visit to Peru on Monday.", date(2019, 5, 4), date(2019, 5, 6)),
])
def test_a_visit_that_says_how_many_days_it_lasts_gets_its_last_day(nlp, text, first, last):
    visit = next(e for e in of_type(run(nlp, text), "travel") if e.subtype == "visit")
    assert (visit.date_start, visit.date_end) == (first, last)


def test_a_meeting_with_no_day_of_its_own_falls_in_the_visit_the_story_dated(nlp):
    text = ("Prime Minister Karl Bosk will make a four-day visit to Peru beginning May 20, officials said. He will "
            "meet President Ana Ruiz and business leaders.")
    (meeting,) = of_type(run(nlp, text), "meeting")
    assert (meeting.date_start, meeting.date_end) == (date(2019, 5, 20), date(2019, 5, 23))
    assert meeting.location is not None and meeting.location.name == "Peru"


def test_a_meeting_during_a_gathering_told_later_takes_its_place_and_days(nlp):
    text = ("President Karl Bosk will meet Prime Minister Luis Soto during the regional summit this month. Officials "
            "said the leaders will attend the summit in Lima on May 20-21.")
    meeting = next(e for e in of_type(run(nlp, text), "meeting") if "Luis Soto" in names(e))
    assert meeting.location is not None and meeting.location.name == "Lima"
    assert (meeting.date_start, meeting.date_end) == (date(2019, 5, 20), date(2019, 5, 21))


@pytest.mark.parametrize("text, status", [
    ("President Karl Bosk arrives in Lima on May 8, 2019, greeted by President Ana Ruiz.", "occurred"),  # a caption
    ("President Karl Bosk arrives in Lima on Wednesday for talks with President Ana Ruiz.", "planned"),
])
def test_a_present_tense_dated_in_full_on_the_article_s_day_is_a_caption_of_what_happened(nlp, text, status):
    (trip,) = of_type(run(nlp, text), "travel")
    assert trip.status == status


def test_a_day_range_written_day_first_starts_on_its_first_day(nlp):
    (visit,) = of_type(run(nlp, "President Karl Bosk will visit Peru from 20-23 May."), "travel")
    assert (visit.date_start, visit.date_end) == (date(2019, 5, 20), date(2019, 5, 23))


def test_a_departure_heads_for_the_next_arrival_told(nlp):
    text = "Hans Weber left Bonn on Monday. She arrived in Vienna on Tuesday."
    (dep,) = [e for e in run(nlp, text) if e.subtype == "depart"]
    assert (dep.origin.name, dep.destination.name) == ("Bonn", "Vienna")


@pytest.mark.parametrize("text", [
    "Hans Weber left Bonn on Monday. She returned to Bonn on Friday.",
    "Hans Weber left Bonn on Tuesday. She had arrived in Vienna on Monday.",
])
def test_a_departure_takes_no_round_trip_or_earlier_arrival(nlp, text):
    (dep,) = [e for e in run(nlp, text) if e.subtype == "depart"]
    assert dep.destination is None
