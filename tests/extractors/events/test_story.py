"""The document-level story model and clause-level attachment (issue 11's error classes), each on made-up text:
datelines, 'here' and 'the capital', where a traveller is on a day, status from the clause, both sides of a
conversation, groups that name their members, and what is no meeting or trip in news."""

from __future__ import annotations

from datetime import date

import pytest
from story_text import DAY, names, of_type, run

from dateline.extractors.events.scene import Whereabouts
from dateline.extractors.events.story import find_dateline
from dateline.extractors.records import Place

# --- the dateline ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("head, place", [
    ("LIMA (Reuters) - The minister arrived.", "Lima"),
    ("NAIROBI, May 7 - The minister arrived.", "Nairobi"),
    ("Lima : The minister arrived.", "Lima"),
    ("Lima/Cusco: The minister arrived.", "Lima"),
    ("ISLAMABAD, Sept 7 (APP): The minister arrived.", "Islamabad"),
    ("Some headline here\n\nMADRID — The minister arrived.", "Madrid"),
    ("OSLO • The minister arrived.", "Oslo"),
    ("A headline\nMaria Lopez in Lima\n\nThe minister arrived.", "Lima"),
    ("By John Carter/Reuters in Quito\n\nThe minister arrived.", "Quito"),
    ("A headline\n\nLondon - Prime Minister Hans Weber arrived.", "London"),
    ("LIMA, MARCH 19: The minister arrived.", "Lima"),  # the day in capitals too
    ("QUITO, SEPT. 4 - The minister arrived.", "Quito"),
])
def test_dateline_place(head, place):
    assert find_dateline(head).place.name == place


@pytest.mark.parametrize("head", [
    "President: we will talk.",
    "Talks - the first in years - began.",
    "The minister arrived in Lima on Monday.",
    "Talks in Lima\n\nThe minister arrived.",
    "Lima - the capital, was calm.",
    "The visit ended. Paris - The minister arrived.",
])
def test_no_dateline(head):
    assert find_dateline(head) is None


def test_dateline_prefix_is_never_a_person(nlp):
    (trip,) = of_type(run(nlp, "OSLO, May 7 - Indian Prime Minister Raj Kumar arrived on Tuesday."), "travel")
    assert names(trip) == {"Raj Kumar"}


@pytest.mark.parametrize("text", [
    "LIMA (Reuters) - Spanish Prime Minister Pedro Alvarez arrived here on Sunday.",
    "LIMA (Reuters) - Spanish Prime Minister Pedro Alvarez arrived in the city on Sunday.",
    "LIMA (Reuters) - Spanish Prime Minister Pedro Alvarez arrived in the capital on Sunday.",
])
def test_here_and_the_city_are_the_dateline_place(nlp, text):
    (trip,) = of_type(run(nlp, text), "travel")
    assert trip.destination.name == "Lima" and trip.destination.country_code == "PE"
    assert trip.date_start == trip.date_end == date(2019, 5, 5)


def test_the_capital_of_a_datelined_story_from_another_city(nlp):
    text = "KARACHI, May 7 - Foreign Minister Ana Ruiz met President Tom Hale in the capital on Tuesday."
    (m,) = of_type(run(nlp, text), "meeting")
    assert m.location.name == "Islamabad"


# --- where a traveller is on a day ------------------------------------------------------------------------------------

def test_a_meeting_without_a_place_is_where_its_participants_are_that_day(nlp):
    text = ("Foreign Minister Ana Ruiz arrived in Accra on Monday. On Tuesday she held talks with President "
            "Tom Hale.")
    (m,) = of_type(run(nlp, text), "meeting")
    assert m.location.name == "Accra" and m.date_start == date(2019, 5, 7)


