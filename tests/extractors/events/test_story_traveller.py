"""A trip noun that names a place on the map and no traveller ("The visit to Pakistan was aimed at ...") is the trip
of the person the story is about, when it is definite, no other trip than the story's, and abroad for them
(``trip_references.story_traveller``; made-up sentences)."""

from __future__ import annotations

from datetime import date

DAY = date(2022, 5, 10)


def _trips(nlp, text):
    from dateline.extractors.cleaning import find_noise
    from dateline.extractors.events import extract_events

    events = extract_events(nlp(text), article_id="a1", timexes=[], article_date=DAY, noise=find_noise(text, None))
    return [e for e in events if e.event_type == "travel"]


LEAD = "Peruvian President Ana Ruiz praised the new trade agreement with Pakistan in a speech on Tuesday. "


def test_the_visit_to_a_country_abroad_is_the_protagonists(nlp):
    trips = _trips(nlp, LEAD + "The visit to Pakistan was aimed at deepening trade ties between the two nations.")
    assert [(e.destination.name, [p.name for p in e.participants]) for e in trips] == [("Pakistan", ["Ana Ruiz"])]


def test_an_owners_pronoun_points_at_the_protagonist(nlp):
    trips = _trips(nlp, LEAD + "Her trip to Pakistan was aimed at deepening trade ties between the two nations.")
    assert [(e.destination.name, [p.name for p in e.participants]) for e in trips] == [("Pakistan", ["Ana Ruiz"])]


def test_a_visit_to_the_protagonists_own_country_is_someone_elses(nlp):
    assert _trips(nlp, LEAD + "The visit to Peru was aimed at deepening trade ties between the two nations.") == []


def test_an_earlier_or_later_trip_is_not_the_storys(nlp):
    assert _trips(nlp, LEAD + "The last visit to Pakistan was aimed at deepening trade ties.") == []


def test_an_indefinite_trip_is_no_one_trip(nlp):
    assert _trips(nlp, LEAD + "A visit to Pakistan would deepen trade ties between the two nations.") == []


def test_a_protagonist_whose_country_the_story_does_not_say_is_left_alone(nlp):
    text = ("President Ana Ruiz praised the new trade agreement with Pakistan in a speech on Tuesday. "
            "The visit to Pakistan was aimed at deepening trade ties between the two nations.")
    assert _trips(nlp, text) == []


def test_a_trip_the_sentence_is_told_after_is_no_event_of_its_own(nlp):
    text = LEAD + "After the trip to Pakistan, Ruiz will meet business leaders in Lima on Thursday."
    assert [e for e in _trips(nlp, text) if e.destination is not None and e.destination.name == "Pakistan"] == []
