"""A visit its page tells as held but that the cluster dates after the page's own day is planned; a day lent by
the story (no day of the page's own) weighs nothing. Hand-built events, invented names and places."""

from __future__ import annotations

from datetime import date

from dateline.extractors.events import cluster_events
from dateline.extractors.events.page_day_status import held_by_page_day, not_yet_held
from dateline.extractors.records import Event, Participant, Place

VARNO = Place("Varno", "XK")


def visit(eid: str, art: str, start: date | None, end: date | None, status: str = "occurred") -> Event:
    return Event(eid, art, "travel", "visit", (Participant("Tomas Veldor", mention="Tomas Veldor"),),
                 destination=VARNO, date_start=start, date_end=end, status=status)


def test_a_visit_told_held_that_starts_after_its_page_s_day_is_planned() -> None:
    e = visit("p", "A", date(2023, 3, 9), date(2023, 3, 10))
    assert not_yet_held(e, date(2023, 3, 4)).status == "planned"


def test_a_visit_on_or_before_its_page_s_day_stays_held() -> None:
    assert not_yet_held(visit("p", "A", date(2023, 3, 4), date(2023, 3, 5)), date(2023, 3, 4)).status == "occurred"
    assert not_yet_held(visit("p", "A", date(2023, 3, 1), None), date(2023, 3, 4)).status == "occurred"


def test_no_day_of_its_own_or_no_days_change_nothing() -> None:
    e = visit("p", "A", date(2023, 3, 9), date(2023, 3, 10))
    assert not_yet_held(e, None) is e
    undated = visit("u", "A", None, None)
    assert not_yet_held(undated, date(2023, 3, 4)) is undated
    called_off = visit("c", "A", date(2023, 3, 9), date(2023, 3, 10), status="cancelled")
    assert held_by_page_day([called_off], {"A": date(2023, 3, 4)}) == [called_off]


def test_a_preview_dated_by_its_cluster_after_its_page_s_day_is_planned() -> None:
    # "Veldor is on a two-day visit to Varno" in a preview of March 4; a report gives the days, March 9-10
    preview = visit("p", "A", None, None)
    report = visit("r", "B", date(2023, 3, 9), date(2023, 3, 10))
    own = {"A": date(2023, 3, 4), "B": date(2023, 3, 11)}
    out = {e.event_id: e for e in cluster_events([preview, report], published=own, own_days=own)}
    assert out["p"].cluster_id == out["r"].cluster_id
    assert out["p"].date_start == date(2023, 3, 9)
    assert out["p"].status == "planned"
    assert out["r"].status == "occurred"  # written after the visit


def test_a_day_the_story_lends_is_not_the_page_s_day() -> None:
    preview = visit("p", "A", None, None)
    report = visit("r", "B", date(2023, 3, 9), date(2023, 3, 10))
    lent = {"A": date(2023, 3, 4)}  # the story's day, the merge's anchor: no day of the page's own
    out = {e.event_id: e for e in cluster_events([preview, report], published=lent, own_days={})}
    assert out["p"].date_start == date(2023, 3, 9)
    assert out["p"].status == "occurred"
