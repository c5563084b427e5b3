"""Where a meeting is from the story when its sentence does not say (made-up sentences): a meeting told as earlier
than a main clause that is no move is where the story is that day; a meeting placed only in a part of the world is
in the dateline city near the article's day; a meeting set within a trip its sentence names is where that trip
goes, in the capital when the host's office holder takes part, the traveller being the visitor."""

from __future__ import annotations

from datetime import date

from dateline.extractors.cleaning import find_noise
from dateline.extractors.events import extract_events
from dateline.extractors.events.scene import StoryScene
from dateline.extractors.events.story import seat_of_office
from dateline.extractors.places import gazetteer
from dateline.extractors.records import Participant
from dateline.extractors.temporal import resolve_timexes

DAY = date(2019, 5, 8)  # a Wednesday


def meetings(nlp, text):
    doc = nlp(text)
    evs = extract_events(doc, article_id="s1", timexes=resolve_timexes(doc, DAY), article_date=DAY,
                         noise=find_noise(text, None))
    return [e for e in evs if e.event_type == "meeting"]


def _where(m) -> str | None:
    return m.location.name if m.location is not None else None


def test_a_meeting_after_which_they_agreed_is_where_the_dateline_is(nlp):
    text = ("CAIRO, May 8 (Reuters) - The envoy Hans Weber reached a deal with officials tonight.\n\n"
            "After meeting for three hours this afternoon with President Ana Ruiz, Weber and Foreign Minister "
            "Maria Lopez agreed on a plan to reopen the border, his spokesman said.")
    ms = [m for m in meetings(nlp, text) if m.trigger == "meeting"]
    assert ms and _where(ms[0]) == "Cairo"


def test_a_meeting_after_which_they_flew_is_not_placed_by_the_story(nlp):
    text = ("CAIRO, May 8 (Reuters) - The envoy Hans Weber arrived in the region on Monday.\n\n"
            "After meeting this afternoon with President Ana Ruiz, Weber flew to Amman for more talks.")
    ms = [m for m in meetings(nlp, text) if m.trigger == "meeting"]
    assert ms and _where(ms[0]) != "Cairo"


def test_a_meeting_placed_in_a_part_of_the_world_is_in_the_dateline_city(nlp):
    text = ("LIMA, Peru (AP) - Hans Weber opened his four-day South America tour on Wednesday by paying a visit "
            "to President Ana Ruiz for talks on trade.")
    ms = meetings(nlp, text)
    assert ms and all(_where(m) == "Lima" for m in ms)


def test_a_part_of_the_world_far_from_the_article_day_is_left(nlp):
    text = ("LIMA, Peru (AP) - Hans Weber held talks with Maria Lopez in South America in 2011, officials said "
            "on Wednesday.")
    assert all(_where(m) != "Lima" for m in meetings(nlp, text))


def test_a_meeting_on_a_trip_its_sentence_names_is_where_the_trip_goes(nlp):
    text = "On his maiden trip to Peru, the businessman Hans Weber on Wednesday met the banker Maria Lopez."
    ms = meetings(nlp, text)
    assert ms and _where(ms[0]) == "Peru"


def test_a_meeting_on_someone_elses_trip_is_not_placed_by_it(nlp):
    scene = StoryScene(None, DAY, frozenset({"Hans Weber", "Maria Lopez", "Ana Ruiz"}))
    parts = [Participant("Hans Weber"), Participant("Maria Lopez")]
    doc = nlp("During Ana Ruiz's visit to Peru, Hans Weber met Maria Lopez on Wednesday.")
    assert scene.trip_setting(next(t for t in doc if t.text == "met"), parts) is None
    doc = nlp("During his visit to Peru, Hans Weber met Maria Lopez on Wednesday.")
    assert scene.trip_setting(next(t for t in doc if t.text == "met"), parts).name == "Peru"


def test_a_visitor_meets_the_host_office_holder_in_the_capital():
    gz = gazetteer()
    peru = gz.country("PE").to_place()
    # the story does not say either side's country: only the visit says who is the visitor
    assert seat_of_office(peru, [("Mr", None), ("President", None)]) == peru
    assert seat_of_office(peru, [("Mr", None), ("President", None)], visit=True).name == "Lima"
    # no office holder: no capital
    assert seat_of_office(peru, [("Mr", None), ("banker", None)], visit=True) == peru
