"""A gathering whose people come from its story ("day one of the summit" in a report on two leaders) links to the
report that names them and dates and places it; weaker context stays apart (hand-built events, no model)."""

from __future__ import annotations

from datetime import date

from dateline.extractors.events import cluster_events
from dateline.extractors.records import Event, Participant, Place

D = date(2022, 5, 12)
LIMA = Place("Lima", "PE", -12.04, -77.03)
PUBLISHED = {"A": D, "B": date(2022, 5, 13)}


def meeting(eid: str, art: str, subtype: str, people: list[str], *, loc: Place | None = None,
            day: date | None = None, from_context: bool = False) -> Event:
    parts = tuple(Participant(p, mention=None if from_context else p) for p in people)
    return Event(eid, art, "meeting", subtype, parts, location=loc, date_start=day, date_end=day, status="occurred")


def ids(events: list[Event]) -> dict[str, str]:
    return {e.event_id: e.cluster_id for e in cluster_events(events, published=PUBLISHED)}


def test_an_undated_summit_of_the_storys_two_leaders_joins_the_dated_report():
    named = meeting("n", "A", "meeting", ["John Carter", "Maria Lopez"], loc=LIMA, day=D)  # "Carter met Lopez in Lima"
    story = meeting("s", "B", "summit", ["John Carter", "Maria Lopez"], from_context=True)  # "day one of the summit"
    out = {e.event_id: e for e in cluster_events([named, story], published=PUBLISHED)}
    assert out["n"].cluster_id == out["s"].cluster_id
    assert out["s"].date_start == D and out["s"].location == LIMA  # the report's day and place fill the gaps


def test_generic_talks_from_context_stay_apart():
    named = meeting("n", "A", "meeting", ["John Carter", "Maria Lopez"], loc=LIMA, day=D)
    talks = meeting("t", "B", "talks", ["John Carter", "Maria Lopez"], from_context=True)  # "the talks"
    got = ids([named, talks])
    assert got["n"] != got["t"]


def test_a_summit_from_context_does_not_join_a_meeting_with_a_third_party():
    named = meeting("n", "A", "meeting", ["John Carter", "Hans Weber"], loc=LIMA, day=D)
    story = meeting("s", "B", "summit", ["John Carter", "Maria Lopez"], from_context=True)
    got = ids([named, story])
    assert got["n"] != got["s"]


def test_a_summit_from_context_does_not_join_an_unplaced_report():
    named = meeting("n", "A", "meeting", ["John Carter", "Maria Lopez"], day=D)
    story = meeting("s", "B", "summit", ["John Carter", "Maria Lopez"], from_context=True)
    got = ids([named, story])
    assert got["n"] != got["s"]
