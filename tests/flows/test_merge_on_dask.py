"""The flow's merge runs its units on Dask when the run's parameters name a cluster (``dask_address``), with the
tables of the serial merge. The cluster is in-process (threads), so the test costs one small flow run."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.flows.params import RunParameters
from dateline.flows.runners import merge_dask_address

distributed = pytest.importorskip("distributed", reason="the dask extra (prefect-dask) is not installed")


def test_merge_address_comes_from_the_run_parameters() -> None:
    assert merge_dask_address(RunParameters(inputs=["x"])) is None
    assert merge_dask_address(RunParameters(inputs=["x"], dask_address="tcp://10.0.0.5:8786")) == "tcp://10.0.0.5:8786"
    # outside a flow run a Dask task runner has no cluster yet: nothing to send the merge to
    assert merge_dask_address(RunParameters(inputs=["x"], task_runner="dask")) is None


@pytest.mark.usefixtures("prefect_harness")
def test_flow_merges_on_the_given_cluster(seeds_dir: Path, tmp_path: Path) -> None:
    from datetime import date

    import pyarrow.dataset as ds

    from dateline.flows.extract import extract_events
    from dateline.incremental import merge_store
    from dateline.store import OutputStore

    out = tmp_path / "out"
    with distributed.LocalCluster(n_workers=1, processes=False, threads_per_worker=2,
                                  dashboard_address=None) as cluster:
        summary = extract_events(RunParameters(inputs=[str(seeds_dir)], out=str(out), run_date=date(2026, 11, 23),
                                               dask_address=cluster.scheduler_address))
        assert "merge_unit" in cluster.scheduler.task_prefixes  # the units were the cluster's tasks

    def clusters() -> list[dict]:
        rows = ds.dataset(out / "clusters", format="parquet").to_table().to_pylist()
        return sorted(rows, key=lambda r: r["cluster_id"])

    on_dask = clusters()
    assert summary["clusters"] == len(on_dask) > 0
    merge_store(OutputStore(str(out)), full=True)  # the same store merged again, serially
    assert clusters() == on_dask
