"""Talks told as what a visit is for last as the visit does (visit_purposes): once the landing has the visit's days
(a length, a departure, the story's last day there), a meeting its clause holds as purpose or setting takes them.
Not a step coordinated with the landing, a meeting a tour's relative clause lists, nor one with a day of its own.
Made-up sentences through the real pipeline (``made_up_text.run``: Thursday 10 March 2016)."""

from __future__ import annotations

from datetime import date

from made_up_text import meetings

from dateline.extractors.events.visit_purposes import held_for

SUN, MON, TUE, WED, THU = (date(2016, 3, d) for d in (13, 14, 15, 16, 17))
LAST_TUE, LAST_WED, LAST_THU = date(2016, 3, 8), date(2016, 3, 9), date(2016, 3, 10)


def _days(nlp, text: str) -> list[tuple[date | None, date | None]]:
    return [(m.date_start, m.date_end) for m in meetings(nlp, text)]


def test_talks_a_visit_of_told_length_is_for_last_the_visit(nlp):
    text = ("President Karl Ruiz will arrive in Lima on Tuesday on a three-day state visit "
            "for discussions with President Ana Melo.")
    assert _days(nlp, text) == [(TUE, THU)]


def test_a_length_in_the_purpose_path_is_no_day_of_its_own(nlp):
    text = ("Prime Minister Karl Ruiz will arrive in Lima on Tuesday heading a delegation on a three day state visit "
            "to Peru for discussions with President Ana Melo.")
    assert _days(nlp, text) == [(TUE, THU)]


def test_talks_a_landing_is_for_last_to_the_last_day_the_story_has_him_there(nlp):
    text = ("President Karl Ruiz arrived in Lima on Tuesday to hold talks with President Ana Melo. "
            "On Thursday, Ruiz toured the port of Lima with Melo.")
    assert _days(nlp, text) == [(LAST_TUE, LAST_THU)]


def test_a_meeting_where_the_trip_goes_lasts_to_the_departure(nlp):
    text = ("President Karl Ruiz will travel to Lima on Sunday, where he will meet President Ana Melo. "
            "On Tuesday, Ruiz will tour the port of Lima. He leaves for Quito on Wednesday.")
    assert _days(nlp, text) == [(SUN, TUE)]


def test_a_meeting_with_a_day_of_its_own_keeps_it(nlp):
    text = ("President Karl Ruiz arrived in Lima on Tuesday to hold talks with President Ana Melo on Wednesday. "
            "On Thursday, Ruiz toured the port of Lima with Melo.")
    assert _days(nlp, text) == [(LAST_WED, LAST_WED)]


def test_a_step_coordinated_with_the_landing_is_on_its_day(nlp):
    text = ("President Karl Ruiz arrived in Lima on Tuesday and met President Ana Melo. "
            "On Thursday, Ruiz met Melo again in Lima.")
    assert _days(nlp, text) == [(LAST_TUE, LAST_TUE), (LAST_THU, LAST_THU)]


def test_meetings_a_tour_lists_are_its_steps(nlp):
    text = "President Karl Ruiz visits Lima on Tuesday for a four-day tour that includes meetings with Ana Melo."
    assert _days(nlp, text) == [(TUE, TUE)]


def test_held_for_reads_the_path_up_to_the_trip(nlp):
    doc = nlp("Karl Ruiz will travel to Lima, where he will meet Ana Melo, and then he will call Tomas Vel.")
    travel = next(t for t in doc if t.lemma_ == "travel")
    meet = next(t for t in doc if t.lemma_ == "meet")
    call = next(t for t in doc if t.lemma_ == "call")
    assert held_for(meet, travel)
    assert not held_for(call, travel)  # a conjunct: a step of its own
    assert not held_for(travel, meet)  # the trip is not above the meeting


def test_talks_a_visit_sets_them_in_last_the_visit(nlp):
    during_which = ("Karl Ruiz arrived in Lima on Tuesday on a three-day visit during which he will hold talks "
                    "with Ana Melo.")
    during_stay = ("Prime Minister Karl Ruiz arrived in Lima on Tuesday. Ruiz will also meet President Ana Melo "
                   "during his stay in Lima. He returns to Quito on Thursday.")
    assert _days(nlp, during_which) == [(LAST_TUE, LAST_THU)]
    assert _days(nlp, during_stay) == [(LAST_TUE, LAST_THU)]


def test_a_gathering_lasts_the_days_it_is_told_to(nlp):
    text = "Karl Ruiz arrived in Lima on Thursday to attend the two-day summit of the regional bloc."
    assert _days(nlp, text) == [(LAST_THU, date(2016, 3, 11))]


def test_a_trip_merged_into_its_departure_lends_the_visit_its_story_gives(nlp):
    text = ("Karl Ruiz departed from Quito on Tuesday and is travelling to Peru where he will meet President Ana Melo "
            "and hold talks with Prime Minister Tomas Vel in Lima. Ruiz will be in Peru on March 8-9.")
    assert _days(nlp, text) == [(LAST_TUE, LAST_WED)] * 2  # the purpose's conjunct is a purpose too


def test_steps_coordinated_with_the_landing_stay_on_its_day(nlp):
    text = ("President Karl Ruiz arrived in Lima on Tuesday, met President Ana Melo and held talks with Tomas Vel. "
            "On Thursday, Ruiz toured the port of Lima with Melo.")
    assert _days(nlp, text) == [(LAST_TUE, LAST_TUE)] * 2


def test_talks_a_trip_begins_by_are_its_first_step(nlp):
    text = ("Karl Ruiz opened his four-day trip to Peru on Tuesday by paying a visit to President Ana Melo in Lima "
            "for talks on trade.")
    assert _days(nlp, text) == [(LAST_TUE, LAST_TUE)]
