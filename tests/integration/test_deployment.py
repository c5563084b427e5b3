"""The production path, end to end and for real: PostgreSQL-backed Prefect server, the deployments of
``prefect.yaml`` registered by ``deploy/register.sh``, a process worker, and runs created through the REST endpoint
the UI's Run button calls. Checks the Parquet output, the artifacts, incremental runs (a second batch of input:
only it is processed), idempotent re-runs (no duplicates, even when two are triggered at once: the deployment
concurrency limit runs them one after the other) and that bad configuration fails with a readable message.

The tests in this module share one input/output folder and run in order: each stage builds on the previous one.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from .conftest import S3, SEEDS, Stack

pytestmark = pytest.mark.integration

FIRST = ["000_5d79c838e0e00b24.txt", "002_6163d538cdfa4352.txt"]
SECOND = ["003_2b19ab9e10605249.txt"]
MANIFEST = {json.loads(line)["file"]: line for line in (SEEDS / "manifest.jsonl").read_text().splitlines() if line}


def arrive(folder: Path, names: list[str]) -> None:
    """New articles land in the input folder (with their manifest lines), as a daily feed would deliver them."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copyfile(SEEDS / name, folder / name)
        with open(folder / "manifest.jsonl", "a") as manifest:
            manifest.write(MANIFEST[name] + "\n")


def table(out: Path, name: str):
    files = sorted(str(p) for p in (out / name).glob("*.parquet"))
    return ds.dataset(files, format="parquet").to_table()


def summary_of(stack: Stack, flow_run_id: str) -> dict[str, int]:
    """The run's counts, from its table artifact as the UI shows them."""
    arts = {a["key"]: a for a in stack.artifacts(flow_run_id)}
    data = arts["dateline-run-summary"]["data"]
    rows = json.loads(data) if isinstance(data, str) else data
    return {row["metric"]: int(row["value"]) for row in rows}


def run_ok(stack: Stack, flow_run_id: str) -> dict:
    run = stack.wait(flow_run_id)
    assert run["state_type"] == "COMPLETED", (
        f"{run['state_type']}: {run['state']['message']}\n{stack.logs_of(flow_run_id)}\n{stack.log('worker')}")
    return run


@pytest.fixture(scope="module")
def work(stack_dir: Path) -> dict[str, Path]:
    return {"in": stack_dir / "feed", "out": stack_dir / "results"}


def test_deployments_are_registered_as_configured(registered: Stack) -> None:
    daily = registered.deployment("extract-events/daily")
    adhoc = registered.deployment("extract-events/adhoc")
    for dep in (daily, adhoc):
        assert dep["work_pool_name"] == "dateline-pool"
        assert dep["global_concurrency_limit"]["limit"] == 1  # (the old `concurrency_limit` field is always null)
        assert dep["concurrency_options"]["collision_strategy"] == "ENQUEUE"
        assert dep["enforce_parameter_schema"] is True
        schema = dep["parameter_openapi_schema"]
        model = schema["definitions"]["RunParameters"]["properties"]
        assert model["batch_size"]["title"] == "Articles per batch" and model["batch_size"]["minimum"] == 1
        assert "description" in model["inputs"]
    [schedule] = daily["schedules"]
    assert schedule["schedule"]["cron"] == "0 2 * * *" and schedule["schedule"]["timezone"] == "UTC"
    assert schedule["active"] is True
    assert adhoc["schedules"] == []
    # Defaults filled from the environment at registration (the compose stack's mounted folders).
    assert daily["parameters"]["params"]["inputs"][0].endswith("daily-in")
    with registered.client() as c:
        pool = c.get("/work_pools/dateline-pool").json()
        queue = c.get("/work_pools/dateline-pool/queues/default").json()
    assert pool["type"] == "process"
    assert queue["concurrency_limit"] == 1  # one writer at a time across deployments


def test_invalid_parameters_are_refused_before_a_run_exists(registered: Stack) -> None:
    with pytest.raises(AssertionError, match="422|409"):
        registered.trigger("extract-events/adhoc", {"params": {"inputs": ["x"], "batch_size": 0}})


