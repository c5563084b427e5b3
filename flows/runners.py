"""Choose where the flow's batch tasks run, and the worker-process pool that does their CPU work.

Design (measured in ``benchmarks/RESULTS_throughput.md``): with the ``default`` runner each batch task runs in a
thread of the flow process and hands its batch to a long-lived ``ProcessPoolExecutor`` of ``workers`` processes.
Each worker loads the spaCy pipeline once (pool initializer), then runs spaCy, the extractors, the table building
and the Parquet commit for whole batches; only the batch's articles go in and a few counts come back. The workers
never talk to Prefect (no API client, no temporary server per process), the model is never re-loaded or re-forked
per batch (what ``nlp.pipe(n_process=N)`` inside a task did), and the flow process only streams inputs and tracks
task runs. Extraction in the main thread of a worker process is also what lets the per-article time limit
(``SIGALRM``, see ``dateline.extractors.process``) work.

``process`` (Prefect's process pool: point ``PREFECT_API_URL`` at a server, or every process starts its own) and
``dask`` run the batch in the task's own process instead, loading the model once per process.

Nothing here imports Prefect at module level, so worker processes that import this module to find ``run_batch``
stay light.
"""

from __future__ import annotations

import atexit
import gc
import multiprocessing
import os
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from prefect import Flow

    from dateline.ingest import Article

    from .params import RunParameters


def run_batch(
    articles: list[Article], out: str, model: str, run_date: date, fallback: date | None, run_id: str,
    fresh: bool = False,
) -> dict[str, int]:
    """Extract everything from one batch and commit it to the store (in whatever process calls it). Returns counts
    for the run summary. ``fresh``: no committed batch holds these articles (see ``OutputStore.commit_batch``)."""
    from dateline.extractors.pipeline import load_nlp
    from dateline.extractors.process import process_articles
    from dateline.store import OutputStore, batch_key
    from dateline.stored_mates import StoredDatedPages
    from dateline.tables import batch_tables

    nlp = load_nlp(model)
    store = OutputStore(out)
    stored = StoredDatedPages(store)  # one for the three lenders: the store's dates and staged events are read once
    results = list(process_articles(nlp, articles, run_date=run_date, fallback_date=fallback,
                                    stored_mates=stored.reports_near, stored_story=stored.pages_naming,
                                    stored_weekday=stored.mates_naming))
    built = batch_tables(results, run_id)
    store.commit_batch(batch_key(a.article_id for a in articles), built.tables, built.events, built.manifest,
                       supersede=not fresh)
    return {"articles_ok": built.n_ok, "articles_failed": built.n_failed, "events": built.n_events,
            "timexes": built.tables["temporal_expressions"].num_rows}


def _merge_store(out: str, full: bool) -> dict[str, int]:
    from dateline.incremental import merge_store
    from dateline.store import OutputStore

    return merge_store(OutputStore(out), full=full)


def _init_worker(model: str) -> None:
    """Everything a worker's first batch would otherwise load: the model, the extraction and table modules, the
    gazetteer. With ``BatchPool.warm`` this happens while the flow is still starting."""
    import dateline.extractors.process  # noqa: F401
    import dateline.tables  # noqa: F401
    from dateline.extractors.pipeline import load_nlp
    from dateline.extractors.places import gazetteer

    load_nlp(model)
    gazetteer()
    # everything loaded so far (the model, the gazetteer, the modules) lives as long as the worker: moved out of the
    # cyclic collector's reach, a full collection no longer walks it (0.1 CPU-s per 1,000 articles, measured)
    gc.freeze()
    atexit.register(_exit_now)


