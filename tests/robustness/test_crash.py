"""A run killed mid-way (SIGKILL to the whole process group: the flow process, its Prefect server and the batch
workers, as an OOM-kill or a lost machine would) and then re-run with the same command ends with complete output:
every article exactly once, no duplicate rows in any table, no part without its manifest part, no temp file left.

Two real ``dateline run`` subprocesses, each starting its own ephemeral Prefect server, so this is ``slow``.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds
import pytest

pytestmark = pytest.mark.slow

N_ARTICLES = 240
BATCH_SIZE = 8
PLACES = ["Paris", "Tokyo", "Seoul", "Berlin", "Nairobi", "Lima", "Ottawa", "Canberra"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _article(i: int) -> dict:
    place, day = PLACES[i % len(PLACES)], DAYS[i % len(DAYS)]
    text = (f"Foreign ministers met in {place} on {day}, officials said. Report number {i} describes the talks. "
            f"The delegation flew to {PLACES[(i + 3) % len(PLACES)]} on 3 March 2021 and will return next week. "
            "Trade, security and climate were discussed at length, and a further round is planned for May. ") * 3
    return {"id": f"crash-{i:04d}", "text": text, "published": "2021-03-16"}


def _command(corpus: Path, out: Path) -> list[str]:
    exe = Path(sys.executable).with_name("dateline")
    return [str(exe), "run", str(corpus), "--out", str(out), "--batch-size", str(BATCH_SIZE),
            "--run-date", "2026-11-23"]


def _env(prefect_home: Path) -> dict[str, str]:
    """An own Prefect home (its own SQLite database, migrated once by the first run) and an ephemeral server."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    return {**env, "PREFECT_HOME": str(prefect_home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180"}


def _parts(folder: Path) -> set[str]:
    return {p.name for p in folder.glob("*.parquet")} if folder.is_dir() else set()


def _rows(out: Path, name: str) -> list[dict]:
    return ds.dataset(out / name, format="parquet").to_table().to_pylist()


def test_sigkill_midway_then_rerun_gives_complete_output(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(_article(i)) + "\n" for i in range(N_ARTICLES)), encoding="utf-8")
    out = tmp_path / "out"
    env = _env(tmp_path / "prefect-home")
    log = (tmp_path / "first.log").open("w")
    first = subprocess.Popen(_command(corpus, out), env=env, stdout=log, stderr=subprocess.STDOUT,
                             start_new_session=True)
    processed = out / "_state" / "processed"
    deadline = time.monotonic() + 300
    try:
        while len(_parts(processed)) < 2:
            assert first.poll() is None, (tmp_path / "first.log").read_text()[-3000:]
            assert time.monotonic() < deadline, "no batch committed within 300 s"
            time.sleep(0.05)
    finally:
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
        log.close()
    committed = len(_parts(processed))
    assert 2 <= committed < N_ARTICLES // BATCH_SIZE, "the run was not killed mid-way"
    # what a reader sees right after the crash is complete files only
    assert len(_rows(out, "articles")) >= committed * BATCH_SIZE

    second = subprocess.run(_command(corpus, out), env=env, capture_output=True, text=True, timeout=900)
    assert second.returncode == 0, second.stdout[-3000:] + second.stderr[-3000:]

    articles = _rows(out, "articles")
    assert sorted(a["input_id"] for a in articles) == [f"crash-{i:04d}" for i in range(N_ARTICLES)]
    assert all(a["status"] == "ok" for a in articles)
    for name, key in (("articles", "article_id"), ("temporal_expressions", "timex_id"), ("events", "event_id"),
                      ("clusters", "cluster_id"), ("rejected", "reject_id"), ("_staging/events", "event_id"),
                      ("_state/processed", "article_id")):
        values = [r[key] for r in _rows(out, name)]
        assert len(values) == len(set(values)), f"duplicate {key} in {name}"
    manifest = _parts(processed)
    for folder in ("articles", "temporal_expressions", "_staging/events", "rejected"):  # no ingest rejections here
        orphans = _parts(out / folder) - manifest - {"part-empty.parquet"}
        assert not orphans, f"{folder}: parts without a manifest part: {sorted(orphans)}"
    leftovers = list((out / ".tmp").iterdir()) if (out / ".tmp").exists() else []
    assert not leftovers, f"temp files left: {leftovers}"
    assert "already_processed" in second.stdout
