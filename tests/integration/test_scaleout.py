"""Scale-out: batches on a multi-process Dask cluster, output to an S3-compatible object store.

The flow runs in this process against the session's real Prefect server; its batch tasks run in two Dask worker
processes, which talk to the same server (``PREFECT_API_URL`` is set before the cluster starts, so no worker starts
a temporary server of its own) and commit their parts straight to ``s3://`` through pyarrow's S3 filesystem.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from dateline.store import OutputStore

from .conftest import S3, SEEDS, Stack

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def cluster_env(prefect_server: Stack, moto_s3: S3) -> Iterator[dict[str, str]]:
    """Point this process and every process it spawns at the one server and the object store."""
    wanted = {"PREFECT_API_URL": prefect_server.api_url, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", **moto_s3.env}
    saved = {k: os.environ.get(k) for k in wanted}
    os.environ.update(wanted)
    try:
        from prefect.settings import PREFECT_API_URL, temporary_settings

        with temporary_settings({PREFECT_API_URL: prefect_server.api_url}):
            yield wanted
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture(scope="module")
def dask_address(cluster_env: dict[str, str]) -> Iterator[str]:
    distributed = pytest.importorskip("distributed", reason="the dask extra (prefect-dask) is not installed")
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def _run(params_kwargs: dict) -> dict[str, int]:
    from dateline.flows.params import RunParameters
    from dateline.flows.runners import flow_with_runner

    params = RunParameters(**params_kwargs)
    return flow_with_runner(params)(params)


def test_dask_cluster_writes_to_s3_and_reruns_add_nothing(dask_address: str, tmp_path: Path) -> None:
    out = "s3://dateline-out/scaleout"
    params = {"inputs": [str(SEEDS)], "out": out, "batch_size": 1, "task_runner": "dask",
              "dask_address": dask_address}
    summary = _run(params)
    assert summary["batches"] == 3 and summary["articles_ok"] == 3 and summary["articles_failed"] == 0

    store = OutputStore(out)
    parts = store.files("articles")
    assert len(parts) == 3  # one part per batch, keyed by the batch's article ids: no writer overwrites another
    events = store.read("events")
    assert events.num_rows == summary["events"]
    assert store.fs.get_file_info(store.path("report.html")).size > 0
    dataset = ds.dataset(store.path("articles"), filesystem=store.fs, format="parquet")
    assert dataset.count_rows() == 3

    again = _run(params)
    assert again["already_processed"] == 3 and again.get("articles_ok", 0) == 0
    assert store.read("events").num_rows == events.num_rows
    ids = store.read("events").column("event_id").to_pylist()
    assert len(ids) == len(set(ids))