def test_whereabouts_keep_the_most_specific_place_of_the_latest_day():
    w = Whereabouts()
    ghana = Place("Ghana", "GH")
    accra = Place("Accra", "GH", 5.55, -0.2)
    w.note("Ana Ruiz", date(2019, 5, 6), ghana)
    w.note("Ana Ruiz", date(2019, 5, 6), accra)
    w.note("Ana Ruiz", date(2019, 5, 1), Place("Lome", "TG", 6.13, 1.22))
    assert w.where(["Ana Ruiz"], date(2019, 5, 7)) == accra
    assert w.where(["Ana Ruiz"], date(2019, 5, 2)).name == "Lome"
    assert w.where(["Ana Ruiz"], date(2019, 4, 30)) is None  # not yet anywhere the story knows
    assert w.where(["Tom Hale"], date(2019, 5, 7)) is None


def test_a_meeting_on_the_day_before_an_arrival_is_not_at_the_arrival_place(nlp):
    text = ("President Ivan Petrov arrived in Paris on Wednesday. On Tuesday, Petrov had talks with Chancellor "
            "Karin Vogel by video link.")
    meetings = of_type(run(nlp, text), "meeting")
    assert meetings and all(m.location is None or m.location.name != "Paris" for m in meetings)


# --- status from the clause -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chancellor Karin Vogel is to meet President Daniel Moi in Nairobi.",
    "The chancellor, Karin Vogel, said she would meet President Daniel Moi in Nairobi.",
    "The summit between President Ivan Petrov and Chancellor Karin Vogel is likely to be held in Geneva.",
    "Chancellor Karin Vogel is expected to meet President Ivan Petrov in Geneva.",
    "Chancellor Karin Vogel plans to meet President Ivan Petrov in Geneva.",
])
def test_plainly_planned_meetings(nlp, text):
    (m,) = of_type(run(nlp, text), "meeting")
    assert m.status == "planned"


def test_a_raised_predicate_gives_the_day_of_the_event_noun(nlp):
    text = "The summit between President Ivan Petrov and Chancellor Karin Vogel is likely to be held on Friday."
    (m,) = of_type(run(nlp, text), "meeting")
    assert (m.date_start, m.status) == (date(2019, 5, 10), "planned")


def test_a_past_announcement_of_a_future_trip_is_planned(nlp):
    text = "Officials outlined on Tuesday the visit of President Ivan Petrov to Kenya on May 20, 2019."
    (trip,) = of_type(run(nlp, text), "travel")
    assert trip.status == "planned" and trip.date_start == date(2019, 5, 20)


def test_has_arrived_is_dated_by_the_report(nlp):
    (trip,) = of_type(run(nlp, "Prime Minister Pedro Alvarez has arrived in Lima."), "travel")
    assert trip.date_start == trip.date_end == DAY and trip.status == "occurred"


# --- both sides of a conversation -------------------------------------------------------------------------------------

def test_spoke_with_a_named_person_is_talks(nlp):
    (m,) = of_type(run(nlp, "President Ana Ruiz spoke with Prime Minister Tom Hale on Tuesday."), "meeting")
    assert names(m) == {"Ana Ruiz", "Tom Hale"} and m.subtype == "talks" and m.status == "occurred"


def test_spoke_to_reporters_is_no_meeting(nlp):
    assert of_type(run(nlp, "President Ana Ruiz spoke to reporters on Tuesday."), "meeting") == []


def test_each_coordinated_conversation_keeps_its_own_kind(nlp):
    text = ("President Ana Ruiz held talks with Foreign Minister Lena Fischer and spoke by phone with President "
            "Ivan Petrov on Tuesday.")
    kinds = {frozenset(names(m)): m.subtype for m in of_type(run(nlp, text), "meeting")}
    assert kinds[frozenset({"Ana Ruiz", "Lena Fischer"})] == "talks"
    assert kinds[frozenset({"Ana Ruiz", "Ivan Petrov"})] == "phone call"


# --- groups ---------------------------------------------------------------------------------------------------------

def test_a_group_that_lists_its_members(nlp):
    text = "The foreign ministers of Austria and Italy, Karl Brandt and Marco Rossi, met in Vienna on Tuesday."
    (m,) = of_type(run(nlp, text), "meeting")
    assert {"Karl Brandt", "Marco Rossi"} <= names(m)


