"""Cross-article clusters on hand-built events: a report's own account of a visit, not its landing, is the mention
that joins the visit another report tells (a cluster takes one mention per article); two readings of a visit's
days with as many reports behind each leave each report its own days."""

from __future__ import annotations

from datetime import date

from dateline.extractors.events import cluster_events
from dateline.extractors.records import Event, Participant, Place

ORVALA = Place("Orvala", "PE")


def trip(eid, art, subtype, start, end, status="occurred", place=ORVALA):
    return Event(eid, art, "travel", subtype, (Participant("Maria Lopez", mention="Maria Lopez"),),
                 destination=place, date_start=start, date_end=end, status=status)


def test_the_visit_not_its_landing_joins_the_other_report_of_the_visit():
    preview = trip("p", "A", "visit", date(2022, 4, 5), date(2022, 4, 7), status="planned")
    landing = trip("z", "B", "arrive", date(2022, 4, 6), date(2022, 4, 6))  # first of equals before
    report = trip("r", "B", "visit", date(2022, 4, 5), date(2022, 4, 8))
    out = {e.event_id: e for e in cluster_events([landing, preview, report])}
    assert out["p"].cluster_id == out["r"].cluster_id
    assert out["z"].cluster_id != out["r"].cluster_id


def test_two_readings_of_the_days_each_keep_their_own():
    for ids in (("a", "b"), ("b", "a")):
        one = trip(ids[0], "A", "visit", date(2022, 4, 9), date(2022, 4, 12), status="planned")
        two = trip(ids[1], "B", "visit", date(2022, 4, 9), date(2022, 4, 13))
        out = {e.article_id: e for e in cluster_events([one, two])}
        assert out["A"].cluster_id == out["B"].cluster_id
        assert (out["A"].date_start, out["A"].date_end) == (date(2022, 4, 9), date(2022, 4, 12))
        assert (out["B"].date_start, out["B"].date_end) == (date(2022, 4, 9), date(2022, 4, 13))


def test_on_a_tie_the_visit_s_days_beat_the_single_day_in_either_order():
    for order in ((0, 1), (1, 0)):
        evs = [trip("a", "A", "visit", date(2022, 4, 20), date(2022, 4, 20)),
               trip("b", "B", "visit", date(2022, 4, 20), date(2022, 4, 21), status="planned")]
        out = {e.event_id: e for e in cluster_events([evs[i] for i in order])}
        assert (out["a"].date_start, out["a"].date_end) == (date(2022, 4, 20), date(2022, 4, 21))
