"""The ``extract-events`` flow: read inputs, process them a batch per task, merge across articles, publish a summary.

Thin orchestration: every step is a plain function in ``dateline`` or ``dateline.extractors``; this module only puts
them in order, bounds how many batches are in flight (the corpus is streamed, never held in memory) and reports.
"""

from __future__ import annotations

import uuid
from collections import Counter, deque
from collections.abc import Iterator
from datetime import date
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture

from dateline.incremental import merge_store
from dateline.ingest import Article, Rejection, read_inputs
from dateline.report import render_html, render_markdown
from dateline.store import OutputStore, RejectionSink

from .params import RunParameters
from .runners import batch_pool, dask_executor, merge_dask_address, run_batch, task_runner_for


def _is_io_error(task: Any, task_run: Any, state: Any) -> bool:
    """Retry only transient I/O failures; a bug or bad configuration fails at once."""
    try:
        state.result()
    except OSError:
        return True
    except Exception:
        return False
    return False


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 10], retry_condition_fn=_is_io_error)
def process_batch(
    articles: list[Article], out: str, model: str, run_date: date, fallback: date | None, run_id: str, workers: int,
    fresh: bool = False,
) -> dict[str, int]:
    """Extract everything from one batch and commit it to the store. Returns counts for the run summary.

    ``workers > 0``: the CPU work runs in the shared pool of that many processes (model loaded once per process, see
    ``dateline.flows.runners``); ``0``: in this task's own process (Prefect process pool, Dask). ``fresh``: none of
    the articles is in a committed batch, so the commit looks for no older copies to drop."""
    if workers > 0:
        return batch_pool(model, workers).run(articles, out, run_date, fallback, run_id, fresh)
    return run_batch(articles, out, model, run_date, fallback, run_id, fresh)


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 10], retry_condition_fn=_is_io_error)
def merge_events(out: str, full: bool = False, dask_address: str | None = None, model: str | None = None,
                 workers: int = 0) -> dict[str, int]:
    """Cluster the mentions this run staged with the earlier ones of the same event months, and rewrite only those
    months' events and clusters and the touched travellers' itineraries (``dateline.incremental``); ``full``
    rebuilds everything from the staged mentions. ``dask_address``: the merge units are clustered as tasks on that
    Dask scheduler (``dateline.merge_units``); the tables are the same. Else, with ``workers > 0``, the merge runs
    in a worker of the run's batch pool (``BatchPool.merge``), otherwise in this process."""
    if dask_address is not None:
        with dask_executor(dask_address) as executor:
            return merge_store(OutputStore(out), full=full, executor=executor)
    if workers > 0 and model is not None:
        return batch_pool(model, workers).merge(out, full)
    return merge_store(OutputStore(out), full=full)


def plan_batches(
    params: RunParameters, processed: set[str], counts: Counter, rejections: list[Rejection]
) -> Iterator[list[Article]]:
    """Stream the inputs into batches of new articles. Already-processed ones are counted and skipped; a second
    copy of an article (same id and text) or a reused id with other text is rejected with the reason."""
    seen: dict[str, str] = {}
    seen_inputs: dict[str, str] = {}
    batch: list[Article] = []
    for item in read_inputs(params.inputs):
        if isinstance(item, Rejection):
            rejections.append(item)
            counts["rejected"] += 1
            continue
        counts["articles_in"] += 1
        where = f"{item.origin}" + (f" ({item.locator})" if item.locator else "")
        if item.article_id in seen:
            rejections.append(Rejection(item.origin, f"duplicate article: same id and text as {seen[item.article_id]}",
                                        "validate", item.locator or item.input_id, raw=item.text[:4096]))
            counts["rejected"] += 1
            continue
        if item.input_id in seen_inputs and seen_inputs[item.input_id] != item.article_id:
            rejections.append(Rejection(item.origin, f"duplicate id {item.input_id!r} with different text "
                                        f"(first seen in {where})", "validate", item.locator or item.input_id,
                                        raw=item.text[:4096]))
            counts["rejected"] += 1
            continue
        seen[item.article_id] = where
        seen_inputs[item.input_id] = item.article_id
        if item.article_id in processed and not params.reprocess:
            counts["already_processed"] += 1
            continue
        batch.append(item)
        if len(batch) >= params.batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


