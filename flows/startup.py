"""Start a CLI run's slow, independent pieces side by side instead of one after the other (issue 12: fixed cost).

Measured (``benchmarks/fixed_cost.py``, see ``benchmarks/RESULTS_throughput.md``): before its first article was parsed
a run spent, in sequence, ~3 s importing Prefect, ~3 s more importing Prefect's server module in the CLI process
only to launch the ephemeral server, ~4 s waiting for that server to boot, then ~3 s while the batch worker loaded
the spaCy model. None of these needs the others, and the machine has a second core.

So, before the CLI imports Prefect: the batch workers are spawned (they load the model; ``runners.BatchPool.warm``)
and Prefect's own server app is launched in a subprocess exactly as Prefect's ephemeral mode launches it (same
``uvicorn`` factory, same flags: no UI, ephemeral services). Both boot while the CLI imports Prefect and the flow.
Then, once Prefect's settings are readable: if no API URL is configured and ephemeral mode is allowed (what would
have made Prefect start its own), ``PREFECT_API_URL`` points at this server for the run, so the CLI process never
imports the server module at all; otherwise (a profile or ``prefect.toml`` names a server, or ephemeral mode is off)
this server is stopped unused and Prefect does what it always does. The server is stopped at exit, like Prefect's own,
after Prefect's log and event workers have drained into it.
"""

from __future__ import annotations

import atexit
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress

BUSY_MACHINE_STARTUP_S = 300.0  # at load ~8 one run timed out at 20 s; at load ~40 a dozen at 90 s (RESULTS_throughput)
PORT_IN_USE_EXIT = 3  # uvicorn's exit code when it cannot bind (Prefect retries on another port too)
SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class EarlyServer:
    """Prefect's server app in a subprocess, started before Prefect is imported here. Mirrors
    ``prefect.server.api.server.SubprocessASGIServer`` (which cannot be used without importing the server module)."""

    def __init__(self) -> None:
        self.port = _free_port()
        self.process: subprocess.Popen | None = None
        self._launch()
        atexit.register(self.stop)

    @property
    def address(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.address}/api"

    def _launch(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--factory", "prefect.server.api.server:create_app", "--host",
             "127.0.0.1", "--port", str(self.port), "--log-level", "error", "--lifespan", "on"],
            env={**os.environ, **SERVER_ENV},
        )

    def wait(self, timeout_s: float) -> None:
        """Block until the server answers its health check; a port taken meanwhile means a relaunch elsewhere."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            assert self.process is not None
            code = self.process.poll()
            if code == PORT_IN_USE_EXIT:
                self.port = _free_port()
                self._launch()
                continue
            if code is not None:
                raise RuntimeError(f"the Prefect server process exited with code {code} while starting")
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.1)
        raise RuntimeError(f"timed out after {timeout_s:.0f} s waiting for the Prefect server on port {self.port} "
                           "(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS raises the limit)")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


def warm_flow_process() -> None:
    """Load what the flow process's merge step needs (the gazetteer, ~1 s) now, while the server is still booting,
    rather than after the last batch."""
    from dateline.extractors.places import gazetteer

    gazetteer()


def start_server_early() -> EarlyServer | None:
    """Launch the server now when Prefect would start an ephemeral one and is not loaded yet (a CLI process). In a
    process that already imported Prefect (tests, ``serve``), or with ``PREFECT_API_URL`` in the environment,
    nothing is started and Prefect decides as usual."""
    if "prefect" in sys.modules or os.environ.get("PREFECT_API_URL"):
        return None
    return EarlyServer()


def startup_timeout(configured: float, environ: Mapping[str, str]) -> float:
    """How long to wait for the early server: what the user set, else at least ``BUSY_MACHINE_STARTUP_S``. Prefect's
    default of 20 s fails a run whose server boots slowly beside another run's on a busy machine, though nothing is
    wrong but the load; a user who sets the variable gets exactly that."""
    if "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS" in environ:
        return configured
    return max(configured, BUSY_MACHINE_STARTUP_S)


@contextmanager
def prefect_api(server: EarlyServer | None) -> Iterator[None]:
    """Run the enclosed flow against ``server`` if Prefect, with its settings now loaded, would have started an
    ephemeral server; otherwise stop ``server`` unused and leave Prefect's configuration alone."""
    from prefect.context import refresh_global_settings_context
    from prefect.settings import (
        PREFECT_API_URL,
        PREFECT_SERVER_EPHEMERAL_ENABLED,
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS,
    )

    if server is None or PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        if server is not None:
            server.stop()
        yield
        return
    server.wait(startup_timeout(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value(), os.environ))
    # For the rest of this process, which ends with the run: every thread (task runs, the log and event workers that
    # drain at exit) must keep seeing this URL, and the server must outlive them. It stops at exit, after them
    # (registered before Prefect was imported, so its handler runs after Prefect's).
    os.environ["PREFECT_API_URL"] = server.api_url
    os.environ["PREFECT_UI_URL"] = ""  # it serves no UI (as in ephemeral mode): no "View at" link to a dead page
    refresh_global_settings_context()
    from prefect.logging import get_logger

    get_logger("dateline").info("temporary Prefect server on %s, started beside the CLI's imports; set "
                                "PREFECT_API_URL to use a running server instead", server.address)
    yield


class QuickExit:
    """End a finished CLI run's process without tearing its interpreter down.

    Measured at the end of a ``dateline run`` (``benchmarks/RESULTS_throughput.md``, 2026-12-03): once the last
    exit handler had run (Prefect's log and event workers drained, the server stopped, the batch pool shut down),
    the process took another 1.8 s to free Prefect, pyarrow, the gazetteer and every module object by object, and
    the user waited for it. Registered before anything else, this handler runs after all the others, flushes what is
    buffered and leaves with the run's exit code: 1 unless the run set ``code`` (an exception's traceback is already
    printed by then, and 1 is what Python would have returned). Only for a process that is the CLI itself (never in
    a test or a host process that called ``dateline.cli.main`` with its own arguments)."""

    def __init__(self) -> None:
        self.code = 1
        atexit.register(self._leave)

    def _leave(self) -> None:
        if "logging" in sys.modules:
            import logging

            logging.shutdown()
        for stream in (sys.stdout, sys.stderr):
            with suppress(OSError, ValueError):  # a closed pipe: nothing more can be written anyway
                stream.flush()
        os._exit(self.code)