def test_a_group_named_by_role_and_countries(nlp):
    text = ("Austrian Foreign Minister Karl Brandt and Italian Foreign Minister Marco Rossi arrived in Vienna on "
            "Monday. The foreign ministers of Austria and Italy met on Tuesday.")
    (m,) = of_type(run(nlp, text), "meeting")
    assert names(m) == {"Karl Brandt", "Marco Rossi"} and m.location.name == "Vienna"


# --- what is no meeting or trip in news -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A court deported Jose Maria Garcia to Mexico on Tuesday.",
    "Thousands of refugees fled to Turkey.",
    "Mourners attended the funeral of Ali Khan on Tuesday.",
    "Rescuers evacuated 200 villagers to the town of Leeds.",
])
def test_no_event_in_news_scope(nlp, text):
    assert run(nlp, text) == []


def test_the_extended_scope_keeps_them_for_rams(nlp):
    (trip,) = run(nlp, "A court deported Jose Maria Garcia to Mexico on Tuesday.", scope="extended")
    assert trip.subtype == "deportation"


def test_unknown_scope_is_refused(nlp):
    with pytest.raises(ValueError, match="scope"):
        run(nlp, "Ana Ruiz met Tom Hale.", scope="everything")


# --- places from the story: the dateline around the article's day, a capital for talks with office holders ------------

def test_a_meeting_reported_from_a_dateline_happened_there(nlp):
    text = "CAIRO, May 7 - President Omar Said met Foreign Minister Lena Fischer on Tuesday."
    (m,) = of_type(run(nlp, text), "meeting")
    assert m.location.name == "Cairo"


def test_the_dateline_says_nothing_of_a_meeting_weeks_away(nlp):
    text = "CAIRO, May 7 - President Omar Said will meet Foreign Minister Lena Fischer on June 20."
    (m,) = of_type(run(nlp, text), "meeting")
    assert m.location is None


def test_talks_with_a_national_office_holder_in_a_country_are_in_its_capital(nlp):
    text = ("Foreign Minister Lena Fischer will pay a visit to Japan from July 12 to 14 and hold talks with "
            "Japanese Prime Minister Taro Sato.")
    (m,) = of_type(run(nlp, text), "meeting")
    assert m.location.name == "Tokyo"


def test_a_country_stays_a_country_without_its_office_holders():
    from dateline.extractors.events.story import seat_of_office

    japan = Place("Japan", "JP")
    assert seat_of_office(japan, [("Foreign Minister", "DE"), (None, None)]) == japan
    assert seat_of_office(japan, [("Prime Minister", "JP")]).name == "Tokyo"
    assert seat_of_office(None, [("Prime Minister", "JP")]) is None
    # beside a visitor, an office holder whose country the story does not give is the host's
    assert seat_of_office(japan, [("Prime Minister", "IL"), ("Prime Minister", None)]).name == "Tokyo"
    assert seat_of_office(japan, [("Prime Minister", None), ("Minister", None)]) == japan  # no visitor: unknown


@pytest.mark.parametrize("text", [
    "Foreign Minister Lena Fischer was expected to visit Japan in July, but the trip never materialized.",
    "Foreign Minister Lena Fischer was due to meet President Omar Said in Cairo, but the meeting was postponed.",
])
def test_a_later_clause_calls_the_event_off(nlp, text):
    evs = run(nlp, text)
    assert evs and all(e.status == "cancelled" for e in evs)


def test_a_plan_that_happened_is_not_called_off(nlp):
    (trip,) = run(nlp, "Foreign Minister Lena Fischer was expected to visit Japan in July, and the trip went ahead.")
    assert trip.status != "cancelled"


# --- a published programme ----------------------------------------------------------------------------------------

def test_programme_lines_take_the_day_heading_and_the_traveller(nlp):
    text = ("President Ana Ruiz will travel to Ghana next week. Ruiz will also stop in Togo.\n\n"
            "Wednesday, May 15\n\n9 a.m.: Meeting with President Kofi Mensah at Jubilee House.")
    (m,) = of_type(run(nlp, text), "meeting")
    assert names(m) == {"Ana Ruiz", "Kofi Mensah"}
    assert m.date_start == date(2019, 5, 15) and m.status == "planned"
