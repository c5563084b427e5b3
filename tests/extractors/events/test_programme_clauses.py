"""Items of a visit's programme told clause by clause: each item is an event of its own, with the traveller the
programme is about and the day the programme is at (carried_days.py, story.programme_item, the builder's dates).
Made-up text."""

from __future__ import annotations

from datetime import date

from made_up_text import run

MONDAY = date(2019, 4, 22)
TUESDAY = date(2019, 4, 23)
WEDNESDAY = date(2019, 4, 24)
THURSDAY = date(2019, 4, 25)


def _with(events, name: str):
    return [e for e in events if any(p.name == name for p in e.participants)]


def test_the_traveller_told_again_by_role_goes_on_with_the_day(nlp):
    text = ("Chancellor Hans Weber will arrive in Peru on Tuesday for a four-day visit. "
            "On Wednesday, Weber will meet President Maria Lopez in Lima. "
            "The Chancellor will also meet Carlos Mendez, the speaker of Congress.")
    (speaker,) = [e for e in _with(run(nlp, text, day=MONDAY), "Carlos Mendez") if e.event_type == "meeting"]
    assert (speaker.date_start, speaker.date_end) == (WEDNESDAY, WEDNESDAY)
    assert {p.name for p in speaker.participants} >= {"Hans Weber", "Carlos Mendez"}


def test_another_named_subject_still_ends_the_run(nlp):
    text = ("On Wednesday, Chancellor Hans Weber will meet President Maria Lopez in Lima. "
            "Foreign Minister John Carter will meet Carlos Mendez in Quito.")
    (other,) = [e for e in _with(run(nlp, text, day=MONDAY), "Carlos Mendez") if e.event_type == "meeting"]
    assert other.date_start is None


def test_a_side_remark_of_the_present_does_not_stop_the_day_going_on(nlp):
    text = ("On Tuesday, Chancellor Hans Weber will meet Carlos Mendez, currently the speaker of Congress. "
            "The Chancellor will also meet President Maria Lopez.")
    (lopez,) = [e for e in _with(run(nlp, text, day=MONDAY), "Maria Lopez") if e.event_type == "meeting"]
    assert lopez.date_start == TUESDAY


def test_a_bulleted_pronoun_is_the_traveller(nlp):
    text = ("Chancellor Hans Weber will arrive in Lima on Tuesday.\n\n"
            "--He will leave for Cusco at 3 pm and is slated to arrive in Cusco on Wednesday evening.")
    trips = [e for e in run(nlp, text, day=MONDAY) if e.event_type == "travel"
             and e.destination is not None and e.destination.name == "Cusco"]
    assert trips and all(any(p.name == "Hans Weber" for p in e.participants) for e in trips)
    assert any(e.subtype == "arrive" and e.date_start == WEDNESDAY for e in trips)


def test_he_goes_on_about_the_main_clause_not_a_time_clause(nlp):
    text = ("Chancellor Hans Weber will arrive in Lima on Tuesday and lay a wreath before President Maria Lopez "
            "will brief him on the port. He will leave for Cusco on Wednesday.")
    (leave,) = [e for e in run(nlp, text, day=MONDAY) if e.event_type == "travel" and e.subtype == "depart"]
    assert [p.name for p in leave.participants] == ["Hans Weber"]


def test_a_dateline_read_as_the_subject_still_names_whom_she_means(nlp):
    text = ("OSLO, March 4 (Reuters) - Peruvian Foreign Minister Ana Ruiz arrived in Norway on Monday.\n\n"
            "On Tuesday she will hold talks with Foreign Minister Erik Halvorsen.")
    (talks,) = [e for e in run(nlp, text, day=date(2024, 3, 5)) if e.event_type == "meeting"]
    assert {p.name for p in talks.participants} == {"Ana Ruiz", "Erik Halvorsen"}


def test_a_programme_that_includes_a_meeting_is_its_owner_s(nlp):
    text = ("Chancellor Hans Weber will arrive in Lima on Tuesday. "
            "His programme includes a meeting with former president Luis Vargas.")
    (meeting,) = [e for e in run(nlp, text, day=MONDAY) if e.event_type == "meeting"]
    assert {p.name for p in meeting.participants} == {"Hans Weber", "Luis Vargas"}


def test_a_programme_that_includes_speeches_is_no_meeting(nlp):
    text = ("Chancellor Hans Weber will arrive in Lima on Tuesday. "
            "His programme includes speeches at the university and a ceremony at the port.")
    assert not [e for e in run(nlp, text, day=MONDAY) if e.event_type == "meeting"]


def test_a_move_on_a_later_day_of_a_visit_is_a_step_of_its_own(nlp):
    text = ("Chancellor Hans Weber will arrive in Peru on Tuesday for a four-day state visit. "
            "On Wednesday he will travel to Cusco.")
    events = run(nlp, text, day=MONDAY)
    (step,) = [e for e in events if e.subtype == "travel"]
    assert step.destination.name == "Cusco" and step.date_start == WEDNESDAY
    (visit,) = [e for e in events if e.subtype == "arrive"]  # the arrival is the visit it begins (visit_span)
    assert visit.destination.name == "Peru" and (visit.date_start, visit.date_end) == (TUESDAY, date(2019, 4, 26))


def test_a_verb_after_a_programme_clock_time_is_the_traveller_s_item(nlp):
    text = ("Chancellor Hans Weber will tour Peru next week. Here is his itinerary:\n\n"
            "Thursday, April 25:\n\n"
            "4:05 p.m.: Arrives in Cusco\n\n"
            "6 p.m.: Dinner with President Maria Lopez.")
    (arrival,) = [e for e in run(nlp, text, day=MONDAY) if e.subtype == "arrive"]
    assert [p.name for p in arrival.participants] == ["Hans Weber"]
    assert arrival.destination.name == "Cusco"
    assert arrival.date_start == THURSDAY and arrival.status == "planned"


def test_a_clock_time_does_not_date_a_step_the_day_around_it_dates(nlp):
    text = ("On Wednesday, Chancellor Hans Weber will meet President Maria Lopez in Lima. "
            "He will then fly to Cusco at 3 pm.")
    (flight,) = [e for e in run(nlp, text, day=MONDAY) if e.event_type == "travel"]
    assert flight.date_start == WEDNESDAY


def test_visit_with_a_named_host_is_a_meeting(nlp):
    text = ("Chancellor Hans Weber will arrive in Peru on Tuesday. Here is his itinerary:\n\n"
            "Wednesday, April 24:\n\n"
            "4 p.m.: Visit with President Maria Lopez.\n\n"
            "7 p.m.: Meeting with bishops at the cathedral.")
    meetings = [e for e in run(nlp, text, day=MONDAY) if e.event_type == "meeting"]
    assert [({p.name for p in e.participants}, e.date_start) for e in meetings] == [
        ({"Hans Weber", "Maria Lopez"}, WEDNESDAY)]
