"""A landing on the evening before a visit begins is the start of that visit, not another trip: within an article
(real pipeline, made-up text) and across articles (hand-built events). Only the day before the visit's first day:
a landing the day after a visit ends, or two days before it begins, stays apart."""

from __future__ import annotations

from datetime import date

from made_up_text import with_timexes

from dateline.extractors.events import cluster_events
from dateline.extractors.records import Event, Participant, Place

MON, TUE, THU = date(2022, 5, 9), date(2022, 5, 10), date(2022, 5, 12)
LIMA = Place("Lima", "PE")


def travel(nlp, text, timexes):
    return with_timexes(nlp, text, timexes, TUE, "travel")


def test_an_arrival_the_evening_before_a_visit_begins_is_that_visit(nlp, tx):
    text = ("Foreign Minister Hans Weber on Tuesday began a three-day visit to Peru. "
            "Weber, who arrived in Lima on Monday evening, will meet business leaders.")
    got = travel(nlp, text, [tx(text, "Tuesday", TUE), tx(text, "Monday evening", MON)])
    assert len(got) == 1
    assert (got[0].date_start, got[0].date_end) == (MON, THU)


def trip(eid, art, subtype, start, end, status="occurred"):
    return Event(eid, art, "travel", subtype, (Participant("Maria Lopez", mention="Maria Lopez"),),
                 destination=LIMA, date_start=start, date_end=end, date_value=start.isoformat(), status=status)


def test_a_landing_the_day_before_a_visit_clusters_with_it():
    visit = trip("v", "A", "visit", TUE, THU, status="planned")
    landing = trip("l", "B", "arrive", MON, MON)
    out = cluster_events([visit, landing])
    assert out[0].cluster_id == out[1].cluster_id
    assert (out[1].date_start, out[1].date_end) == (MON, MON)  # each report keeps its own days


def test_a_landing_two_days_before_or_after_the_visit_stays_apart():
    visit = trip("v", "A", "visit", TUE, THU)
    early = trip("e", "B", "arrive", date(2022, 5, 8), date(2022, 5, 8))
    late = trip("l", "C", "arrive", date(2022, 5, 13), date(2022, 5, 13))
    out = cluster_events([visit, early, late])
    assert len({e.cluster_id for e in out}) == 3


def test_a_visit_the_day_after_another_visit_stays_apart():
    first = trip("f", "A", "visit", MON, MON)
    second = trip("s", "B", "visit", TUE, THU)
    out = cluster_events([first, second])
    assert out[0].cluster_id != out[1].cluster_id


def test_a_landing_the_day_before_a_one_day_visit_stays_apart():
    landing = trip("l", "A", "arrive", MON, MON)
    stop = trip("s", "B", "visit", TUE, TUE)  # a stop of the trip ("will visit the palace"), not the trip itself
    out = cluster_events([landing, stop])
    assert out[0].cluster_id != out[1].cluster_id