def test_adhoc_run_from_the_api_writes_tables_report_and_artifacts(worker: Stack, work: dict[str, Path]) -> None:
    arrive(work["in"], FIRST)
    params = {"inputs": [str(work["in"])], "out": str(work["out"]), "batch_size": 1}
    flow_run_id = worker.trigger("extract-events/adhoc", {"params": params})
    run = run_ok(worker, flow_run_id)
    assert run["parameters"]["params"]["batch_size"] == 1  # the non-default value reached the run

    summary = summary_of(worker, flow_run_id)
    assert summary["articles_ok"] == 2 and summary["batches"] == 2  # batch_size 1: one batch per article
    assert summary.get("already_processed", 0) == 0
    articles = table(work["out"], "articles")
    assert articles.num_rows == 2
    events = table(work["out"], "events")
    assert events.num_rows == summary["events"] > 0
    assert table(work["out"], "itineraries").num_rows == summary["itinerary_stops"]
    report = (work["out"] / "report.html").read_text()
    assert report.startswith("<!doctype html>") and "<svg" in report

    arts = {a["key"]: a for a in worker.artifacts(flow_run_id)}
    markdown = arts["dateline-run-report"]["data"]
    assert "## Meetings" in markdown and "## Itineraries" in markdown
    assert str(work["out"] / "report.html") in markdown


def test_rerunning_the_same_window_adds_nothing_even_when_triggered_twice_at_once(
    worker: Stack, work: dict[str, Path]
) -> None:
    before = {name: table(work["out"], name).num_rows for name in ("articles", "events", "clusters", "itineraries")}
    params = {"inputs": [str(work["in"])], "out": str(work["out"]), "batch_size": 1}
    first = worker.trigger("extract-events/adhoc", {"params": params})
    second = worker.trigger("extract-events/adhoc", {"params": params})
    runs = [run_ok(worker, first), run_ok(worker, second)]
    for flow_run_id in (first, second):
        summary = summary_of(worker, flow_run_id)
        assert summary["already_processed"] == 2 and summary.get("articles_ok", 0) == 0
    after = {name: table(work["out"], name).num_rows for name in before}
    assert after == before
    ids = table(work["out"], "events").column("event_id").to_pylist()
    assert len(ids) == len(set(ids))
    # Deployment concurrency limit 1: the runs did not overlap.
    spans = sorted((datetime.fromisoformat(r["start_time"]), datetime.fromisoformat(r["end_time"])) for r in runs)
    assert spans[0][1] <= spans[1][0], spans


def test_a_second_batch_of_input_is_processed_alone(worker: Stack, work: dict[str, Path]) -> None:
    arrive(work["in"], SECOND)
    params = {"inputs": [str(work["in"])], "out": str(work["out"]), "batch_size": 5}
    flow_run_id = worker.trigger("extract-events/adhoc", {"params": params})
    run_ok(worker, flow_run_id)
    summary = summary_of(worker, flow_run_id)
    assert summary["articles_ok"] == 1 and summary["already_processed"] == 2 and summary["batches"] == 1
    articles = table(work["out"], "articles")
    assert articles.num_rows == 3
    assert len(set(articles.column("article_id").to_pylist())) == 3
    ids = table(work["out"], "events").column("event_id").to_pylist()
    assert len(ids) == len(set(ids))


def test_the_daily_deployment_runs_with_its_defaults(worker: Stack, data_dirs: dict[str, Path]) -> None:
    """A scheduled run is a flow run of ``daily`` with no parameters given: it uses the registered defaults."""
    arrive(data_dirs["daily-in"], FIRST)
    flow_run_id = worker.trigger("extract-events/daily")
    run_ok(worker, flow_run_id)
    assert summary_of(worker, flow_run_id)["articles_ok"] == 2
    assert (data_dirs["daily-out"] / "report.html").exists()


def test_a_worker_writes_to_the_object_store(
    worker: Stack, work: dict[str, Path], moto_s3: S3, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The compose stack's configuration: output to ``s3://`` with endpoint and credentials from the environment."""
    from dateline.store import OutputStore

    out = "s3://dateline-out/adhoc"
    flow_run_id = worker.trigger("extract-events/adhoc", {"params": {"inputs": [str(work["in"])], "out": out}})
    run_ok(worker, flow_run_id)
    assert summary_of(worker, flow_run_id)["articles_ok"] == 3
    for key, value in moto_s3.env.items():
        monkeypatch.setenv(key, value)
    store = OutputStore(out)
    assert store.read("articles").num_rows == 3
    assert store.fs.get_file_info(store.path("report.html")).size > 0


@pytest.mark.parametrize(
    ("params", "reason"),
    [
        ({"inputs": ["/nonexistent/dateline-feed"]}, "input path '/nonexistent/dateline-feed' does not exist"),
        ({"out": "/proc/dateline-out"}, "is not writable"),
    ],
    ids=["missing-input", "unwritable-output"],
)
def test_bad_configuration_fails_with_the_reason_as_state_message(
    worker: Stack, work: dict[str, Path], params: dict, reason: str
) -> None:
    full = {"inputs": [str(work["in"])], "out": str(work["out"]), **params}
    run = worker.wait(worker.trigger("extract-events/adhoc", {"params": full}))
    assert run["state_type"] == "FAILED", run["state"]
    assert reason in run["state"]["message"], run["state"]["message"]
