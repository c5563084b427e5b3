"""One spelling per person across reports (made-up names and events, built as the merge receives them; no model)."""

from __future__ import annotations

from datetime import date

from dateline.extractors.events import cluster_events
from dateline.extractors.events.name_variants import one_spelling, respelled, spellings
from dateline.extractors.records import Event, Participant, Place
from dateline.tables import events_table

LIMA = Place("Lima", "PE", -12.04, -77.03)
MAY = {d: date(2022, 5, d) for d in range(1, 32)}


def trip(eid: str, art: str, *people: str, day: int = 14) -> Event:
    parts = tuple(Participant(p, mention=p) for p in people)
    return Event(eid, art, "travel", "visit", parts, destination=LIMA, date_start=MAY[day], date_end=MAY[day])


def names(events: list[Event]) -> dict[str, list[str]]:
    return {e.event_id: [p.name for p in e.participants] for e in events}


def test_a_name_one_report_misspells_takes_the_form_the_others_use():
    got = names(one_spelling([trip("a", "A", "Tomas Verhalen"), trip("b", "B", "Tomas Verhalen", "Ana Ruiz"),
                              trip("c", "C", "Tomas Verhallen")]))
    assert got["c"] == ["Tomas Verhalen"]
    assert got["b"] == ["Tomas Verhalen", "Ana Ruiz"]


def test_a_word_glued_on_or_two_tokens_run_together_are_the_same_name():
    fixed = spellings([("A", "Tomas Verhalen"), ("B", "Tomas Verhalen"), ("C", "Tomas Verhalenwill"),
                       ("D", "TomasVerhalen")])
    assert fixed == {"Tomas Verhalenwill": "Tomas Verhalen", "TomasVerhalen": "Tomas Verhalen"}


def test_different_people_and_undecided_spellings_are_left_alone():
    # a shared surname spelt one letter apart, but another given name: two people
    assert spellings([("A", "Omar Hassen"), ("B", "Omar Hassen"), ("C", "Lena Hassan")]) == {}
    # as many reports each way: nothing says which is right
    assert spellings([("A", "Tomas Verhalen"), ("B", "Tomas Verhallen")]) == {}
    # short names differ by one letter too often
    assert spellings([("A", "Kim"), ("B", "Kim"), ("C", "Kin")]) == {}


def test_the_misspelt_report_joins_the_others_cluster():
    events = [trip("a", "A", "Tomas Verhalen"), trip("b", "B", "Tomas Verhalen"), trip("c", "C", "Tomas Verhallen")]
    out = cluster_events(events)
    assert len({e.cluster_id for e in out}) == 1
    assert {p.name for e in out for p in e.participants} == {"Tomas Verhalen"}


def test_staged_rows_are_respelled_the_same_way():
    events = [trip("a", "A", "Tomas Verhalen"), trip("b", "B", "Tomas Verhalen"),
              trip("c", "C", "Tomas Verhalenwill", "Ana Ruiz")]
    table = respelled(events_table(events))
    rows = {r["event_id"]: [p["name"] for p in r["participants"]] for r in table.to_pylist()}
    assert rows == {"a": ["Tomas Verhalen"], "b": ["Tomas Verhalen"], "c": ["Tomas Verhalen", "Ana Ruiz"]}
    assert table.schema == events_table(events).schema
