"""An article nothing dates borrows the anchor of its story's report (made-up events, no model needed)."""

from __future__ import annotations

from datetime import date

from dateline.extractors.events import cluster_events
from dateline.extractors.events.story_anchors import Mention, borrowed_anchors
from dateline.extractors.records import Event, Participant, Place

D = date(2022, 5, 10)
VALDORA = Place("Valdora", "IT", 41.89, 12.48)


def trip(eid: str, art: str, people: list[str], *, start: date | None = None, subtype: str = "visit") -> Event:
    parts = tuple(Participant(p, mention=p) for p in people)
    return Event(eid, art, "travel", subtype, parts, destination=VALDORA, date_start=start, date_end=start)


def test_an_undated_report_joins_the_dated_report_of_its_story():
    # "Hans Weber and Maria Lopez will visit Valdora" on a page without a date, and the dated report of the visit
    dated = trip("e1", "A", ["Hans Weber", "Maria Lopez"], start=D)
    undated = trip("e2", "B", ["Hans Weber", "Maria Lopez"])
    out = cluster_events([dated, undated])
    assert out[0].cluster_id == out[1].cluster_id
    assert (out[1].date_start, out[1].date_end) == (D, D)  # and takes the days the dated report gives


def test_without_a_story_mate_an_undated_report_stays_alone():
    dated = trip("e1", "A", ["Ana Ruiz", "Bo Lind"], start=D)
    undated = trip("e2", "B", ["Hans Weber", "Maria Lopez"])
    out = cluster_events([dated, undated])
    assert out[0].cluster_id != out[1].cluster_id


def test_one_shared_surname_is_no_story():
    anchors = {"A": D}
    mentions = [Mention("A", ("Hans Weber",), ()), Mention("B", ("Karl Weber",), ())]
    assert borrowed_anchors(mentions, anchors) == {}


def test_a_person_and_a_place_make_a_story():
    anchors = {"A": D}
    mentions = [Mention("A", ("Hans Weber",), ("Valdora",)), Mention("B", ("Weber",), ("Valdora",))]
    assert borrowed_anchors(mentions, anchors) == {"B": D}


def test_best_mates_far_apart_lend_nothing():
    # two equally close reports a month apart: which of the two stories the page tells is unknown
    anchors = {"A": D, "C": date(2022, 6, 20)}
    mentions = [Mention("A", ("Hans Weber",), ("Valdora",)), Mention("C", ("Hans Weber",), ("Valdora",)),
                Mention("B", ("Hans Weber",), ("Valdora",))]
    assert borrowed_anchors(mentions, anchors) == {}


def test_the_closest_mate_wins():
    anchors = {"A": D, "C": date(2022, 6, 20)}
    mentions = [Mention("A", ("Hans Weber", "Maria Lopez"), ("Valdora",)), Mention("C", ("Hans Weber",), ()),
                Mention("B", ("Hans Weber", "Maria Lopez"), ("Valdora",))]
    assert borrowed_anchors(mentions, anchors) == {"B": D}


def test_the_flow_merge_borrows_the_same_anchor():
    # the staged-table path (``dateline.merge``, as the incremental flow runs it) reads the same story
    from dateline.merge import merge
    from dateline.tables import events_table

    dated = trip("e1", "A", ["Hans Weber", "Maria Lopez"], start=D)
    undated = trip("e2", "B", ["Hans Weber", "Maria Lopez"])
    events = merge(events_table([dated, undated]))["events"].to_pylist()
    assert len({e["cluster_id"] for e in events}) == 1
