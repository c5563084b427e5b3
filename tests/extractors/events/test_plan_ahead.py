"""An undated plan told ahead beside an event told as done, in another sentence of the page, is another event
(``plan_ahead``; real pipeline, made-up text)."""

from __future__ import annotations

from datetime import date

from dateline.extractors.cleaning import find_noise
from dateline.extractors.events import extract_events
from dateline.extractors.events.plan_ahead import told_ahead, told_done

TUE = date(2022, 5, 10)


def events(nlp, text, kind):
    doc = nlp(text)
    got = extract_events(doc, article_id="a1", timexes=[], article_date=TUE, noise=find_noise(text, None))
    return [e for e in got if e.event_type == kind]


def _verb(nlp, text, word):
    return next(t for t in nlp(text) if t.text == word)


def test_future_and_present_planning_words_tell_ahead(nlp):
    assert told_ahead(_verb(nlp, "She will fly to Cusco that night.", "fly"))
    assert told_ahead(_verb(nlp, "Ruiz is set to meet the mayor.", "meet"))
    assert not told_ahead(_verb(nlp, "Ruiz was to meet the mayor.", "meet"))
    assert not told_ahead(_verb(nlp, "During her visit, Ruiz will meet the mayor.", "visit"))


def test_past_and_present_perfect_tell_done(nlp):
    assert told_done(_verb(nlp, "Ana Ruiz has landed in Peru.", "landed"))
    assert told_done(_verb(nlp, "Ruiz was welcomed at the airport by Hans Weber.", "welcomed"))
    assert not told_done(_verb(nlp, "The ministry announced the visit.", "visit"))
    assert not told_done(_verb(nlp, "Ruiz will land in Peru.", "land"))


def test_a_leg_ahead_inside_the_landed_country_stands_apart(nlp):
    text = ("Foreign Minister Ana Ruiz has landed in Peru, her first trip abroad since taking office. "
            "She will fly to Cusco that night.")
    got = {(e.destination.name if e.destination else None, e.status) for e in events(nlp, text, "travel")}
    assert ("Cusco", "planned") in got
    assert any(status == "occurred" for _, status in got)


def test_a_meeting_ahead_beside_a_welcome_told_done_stands_apart(nlp):
    text = ("Foreign Minister Ana Ruiz was welcomed at the airport in Lima by Hans Weber. "
            "Ruiz will also meet separately with Weber to discuss fishing rights.")
    got = sorted(e.status for e in events(nlp, text, "meeting"))
    assert got == ["occurred", "planned"]


def test_a_tour_ahead_beside_a_trip_begun_on_arrival_stands_apart(nlp):
    assert told_done(_verb(nlp, "Ana Ruiz arrived for her first trip to Peru on Thursday.", "trip"))
    assert not told_done(_verb(nlp, "Ana Ruiz arrived in Lima for talks.", "talks"))
    assert told_ahead(_verb(nlp, "The tour will take her to Cusco.", "tour"))


def test_a_visit_ahead_to_a_city_of_the_country_just_reached_is_the_same_landing(nlp):
    first = "Foreign Minister Ana Ruiz arrived in Peru, her first trip abroad since taking office."
    text = first + " She will also visit Lima."
    assert len(events(nlp, text, "travel")) == len(events(nlp, first, "travel"))


def test_the_same_meeting_told_ahead_after_its_report_stays_one(nlp):
    text = ("Foreign Minister Ana Ruiz met President Hans Weber in Lima. "
            "Ruiz will hold talks with Weber on fishing rights.")
    assert len(events(nlp, text, "meeting")) == 1
