"""The story model's people, each on made-up text: the protagonist, bare titles and roles that refer back to their
holder, possessives, and how many meetings a meeting with several parties is."""

from __future__ import annotations

import pytest
from story_text import names, of_type, run


def test_protagonist_is_the_most_mentioned_person():
    from dateline.extractors.events.story import protagonist

    assert protagonist([("Ana Ruiz", 0), ("Kofi Mensah", 5), ("Ana Ruiz", 9)]) == "Ana Ruiz"
    assert protagonist([("Ana Ruiz", 0), ("Kofi Mensah", 5)]) is None


def test_the_subject_of_a_raising_adjective_takes_part(nlp):
    (m,) = of_type(run(nlp, "Minister Lena Fischer is likely to hold talks with Omar Said on May 14 in Cairo."),
                   "meeting")
    assert names(m) == {"Lena Fischer", "Omar Said"}


def test_a_title_used_bare_as_a_subject_is_its_holder(nlp):
    text = ("Qatari Emir Hamad Al-Sabah arrived in Accra on Monday. Qatari Emir will depart from Accra on "
            "Wednesday.")
    trips = of_type(run(nlp, text), "travel")
    assert all(names(t) == {"Hamad Al-Sabah"} for t in trips) and len(trips) == 2


def test_the_title_of_several_holders_is_the_protagonists(nlp):
    text = ("President Kofi Mensah began a tour of the Volta Region on Monday. Mensah was welcomed by regional "
            "officials. President Ana Ruiz of Togo sent greetings. Mensah will open a school. "
            "After the event, the President will travel to Ho on Tuesday.")
    trips = [e for e in of_type(run(nlp, text), "travel") if e.destination and e.destination.name == "Ho"]
    assert trips and names(trips[0]) == {"Kofi Mensah"}


def test_meetings_with_several_parties_are_one_meeting_each(nlp):
    text = ("President Hu Wei will hold the meetings with President Tom Bush and Prime Minister Sato Abe when all "
            "three attend the summit.")
    sides = {frozenset(names(m)) for m in of_type(run(nlp, text), "meeting") if "Hu Wei" in names(m)}
    assert sides == {frozenset({"Hu Wei", "Tom Bush"}), frozenset({"Hu Wei", "Sato Abe"})}


def test_a_meeting_with_two_parties_stays_one_meeting(nlp):
    (m,) = of_type(run(nlp, "President Hu Wei held a meeting with Tom Bush and Sato Abe in Hanoi."), "meeting")
    assert names(m) == {"Hu Wei", "Tom Bush", "Sato Abe"}


def test_an_unresolved_title_makes_no_itinerary(nlp):
    from dateline.extractors.events import build_itineraries, cluster_events

    evs = run(nlp, "The President will travel to Kampala on Tuesday, an aide said.")
    assert of_type(evs, "travel") and build_itineraries(cluster_events(evs)) == []


def test_a_capitalised_bare_title_is_the_story_s_protagonist_not_the_last_holder_named(nlp):
    """The lead is about the visiting president; the host president is named twice after it, yet "The President"
    of the programme is the visitor."""
    text = ("President Karl Bosk arrived in Lima this evening on a state visit. He will be welcomed by Peruvian "
            "President Ana Ruiz on Monday. Ruiz will host a banquet. On Tuesday, the President will meet Luis "
            "Soto, the speaker of the congress.")
    meetings = of_type(run(nlp, text), "meeting")
    soto = next(e for e in meetings if "Luis Soto" in names(e))
    assert "Karl Bosk" in names(soto) and "Ana Ruiz" not in names(soto)


def test_a_possessive_binds_to_the_person_named_in_its_own_clause(nlp):
    text = ("Deputy Minister Omar Said greeted President Karl Bosk at the airport. Accompanying the President on "
            "his week-long visit to Peru are three ministers.")
    visits = [e for e in of_type(run(nlp, text), "travel") if e.subtype == "visit"]
    assert visits and all("Omar Said" not in names(e) for e in visits)


def test_a_story_that_opens_on_a_role_and_names_its_protagonist_later_means_them(nlp):
    text = ("The UN envoy for Ruritania held talks on Sunday in Lima with Foreign Minister Luis Soto. \"The talks "
            "were useful,\" Norwegian diplomat Karl Bosk told reporters. Bosk arrived in Lima on Saturday.")
    (meeting,) = of_type(run(nlp, text), "meeting")
    assert names(meeting) == {"Karl Bosk", "Luis Soto"}


