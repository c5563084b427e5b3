"""benchmarks/real_news/stages.py: the stage of the event path where a gold mention loses its event."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench_scripts import load_script

STAGES_PY = Path(__file__).resolve().parents[2] / "benchmarks" / "real_news" / "stages.py"
QUOTE = "Ana Ruiz arrived in Oslo on Tuesday for talks"
OTHER = "Hans Weber met Ana Ruiz in Oslo on Wednesday."


def _stage_of():
    return load_script(STAGES_PY).stage_of


def _row(sentence: str | None, **checks: bool) -> dict:
    base = {"participants": True, "place": True, "dates": True, "status": True}
    if sentence is None:
        return {"found": False, "checks": {}, "event": None}
    return {"found": True, "checks": {**base, **checks}, "event": {"sentence": sentence}}


@pytest.mark.parametrize("row, before, after, kept, want", [
    (_row(QUOTE + "."), [QUOTE], [QUOTE], [QUOTE], "fully right"),
    (_row(QUOTE + ".", dates=False, status=False), [QUOTE], [QUOTE], [QUOTE], "own event: dates, status"),
    (_row(OTHER, dates=False), [QUOTE, OTHER], [QUOTE, OTHER], [QUOTE, OTHER], "own event, another fits better"),
    (_row(OTHER, dates=False), [QUOTE, OTHER], [QUOTE, OTHER], [OTHER], "dropped by keep"),
    (_row(OTHER, dates=False), [QUOTE, OTHER], [OTHER], [OTHER], "merged away"),
    (_row(None), [OTHER], [OTHER], [OTHER], "no candidate"),
])
def test_each_stage(row, before, after, kept, want):
    assert _stage_of()(QUOTE, row, before, after, kept) == want


def test_a_best_fit_elsewhere_that_is_fully_right_counts_as_right():
    # the scorer's best fit may be another sentence's event with every field right: the mention is right
    assert _stage_of()(QUOTE, _row(OTHER), [QUOTE, OTHER], [OTHER], [OTHER]) == "fully right"
