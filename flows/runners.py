"""Choose where the flow's batch tasks run: in this process (default), in Prefect's process pool, or on Dask."""

from __future__ import annotations

from prefect import Flow
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from .extract import extract_events
from .params import RunParameters


def flow_with_runner(params: RunParameters) -> Flow:
    """``extract_events`` with the task runner the parameters ask for.

    ``default`` runs batches one at a time in this process and gives spaCy ``workers`` processes; ``process`` runs
    batches in Prefect's process pool (each process loads the model once); ``dask`` submits them to the Dask
    scheduler at ``dask_address`` (or a local cluster of ``workers`` processes when none is given)."""
    if params.task_runner == "process":
        return extract_events.with_options(task_runner=ProcessPoolTaskRunner(max_workers=params.workers))
    if params.task_runner == "dask":
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError as exc:  # an optional extra
            raise SystemExit("dateline: --task-runner dask needs the dask extra: pip install 'dateline[dask]'") from exc
        if params.dask_address:
            return extract_events.with_options(task_runner=DaskTaskRunner(address=params.dask_address))
        return extract_events.with_options(task_runner=DaskTaskRunner(
            cluster_kwargs={"n_workers": params.workers, "processes": True, "threads_per_worker": 1}))
    return extract_events.with_options(task_runner=ThreadPoolTaskRunner(max_workers=1))
