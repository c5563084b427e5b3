"""Trip nouns that point back at the story's trip (eighth pass, helper 11v): "the trip will take place from ...",
"her visit was postponed" are one more mention of the trip told elsewhere in the story, taking the days and the
status their own clause gives; joined to no trip, they are no event. Made-up sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

from dateline.extractors.cleaning import find_noise
from dateline.extractors.events import extract_events

DAY = date(2024, 5, 6)  # a Monday


def run(nlp, text):
    from dateline.extractors.temporal import resolve_timexes

    doc = nlp(text)
    return extract_events(doc, article_id="a1", timexes=resolve_timexes(doc, DAY), article_date=DAY,
                          noise=find_noise(text, None))


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
    evs = trips(run(nlp, "Hans Weber's visit was postponed. Hans Weber had planned to travel to Peru in June, "
                         "officials said."))
    assert len(evs) == 1
    assert evs[0].destination is not None and evs[0].destination.name == "Peru"
    assert evs[0].status == "cancelled"


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
