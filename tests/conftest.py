"""Shared fixtures: where the shared material lives, and one Prefect test server for the whole session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the project root (samples, gold, corpora); tests that need it skip without it."""
    if not SHARED.is_dir():
        pytest.skip(f"shared material not found at {SHARED} (clone the project beside its shared/ folder)")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    path = shared_dir / "samples" / "seeds"
    if not path.is_dir():
        pytest.skip(f"sample articles not found at {path}")
    return path


@pytest.fixture(scope="session")
def prefect_harness():
    """One ephemeral Prefect server for every test that runs a whole flow (it takes 10-20 s to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
