"""``flows/deploy.py`` turns ``prefect.yaml`` into the deployments the server gets (no server needed here)."""

from __future__ import annotations

import pytest

from dateline.flows.deploy import load_specs, to_deployment

from .conftest import ROOT

pytestmark = pytest.mark.integration

ENV = {"DATELINE_DAILY_INPUT": "/data/in/daily", "DATELINE_DAILY_OUT": "s3://dateline-out/daily",
       "DATELINE_ADHOC_INPUT": "/data/in/adhoc", "DATELINE_ADHOC_OUT": "s3://dateline-out/adhoc",
       "DATELINE_VERSION": "9.9"}


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in ENV.items():
        monkeypatch.setenv(key, value)


def test_placeholders_are_filled_from_the_environment() -> None:
    specs = {s["name"]: s for s in load_specs(ROOT / "prefect.yaml")}
    assert set(specs) == {"daily", "adhoc"}
    assert specs["daily"]["parameters"]["params"]["inputs"] == ["/data/in/daily"]
    assert specs["adhoc"]["parameters"]["params"]["out"] == "s3://dateline-out/adhoc"
    assert specs["daily"]["version"] == "9.9"


def test_runner_deployments_for_a_pool_and_for_serve() -> None:
    daily = next(s for s in load_specs(ROOT / "prefect.yaml") if s["name"] == "daily")
    pooled = to_deployment(daily)
    assert pooled.work_pool_name == "dateline-pool"
    assert pooled.entrypoint == "dateline.flows.extract.extract_events"
    assert pooled.concurrency_limit == 1 and pooled.concurrency_options.collision_strategy == "ENQUEUE"
    [schedule] = pooled.schedules
    assert schedule.schedule.cron == "0 2 * * *" and schedule.schedule.timezone == "UTC"
    assert "params" in pooled._parameter_openapi_schema.properties
    served = to_deployment(daily, serve=True)
    assert served.work_pool_name is None
