"""The incremental merge: any split of a corpus into successive runs gives the clusters, events and itineraries of
one run over all of it (hypothesis), only touched months are rewritten, and ``--full`` rebuilds the same."""

from __future__ import annotations

from datetime import date, timedelta

import pyarrow.compute as pc
import pyarrow.dataset as ds
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from merge_stores import KEYS, content, merged_at_once_and_in_runs, stage, write_articles

from dateline.extractors.events import build_itineraries
from dateline.extractors.records import Event, Participant, Place
from dateline.incremental import merge_store
from dateline.itineraries import itineraries
from dateline.merge import merge, merged_table
from dateline.store import OutputStore

PEOPLE = ["Ana Ruiz", "Bo Lind", "Cy Moss", "Dee Pratt", "Ruiz", "Lind"]  # surnames alone share a token
PLACES = [Place("Lisbon", "PT", 38.7, -9.1), Place("Oslo", "NO", 59.9, 10.7), Place("Portugal", "PT"), None]
DAY0 = date(2022, 1, 27)  # the month boundary falls inside the drawn days


@st.composite
def mentions(draw) -> Event:
    kind = draw(st.sampled_from(["meeting", "travel"]))
    who = draw(st.lists(st.sampled_from(PEOPLE), min_size=0, max_size=3, unique=True))
    dated = draw(st.sampled_from(["day", "span", "none", "open"]))
    d = DAY0 + timedelta(days=draw(st.integers(0, 12)))
    start, end = {"day": (d, d), "span": (d, d + timedelta(days=6)), "none": (None, None), "open": (d, None)}[dated]
    place = draw(st.sampled_from(PLACES))
    sub = draw(st.sampled_from(["talks", "summit"] if kind == "meeting" else ["arrive", "depart"]))
    return Event("", "", kind, sub, tuple(Participant(p, mention=p) for p in who),
                 location=place if kind == "meeting" else None, destination=place if kind == "travel" else None,
                 date_start=start, date_end=end, status=draw(st.sampled_from(["occurred", "planned", "cancelled"])))


@st.composite
def corpora(draw) -> tuple[list[Event], list[int]]:
    """Articles of 1-3 mentions, and the run (0..3) each article arrives in."""
    events: list[Event] = []
    n_articles = draw(st.integers(2, 9))
    for a in range(n_articles):
        for i, e in enumerate(draw(st.lists(mentions(), min_size=1, max_size=3))):
            events.append(Event(**{**e.__dict__, "event_id": f"e{a}_{i}", "article_id": f"art{a}",
                                   "start_char": 10 * i}))
    runs = draw(st.lists(st.integers(0, 3), min_size=n_articles, max_size=n_articles))
    return events, runs






@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpora())
def test_any_split_into_runs_gives_the_clusters_of_one_run(corpus) -> None:
    events, runs = corpus
    with merged_at_once_and_in_runs(events, runs) as (one, split):
        assert content(split) == content(one)
        whole = merge(OutputStore(one).staged_events())  # the one-table path agrees too
        for name, keys in KEYS.items():
            t = whole[name].take(pc.sort_indices(whole[name], [(k, "ascending") for k in keys]))
            assert t.to_pylist() == content(one)[name]


CITIES = [Place("Lisbon", "PT", 38.7, -9.1), Place("Oslo", "NO", 59.9, 10.7), Place("Portugal", "PT"),
          Place("Porto", "PT", 41.1, -8.6), Place("Norway", "NO")]


@st.composite
def trips(draw) -> tuple[list[Event], list[int]]:
    """Many reports of few travellers over seven weeks (three months), arriving in up to five runs in any order:
    later runs add stops before, between and after the earlier ones, re-date undated steps of their articles,
    name a surname that a fuller name makes someone else, and tell trips reached only by a day."""
    events: list[Event] = []
    n_articles = draw(st.integers(2, 12))
    for a in range(n_articles):
        for i in range(draw(st.integers(1, 4))):
            kind = draw(st.sampled_from(["meeting", "travel", "travel"]))
            who = draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=2, unique=True))
            day = DAY0 + timedelta(days=draw(st.integers(0, 48)))
            dated = draw(st.sampled_from(["day", "day", "none", "week", "by"]))
            # "by": a trip whose start the report leaves open, ending on a day the story names (there by then)
            start, end = {"day": (day, day), "none": (None, None), "week": (day, day + timedelta(days=6)),
                          "by": (None, day)}[dated]
            here, there = draw(st.sampled_from(CITIES)), draw(st.sampled_from(CITIES))
            events.append(Event(
                f"e{a}_{i}", f"art{a}", kind, "talks" if kind == "meeting" else draw(st.sampled_from(["arrive",
                                                                                                     "visit"])),
                tuple(Participant(p, mention=p) for p in who), location=here if kind == "meeting" else None,
                origin=there if kind == "travel" and draw(st.booleans()) else None,
                destination=here if kind == "travel" else None, date_start=start, date_end=end,
                date_value=day.isoformat() if dated == "by" else None,
                status=draw(st.sampled_from(["occurred", "planned", "planned", "cancelled"])), start_char=10 * i))
    runs = draw(st.lists(st.integers(0, 4), min_size=n_articles, max_size=n_articles))
    return events, runs


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trips())
def test_any_split_into_runs_gives_the_itineraries_of_one_run(corpus) -> None:
    events, runs = corpus
    with merged_at_once_and_in_runs(events, runs) as (one, split):
        assert content(split) == content(one)
        clustered = [e for e in _clustered(events)]
        assert content(one)["itineraries"] == merged_table("itineraries", build_itineraries(clustered)).take(
            pc.sort_indices(merged_table("itineraries", build_itineraries(clustered)),
                            [("traveler", "ascending"), ("stop_index", "ascending")])).to_pylist()


