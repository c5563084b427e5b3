"""Travel and meeting argument frames added for RAMS-style news: recipients of asylum, senders who stay behind,
greetings, debates, interviews, courtesy calls, and the readings that are no event at all. Small texts through the
real pipeline (no timexes needed); the place, people and status tests of the same frames are in the test_frames_*
files beside this one."""

from __future__ import annotations

import pytest
from frame_text import names, one, run


@pytest.mark.parametrize("text", [
    "Ecuador granted Julian Assange asylum in 2012.",
    "Ecuador will provide asylum to Julian Assange, the ministry said.",
])
def test_asylum_travels_the_recipient_to_the_giver(nlp, text):
    e = one(run(nlp, text), "travel")
    assert names(e) == {"Julian Assange"} and e.destination.name == "Ecuador" and e.subtype == "asylum"


def test_sender_stays_behind(nlp):
    e = one(run(nlp, "The government deported Ali Hassan to Egypt."), "travel")
    assert names(e) == {"Ali Hassan"} and e.destination.name == "Egypt"


def test_greeting_is_a_meeting(nlp):
    e = one(run(nlp, "Prime Minister Jane Doe greeted President John Smith at the airport."), "meeting")
    assert names(e) == {"Jane Doe", "John Smith"}


@pytest.mark.parametrize("text", [
    "The president left office in 2010.",  # 'office' is no place noun: resigning is no trip
    "Bad news kept coming from several different areas.",  # news is no traveller
    "Dangerous materials were smuggled across the border.",  # cargo is no traveller
    "The ambassador received a letter from the ministry.",  # 'receive' a thing is no meeting
    "Police arrested Tom Reed in Lagos.",  # an arrest is no trip
    "Senator Ann Lee escaped indictment last year.",  # a figurative escape
    "Business will not send jobs out of the country.",  # jobs do not travel
    "Jamar Clark's funeral in Minneapolis drew thousands.",  # the one mourned is no participant
    "A Lockheed C-5 Galaxie was used to fly the presidential cars.",  # cargo
    "The official said refugees can return home when the conflict ends.",  # a general statement
    "Policies allow thousands of criminal aliens to freely roam our streets.",  # a general statement
])
def test_not_events(nlp, text):
    assert run(nlp, text) == []


def test_debate_with_a_named_opponent(nlp):
    e = one(run(nlp, "Donald Trump debated Hillary Clinton on Monday."), "meeting")
    assert names(e) == {"Donald Trump", "Hillary Clinton"} and e.subtype == "debate"


def test_funeral_attendee_not_the_deceased(nlp):
    e = one(run(nlp, "Senator Ann Lee attended the funeral of her friend Mark Weiner in Providence."), "meeting")
    assert names(e) == {"Ann Lee"} and e.subtype == "funeral" and e.location.name == "Providence"


@pytest.mark.parametrize("text", [
    "Ecuador decided to grant Assange asylum.",  # the giver through control; a name the model tags ORG
    "Ecuador granted Assange asylum.",  # the name parsed as a modifier of 'asylum'
])
def test_asylum_giver_through_control_and_untagged_recipients(nlp, text):
    e = one(run(nlp, text), "travel")
    assert names(e) == {"Assange"} and e.destination.name == "Ecuador"


@pytest.mark.parametrize("text", [
    "Ann Lee said she would consider stopping oil purchases from Saudi Arabia.",
    "Ann Lee landed a deal in Paris.",
])
def test_a_motion_verb_with_a_thing_as_object_is_another_sense(nlp, text):
    assert not [e for e in run(nlp, text) if e.event_type == "travel"]


def test_a_motion_verb_with_people_as_object_is_still_a_trip(nlp):
    e = one(run(nlp, "Ann Lee headed the delegation to Paris."), "travel")
    assert names(e) == {"Ann Lee"} and e.destination.name == "Paris"


def test_an_outlet_interview_has_the_one_interviewed_and_the_outlet(nlp):
    e = one(run(nlp, "Donald Trump spoke on Monday. In his ABC interview, Trump dismissed those claims."), "meeting")
    assert e.subtype == "interview" and names(e) == {"Donald Trump", "ABC"}


@pytest.mark.parametrize("text, want", [
    ("Olaf Scholz is scheduled to call on President Droupadi Murmu on Sunday.", {"Olaf Scholz", "Droupadi Murmu"}),
    ("Emmanuel Macron called on Joe Biden to end the war.", None),  # an appeal, not a visit
])
def test_calling_on_a_person_is_a_courtesy_call(nlp, text, want):
    got = [e for e in run(nlp, text) if e.event_type == "meeting"]
    assert ([names(e) for e in got] == [want]) if want else not got
    assert not want or got[0].subtype == "courtesy call"


@pytest.mark.parametrize("text", [
    "Many donors would n't have been able to meet with Hillary Clinton without the foundation.",
    "Joe Biden could have visited Paris.",
    "We saw the Russians fly down, but they were met with Israeli and Jordanian F-16s.",
    "The proposal was met with criticism.",
    "Sweden was permitting them to cross Swedish territory to invade Norway.",
])
def test_counterfactuals_and_meeting_with_things_are_no_events(nlp, text):
    assert run(nlp, text) == []


def test_meeting_someone_in_the_passive_is_still_a_meeting(nlp):
    e = one(run(nlp, "Emmanuel Macron was met by Joe Biden at the airport."), "meeting")
    assert names(e) == {"Emmanuel Macron", "Joe Biden"}


def test_coming_down_somewhere_is_no_trip(nlp):
    assert run(nlp, "In late December an American-made F-16 came down in Saudi Arabia.") == []


def test_a_thing_greeted_by_guests_and_a_habit_are_no_events(nlp):
    assert run(nlp, "The aircraft was greeted by some 400 guests, including Prime Minister Lee Hsien Loong.") == []
    assert run(nlp, "Normally, President Joko Widodo flies on an aircraft operated by Garuda Indonesia.") == []
