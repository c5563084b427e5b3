"""A real production stack for the integration and browser tests, started once per session and torn down after:
PostgreSQL → ``prefect server`` on it → the ``dateline-pool`` process work pool and the deployments of
``prefect.yaml`` → a process worker. Every Prefect process is started by the scripts in ``deploy/`` with the
settings in ``deploy/env/prefect.env``, the very ones ``docker-compose.yml`` uses, so this proves the compose
configuration natively (no Docker daemon needed).

Nothing has to be running beforehand: PostgreSQL is installed with apt only when its binaries are missing, and its
cluster lives in a throw-away directory on a free port.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
VENV_BIN = Path(sys.executable).parent
PG_BIN = Path("/usr/lib/postgresql/15/bin")
SEEDS = ROOT / "samples" / "seeds"
TERMINAL = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def read_env_file(path: Path) -> dict[str, str]:
    """``KEY=VALUE`` lines as docker compose's ``env_file`` reads them (comments and blank lines skipped)."""
    values = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            values[key.strip()] = value.strip()
    return values


def _run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


def _stop(proc: subprocess.Popen, timeout: float = 20) -> None:
    """Stop a process started here and everything it spawned (its own session/process group)."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    except ProcessLookupError:
        pass


def _tail(path: Path, n: int = 60) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-n:])
    except OSError:
        return "(no log)"


# ------------------------------------------------------------------------------------------------ PostgreSQL


@dataclass
class Postgres:
    data_dir: Path
    port: int

    @property
    def url(self) -> str:
        return f"postgresql+asyncpg://postgres:postgres@127.0.0.1:{self.port}/prefect"


def _ensure_postgres_installed() -> None:
    if (PG_BIN / "initdb").exists():
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        pytest.skip(f"PostgreSQL 15 is missing ({PG_BIN}/initdb) and cannot be installed without root and apt-get")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update"], capture_output=True, env=env)
    _run(["apt-get", "install", "-y", "postgresql"], env=env)


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    """A throw-away PostgreSQL 15 cluster with a ``prefect`` database, on a free port."""
    _ensure_postgres_installed()
    # Not under pytest's tmp dir: that is private to root and the postgres user must be able to reach its files.
    data_dir = Path(tempfile.mkdtemp(prefix="dateline-pg-"))
    as_postgres = os.geteuid() == 0
    if as_postgres:
        shutil.chown(data_dir, "postgres", "postgres")

    def pg(cmd: str) -> None:
        _run(["su", "postgres", "-c", cmd] if as_postgres else ["bash", "-c", cmd])

    port = free_port()
    pg(f"{PG_BIN}/initdb -D {data_dir}/db -U postgres --auth=trust -E UTF8")
    pg(f"{PG_BIN}/pg_ctl -D {data_dir}/db -l {data_dir}/log -w -t 60 "
       f"-o '-p {port} -k {data_dir} -c listen_addresses=127.0.0.1' start")
    try:
        pg(f"{PG_BIN}/createdb -h 127.0.0.1 -p {port} -U postgres prefect")
        yield Postgres(data_dir, port)
    finally:
        subprocess.run(["su", "postgres", "-c", f"{PG_BIN}/pg_ctl -D {data_dir}/db -m fast -w stop"]
                       if as_postgres else [f"{PG_BIN}/pg_ctl", "-D", f"{data_dir}/db", "-m", "fast", "-w", "stop"],
                       capture_output=True)
        shutil.rmtree(data_dir, ignore_errors=True)


# ------------------------------------------------------------------------------------------------ Prefect


@dataclass
class Stack:
    """The running server (and, once started, its worker) plus helpers to drive it through the REST API the UI
    uses."""

    api_url: str
    env: dict[str, str]
    home: Path
    logs: Path
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    @property
    def ui_url(self) -> str:
        return self.api_url.removesuffix("/api")

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.api_url, timeout=30)

    def start(self, name: str, script: str, extra_env: dict[str, str] | None = None) -> subprocess.Popen:
        log = open(self.logs / f"{name}.log", "ab")  # noqa: SIM115  (kept open for the process's lifetime)
        proc = subprocess.Popen(["bash", str(DEPLOY / script)], env={**self.env, **(extra_env or {})}, cwd=self.home,
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        self.processes[name] = proc
        return proc

    def log(self, name: str) -> str:
        return _tail(self.logs / f"{name}.log")

    def deployment(self, flow_deployment: str) -> dict:
        flow_name, name = flow_deployment.split("/")
        with self.client() as c:
            resp = c.get(f"/deployments/name/{flow_name}/{name}")
            resp.raise_for_status()
            return resp.json()

    def trigger(self, flow_deployment: str, parameters: dict | None = None) -> str:
        """Create a flow run of a deployment exactly as the UI's Run button does; return its id."""
        deployment = self.deployment(flow_deployment)
        body: dict[str, Any] = {"state": {"type": "SCHEDULED", "message": "Run from the integration test"}}
        if parameters is not None:
            body["parameters"] = parameters
        with self.client() as c:
            resp = c.post(f"/deployments/{deployment['id']}/create_flow_run", json=body)
            if resp.status_code >= 400:
                raise AssertionError(f"create_flow_run: {resp.status_code} {resp.text}")
            return resp.json()["id"]

    def flow_run(self, flow_run_id: str) -> dict:
        with self.client() as c:
            resp = c.get(f"/flow_runs/{flow_run_id}")
            resp.raise_for_status()
            return resp.json()

    def wait(self, flow_run_id: str, timeout: float = 300) -> dict:
        """Poll until the run is in a terminal state; fail with the worker's log if it never gets there."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            run = self.flow_run(flow_run_id)
            if run["state_type"] in TERMINAL:
                return run
            time.sleep(1)
        raise AssertionError(f"flow run {flow_run_id} not finished after {timeout} s "
                             f"(state {run['state_type']}); worker log:\n{self.log('worker')}")

    def artifacts(self, flow_run_id: str) -> list[dict]:
        with self.client() as c:
            resp = c.post("/artifacts/filter", json={"artifacts": {"flow_run_id": {"any_": [flow_run_id]}}})
            resp.raise_for_status()
            return resp.json()

    def logs_of(self, flow_run_id: str) -> str:
        with self.client() as c:
            resp = c.post("/logs/filter", json={"logs": {"flow_run_id": {"any_": [flow_run_id]}}, "limit": 200})
            resp.raise_for_status()
            return "\n".join(entry["message"] for entry in resp.json())


def _wait_healthy(stack: Stack, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"prefect server exited ({proc.returncode}):\n{stack.log('server')}")
        try:
            if httpx.get(f"{stack.api_url}/health", timeout=2).json() is True:
                return
        except (httpx.HTTPError, ValueError):
            pass
        time.sleep(0.5)
    raise RuntimeError(f"prefect server not healthy after {timeout} s:\n{stack.log('server')}")


@pytest.fixture(scope="session")
def stack_dir() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="dateline-stack-"))
    yield path
    if not os.environ.get("DATELINE_KEEP_STACK"):
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def prefect_server(postgres: Postgres, stack_dir: Path) -> Iterator[Stack]:
    """``deploy/server.sh`` on PostgreSQL, on a free port, with its own PREFECT_HOME."""
    port = free_port()
    home = stack_dir / "prefect-home"
    logs = stack_dir / "logs"
    home.mkdir()
    logs.mkdir()
    api_url = f"http://127.0.0.1:{port}/api"
    env = {
        **os.environ,
        **read_env_file(DEPLOY / "env" / "prefect.env"),
        "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "PREFECT_HOME": str(home),
        "PREFECT_API_URL": api_url,
        "PREFECT_SERVER_HOST": "127.0.0.1",
        "PREFECT_SERVER_PORT": str(port),
        "PREFECT_SERVER_DATABASE_CONNECTION_URL": postgres.url,
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("PREFECT_PROFILE", None)
    stack = Stack(api_url=api_url, env=env, home=home, logs=logs)
    proc = stack.start("server", "server.sh")
    try:
        _wait_healthy(stack, proc)
        yield stack
    finally:
        for name in reversed(list(stack.processes)):
            _stop(stack.processes[name])


@pytest.fixture(scope="session")
def data_dirs(stack_dir: Path) -> dict[str, Path]:
    """The deployments' default input and output folders (the compose stack mounts volumes there)."""
    dirs = {name: stack_dir / name for name in ("daily-in", "daily-out", "adhoc-in", "adhoc-out")}
    for path in dirs.values():
        path.mkdir()
    return dirs