def _exit_now() -> None:
    """A worker's last act: leave without tearing the interpreter down. A spawned worker otherwise ends with a full
    interpreter shutdown (freeing the model, every module, hundreds of MB object by object): 0.8-1.3 s measured, which
    the flow process waits for at its own exit. Nothing is lost: a worker's results went back over the pool's
    result pipe (a synchronous ``SimpleQueue``) and its Parquet files were closed when each batch committed; the
    standard streams are flushed here."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


class BatchPool:
    """``workers`` spawned processes with the model loaded once each. Spawned, not forked: the flow process runs
    Prefect's threads and event loop, which must not be copied mid-flight into a child."""

    def __init__(self, model: str, workers: int) -> None:
        self.model = model
        self.workers = workers
        self._executor = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker, initargs=(model,),
        )

    def run(self, articles: list[Article], out: str, run_date: date, fallback: date | None,
            run_id: str, fresh: bool = False) -> dict[str, int]:
        try:
            return self._executor.submit(run_batch, articles, out, self.model, run_date, fallback, run_id,
                                         fresh).result()
        except BrokenProcessPool:
            _discard(self)  # a worker died (killed, out of memory): the next batch gets a fresh pool
            raise

    def merge(self, out: str, full: bool = False) -> dict[str, int]:
        """The run's merge step in a worker: the workers have the gazetteer the merge needs loaded already, so the
        flow process never loads it (1.2 CPU-s at start-up, on a machine whose cores the server's boot and the
        model load are using). The batches are done by then, so the worker is free."""
        try:
            return self._executor.submit(_merge_store, out, full).result()
        except BrokenProcessPool:
            _discard(self)
            raise

    def warm(self) -> None:
        """Spawn every worker now (the executor spawns one per submitted task while none is idle), so the model
        loads while Prefect and the flow start, not when the first batch arrives."""
        for _ in range(self.workers):
            self._executor.submit(int)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


_POOLS: dict[tuple[str, int], BatchPool] = {}
_POOLS_LOCK = threading.Lock()


def batch_pool(model: str, workers: int) -> BatchPool:
    """The pool for ``(model, workers)``, started on first use and kept for later flow runs in this process (tests
    and ``serve`` run many flows; the model then loads once per worker in all)."""
    with _POOLS_LOCK:
        pool = _POOLS.get((model, workers))
        if pool is None:
            pool = _POOLS[(model, workers)] = BatchPool(model, workers)
        return pool


def _discard(pool: BatchPool) -> None:
    with _POOLS_LOCK:
        if _POOLS.get((pool.model, pool.workers)) is pool:
            del _POOLS[(pool.model, pool.workers)]
    pool._executor.shutdown(wait=False, cancel_futures=True)


@atexit.register
def _shutdown_pools() -> None:
    with _POOLS_LOCK:
        pools = list(_POOLS.values())
        _POOLS.clear()
    for pool in pools:
        pool.shutdown()


def task_runner_for(params: RunParameters):
    """The Prefect task runner for ``process`` or ``dask``: Prefect's process pool (point ``PREFECT_API_URL`` at a
    server, or every process starts its own), or the Dask scheduler at ``dask_address`` (a local cluster of
    ``workers`` processes when none is given)."""
    from prefect.task_runners import ProcessPoolTaskRunner

    if params.task_runner == "process":
        return ProcessPoolTaskRunner(max_workers=params.workers)
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError as exc:  # an optional extra
        raise SystemExit("dateline: --task-runner dask needs the dask extra: pip install 'dateline[dask]'") from exc
    if params.dask_address:
        return DaskTaskRunner(address=params.dask_address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": params.workers, "processes": True, "threads_per_worker": 1})


def merge_dask_address(params: RunParameters) -> str | None:
    """The Dask scheduler the run's merge sends its units to: the cluster the run was given (``dask_address``), else
    the Dask task runner's own cluster when the batches run on one (call this inside the flow run), else none (the
    merge clusters in its own process). Scaling out on Dask then covers the merge too, from the same parameters."""
    if params.dask_address:
        return params.dask_address
    if params.task_runner != "dask":
        return None
    from prefect.context import FlowRunContext

    context = FlowRunContext.get()
    client = getattr(context.task_runner, "client", None) if context is not None else None
    return client.scheduler.address if client is not None else None


@contextmanager
def dask_executor(address: str) -> Iterator[Executor]:
    """An executor whose tasks run on the Dask scheduler at ``address`` (``Client.get_executor``)."""
    try:
        from distributed import Client
    except ImportError as exc:  # an optional extra
        raise SystemExit("dateline: merging on Dask needs the dask extra: pip install 'dateline[dask]'") from exc
    with Client(address) as client:
        yield client.get_executor()


def flow_with_runner(params: RunParameters) -> Flow:
    """``extract_events`` as the CLI runs it. ``default`` runs up to ``workers + 1`` batch tasks as threads of this
    process, each handing its batch to the shared ``BatchPool`` of ``workers`` processes (the extra thread keeps
    the next batch queued so no worker waits); ``process`` and ``dask`` are handled by the flow itself, which runs
    its batches as a subflow on ``task_runner_for(params)``."""
    from prefect.task_runners import ThreadPoolTaskRunner

    from .extract import extract_events

    if params.task_runner != "default":
        return extract_events
    return extract_events.with_options(task_runner=ThreadPoolTaskRunner(max_workers=params.workers + 1))