@settings(max_examples=40, deadline=None)
@given(corpora())
def test_itineraries_by_name_group_equal_one_build(corpus) -> None:
    events, _ = corpus
    clustered = [e for e in _clustered(events)]
    assert itineraries(clustered) == sorted(build_itineraries(clustered), key=lambda s: (s.traveler, s.stop_index))


def _clustered(events: list[Event]) -> list[Event]:
    from dateline.extractors.events import cluster_events

    return cluster_events(events)


def test_a_run_rewrites_only_the_months_it_touches(tmp_path) -> None:
    store = OutputStore(str(tmp_path))
    jan = [Event("a1", "A", "meeting", "talks", (Participant("Ana Ruiz", mention="Ana Ruiz"),),
                 date_start=date(2022, 1, 5), date_end=date(2022, 1, 5))]
    mar = [Event("b1", "B", "meeting", "talks", (Participant("Bo Lind", mention="Bo Lind"),),
                 date_start=date(2022, 3, 5), date_end=date(2022, 3, 5))]
    stage(store, jan, "b_1")
    merge_store(store)
    before = (tmp_path / "events" / "part-2022-01.parquet").stat().st_mtime_ns
    stage(store, mar, "b_2")
    counts = merge_store(store)
    assert (tmp_path / "events" / "part-2022-01.parquet").stat().st_mtime_ns == before
    assert sorted(p.name for p in (tmp_path / "events").iterdir()) == ["part-2022-01.parquet", "part-2022-03.parquet"]
    assert counts["events_meeting"] == 2 and counts["clusters"] == 2
    assert merge_store(store) == counts  # nothing new: nothing rewritten, same totals
    assert merge_store(store, full=True) == counts


def test_a_later_report_joins_an_earlier_cluster(tmp_path) -> None:
    store = OutputStore(str(tmp_path))
    day = date(2022, 5, 10)
    first = Event("a1", "A", "meeting", "talks", (Participant("Ana Ruiz", mention="Ana Ruiz"),),
                  location=Place("Lisbon", "PT"), date_start=day, date_end=day)
    second = Event("b1", "B", "meeting", "talks", (Participant("Ruiz", mention="Ruiz"),), date_start=day,
                   date_end=day)
    stage(store, [first], "b_1")
    merge_store(store)
    stage(store, [second], "b_2")
    merge_store(store)
    events = ds.dataset(str(tmp_path / "events")).to_table()
    assert len(set(events.column("cluster_id").to_pylist())) == 1
    assert ds.dataset(str(tmp_path / "clusters")).to_table().num_rows == 1


def test_dateline_merge_full_from_the_command_line(tmp_path, capsys) -> None:
    from dateline.cli import main

    stage(OutputStore(str(tmp_path)), [Event("a1", "A", "meeting", "talks", (Participant("Ana Ruiz"),),
                                              date_start=date(2022, 1, 5), date_end=date(2022, 1, 5))], "x_1")
    assert main(["merge", str(tmp_path), "--full"]) == 0  # (a part named like a batch would need its manifest)
    assert "clusters\t1" in capsys.readouterr().out
    assert sorted(p.name for p in (tmp_path / "itineraries").iterdir()) == ["part-empty.parquet"]


def test_a_merge_killed_half_way_is_redone_in_full(tmp_path) -> None:
    from dateline.incremental import IN_PROGRESS

    store = OutputStore(str(tmp_path))
    stage(store, [Event("a1", "A", "travel", "arrive", (Participant("Ana Ruiz"),), destination=Place("Oslo", "NO"),
                         date_start=date(2022, 1, 5), date_end=date(2022, 1, 5))], "x_1")
    expected = merge_store(store)
    store.write_bytes(IN_PROGRESS, b"")  # as a killed merge leaves it
    for f in store.files("itineraries"):
        store.fs.delete_file(f)
    assert merge_store(store) == expected
    assert not (tmp_path / IN_PROGRESS).exists()


