"""Trip nouns that point back at the story's trip (eighth pass, helper 11v): "the trip will take place from ...",
"her visit was postponed" are one more mention of the trip told elsewhere in the story, taking the days and the
status their own clause gives; joined to no trip, they are no event. And what is no meeting or trip at all: an
interview, a speech, a funeral, a press conference, a deportation. Made-up sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from made_up_text import run as run_on

DAY = date(2024, 5, 6)  # a Monday


def run(nlp, text):
    return run_on(nlp, text, DAY)


def trips(evs):
    return [e for e in evs if e.event_type == "travel"]


def test_a_later_sentence_gives_the_told_trip_its_days(nlp):
    evs = trips(run(nlp, "John Carter will visit Japan in June. The trip will take place from June 3 to 5, "
                         "officials said."))
    assert len(evs) == 1
    e = evs[0]
    assert e.destination is not None and e.destination.name == "Japan"
    assert (e.date_start, e.date_end) == (date(2024, 6, 3), date(2024, 6, 5))
    assert {p.name for p in e.participants} == {"John Carter"}


def test_a_reference_told_before_the_trip_takes_its_status(nlp):
    evs = trips(run(nlp, "Hans Weber's visit was postponed. Hans Weber had planned to travel to Peru, officials said."))
    assert len(evs) == 1
    assert evs[0].destination is not None and evs[0].destination.name == "Peru"
    assert evs[0].status == "cancelled"


def test_an_undated_reference_does_not_call_off_a_dated_trip(nlp):
    # which of the story's trips "never happened" is not sure: the one it dates keeps its status
    evs = trips(run(nlp, "John Carter will visit Chile on May 20. He was expected to go there in March, but the "
                         "trip never happened."))
    dated = [e for e in evs if e.date_start == date(2024, 5, 20)]
    assert dated and all(e.status == "planned" for e in dated)


def test_a_trip_begun_somewhere_is_not_a_reference(nlp):
    # "kicked off his trip in Lima": the verb places it; it is not the story's trip to Chile told again
    evs = trips(run(nlp, "John Carter will visit Chile on May 20. John Carter kicked off his trip in Lima on Monday."))
    assert not any(e.destination is not None and e.destination.name == "Chile" and e.date_start == date(2024, 5, 6)
                   for e in evs)


def test_a_reference_with_no_trip_in_the_story_is_no_event(nlp):
    assert trips(run(nlp, "During the visit, John Carter thanked Maria Lopez for her support.")) == []


def test_a_trip_of_unnamed_travellers_is_not_the_story_trip(nlp):
    evs = trips(run(nlp, "John Carter will travel to Kenya next week. Maria Lopez said the visit of the "
                         "delegation was a success."))
    assert len(evs) == 1 and evs[0].destination is not None and evs[0].destination.name == "Kenya"


def test_with_two_travellers_an_unowned_reference_joins_neither(nlp):
    evs = trips(run(nlp, "John Carter will travel to Kenya on Friday. Maria Lopez will travel to Peru on Monday. "
                         "The trip will take place in June."))
    assert sorted(e.destination.name for e in evs if e.destination) == ["Kenya", "Peru"]
    assert all(e.date_start != date(2024, 6, 1) for e in evs)


# what a reader of news does not take for a meeting or a trip between named parties (issue 11, precision)
NO_EVENT = [
    "John Carter gave an interview to Maria Lopez in Paris on Monday.",
    "Maria Lopez interviewed John Carter in Berlin on Tuesday.",
    "In an interview with Maria Lopez on Monday, John Carter said he would run again.",
    "John Carter delivered a speech in Madrid on Monday.",
    "John Carter attended the funeral of Maria Lopez in Lisbon on Monday.",
    "John Carter held a press conference with Maria Lopez in Vienna on Monday.",
    "John Carter and Maria Lopez held a joint news conference in Vienna on Monday.",
    "John Carter was deported to Mexico on Monday.",
    "Hans Weber was expelled to Austria on Friday after a court ruling.",
    "Maria Lopez fled to Spain on Monday.",
    "John Carter spoke to reporters in Oslo on Monday.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_interviews_speeches_funerals_press_events_and_deportations_are_no_events(nlp, text):
    assert run(nlp, text) == []


def test_a_trip_to_a_funeral_is_still_a_trip(nlp):
    evs = trips(run(nlp, "John Carter travelled to Lisbon on Monday for the funeral of Maria Lopez."))
    assert len(evs) == 1 and {p.name for p in evs[0].participants} == {"John Carter"}


def test_a_reference_in_an_adjunct_gives_no_day_to_the_trip(nlp):
    # "spoke on Tuesday during the trip": Tuesday is a day within the trip, not the trip's
    evs = trips(run(nlp, "John Carter will travel to Chile, officials said. John Carter spoke about trade on Tuesday "
                         "during the trip."))
    assert len(evs) == 1 and evs[0].date_start is None and evs[0].date_end is None
