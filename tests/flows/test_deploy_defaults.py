"""``prefect.yaml`` placeholders without their ``DATELINE_*`` variables: documented fallbacks, or a refusal that names
what to set (never the literal ``{{ $VAR }}`` text as a UI form default). No Prefect server needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline import __version__
from dateline.flows.deploy import MissingSettings, load_specs, main

PREFECT_FILE = Path(__file__).resolve().parents[2] / "prefect.yaml"
VARS = ("DATELINE_DAILY_INPUT", "DATELINE_DAILY_OUT", "DATELINE_ADHOC_INPUT", "DATELINE_ADHOC_OUT",
        "DATELINE_VERSION")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in VARS:
        monkeypatch.delenv(name, raising=False)


def test_missing_variables_are_refused_and_named(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(MissingSettings, match="DATELINE_DAILY_INPUT, DATELINE_DAILY_OUT"):
        load_specs(PREFECT_FILE)
    assert main(["serve", "--prefect-file", str(PREFECT_FILE)]) == 2
    err = capsys.readouterr().err
    assert "DATELINE_DAILY_INPUT" in err and "{{" not in err


def test_adhoc_and_version_fall_back_to_documented_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_DAILY_INPUT", "/data/in")
    monkeypatch.setenv("DATELINE_DAILY_OUT", "/data/out")
    specs = {s["name"]: s for s in load_specs(PREFECT_FILE)}
    assert specs["adhoc"]["parameters"]["params"] == {**specs["adhoc"]["parameters"]["params"],
                                                      "inputs": ["/data/in"], "out": "/data/out"}
    assert specs["daily"]["version"] == __version__
    assert "{{" not in repr(specs)


def test_given_variables_win(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in zip(VARS, ("/a", "/b", "/c", "/d", "9.9"), strict=True):
        monkeypatch.setenv(name, value)
    specs = {s["name"]: s for s in load_specs(PREFECT_FILE)}
    assert specs["adhoc"]["parameters"]["params"]["inputs"] == ["/c"]
    assert specs["daily"]["version"] == "9.9"
