"""The status and days the argument frames give an event: cancelled and prevented trips, plans in purpose clauses,
present tenses with days to come, the past perfect, day ranges and the story's next morning. Small made-up texts
through the real pipeline."""

from __future__ import annotations

import pytest
from frame_text import dated, names, one, run


def test_denied_asylum_is_cancelled(nlp):
    e = one(run(nlp, "The dissident Roman Petrov was denied asylum in Ukraine."), "travel")
    assert names(e) == {"Roman Petrov"} and e.status == "cancelled"


def test_prevented_entry_is_a_cancelled_trip(nlp):
    e = one(run(nlp, "The activist Maria Lopez was barred from entering Hungary."), "travel")
    assert names(e) == {"Maria Lopez"} and e.destination.name == "Hungary" and e.status == "cancelled"


def test_a_dated_return_of_unnamed_people_stays(nlp):
    e = one(run(nlp, "Thousands of refugees returned home on Monday."), "travel")
    assert e.destination.name == "home" and e.status == "occurred"


def test_a_purpose_clause_is_not_cancelled_with_the_verb_it_serves(nlp):
    e = one(run(nlp, "Hillary Clinton suspended her campaign on Tuesday to attend the funeral in Rhode Island."),
            "meeting")
    assert e.status == "occurred" and e.location.name == "Rhode Island"


def test_a_purpose_clause_of_an_approval_is_planned(nlp):
    e = one(run(nlp, "Turkey's government approved a measure on October 18 to send Turkish troops into Iraq."),
            "travel")
    assert e.status == "planned" and e.destination.name == "Iraq"


def test_looking_forward_to_a_meeting_and_accepting_an_invitation_are_plans(nlp):
    from datetime import date

    evs = dated(nlp, "Berg said he looked forward to meeting Ruiz again at the BRICS summit in South Africa in August.",
                 date(2023, 4, 14))
    assert {e.status for e in evs} == {"planned"}  # the summit by its date, the meeting by 'looked forward to'
    trip = one(run(nlp, "Narendra Modi accepted an invitation to visit China next year."), "travel")
    assert names(trip) == {"Narendra Modi"} and trip.status == "planned" and trip.destination.name == "China"


def test_an_event_named_as_where_something_is_expected_is_not_itself_a_plan(nlp):
    evs = run(nlp, "China is expected to be high on the agenda at the meeting between Antony Blinken and Toshimitsu "
                   "Motegi.")
    assert [e.status for e in evs] == ["unknown"]  # its date decides (none here); 'expected' is about the agenda
    text = "Antony Blinken made the remarks at a bilateral meeting with Toshimitsu Motegi in Tokyo."
    assert one(run(nlp, text), "meeting").status == "occurred"


@pytest.mark.parametrize("text, status", [
    ("Diplomats gathered on Monday before leaders meet in Vientiane in October.", "planned"),
    ("Ann Lee met Bob Smith and toured a plant before flying on to Maputo.", "occurred"),
])
def test_present_tense_after_before_is_the_future_and_a_gerund_follows_its_verb(nlp, text, status):
    evs = run(nlp, text)
    last = max(evs, key=lambda e: e.start_char)
    assert last.status == status, [(e.trigger, e.status) for e in evs]


def test_a_present_tense_with_a_day_still_to_come_is_planned(nlp):
    from datetime import date

    for text, want in [("Ana Maria Ruiz leaves for China on Friday.", "planned"),
                       ("Ana Maria Ruiz leaves for China on Tuesday.", "planned"),  # today, a timetable
                       ("Joe Biden meets Emmanuel Macron in Paris.", "occurred")]:  # headline present, no day
        assert [e.status for e in dated(nlp, text, date(2023, 4, 11))] == [want], text


def test_wrapping_up_a_three_day_visit_dates_its_end_and_start(nlp):
    from datetime import date

    text = "Chinese Foreign Minister Wang Yi wrapped up a three-day visit to Egypt on Sunday."
    e = one(dated(nlp, text, date(2024, 1, 14)), "travel")
    assert (str(e.date_start), str(e.date_end)) == ("2024-01-12", "2024-01-14")


def test_a_plan_in_the_past_perfect_did_not_happen(nlp):
    evs = run(nlp, "Annalena Baerbock had been scheduled to hold talks with Penny Wong in Canberra on Wednesday "
                   "and to travel to Wellington on Friday.")
    assert {e.event_type: e.status for e in evs} == {"meeting": "cancelled", "travel": "cancelled"}


def test_landing_after_a_dated_departure_in_one_sentence_shares_its_day(nlp):
    from datetime import date


    text = "Annalena Baerbock left Berlin on Monday and landed in Abu Dhabi for the scheduled stop."
    evs = dated(nlp, text, date(2023, 8, 15))
    # the departure told by its origin is the landing's first step (issue-46depart): one move from Berlin that Monday
    assert {(e.trigger, str(e.date_start), str(e.date_end)) for e in evs} == {("landed", "2023-08-14", "2023-08-14")}
    assert evs[0].origin is not None and evs[0].origin.name == "Berlin"


@pytest.mark.parametrize("text, want", [
    ("India will host the G20 leaders' summit in New Delhi on Sept. 9-10.", ("2023-09-09", "2023-09-10")),
    ("Indonesia will host the ASEAN summit in Jakarta from September 5 to 7.", ("2023-09-05", "2023-09-07")),
])
def test_a_day_range_after_a_date_is_the_events_span(nlp, text, want):
    from datetime import date

    e = one(dated(nlp, text, date(2023, 8, 28)), "meeting")
    assert (str(e.date_start), str(e.date_end)) == want


def test_that_night_the_next_morning_that_evening_follow_the_story_and_a_venue_takes_its_city(nlp):
    from datetime import date

    text = ("President Joko Widodo left Jakarta on Sunday, August 20, and landed in Nairobi late that night. "
            "The next morning he held talks with President William Ruto at State House. "
            "That evening he flew to Dar es Salaam.")
    evs = {e.trigger: e for e in dated(nlp, text, date(2023, 8, 28))}
    # the landing is the stay it begins: from that night to the evening the story has him fly on (visit_span)
    assert (str(evs["landed"].date_start), str(evs["landed"].date_end)) == ("2023-08-20", "2023-08-21")
    assert str(evs["talks"].date_start) == "2023-08-21" and str(evs["flew"].date_end) == "2023-08-21"
    assert evs["talks"].location.name == "State House, Nairobi" and evs["talks"].location.country_code == "KE"


def test_being_due_in_a_place_is_a_planned_arrival(nlp):
    e = one(run(nlp, "Rishi Sunak is due in Washington on Friday."), "travel")
    assert names(e) == {"Rishi Sunak"} and e.destination.name == "Washington" and e.status == "planned"
    assert run(nlp, "Joe Biden is due in court on Friday.") == []


def test_since_is_context_when_the_event_has_its_own_day(nlp):
    from datetime import date

    text = "Emmanuel Macron and Olaf Scholz met for the first time since January in Berlin on Wednesday."
    e = one(dated(nlp, text, date(2024, 5, 8)), "meeting")
    assert (str(e.date_start), str(e.date_end)) == ("2024-05-08", "2024-05-08")
