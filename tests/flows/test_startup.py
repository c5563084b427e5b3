"""The CLI's early Prefect server is used only where Prefect would have started an ephemeral one."""

from __future__ import annotations

import os

import prefect  # noqa: F401  (loaded, as in any process that already uses Prefect)

from dateline.flows.startup import prefect_api, start_server_early


class _FakeServer:
    api_url = "http://127.0.0.1:9/api"
    address = "http://127.0.0.1:9"

    def __init__(self) -> None:
        self.stopped = False

    def stop(self) -> None:
        self.stopped = True

    def wait(self, timeout_s: float) -> None:
        raise AssertionError("a configured API URL must not wait for the early server")


def test_no_early_server_once_prefect_is_loaded() -> None:
    assert start_server_early() is None


def test_a_configured_api_url_wins_and_the_early_server_stops() -> None:
    from prefect.settings import PREFECT_API_URL, temporary_settings

    server = _FakeServer()
    before = os.environ.get("PREFECT_API_URL")
    with temporary_settings({PREFECT_API_URL: "http://elsewhere:4200/api"}), prefect_api(server):
        assert PREFECT_API_URL.value() == "http://elsewhere:4200/api"
    assert server.stopped
    assert os.environ.get("PREFECT_API_URL") == before


def test_without_an_early_server_nothing_changes() -> None:
    before = dict(os.environ)
    with prefect_api(None):
        pass
    assert dict(os.environ) == before


def test_the_early_server_gets_time_on_a_busy_machine_unless_the_user_says() -> None:
    from dateline.flows.startup import BUSY_MACHINE_STARTUP_S, startup_timeout

    assert startup_timeout(20.0, {}) == BUSY_MACHINE_STARTUP_S  # Prefect's default is too short under load
    assert startup_timeout(300.0, {}) == 300.0
    assert startup_timeout(20.0, {"PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "20"}) == 20.0
