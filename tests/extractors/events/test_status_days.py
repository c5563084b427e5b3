"""Status from wording set against the event's own days (status.status_of with status_cues), on made-up sentences
parsed by the real pipeline: lapsed schedules, possibilities, journeys told in the present progressive, facts a
verb takes for granted, programmes read out, the purpose of a journey and the scene of a verb."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from dateline.extractors.events.status import modality, status_of

WED, THU, LAST_WEEK = date(2022, 5, 11), date(2022, 5, 12), date(2022, 5, 4)


@pytest.mark.parametrize("text", [
    "Bo Lind was due to arrive in Lima on Thursday for talks with the mayor.",
    "Ana Ruiz was scheduled to visit Quito on Thursday.",
])
def test_lapsed_schedule_with_its_day_ahead_is_planned(nlp, trigger, text):
    """Told on Wednesday, 'was due to arrive on Thursday' is the schedule as it stands."""
    word = "arrive" if "arrive" in text else "visit"
    t = trigger(nlp, text, word)
    assert status_of(t, THU, THU, WED, own_day=True) == "planned"
    assert status_of(t, LAST_WEEK, LAST_WEEK, WED, own_day=True) == "cancelled"  # its day is gone: it fell through


def test_lapsed_schedule_called_off_later_in_the_sentence_stays_off(nlp, trigger):
    t = trigger(nlp, "Ana Ruiz was scheduled to visit Quito on Thursday but had to cancel.", "visit")
    assert status_of(t, THU, THU, WED, own_day=True) == "cancelled"


def test_lapsed_schedule_in_a_story_of_a_postponement_stays_off(nlp):
    """'Two visits have been postponed. Ana was scheduled to travel to Quito next week ...': the story tells the
    calling-off, so the schedule told in the past is the one that fell through."""
    doc = nlp("Two visits to Quito have been postponed. Ana Ruiz was scheduled to travel to Quito next week to "
              "attend a conference.")
    t = next(t for t in doc if t.text == "travel")
    assert status_of(t, THU, THU, WED, own_day=True) == "cancelled"


@pytest.mark.parametrize("first", [
    "The president suspended the border talks in December.",
    "The postponement of the trade talks angered the unions.",
])
def test_a_story_calling_off_another_kind_of_event_leaves_the_schedule_on(nlp, first):
    """Talks called off say nothing of a trip: told on Wednesday, 'was scheduled to return to Quito on Thursday'
    is the schedule as it stands."""
    doc = nlp(f"{first} Ana Ruiz was scheduled to return to Quito on Thursday for further discussions.")
    t = next(t for t in doc if t.text == "return")
    assert status_of(t, THU, THU, WED, own_day=True) == "planned"
    calls_off_trips = nlp("The trip was postponed. Ana Ruiz was scheduled to return to Quito on Thursday.")
    t = next(t for t in calls_off_trips if t.text == "return")
    assert status_of(t, THU, THU, WED, own_day=True) == "cancelled"


def test_the_scene_of_a_request_is_not_a_plan(nlp, trigger):
    """'invited her to visit Quito in July during a phone call': the parser may hang the call on 'visit'; a request
    is no forecast, so the call is not made a plan."""
    t = trigger(nlp, "Bo Lind invited Ana Ruiz to visit Quito in July during a phone call on Tuesday.", "call")
    assert modality(t) != "planned"


@pytest.mark.parametrize(("text", "word"), [
    ("Newspapers guess that Ana Ruiz could meet Bo Lind in Quito next month.", "meet"),
    ("Officials said Bo Lind might visit Lima later this month.", "visit"),
    # 'would' outside reported speech: the future of a report told sentences before, or of a condition
    ("The ministry released the programme. John Carter would meet Maria Lopez in Quito.", "meet"),
    ("If it takes place, the meeting would come as Hans Weber tours the region.", "meeting"),
])
def test_possibility_is_a_plan_while_its_day_is_ahead(nlp, trigger, text, word):
    t = trigger(nlp, text, word)
    assert status_of(t, None, None, WED) == "planned"
    assert status_of(t, THU, THU, WED, own_day=True) == "planned"
    assert status_of(t, LAST_WEEK, LAST_WEEK, WED, own_day=True) == "unknown"


def test_could_have_met_is_no_plan(nlp, trigger):
    assert modality(trigger(nlp, "Ana Ruiz could have met Bo Lind in Quito.", "met")) != "possible"


def test_journey_in_the_present_progressive_is_planned(nlp, trigger):
    t = trigger(nlp, 'The minister said, "The president is going to Chile to sign the accord."', "going")
    assert status_of(t, None, None, WED) == "planned"
    assert status_of(t, LAST_WEEK, LAST_WEEK, WED, own_day=True) == "occurred"


def test_going_to_a_place_to_meet_is_not_going_to_meet(nlp, trigger):
    """'Ana going to Peru to meet Bo' is a journey whose purpose is the meeting, not the plan 'is going to meet'."""
    t = trigger(nlp, "We welcome Ana Ruiz going to Peru to meet Bo Lind, the mayor said.", "meet")
    assert modality(t) != "planned"
    assert modality(trigger(nlp, "Ana Ruiz is going to meet Bo Lind in Quito.", "meet")) == "planned"


@pytest.mark.parametrize("word", ["going", "meet"])
def test_fact_taken_for_granted_occurred(nlp, trigger, word):
    """A gerund clause with its own subject completing 'welcome' or 'appreciate' is taken as fact."""
    t = trigger(nlp, "We welcome Ana Ruiz going to Peru to meet Bo Lind, the mayor said.", word)
    assert status_of(t, None, None, WED) == "occurred"


@pytest.mark.parametrize(("text", "word"), [
    ("As per the itinerary, the envoy calls on Mayor Bo Lind at noon.", "calls"),
    ("Her engagements begin with a meeting with Mayor Bo Lind.", "meeting"),
    ("According to the programme, the two leaders meet the press after lunch.", "meet"),
])
def test_a_programme_read_out_is_planned(nlp, trigger, text, word):
    t = trigger(nlp, text, word)
    assert status_of(t, WED, WED, WED) == "planned"
    assert status_of(t, None, None, WED) == "planned"
    assert status_of(t, LAST_WEEK, LAST_WEEK, WED, own_day=True) == "occurred"  # its day is gone


def test_a_programme_told_in_the_past_tense_happened(nlp, trigger):
    """'As per the itinerary, the envoy called on the mayor': the report of a step done as planned."""
    t = trigger(nlp, "As per the itinerary, the envoy called on Mayor Bo Lind at noon.", "called")
    assert status_of(t, WED, WED, WED) == "occurred"


def test_a_visit_a_journey_is_for_has_begun(nlp, trigger):
    t = trigger(nlp, "Ana Ruiz arrived in Quito on Wednesday for a three-day visit.", "visit")
    assert status_of(t, WED, WED, WED, own_day=True) == "occurred"


def test_purpose_of_a_journey_on_its_day_is_ahead(nlp, trigger):
    """'arrived on Wednesday for the summit', told that Wednesday: the summit is still to come; told a week later
    it is over."""
    t = trigger(nlp, "Ana Ruiz arrived in Quito on Wednesday for the summit with Bo Lind.", "summit")
    assert status_of(t, WED, WED, WED, own_day=True) == "planned"
    assert status_of(t, WED, WED, date(2022, 5, 18), own_day=True) == "occurred"
    assert status_of(t, None, None, WED) == "occurred"  # no day: as the arrival says


def test_what_an_arrival_is_to_attend_is_ahead_on_its_day(nlp, trigger):
    """'arrived on Wednesday to attend the summit' is the 'for the summit' of an arrival told as a purpose clause."""
    t = trigger(nlp, "Ana Ruiz arrived in Quito on Wednesday to attend the two-day trade summit.", "summit")
    assert status_of(t, WED, WED, WED, own_day=True) == "planned"
    assert status_of(t, WED, WED, date(2022, 5, 18), own_day=True) == "occurred"


def test_the_purpose_of_a_journey_told_whole_is_as_its_verb_says(nlp, trigger):
    t = trigger(nlp, "On Wednesday Ana Ruiz travelled to Quito for talks with Bo Lind.", "talks")
    assert status_of(t, WED, WED, WED, own_day=True) == "occurred"


@pytest.mark.parametrize(("text", "word", "want"), [
    # the scene of a verb told with 'will' is still to come ...
    ("During the trip, Ana Ruiz will open a school in Quito.", "trip", "planned"),
    # ... but a forecast of something else leaves it to its date (the meeting may be that day)
    ("Trade is expected to be high on the agenda at the meeting of Ana Ruiz and Bo Lind.", "meeting", None),
    # ... and of a past participle, past
    ("The accord, signed by both sides during the visit of Ana Ruiz to Lima, lowers tariffs.", "visit", "occurred"),
])
def test_scene_of_a_verb(nlp, trigger, text, word, want):
    assert modality(trigger(nlp, text, word)) == want


def test_a_time_phrase_is_not_what_tell_asks_for(nlp, trigger):
    """'Before leaving Quito, Ana told reporters ...': the departure sets the scene of 'told'; it is not what she
    told anyone to do."""
    t = trigger(nlp, "Before leaving Quito, Ana Ruiz told reporters that the talks had gone well.", "leaving")
    assert status_of(t, None, None, WED) == "occurred"


def test_when_clause_under_a_future_is_planned(nlp, trigger):
    t = trigger(nlp, "Ana Ruiz has arrived in Lima for a visit that will include trade talks when she meets "
                     "President Bo Lind.", "meets")
    assert status_of(t, WED, WED, WED, own_day=True) == "planned"


def test_caption_tagged_as_a_bare_verb_is_a_present():
    """A caption ('Bo and Ana greet the pope at the airport.') the tagger reads as VB: with a subject and no
    auxiliary it is a simple present, so it happened unless its day is ahead."""
    words = ["Bo", "and", "Ana", "greet", "the", "pope", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 5 + [False, False],
              heads=[3, 0, 0, 3, 5, 3, 3], deps=["nsubj", "cc", "conj", "ROOT", "det", "dobj", "punct"],
              tags=["NNP", "CC", "NNP", "VB", "DT", "NN", "."],
              pos=["PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
              lemmas=["Bo", "and", "Ana", "greet", "the", "pope", "."])
    assert status_of(doc[3], None, None, WED) == "occurred"
    assert status_of(doc[3], THU, THU, WED, own_day=True) == "planned"


@pytest.mark.parametrize(("text", "word"), [
    ("John Carter is arriving in Lima tonight.", "arriving"),
    ("Today, Maria Lopez is meeting with city leaders in Quito.", "meeting"),
])
def test_present_progressive_on_its_own_day_is_still_to_come(nlp, trigger, text, word):
    """'is arriving in Lima tonight', told that day: an arrangement, not yet done; told of a day gone, it happened."""
    t = trigger(nlp, text, word)
    assert status_of(t, WED, WED, WED, own_day=True) == "planned"
    assert status_of(t, THU, THU, WED, own_day=True) == "planned"
    assert status_of(t, LAST_WEEK, LAST_WEEK, WED, own_day=True) == "occurred"


def test_present_progressive_dated_only_by_the_report_keeps_its_old_reading(nlp, trigger):
    """No day of its own (the report's day, taken from context): the days decide as before (the report's day is
    not ahead of itself)."""
    t = trigger(nlp, "Hans Weber is visiting Lima.", "visiting")
    assert status_of(t, WED, WED, WED, own_day=False) == "occurred"


def test_would_have_met_is_no_plan(nlp, trigger):
    assert modality(trigger(nlp, "John Carter would have met Maria Lopez in Quito.", "met")) != "possible"


@pytest.mark.parametrize(("text", "word"), [
    ("Ana Ruiz left for Quito on Wednesday to attend the annual trade summit with Bo Lind.", "summit"),
    ("Ana Ruiz departed on Wednesday for talks with Bo Lind in Quito.", "talks"),
])
def test_what_a_departure_is_for_is_ahead_until_its_days_are_gone(nlp, trigger, text, word):
    """'left on Wednesday to attend the summit': the departure happened, the summit starts when she gets there;
    told a week after the departure it is over."""
    t = trigger(nlp, text, word)
    assert status_of(t, WED, WED, WED, own_day=True) == "planned"
    assert status_of(t, None, None, WED) == "planned"
    assert status_of(t, WED, WED, date(2022, 5, 18), own_day=True) == "occurred"


@pytest.mark.parametrize(("text", "word"), [
    ("Ana Ruiz left for Quito on Wednesday for a three-day visit.", "visit"),  # the journey itself, begun
    ("Ana Ruiz flew to Quito on Wednesday to attend the trade summit.", "summit"),  # a journey told whole
])
def test_a_trip_begun_or_a_journey_told_whole_is_as_its_verb_says(nlp, trigger, text, word):
    assert status_of(trigger(nlp, text, word), None, None, WED) == "occurred"