@flow(name="extract-events", log_prints=False, validate_parameters=True)
def extract_events(params: RunParameters) -> dict[str, int]:
    """Extract temporal expressions, meetings and travel from news articles into Parquet datasets.

    With ``task_runner`` ``process`` or ``dask`` the work runs as a subflow on that task runner, so a deployment run
    started from the UI form honours the choice as the CLI does (a flow's task runner is fixed when it starts)."""
    if params.task_runner == "default":
        return extract_batches(params)
    return extract_events_on_runner.with_options(task_runner=task_runner_for(params))(params)


def extract_batches(params: RunParameters) -> dict[str, int]:
    """The flow's body: stream inputs into batch tasks on the current task runner, merge, report."""
    logger = get_run_logger()
    run_id = uuid.uuid4().hex[:12]
    run_date = params.run_date or date.today()
    store = OutputStore(params.out)
    store.check_writable()
    removed = store.recover()
    if removed:
        logger.warning("removed %d uncommitted part(s) left by an interrupted run", len(removed))
    processed = set() if params.reprocess else store.processed_ids()

    counts: Counter = Counter()
    rejections = RejectionSink(store, run_id)  # written as they accumulate: flat memory on mostly-bad input
    in_flight: deque[PrefectFuture] = deque()
    max_in_flight = max(2, 2 * params.workers)
    pool_workers = params.workers if params.task_runner == "default" else 0

    def collect(future: PrefectFuture) -> None:
        counts.update(future.result())

    for number, batch in enumerate(plan_batches(params, processed, counts, rejections), start=1):
        # without --reprocess every batch article is new (plan_batches skips processed ones): nothing to supersede
        in_flight.append(process_batch.submit(batch, params.out, params.model, run_date, params.published, run_id,
                                              pool_workers, not params.reprocess))
        counts["batches"] += 1
        logger.info("batch %d submitted (%d articles)", number, len(batch))
        while len(in_flight) >= max_in_flight:
            collect(in_flight.popleft())
    while in_flight:
        collect(in_flight.popleft())

    rejections.flush()
    counts.update(merge_events(params.out, full=params.reprocess, dask_address=merge_dask_address(params),
                               model=params.model, workers=pool_workers))
    store.ensure_tables()
    summary = {k: int(v) for k, v in sorted(counts.items())}
    publish_summary(params, store, run_id, summary, rejections)
    return summary


extract_events_on_runner = flow(name="extract-events-on-runner", log_prints=False)(extract_batches)


# what the report shows of a cluster: not the member lists (article_ids, event_ids), which grow with the history
REPORT_CLUSTER_COLUMNS = ["cluster_id", "event_type", "subtype", "participants", "location", "date_start", "date_end",
                          "status", "n_mentions"]


def publish_summary(
    params: RunParameters, store: OutputStore, run_id: str, summary: dict[str, int], rejections: list[Rejection]
) -> None:
    """A keyed table artifact (a history across runs), a readable markdown report and ``report.html`` in the output."""
    create_table_artifact(
        key="dateline-run-summary",
        table=[{"metric": k, "value": v} for k, v in summary.items()],
        description=f"dateline run {run_id}: counts",
    )
    # The merged tables this run rebuilt: the top meetings and every itinerary, in the artifact and in report.html.
    clusters, stops = store.read("clusters", columns=REPORT_CLUSTER_COLUMNS), store.read("itineraries")
    page = render_html(summary, clusters, stops, run_id=run_id, out=params.out)
    store.write_bytes("report.html", page.encode())
    report_path = params.out.rstrip("/") + "/report.html"
    get_run_logger().info("report written to %s", report_path)
    lines = render_markdown(summary, clusters, stops, run_id=run_id, out=params.out,
                            report_path=report_path).splitlines()
    if rejections:
        lines += ["", "## Rejected inputs", "", "| source | where | reason |", "|---|---|---|"]
        lines += [f"| `{r.source}` | {r.locator or ''} | {r.reason} |" for r in rejections[:50]]
        if len(rejections) > 50:
            lines.append(f"| … | | {len(rejections) - 50} more in the `rejected` table |")
    create_markdown_artifact(key="dateline-run-report", markdown="\n".join(lines), description="dateline run summary")
