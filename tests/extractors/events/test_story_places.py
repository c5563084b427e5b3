"""Where a meeting with no place of its own happens, from the story model (made-up sentences): the event it is held
during, where its participants are until they leave, a traveller named by surname after being named in full. A
gathering's name is never a place."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.cleaning import find_noise
from dateline.extractors.events import extract_events
from dateline.extractors.events.locate import names_a_gathering
from dateline.extractors.events.scene import StoryScene
from dateline.extractors.temporal import resolve_timexes

DAY = date(2019, 5, 8)  # a Wednesday


def meetings(nlp, text):
    doc = nlp(text)
    evs = extract_events(doc, article_id="p1", timexes=resolve_timexes(doc, DAY), article_date=DAY,
                         noise=find_noise(text, None))
    return [e for e in evs if e.event_type == "meeting"]


@pytest.mark.parametrize("name", ["the G-20 Summit", "Global Trade Forum", "the Annual Economic Conference"])
def test_a_gathering_name_is_no_place(name):
    assert names_a_gathering(name)


@pytest.mark.parametrize("name", ["Hofstra University", "State House", "Vienna"])
def test_a_site_is_no_gathering(name):
    assert not names_a_gathering(name)


def test_the_meeting_during_a_named_summit_is_not_at_the_summit(nlp):
    (m,) = meetings(nlp, "John Carter and Maria Lopez had a brief talk during the Global Trade Summit on Monday.")
    assert m.location is None or "Summit" not in m.location.name


@pytest.mark.parametrize("text", [
    "In April, Hans Weber took part in the Global Trade Forum in Vienna, during which he held talks with Maria Lopez.",
    "In April, Hans Weber attended the trade forum in Vienna, during which he held talks with Maria Lopez.",
])
def test_a_meeting_during_a_placed_gathering_is_where_the_gathering_is(nlp, text):
    (m,) = meetings(nlp, text)
    assert m.location is not None and m.location.name == "Vienna"


def test_a_gathering_the_talks_are_about_does_not_place_them(nlp):
    text = "Hans Weber met Maria Lopez. He said the talks would focus on the summit in Paris next year."
    assert all(m.location is None or m.location.name != "Paris" for m in meetings(nlp, text)
               if m.trigger.lower() == "talks")


def test_a_meeting_before_leaving_is_where_the_traveller_still_is(nlp):
    text = ("Hans Weber arrived in Vienna yesterday. He is scheduled to meet Maria Lopez today before leaving for "
            "Paris tomorrow.")
    (m,) = meetings(nlp, text)
    assert m.location is not None and m.location.name == "Vienna"


def test_a_meeting_before_arriving_elsewhere_is_not_placed_by_the_stop_it_precedes(nlp):
    text = ("Hans Weber arrived in Vienna yesterday. He is scheduled to meet Maria Lopez today before arriving in "
            "Paris tomorrow.")
    (m,) = meetings(nlp, text)
    assert m.location is None or m.location.name != "Paris"


def test_a_surname_is_the_one_story_person_who_bears_it():
    scene = StoryScene(None, DAY, frozenset({"Hans Weber", "Maria Lopez", "Weber"}))
    assert scene.person("Weber") == "Hans Weber"
    assert scene.person("Maria Lopez") == "Maria Lopez"
    assert scene.person("Lopez") == "Maria Lopez"
    assert scene.person("John Carter") is None


def test_a_surname_two_story_people_share_names_neither():
    scene = StoryScene(None, DAY, frozenset({"Hans Weber", "Anna Weber"}))
    assert scene.person("Weber") is None


def test_a_traveller_named_by_surname_meets_where_the_story_put_them(nlp):
    text = "Chancellor Hans Weber arrived in Vienna on Monday. Weber held talks with Maria Lopez on Tuesday."
    (m,) = meetings(nlp, text)
    assert m.location is not None and m.location.name == "Vienna"
