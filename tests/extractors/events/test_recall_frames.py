"""Event recall on news phrasing (seventh pass, helper 11r): meals between named sides, a vehicle that carries its
owner, the place of a visited site, an arrival at a site inside a city, and the record clause that tells
no event ('the first leader to visit X since 1990'). Made-up sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.cleaning import find_noise
from dateline.extractors.events import extract_events

DAY = date(2024, 5, 6)  # a Monday


def run(nlp, text):
    from dateline.extractors.temporal import resolve_timexes

    doc = nlp(text)
    return extract_events(doc, article_id="a1", timexes=resolve_timexes(doc, DAY), article_date=DAY,
                          noise=find_noise(text, None))


def names(e):
    return {p.name for p in e.participants}


def where(e):
    p = e.location or e.destination
    return p.name if p else None


def of_type(evs, etype):
    return [e for e in evs if e.event_type == etype]


@pytest.mark.parametrize("text, place", [
    ("John Carter dined with Maria Lopez in Paris on Monday.", "Paris"),
    ("John Carter had lunch with Maria Lopez in Berlin on Tuesday.", "Berlin"),
    ("Maria Lopez will host a dinner for John Carter at the palace in Madrid on Friday.", "Madrid"),
    ("Maria Lopez hosted John Carter for dinner in Madrid on Friday.", "Madrid"),
])
def test_a_meal_between_named_sides_is_a_meeting(nlp, text, place):
    (e,) = of_type(run(nlp, text), "meeting")
    assert names(e) == {"John Carter", "Maria Lopez"}
    assert where(e) == place


@pytest.mark.parametrize("text", [
    "John Carter attended a dinner in Paris.",
    "John Carter had dinner with city leaders in Lima on Monday.",
    "Maria Lopez said the dinner was excellent.",
    "John Carter spoke at a luncheon hosted by the chamber of commerce.",
])
def test_a_meal_without_two_named_sides_is_no_meeting(nlp, text):
    assert of_type(run(nlp, text), "meeting") == []


def test_calling_on_a_person_stays_a_courtesy_call(nlp):
    (e,) = of_type(run(nlp, "John Carter will call on Maria Lopez on Friday."), "meeting")
    assert e.subtype == "courtesy call"


@pytest.mark.parametrize("text", [
    "John Carter's plane landed in Lima on Monday.",
    "Hans Weber's armoured train arrived in the afternoon at the station in Vienna.",
    "A train carrying Hans Weber arrived in Vienna on Sunday.",
    "Hans Weber's train crossed the river on Wednesday and arrived in Vienna.",
])
def test_a_vehicle_carries_its_owner(nlp, text):
    (e,) = of_type(run(nlp, text), "travel")
    assert len(names(e)) == 1 and names(e) <= {"John Carter", "Hans Weber"}
    assert where(e) in {"Lima", "Vienna"}


@pytest.mark.parametrize("text, place", [
    ("John Carter will visit a steel plant in Lyon on Friday.", "Lyon"),
    ("Maria Lopez visited the old fortress at Cusco on Sunday.", "Cusco"),
])
def test_a_visited_site_is_where_its_place_is(nlp, text, place):
    (e,) = of_type(run(nlp, text), "travel")
    assert where(e) == place


def test_visiting_a_person_in_a_city_is_no_site_visit(nlp):
    evs = run(nlp, "John Carter visited Maria Lopez in her office on Monday.")
    assert of_type(evs, "travel") == []


@pytest.mark.parametrize("text", [
    "John Carter is the first German leader to visit Peru since 1990.",
    "Maria Lopez became the first head of a European country to meet Hans Weber since the war.",
])
def test_a_record_clause_is_no_event(nlp, text):
    assert run(nlp, text) == []
