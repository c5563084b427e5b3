"""The whole flow on the sample articles, under one Prefect test server: every table written, real content found,
and a second run changes nothing."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from dateline.schemas import TABLES

pytestmark = pytest.mark.usefixtures("prefect_harness")

RUN_DATE = date(2026, 11, 23)


def _tables(out: Path) -> dict[str, list[dict]]:
    return {name: ds.dataset(out / name, format="parquet").to_table().to_pylist() for name in TABLES}


def _run(inputs: list[str], out: Path, **options) -> dict[str, int]:
    from dateline.flows.extract import extract_events
    from dateline.flows.params import RunParameters

    return extract_events(RunParameters(inputs=inputs, out=str(out), run_date=RUN_DATE, **options))


@pytest.fixture(scope="module")
def seeds_run(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    out = tmp_path_factory.mktemp("seeds") / "out"
    return out, _run([str(seeds_dir)], out, batch_size=2)


def test_all_six_tables_with_their_schemas(seeds_run) -> None:
    out, summary = seeds_run
    assert summary["articles_in"] == 3 and summary["articles_ok"] == 3 and summary["batches"] == 2
    for name, module in TABLES.items():
        dataset = ds.dataset(out / name, format="parquet")
        assert dataset.schema.remove_metadata() == module.SCHEMA.remove_metadata(), name
    tables = _tables(out)
    assert len(tables["articles"]) == 3 and not tables["rejected"]
    assert {a["published"] for a in tables["articles"]} == {date(2021, 3, 16), date(2021, 3, 17)}
    assert {a["published_source"] for a in tables["articles"]} == {"metadata"}


def test_finds_the_two_plus_two_meeting_in_tokyo(seeds_run) -> None:
    out, _ = seeds_run
    events = _tables(out)["events"]
    two_plus_two = [
        e for e in events
        if e["event_type"] == "meeting" and "two" in (e["subtype"] or "")
        and (e["location"] or {}).get("name") == "Tokyo"
        and e["date_start"] == date(2021, 3, 16)
    ]
    assert two_plus_two, [(e["subtype"], e["location"], e["date_start"]) for e in events]
    names = {p["name"] for e in two_plus_two for p in e["participants"]}
    assert {"Antony Blinken", "Lloyd Austin"} <= names
    assert all(e["status"] == "occurred" and e["location"]["country_code"] == "JP" for e in two_plus_two)
    assert len({e["cluster_id"] for e in two_plus_two}) == 1


def test_resolves_relative_dates_against_the_article_date(seeds_run) -> None:
    out, _ = seeds_run
    timexes = _tables(out)["temporal_expressions"]
    values = {(t["text"], t["value"]) for t in timexes}
    assert ("Tuesday (16 March)", "2021-03-16") in values
    assert ("today (17 March)", "2021-03-17") in values
    assert any(t["value"] == "2021-W10" and t["text"] == "last week" for t in timexes)


def test_itineraries_and_clusters(seeds_run) -> None:
    out, _ = seeds_run
    tables = _tables(out)
    stops = [s for s in tables["itineraries"] if s["traveler"] == "Antony Blinken"]
    assert [s["place"] for s in sorted(stops, key=lambda s: s["stop_index"])][:2] == ["Tokyo", "Seoul"]
    cluster_ids = {c["cluster_id"] for c in tables["clusters"]}
    assert cluster_ids == {e["cluster_id"] for e in tables["events"]}


def _without_run_ids(tables: dict[str, list[dict]]) -> dict[str, list[dict]]:
    return {
        name: sorted(str({k: v for k, v in row.items() if k != "run_id"}) for row in rows)
        for name, rows in tables.items()
    }


def test_rerun_is_idempotent_and_reprocess_replaces(seeds_dir: Path, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(seeds_dir, inputs)
    out = tmp_path / "out"
    first = _run([str(inputs)], out, batch_size=2)
    before = _tables(out)
    second = _run([str(inputs)], out, batch_size=2)
    assert second["already_processed"] == 3 and "articles_ok" not in second
    assert _without_run_ids(_tables(out)) == _without_run_ids(before)
    third = _run([str(inputs)], out, batch_size=3, reprocess=True)  # other batch boundaries: old parts superseded
    assert third["articles_ok"] == 3
    after = _tables(out)
    assert _without_run_ids(after) == _without_run_ids(before)
    assert len({e["event_id"] for e in after["events"]}) == len(after["events"]) == first["events"]


def test_incremental_run_processes_only_new_articles(seeds_dir: Path, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(seeds_dir / "003_2b19ab9e10605249.txt", inputs)
    out = tmp_path / "out"
    assert _run([str(inputs)], out)["articles_ok"] == 1
    shutil.copy(seeds_dir / "002_6163d538cdfa4352.txt", inputs)
    summary = _run([str(inputs)], out, published=date(2021, 3, 16))
    assert summary["already_processed"] == 1 and summary["articles_ok"] == 1
    arts = _tables(out)["articles"]
    assert len(arts) == 2 and len({a["article_id"] for a in arts}) == 2
    # clusters span both runs: events from the first run are merged with the second run's
    clusters = _tables(out)["clusters"]
    assert any(len(c["article_ids"]) == 2 for c in clusters)


def test_cli_run_and_bad_configuration(seeds_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from dateline.cli import main

    assert main(["run", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert "does not exist" in capsys.readouterr().err
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["run", str(seeds_dir), "--out", str(blocker / "sub")]) == 2
    assert "not writable" in capsys.readouterr().err
    assert main(["run", str(seeds_dir), "--out", str(tmp_path / "o"), "--run-date", "2026-11-23"]) == 0
    assert "events_meeting" in capsys.readouterr().out
