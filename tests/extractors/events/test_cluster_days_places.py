"""Cross-article clusters on hand-built events: a report dated only by a week or a month takes the days other reports
give; a place off the map does not keep two reports apart."""

from __future__ import annotations

from datetime import date

from dateline.extractors.events import cluster_events
from dateline.extractors.records import Event, Participant, Place

LIMA = Place("Lima", "PE")


def trip(eid, art, subtype, start, end, value, status="occurred"):
    return Event(eid, art, "travel", subtype, (Participant("Maria Lopez", mention="Maria Lopez"),),
                 destination=LIMA, date_start=start, date_end=end, date_value=value, status=status)


def test_a_month_takes_the_days_of_the_visit_inside_it():
    preview = trip("p", "A", "visit", date(2022, 4, 1), date(2022, 4, 30), "2022-04", status="planned")
    report = trip("r", "B", "visit", date(2022, 4, 24), date(2022, 4, 26), "2022-04-24")
    out = cluster_events([preview, report])
    assert out[0].cluster_id == out[1].cluster_id
    assert (out[0].date_start, out[0].date_end) == (date(2022, 4, 24), date(2022, 4, 26))
    assert out[0].status == "planned"  # what the preview reported


def test_on_a_tie_the_visit_s_days_beat_the_day_it_began():
    preview = trip("p", "A", "visit", date(2022, 4, 18), date(2022, 4, 24), "2022-W16", status="planned")
    arrival = trip("a", "B", "arrive", date(2022, 4, 20), date(2022, 4, 20), "2022-04-20")
    report = trip("r", "C", "visit", date(2022, 4, 20), date(2022, 4, 22), "2022-04-20")
    out = {e.event_id: e for e in cluster_events([preview, arrival, report])}
    assert len({e.cluster_id for e in out.values()}) == 1
    assert (out["p"].date_start, out["p"].date_end) == (date(2022, 4, 20), date(2022, 4, 22))


def test_days_a_report_gives_stay_though_another_says_which_month():
    report = trip("r", "A", "visit", date(2022, 4, 24), date(2022, 4, 26), "2022-04-24")
    preview = trip("p", "B", "visit", date(2022, 4, 1), date(2022, 4, 30), "2022-04", status="planned")
    out = {e.event_id: e for e in cluster_events([report, preview])}
    assert (out["r"].date_start, out["r"].date_end) == (date(2022, 4, 24), date(2022, 4, 26))


def test_a_month_with_no_days_inside_it_stays_a_month():
    preview = trip("p", "A", "visit", date(2022, 4, 1), date(2022, 4, 30), "2022-04", status="planned")
    other = trip("o", "B", "visit", None, None, None)
    out = {e.event_id: e for e in cluster_events([preview, other], published={"B": date(2022, 4, 3)})}
    assert (out["p"].date_start, out["p"].date_end) == (date(2022, 4, 1), date(2022, 4, 30))


def test_a_place_off_the_map_does_not_keep_two_reports_of_a_visit_apart():
    gulf = Place("Southern Gulf Region", None)
    one = Event("a", "A", "travel", "visit", (Participant("Maria Lopez", mention="Maria Lopez"),),
                destination=Place("Oman", "OM"), date_end=date(2022, 2, 5), status="occurred")
    two = Event("b", "B", "travel", "visit", (Participant("Maria Lopez", mention="Maria Lopez"),),
                destination=gulf, date_end=date(2022, 2, 5), status="occurred")
    out = {e.event_id: e for e in cluster_events([one, two])}
    assert out["a"].cluster_id == out["b"].cluster_id
    assert out["b"].destination == gulf  # nothing on the map to take from the other report
