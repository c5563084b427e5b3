"""benchmarks/real_news/stop_census.py: why a gold itinerary stop is missed or wrong (made-up traveller and places)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench_scripts import load_script

STOP_CENSUS_PY = Path(__file__).resolve().parents[2] / "benchmarks" / "real_news" / "stop_census.py"


def _mod():
    return load_script(STOP_CENSUS_PY)


def _stop(place, arrive=None, depart=None):
    return {"place": place, "arrive": arrive, "depart": depart}


def _row(i, place, arrive=None, depart=None, who="Ana Ruiz"):
    return {"traveler": who, "stop_index": i, "place": place, "arrive": arrive, "depart": depart}


def _event(etype, who, **places):
    return {"event_type": etype, "participants": [{"name": who}], **{k: {"name": v} for k, v in places.items()}}


def test_each_stop_gets_the_class_of_its_miss():
    gold = {"itineraries": [{"traveler": "Ana Ruiz", "stops": [
        _stop("Lima", "2022-05-18", "2022-05-20"), _stop("Quito", "2022-05-20"), _stop("Orvala"),
        _stop("Tembara"), _stop("Cuzco"), _stop("Lima")]}]}
    tables = {
        "itineraries": [_row(0, "Lima", "2022-05-18", "2022-05-20"), _row(1, "Quito", "2022-05-21")],
        "events": [_event("meeting", "Ana Ruiz", location="Orvala"),
                   _event("travel", "Hans Weber", destination="Tembara")],
    }
    got = [c for c, *_ in _mod().classify(tables, gold)]
    assert got == ["right", "dates: arrive wrong", "no stop: their event there gives no step",
                   "no stop: only another traveller's event there", "no stop: no event placed there",
                   "walk: place only at an earlier stop"]


def test_a_traveller_with_no_itinerary_is_classed_by_the_events_naming_them():
    gold = {"itineraries": [{"traveler": "Ana Ruiz", "stops": [_stop("Lima")]}]}
    tables = {"itineraries": [], "events": [_event("meeting", "Ana Ruiz", location="Lima")]}
    assert _mod().classify(tables, gold)[0][0] == "no itinerary: named only in meetings"


@pytest.mark.parametrize("split", ["dev_f", "blind"])
def test_refuses_the_line_only_splits(split):
    with pytest.raises(SystemExit):
        _mod().main([split])


def test_rebuild_gives_the_builders_stops_of_an_events_table():
    import dataclasses
    from datetime import date

    from dateline.extractors.records import Event, Participant, Place
    from dateline.itineraries import itineraries

    ana = (Participant("Ana Ruiz"),)
    events = [
        Event("e1", "a1", "travel", "arrive", ana, destination=Place("Orvala"), date_start=date(2022, 5, 18),
              date_end=date(2022, 5, 18), status="occurred", cluster_id="c1"),
        Event("e2", "a1", "travel", "arrive", ana, destination=Place("Tembara"), date_start=date(2022, 5, 20),
              date_end=date(2022, 5, 20), status="planned", start_char=40, cluster_id="c2"),
    ]
    rows = [dataclasses.asdict(e) for e in events]
    stops = [dataclasses.asdict(s) for s in itineraries(events)]
    assert [s["place"] for s in stops] == ["Orvala", "Tembara"]
    assert _mod().rebuilt(rows) == stops


def test_rebuild_needs_a_run_folder():
    with pytest.raises(SystemExit):
        _mod().main(["dev_k", "--rebuild"])
