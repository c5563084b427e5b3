"""A person's path through the real Prefect UI, in headless Chromium: find the ad-hoc deployment, open its Custom
run form (rendered from ``RunParameters``), change the batch size and output folder, submit, and watch the run
complete. The server, work pool, deployments and worker are the integration fixtures' (``conftest.py``).

Chromium comes from Debian (``apt-get install chromium``) and Playwright from PyPI without its browser download:
nothing is fetched from a browser CDN.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import SEEDS, Stack

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def _ensure_chromium() -> None:
    if CHROMIUM.exists():
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        pytest.skip(f"{CHROMIUM} is missing and cannot be installed without root and apt-get")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if subprocess.run(["apt-get", "install", "-y", "chromium"], capture_output=True, env=env).returncode != 0:
        subprocess.run(["apt-get", "update"], capture_output=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "chromium"], capture_output=True, env=env, check=True)


def _ensure_playwright() -> None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        env = {**os.environ, "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD": "1"}
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "playwright"], env=env, check=True)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    _ensure_chromium()
    _ensure_playwright()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            yield browser.new_page(viewport={"width": 1400, "height": 1000})
        finally:
            browser.close()


def _field(page, label: str):
    """The input of a schema-form property: the first input inside the property whose label reads ``label``."""
    prop = page.locator(".schema-form-property__label", has_text=label).first.locator(
        "xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' schema-form-property ')][1]")
    return prop.locator("input, textarea").first


def _newest_run(stack: Stack, deployment_id: str) -> str:
    with stack.client() as c:
        resp = c.post("/flow_runs/filter", json={"deployments": {"id": {"any_": [deployment_id]}},
                                                 "sort": "EXPECTED_START_TIME_DESC", "limit": 1})
        resp.raise_for_status()
        runs = resp.json()
    assert runs, "the form's Submit created no flow run"
    return runs[0]["id"]


def test_run_the_adhoc_deployment_from_the_ui(
    worker: Stack, data_dirs: dict[str, Path], page, tmp_path: Path
) -> None:
    for name in ("000_5d79c838e0e00b24.txt", "manifest.jsonl"):
        shutil.copyfile(SEEDS / name, data_dirs["adhoc-in"] / name)
    out = tmp_path / "ui-out"
    shot = tmp_path / "flow-run.png"

    page.goto(f"{worker.ui_url}/deployments")
    page.get_by_role("link", name="adhoc", exact=True).first.click()
    page.wait_for_url("**/deployments/deployment/**")
    page.get_by_role("button", name="Run", exact=True).click()
    page.get_by_text("Custom run").click()
    page.wait_for_url("**/run?**")

    batch = _field(page, "Articles per batch")
    batch.fill("2")
    output = _field(page, "Output location")
    output.fill(str(out))
    page.screenshot(path=str(tmp_path / "form.png"), full_page=True)
    deployment_id = worker.deployment("extract-events/adhoc")["id"]
    page.get_by_role("button", name="Submit").click()
    page.wait_for_url(re.compile(rf"/deployments/deployment/{deployment_id}(\?.*)?$"))  # the UI goes back there

    flow_run_id = _newest_run(worker, deployment_id)
    page.goto(f"{worker.ui_url}/runs/flow-run/{flow_run_id}")
    run = worker.wait(flow_run_id, timeout=300)
    page.reload()
    page.get_by_text("Completed").first.wait_for(timeout=30_000)
    page.screenshot(path=str(shot), full_page=True)

    # The run's markdown report, as the UI renders it: meetings and itineraries readable, not raw markdown.
    page.get_by_text("Artifacts", exact=True).first.click()
    page.get_by_text("dateline-run-report").first.click()
    page.get_by_role("heading", name=re.compile(r"^Meetings")).wait_for(timeout=30_000)
    page.get_by_role("heading", name=re.compile(r"^Itineraries")).wait_for()
    page.screenshot(path=str(tmp_path / "report-artifact.png"), full_page=True)
    print(f"screenshots in {tmp_path}: form.png, flow-run.png, report-artifact.png")

    assert run["state_type"] == "COMPLETED", run["state"]["message"]
    params = run["parameters"]["params"]
    assert params["batch_size"] == 2 and params["out"] == str(out)  # what was typed into the form
    assert (out / "report.html").exists() and any((out / "articles").glob("*.parquet"))
