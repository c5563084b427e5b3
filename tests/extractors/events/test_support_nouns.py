"""Events told by a noun a light verb carries: talk nouns ("held discussions with X", "an exchange of views with
X"), reception nouns ("was given a warm welcome by X") and carried trip nouns ("led a delegation to Lisbon"), and
the same words where they tell no meeting and no trip. Made-up sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from made_up_text import run as run_on

DAY = date(2024, 5, 8)  # a Wednesday
PAIR = {"Hans Weber", "Maria Lopez"}


def run(nlp, text):
    return run_on(nlp, text, DAY)


def of_type(evs, kind):
    return [e for e in evs if e.event_type == kind]


@pytest.mark.parametrize("text", [
    "Prime Minister Hans Weber held a conversation with President Maria Lopez on Tuesday.",
    "Prime Minister Hans Weber and President Maria Lopez had a private conversation on Tuesday.",
    "Prime Minister Hans Weber held discussions with President Maria Lopez in Lisbon on Tuesday.",
    "Prime Minister Hans Weber had an exchange of views with President Maria Lopez on Tuesday.",
])
def test_talk_nouns_between_two_named_sides_are_talks(nlp, text):
    (e,) = of_type(run(nlp, text), "meeting")
    assert e.subtype == "talks" and {p.name for p in e.participants} == PAIR
    assert e.date_start == date(2024, 5, 7)


def test_a_phone_conversation_stays_a_call(nlp):
    (e,) = of_type(run(nlp, "Prime Minister Hans Weber holds phone conversation with President Maria Lopez"),
                   "meeting")
    assert e.subtype == "phone call"


@pytest.mark.parametrize("text", [
    "Prime Minister Hans Weber held discussions with business leaders on Tuesday.",
    "Troops of General Hans Weber had an exchange of fire with rebels of Maria Lopez on Tuesday.",
    "Prime Minister Hans Weber agreed a prisoner exchange with President Maria Lopez on Tuesday.",
])
def test_talk_words_without_two_named_sides_or_about_things_are_no_meeting(nlp, text):
    assert of_type(run(nlp, text), "meeting") == []


@pytest.mark.parametrize("text", [
    "President Hans Weber was given a red-carpet welcome by President Maria Lopez on Tuesday.",
    "President Maria Lopez gave President Hans Weber a warm welcome on Tuesday.",
    "President Hans Weber bid farewell on Tuesday to President Maria Lopez.",
])
def test_a_welcome_or_farewell_given_by_a_named_host_is_a_meeting(nlp, text):
    (e,) = of_type(run(nlp, text), "meeting")
    assert {p.name for p in e.participants} == PAIR


@pytest.mark.parametrize("text", [
    "President Hans Weber received a warm welcome from the crowd on Tuesday.",
    "The decision was a welcome change, President Hans Weber said.",
])
def test_a_welcome_from_nobody_named_is_no_meeting(nlp, text):
    assert of_type(run(nlp, text), "meeting") == []


@pytest.mark.parametrize("text, days", [
    ("Foreign Minister Hans Weber will lead a delegation to Lisbon on Tuesday.", date(2024, 5, 14)),
    ("Foreign Minister Hans Weber led a trade delegation to Lisbon on Tuesday.", date(2024, 5, 7)),
    ("Prime Minister Hans Weber took his peace mission to Lisbon on Sunday.", date(2024, 5, 5)),
])
def test_a_delegation_or_mission_led_to_a_place_is_the_leaders_trip(nlp, text, days):
    (e,) = of_type(run(nlp, text), "travel")
    assert [p.name for p in e.participants] == ["Hans Weber"] and e.destination.name == "Lisbon"
    assert e.date_start == days


def test_a_mission_to_two_places_goes_to_both(nlp):
    evs = of_type(run(nlp, "Envoy Hans Weber wrapped up a five-day mission to Lisbon and Madrid on Friday."),
                  "travel")
    assert {e.destination.name for e in evs} == {"Lisbon", "Madrid"}


@pytest.mark.parametrize("text", [
    "A delegation to the talks arrived on Tuesday.",
    "Hans Weber heads the permanent mission to Lisbon.",
    "Ambassador Hans Weber said the peacekeeping mission to Lisbon will end in June.",
])
def test_a_named_or_standing_body_is_no_trip(nlp, text):
    assert of_type(run(nlp, text), "travel") == []


def test_a_telephonic_conversation_is_a_call(nlp):
    (e,) = of_type(run(nlp, "Prime Minister Hans Weber and President Maria Lopez held a telephonic conversation on "
                            "Tuesday."), "meeting")
    assert e.subtype == "phone call" and {p.name for p in e.participants} == PAIR


@pytest.mark.parametrize("text", [
    "President Maria Lopez took President Hans Weber on a boat ride on the river on Monday.",
    "President Maria Lopez took President Hans Weber for a walk along the river on Monday.",
])
def test_a_host_taking_a_guest_on_an_outing_meets_the_guest(nlp, text):
    (e,) = of_type(run(nlp, text), "meeting")
    assert {p.name for p in e.participants} == PAIR and e.date_start == date(2024, 5, 6)


@pytest.mark.parametrize("text", [
    "President Maria Lopez took President Hans Weber to Lisbon on Monday.",
    "President Maria Lopez took office on Monday.",
    "The storm took President Hans Weber by surprise on Monday.",
])
def test_taking_without_an_outing_is_no_meeting(nlp, text):
    assert of_type(run(nlp, text), "meeting") == []


@pytest.mark.parametrize("text", [
    "Prime Minister Hans Weber will brief reporters on Thursday about his discussions with President Maria Lopez.",
    "Prime Minister Hans Weber and President Maria Lopez will discuss an expansion in student exchanges.",
    "President Hans Weber was taken on a tour of the palace by President Maria Lopez.",
    "President Hans Weber and President Maria Lopez will be accorded a grand welcome on Thursday.",
    "President Hans Weber will sit down with editor Maria Lopez for a conversation about the economy.",
    "Prime Minister Hans Weber had an exchange of views with President Maria Lopez and King Pedro Alves.",
])
def test_talk_as_a_topic_a_thing_exchanged_or_a_passive_outing_is_no_meeting(nlp, text):
    assert of_type(run(nlp, text), "meeting") == []


def test_a_delegation_is_not_sent_to_its_own_country(nlp):
    (e,) = of_type(run(nlp, "Foreign Minister Hans Weber will lead a Portuguese delegation to Madrid on Tuesday."),
                   "travel")
    assert e.destination.name == "Madrid"
