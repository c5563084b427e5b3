"""Cross-article clusters (issue-44combo-r2): a report that tells a visit and, later, its traveller arriving at one
venue of it ('arrived at the X College in P', placed in P by ``venue_sites``) gives the visit's cluster both of its
mentions; a cluster otherwise takes one mention per article, so one of the two was left in a cluster of its own,
parting the visit other reports tell. Made-up sentences through the pipeline, and hand-built events."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from made_up_text import run

from dateline.extractors.events import cluster_events
from dateline.extractors.records import Event, Participant, Place

DENMARK = Place("Denmark", "DK")
SITE = Place("Nordby Teachers College, Aarhus", "DK", 56.15674, 10.21076)


def _as(article: str, events: list) -> list:
    return [replace(e, article_id=article, event_id=f"{article}{e.event_id}") for e in events]


def test_a_report_s_visit_and_its_site_arrival_both_join_the_visit_another_report_tells(nlp):
    preview = _as("A", run(nlp, "Ana Weber will visit Denmark on March 9 and 10, her office said."))
    report = _as("B", run(nlp, "Ana Weber concluded her two-day visit to Denmark on Thursday, with the farewell at "
                               "the airport. On Thursday, Ana Weber arrived at the Nordby Teachers College in "
                               "Aarhus to meet students."))
    trips = [e for e in cluster_events(preview + report) if e.event_type == "travel"]
    assert sorted((e.article_id, e.subtype) for e in trips) == [("A", "visit"), ("B", "arrive"), ("B", "visit")]
    assert len({e.cluster_id for e in trips}) == 1


def trip(eid: str, art: str, subtype: str, dest: Place, start: date, end: date, who: str = "Ana Weber") -> Event:
    return Event(eid, art, "travel", subtype, (Participant(who, mention=who),), destination=dest,
                 date_start=start, date_end=end, status="occurred")


def _clusters(events: list[Event]) -> dict[str, str]:
    return {e.event_id: e.cluster_id for e in cluster_events(events)}


def test_the_site_arrival_joins_in_either_order():
    for arrival_first in (True, False):
        evs = [trip("p", "A", "visit", DENMARK, date(2022, 4, 5), date(2022, 4, 6)),
               trip("v", "B", "visit", DENMARK, date(2022, 4, 5), date(2022, 4, 6)),
               trip("s", "B", "arrive", SITE, date(2022, 4, 6), date(2022, 4, 7))]
        out = _clusters(evs[::-1] if arrival_first else evs)
        assert out["p"] == out["v"] == out["s"]


def test_a_site_arrival_on_a_day_after_the_visit_is_no_step_of_it():
    out = _clusters([trip("p", "A", "visit", DENMARK, date(2022, 4, 5), date(2022, 4, 6)),
                     trip("v", "B", "visit", DENMARK, date(2022, 4, 5), date(2022, 4, 6)),
                     trip("s", "B", "arrive", SITE, date(2022, 4, 7), date(2022, 4, 7))])
    assert out["p"] == out["v"] != out["s"]


def test_an_arrival_in_the_city_itself_is_no_site_and_two_site_arrivals_of_a_report_are_two():
    aarhus = Place("Aarhus", "DK", 56.15674, 10.21076)
    out = _clusters([trip("p", "A", "visit", DENMARK, date(2022, 4, 5), date(2022, 4, 6)),
                     trip("v", "B", "visit", DENMARK, date(2022, 4, 5), date(2022, 4, 6)),
                     trip("c", "B", "arrive", aarhus, date(2022, 4, 5), date(2022, 4, 5))])
    assert out["p"] == out["v"] != out["c"]
    out = _clusters([trip("p", "A", "visit", DENMARK, date(2022, 4, 5), date(2022, 4, 6)),
                     trip("s", "B", "arrive", SITE, date(2022, 4, 5), date(2022, 4, 5)),
                     trip("t", "B", "arrive", replace(SITE, name="Holm Harbour Hall, Aarhus"), date(2022, 4, 6),
                          date(2022, 4, 6))])
    assert out["s"] != out["t"]