def test_a_role_of_another_country_is_not_the_protagonist(nlp):
    text = ("The Peruvian envoy held talks on Sunday in Lima with Foreign Minister Ana Ruiz. Norwegian diplomat "
            "Karl Bosk told reporters the talks were useful. Bosk arrived in Lima on Saturday.")
    meetings = of_type(run(nlp, text), "meeting")
    assert all("Karl Bosk" not in names(e) for e in meetings)


@pytest.mark.parametrize("text", [
    # 'U.S. peace envoy Karl Bosk' is American, so 'the U.S. envoy' later is him
    "U.S. peace envoy Karl Bosk shuttled between the two sides on Sunday. The U.S. envoy and his team met Prime "
    "Minister Luis Soto in Lima on Sunday.",
    # a title and its synonym both find their holder: the envoy is the special representative
    "U.S. Special Representative for Ruritania, Karl Bosk, arrived in Lima on Monday. Before arriving, the envoy met "
    "Foreign Minister Luis Soto in Quito.",
])
def test_the_envoy_is_the_envoy_the_story_introduced(nlp, text):
    meeting = next(e for e in of_type(run(nlp, text), "meeting") if "Luis Soto" in names(e))
    assert "Karl Bosk" in names(meeting)


def test_a_reference_to_a_told_meeting_is_that_meeting_not_another_event(nlp):
    text = ("President Karl Bosk met Prime Minister Luis Soto in Lima on Wednesday. Following the talks, Bosk "
            "visited a school.")
    meetings = of_type(run(nlp, text), "meeting")
    assert len(meetings) == 1 and names(meetings[0]) == {"Karl Bosk", "Luis Soto"}


@pytest.mark.parametrize("text", [
    "President Karl Bosk will meet Prime Minister Luis Soto and President Ana Ruiz separately next week.",
    "President Karl Bosk is scheduled to have bilateral meetings with President Ana Ruiz and Premier Luis Soto.",
    # a visitor who meets two office-holders holds a call on each: news reports them as separate meetings
    "Prime Minister Karl Bosk will also meet President Maria Lopez and opposition leader Luis Soto on Tuesday.",
    "President Karl Bosk met Prime Minister Luis Soto and President Maria Lopez in Lima on Sunday.",
])
def test_meeting_two_people_separately_is_one_meeting_with_each(nlp, text):
    sides = sorted(sorted(names(e)) for e in of_type(run(nlp, text), "meeting"))
    other = "Maria Lopez" if "Maria Lopez" in text else "Ana Ruiz"
    assert sides == sorted([sorted([other, "Karl Bosk"]), ["Karl Bosk", "Luis Soto"]])


@pytest.mark.parametrize("text", [
    "President Karl Bosk met Prime Minister Luis Soto and President Maria Lopez together in Lima on Sunday.",
    "President Karl Bosk will hold trilateral talks with Prime Minister Luis Soto and President Maria Lopez.",
    "Karl Bosk, Luis Soto and Maria Lopez met in Lima on Sunday.",
])
def test_a_meeting_told_as_joint_stays_one_meeting(nlp, text):
    meetings = of_type(run(nlp, text), "meeting")
    assert len(meetings) == 1 and names(meetings[0]) == {"Karl Bosk", "Luis Soto", "Maria Lopez"}


def test_leaders_of_named_nationalities_are_the_heads_the_story_names(nlp):
    text = ("President Karl Bosk met Peruvian and Chilean leaders in Lima on Wednesday. Peruvian President Ana Ruiz "
            "arrived first; Chilean Prime Minister Luis Soto came an hour later.")
    meetings = of_type(run(nlp, text), "meeting")  # one meeting with each leader, the visitor in both
    assert all("Karl Bosk" in names(m) for m in meetings)
    assert {"Karl Bosk", "Ana Ruiz", "Luis Soto"} <= set().union(*(names(m) for m in meetings))


def test_a_title_whose_holder_is_named_inside_it_is_that_person(nlp):
    (trip,) = of_type(run(nlp, "President of Ruritania Karl Bosk arrived in Lima on Monday."), "travel")
    assert names(trip) == {"Karl Bosk"}


def test_a_bare_capitalised_title_from_the_start_is_the_first_holder_named(nlp):
    """A press statement calls its president "the President" throughout and names both presidents once: the
    traveller of "The President will depart" is the first one named, not the last."""
    text = ("Because of the President's injury, the President has asked to delay his trip. President Ana Ruiz and "
            "President Bo Lind agreed to meet a day later. The President will depart Lima on Wednesday.")
    (trip,) = [e for e in run(nlp, text) if e.event_type == "travel"]
    assert names(trip) == {"Ana Ruiz"}