def test_a_later_trip_continues_the_itinerary_without_rebuilding_it(tmp_path, monkeypatch) -> None:
    import dateline.itinerary_store as kept

    store = OutputStore(str(tmp_path))

    def trip(eid: str, art: str, day: date, to: Place) -> Event:
        return Event(eid, art, "travel", "arrive", (Participant("Ana Ruiz", mention="Ana Ruiz"),), destination=to,
                     date_start=day, date_end=day, status="occurred")

    stage(store, [trip("a1", "A", date(2022, 1, 5), CITIES[0]), trip("a2", "A2", date(2022, 1, 9), CITIES[1])],
           "b_1")
    merge_store(store)
    monkeypatch.setattr(kept, "build_one", lambda *a: pytest.fail("an established traveller was rebuilt"))
    stage(store, [trip("b1", "B", date(2022, 2, 2), CITIES[3])], "b_2")  # within STOP_GAP_DAYS of the last stop
    merge_store(store)
    stops = store.read("itineraries").to_pylist()
    assert [(s["stop_index"], s["place"], s["depart"]) for s in stops] == [
        (0, "Lisbon", date(2022, 1, 9)), (1, "Oslo", date(2022, 2, 2)), (2, "Porto", None)]


def test_a_store_merged_before_itinerary_state_is_rebuilt(tmp_path) -> None:
    from dateline.itinerary_store import PEOPLE

    store = OutputStore(str(tmp_path))
    stage(store, [Event("a1", "A", "travel", "arrive", (Participant("Ana Ruiz"),), destination=CITIES[1],
                         date_start=date(2022, 1, 5), date_end=date(2022, 1, 5))], "b_1")
    expected = merge_store(store)
    for f in store.files(PEOPLE):  # as the previous version left a store: no itinerary state
        store.fs.delete_file(f)
    assert merge_store(store) == expected
    assert store.files(PEOPLE)


def test_a_return_in_an_earlier_run_takes_its_journey_start_from_a_later_runs_article(tmp_path) -> None:
    """Run 1 stages a preview ('will return to Lisbon on Feb 4'); run 2 the report of the arrival in Oslo on Feb 1:
    the departure the return implies moves to Feb 1 in the store as in one build (the store re-dates every visit of
    a traveller it touches, not only those of the run's articles)."""
    store = OutputStore(str(tmp_path))
    ruiz = (Participant("Ana Ruiz", "PT", mention="Ana Ruiz"),)
    back = Event("r1", "P", "travel", "return", ruiz, destination=CITIES[0], date_start=date(2022, 2, 4),
                 date_end=date(2022, 2, 4), status="planned", start_char=30)
    there = Event("a1", "O", "travel", "arrive", ruiz, destination=CITIES[1], date_start=date(2022, 2, 1),
                  date_end=date(2022, 2, 1), status="occurred", start_char=5)
    stage(store, [back], "b_1")
    merge_store(store)
    stage(store, [there], "b_2")
    merge_store(store)
    got = [(s["place"], s["arrive"], s["depart"]) for s in sorted(store.read("itineraries").to_pylist(),
                                                                  key=lambda s: s["stop_index"])]
    assert got == [("Lisbon", None, date(2022, 2, 1)), ("Oslo", date(2022, 2, 1), date(2022, 2, 4)),
                   ("Lisbon", date(2022, 2, 4), None)]


def _preview_and_report(tmp_path, published: dict, story_days: dict) -> dict[str, str]:
    """A preview of March 4 tells "Veldor is on a two-day visit to Varno" (held, undated); a later report gives the
    days, March 9-10. The status each event leaves the flow's merge with."""
    store = OutputStore(str(tmp_path))
    veldor = (Participant("Tomas Veldor", mention="Tomas Veldor"),)
    varno = Place("Varno", "XK")
    preview = Event("p1", "A", "travel", "visit", veldor, destination=varno, status="occurred")
    report = Event("r1", "B", "travel", "visit", veldor, destination=varno, date_start=date(2023, 3, 9),
                   date_end=date(2023, 3, 10), status="occurred")
    write_articles(store, story_days, "b_1", published)
    stage(store, [preview, report], "b_1")
    merge_store(store)
    return {r["event_id"]: r["status"] for r in store.read("events").to_pylist()}


def test_the_merge_weighs_a_held_event_by_its_page_s_own_day(tmp_path) -> None:
    got = _preview_and_report(tmp_path, {"A": date(2023, 3, 4), "B": date(2023, 3, 11)}, {"A": None, "B": None})
    assert got == {"p1": "planned", "r1": "occurred"}


def test_the_merge_does_not_weigh_a_held_event_by_a_lent_day(tmp_path) -> None:
    got = _preview_and_report(tmp_path, {"B": date(2023, 3, 11)}, {"A": date(2023, 3, 4), "B": None})
    assert got == {"p1": "occurred", "r1": "occurred"}
