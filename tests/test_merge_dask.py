"""Merge units as Dask tasks give the tables of the serial merge, full and incremental (an in-process cluster:
threads, so the test starts in a second)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from merge_stores import content

from dateline.extractors.records import Event, Participant, Place
from dateline.incremental import merge_store
from dateline.store import STAGING_EVENTS, OutputStore
from dateline.tables import events_table

distributed = pytest.importorskip("distributed", reason="the dask extra (prefect-dask) is not installed")

PEOPLE = ["Ana Ruiz", "Bo Lind", "Cy Moss", "Dee Pratt", "Eli Varga", "Ruiz", "Moss"]
PLACES = [Place("Lisbon", "PT", 38.7, -9.1), Place("Oslo", "NO", 59.9, 10.7), Place("Porto", "PT", 41.1, -8.6),
          Place("Norway", "NO")]


def _corpus(n_articles: int, first: int, day0: date, seed: int) -> list[Event]:
    """Made-up reports of a few people meeting and travelling over about three months."""
    rng = random.Random(seed)
    events = []
    for a in range(first, first + n_articles):
        day = day0 + timedelta(days=rng.randrange(80))
        who = rng.sample(PEOPLE, 2)
        place, home = rng.sample(PLACES, 2)
        events.append(Event(f"m{a}", f"art{a}", "meeting", "talks", tuple(Participant(p, mention=p) for p in who),
                            location=place, date_start=day, date_end=day, status="occurred", start_char=0))
        dated = rng.random() < 0.8
        events.append(Event(f"t{a}", f"art{a}", "travel", "arrive", (Participant(who[0], mention=who[0]),),
                            origin=home, destination=place, date_start=day if dated else None,
                            date_end=day if dated else None, status="planned", start_char=50))
    return events




def test_merge_units_on_dask_give_the_serial_tables(tmp_path) -> None:
    runs = [_corpus(150, 0, date(2023, 1, 20), 1), _corpus(40, 1000, date(2023, 3, 1), 2)]
    with distributed.LocalCluster(n_workers=2, processes=False, threads_per_worker=1,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        for name, executor in (("serial", None), ("dask", client.get_executor())):
            store = OutputStore(str(tmp_path / name))
            for i, events in enumerate(runs):
                store.write(f"{STAGING_EVENTS}/part-b_{i}.parquet", events_table(events))
                merge_store(store, executor=executor)
        assert merge_store(OutputStore(str(tmp_path / "dask")), full=True, executor=client.get_executor()) \
            == merge_store(OutputStore(str(tmp_path / "serial")))
    serial, dask = content(str(tmp_path / "serial")), content(str(tmp_path / "dask"))
    assert serial == dask
    assert len(serial["clusters"]) > 100 and len(serial["itineraries"]) > 50
