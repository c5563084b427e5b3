"""Merge units and blocking spans (``extractors/events/blocks.py``) and what they mean for clustering."""

from __future__ import annotations

from datetime import date

from dateline.extractors.events import cluster_events
from dateline.extractors.events.blocks import article_anchors, block_span, unit_of
from dateline.extractors.records import Event, Participant

D = date(2022, 5, 10)


def ev(eid, art, start=None, end=None, people=("Ana Ruiz", "Bo Lind")):
    return Event(eid, art, "meeting", "talks", tuple(Participant(p, mention=p) for p in people),
                 date_start=start, date_end=end if end is not None else start)


def test_a_narrow_mention_lives_in_the_month_it_starts():
    assert unit_of("meeting", "A", D, D, None) == "meeting/2022-05"
    assert unit_of("travel", "A", date(2022, 5, 30), date(2022, 6, 5), None) == "travel/2022-05"


def test_undated_and_wide_mentions_take_their_articles_anchor():
    anchors = article_anchors([("A", D, D), ("A", None, None), ("B", None, None)], {"B": date(2022, 7, 1)})
    assert anchors == {"A": D, "B": date(2022, 7, 1)}
    assert unit_of("meeting", "A", None, None, anchors["A"]) == "meeting/2022-05"
    assert unit_of("meeting", "A", date(2022, 1, 1), None, anchors["A"]) == "meeting/2022-05"  # "since January"
    assert unit_of("meeting", "C", None, None, None) == "meeting/none/C"  # nothing dates it: joins nothing


def test_an_undated_mention_reaches_a_week_either_side_of_its_anchor():
    assert block_span(None, None, D) == (date(2022, 5, 3), date(2022, 5, 17))
    assert block_span(D, D, None) == (D, D)
    assert block_span(None, None, None) is None


def test_an_undated_report_joins_the_event_of_its_own_story_weeks_only():
    near = [ev("a1", "A", D), ev("b1", "B"), ev("b2", "B", date(2022, 5, 12), people=("Cy Moss",))]
    out = {e.event_id: e.cluster_id for e in cluster_events(near)}
    assert out["a1"] == out["b1"]
    far = [ev("a1", "A", D), ev("b1", "B"), ev("b2", "B", date(2022, 5, 27), people=("Cy Moss",))]
    out = {e.event_id: e.cluster_id for e in cluster_events(far)}
    assert out["a1"] != out["b1"]  # B's story is about the 27th: its "talks" is not the 10th's meeting


def test_reports_in_different_event_months_are_not_linked():
    out = cluster_events([ev("a1", "A", date(2022, 5, 30), date(2022, 6, 2)), ev("b1", "B", date(2022, 6, 1))])
    assert out[0].cluster_id != out[1].cluster_id  # the cost of month units, documented in blocks.py
