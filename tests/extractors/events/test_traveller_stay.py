"""Where a meeting with no place of its own is, from the traveller's stay (issue 11, places): the stay its own
sentence tells, and the trip the story called off for a meeting planned on it. Made-up sentences only."""

from __future__ import annotations

from made_up_text import run


def meetings(evs):
    return [e for e in evs if e.event_type == "meeting"]


def where(e):
    return e.location.name if e.location is not None else None


def test_a_meeting_takes_the_stay_its_own_sentence_tells(nlp):
    text = "Hans Weber said he would meet Finance Minister Maria Lopez when he visits Peru next month."
    (m,) = meetings(run(nlp, text))
    assert where(m) in {"Peru", "Lima"}


def test_an_arrival_in_the_same_sentence_places_the_meeting(nlp):
    text = "Hans Weber arrived in Nairobi on Tuesday and held talks with President John Carter."
    ms = meetings(run(nlp, text))
    assert ms and all(where(m) == "Nairobi" for m in ms)


def test_a_meeting_told_before_the_trip_is_not_placed_by_it(nlp):
    text = "Before visiting Peru next month, Hans Weber will meet Maria Lopez."
    assert all(where(m) != "Peru" for m in meetings(run(nlp, text)))


def test_a_gathering_its_name_places_is_not_in_the_visit_s_country(nlp):
    text = ("John Carter will visit Denmark next month. The visit will take place in conjunction with the Madrid "
            "summit with Maria Lopez.")
    assert all(where(m) != "Denmark" for m in meetings(run(nlp, text)))


def test_a_meeting_planned_on_a_called_off_trip_was_to_be_where_the_trip_went(nlp):
    text = ("Hans Weber has postponed his visit to Kenya, his office said on Thursday. Weber was scheduled to hold "
            "talks with President John Carter during the visit.")
    ms = [m for m in meetings(run(nlp, text)) if "John Carter" in {p.name for p in m.participants}]
    assert ms and all(where(m) in {"Kenya", "Nairobi"} for m in ms)


def test_a_called_off_trip_says_nothing_once_the_traveller_is_placed_elsewhere(nlp):
    text = ("Hans Weber has postponed his visit to Kenya, his office said on Thursday. Weber is to hold talks "
            "with Maria Lopez in Lima on Saturday. It will be the second meeting between Weber and Lopez this "
            "month.")
    assert all(where(m) not in {"Kenya", "Nairobi"} for m in meetings(run(nlp, text)))


def test_a_trip_a_relative_clause_tells_of_the_other_side_does_not_place_the_meeting(nlp):
    text = ("Hans Weber is expected to make a courtesy call on Maria Lopez, who is set to visit Peru next month "
            "as the first foreign guest.")
    assert all(where(m) not in {"Peru", "Lima"} for m in meetings(run(nlp, text)))
