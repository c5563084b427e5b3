"""Schemas: every table round-trips through Parquet with its version, and the builder refuses rows that do not fit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dateline.extractors.records import Event, ItineraryStop, Participant, Place
from dateline.schemas import TABLES, VERSION_KEY, build_table


def test_every_table_has_a_name_a_version_and_documented_columns() -> None:
    assert set(TABLES) == {"articles", "temporal_expressions", "events", "clusters", "itineraries", "rejected"}
    for name, module in TABLES.items():
        assert name == module.TABLE
        assert module.SCHEMA.metadata[VERSION_KEY] == str(module.SCHEMA_VERSION).encode()
        if name != "itineraries":
            assert "article_id" in module.SCHEMA.names or name in {"rejected", "clusters"}


def test_events_round_trip_with_nested_records(tmp_path: Path) -> None:
    event = Event(
        event_id="evt_1", article_id="art_1", event_type="meeting", subtype="talks",
        participants=(Participant("Ada Lovelace", "Minister", "GB", "Lovelace"),),
        location=Place("Paris", "FR", 48.85, 2.35), date_start=date(2021, 3, 16), date_end=date(2021, 3, 16),
        date_value="2021-03-16", status="occurred", trigger="met", sentence="They met.", start_char=0, end_char=9,
        confidence=0.9, cluster_id="clu_1",
    )
    table = build_table(TABLES["events"].SCHEMA, [event])
    pq.write_table(table, tmp_path / "e.parquet")
    back = pq.read_table(tmp_path / "e.parquet")
    assert back.schema.metadata[VERSION_KEY] == b"1"
    row = back.to_pylist()[0]
    assert row["participants"][0] == {"name": "Ada Lovelace", "role": "Minister", "country_code": "GB",
                                      "mention": "Lovelace"}
    assert row["location"]["name"] == "Paris" and row["origin"] is None
    assert row["date_start"] == date(2021, 3, 16)


def test_itinerary_rows_from_dataclasses() -> None:
    stop = ItineraryStop("Ada Lovelace", 0, "Paris", "FR", 48.85, 2.35, None, date(2021, 3, 17), ("evt_1",))
    assert build_table(TABLES["itineraries"].SCHEMA, [stop]).to_pylist()[0]["event_ids"] == ["evt_1"]


def test_builder_rejects_unknown_and_missing_keys_and_nulls() -> None:
    schema = TABLES["rejected"].SCHEMA
    good = {"reject_id": "r", "source": "s", "locator": None, "stage": "read", "reason": "x", "raw": None,
            "raw_pointer": None, "run_id": "run", "article_id": None}
    assert build_table(schema, [good]).num_rows == 1
    with pytest.raises(ValueError, match="unknown \\['typo'\\]"):
        build_table(schema, [{**good, "typo": 1}])
    with pytest.raises(ValueError, match="missing \\['reason'\\]"):
        build_table(schema, [{k: v for k, v in good.items() if k != "reason"}])
    with pytest.raises(ValueError, match="may not be null"):
        build_table(schema, [{**good, "reason": None}])