@pytest.fixture(scope="session")
def registered(prefect_server: Stack, data_dirs: dict[str, Path]) -> Stack:
    """The work pool and both deployments, registered by ``deploy/register.sh`` from ``prefect.yaml``."""
    env = {**prefect_server.env,
           "DATELINE_DAILY_INPUT": str(data_dirs["daily-in"]), "DATELINE_DAILY_OUT": str(data_dirs["daily-out"]),
           "DATELINE_ADHOC_INPUT": str(data_dirs["adhoc-in"]), "DATELINE_ADHOC_OUT": str(data_dirs["adhoc-out"])}
    result = subprocess.run(["bash", str(DEPLOY / "register.sh")], env=env, capture_output=True, text=True,
                            timeout=300)
    (prefect_server.logs / "register.log").write_text(result.stdout + result.stderr)
    if result.returncode != 0:
        raise RuntimeError(f"deploy/register.sh failed:\n{result.stdout}\n{result.stderr}")
    return prefect_server


@pytest.fixture(scope="session")
def worker(registered: Stack, moto_s3: S3) -> Iterator[Stack]:
    """One process worker polling ``dateline-pool`` (``deploy/worker.sh``), with the object store's endpoint and
    credentials in its environment as in the compose stack."""
    proc = registered.start("worker", "worker.sh", extra_env=moto_s3.env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # ready once the server lists it as online
        if proc.poll() is not None:
            raise RuntimeError(f"worker exited ({proc.returncode}):\n{registered.log('worker')}")
        with registered.client() as c:
            resp = c.post("/work_pools/dateline-pool/workers/filter", json={})
            if resp.status_code == 200 and any(w.get("status") == "ONLINE" for w in resp.json()):
                break
        time.sleep(1)
    else:
        raise RuntimeError(f"worker never came online:\n{registered.log('worker')}")
    yield registered
    _stop(proc)


# ------------------------------------------------------------------------------------------------ object store


@dataclass
class S3:
    endpoint: str

    @property
    def env(self) -> dict[str, str]:
        """What a worker needs to write ``s3://`` outputs here (the compose stack sets the same variables)."""
        return {"DATELINE_S3_ENDPOINT": self.endpoint, "AWS_ACCESS_KEY_ID": "dateline",
                "AWS_SECRET_ACCESS_KEY": "dateline-secret", "AWS_DEFAULT_REGION": "us-east-1"}


@pytest.fixture(scope="session")
def moto_s3(stack_dir: Path) -> Iterator[S3]:
    """A local S3-compatible server (moto), standing in for the compose stack's object store."""
    port = free_port()
    log = open(stack_dir / "moto.log", "ab")  # noqa: SIM115
    proc = subprocess.Popen([str(VENV_BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(port)], stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(endpoint, timeout=1)
                break
            except httpx.HTTPError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"moto_server did not start:\n{_tail(stack_dir / 'moto.log')}") from None
                time.sleep(0.3)
        yield S3(endpoint)
    finally:
        _stop(proc)
