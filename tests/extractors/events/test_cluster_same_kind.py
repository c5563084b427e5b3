"""Cross-article clusters on hand-built events: when a plan fits two clusters that cannot join each other, it goes
to the one of its own kind ("will visit next month" is the visit, not the departure that ended it)."""

from __future__ import annotations

from datetime import date

from dateline.extractors.events import cluster_events
from dateline.extractors.records import Event, Participant, Place

LIMA = Place("Lima", "PE")


def trip(eid, art, subtype, start, end, value, status="occurred"):
    return Event(eid, art, "travel", subtype, (Participant("Maria Lopez", mention="Maria Lopez"),),
                 destination=LIMA, date_start=start, date_end=end, date_value=value, status=status)


def test_a_month_plan_to_visit_joins_the_visit_not_the_departure():
    departure = trip("x", "C", "depart", date(2022, 9, 11), date(2022, 9, 11), "2022-09-11")
    visit = trip("v", "B", "visit", date(2022, 9, 10), date(2022, 9, 10), "2022-09-10")
    plan = trip("a", "A", "visit", date(2022, 9, 1), date(2022, 9, 30), "2022-09", status="planned")
    out = {e.event_id: e for e in cluster_events([departure, visit, plan])}
    assert out["a"].cluster_id == out["v"].cluster_id != out["x"].cluster_id
    assert (out["a"].date_start, out["a"].date_end) == (date(2022, 9, 10), date(2022, 9, 10))


def test_with_no_cluster_of_its_kind_the_plan_still_joins():
    departure = trip("x", "C", "depart", date(2022, 9, 11), date(2022, 9, 11), "2022-09-11")
    plan = trip("a", "A", "visit", date(2022, 9, 1), date(2022, 9, 30), "2022-09", status="planned")
    out = {e.event_id: e for e in cluster_events([departure, plan])}
    assert out["a"].cluster_id == out["x"].cluster_id
