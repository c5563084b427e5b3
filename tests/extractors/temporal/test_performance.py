"""Temporal work (detection component + resolution) must cost under 10% of the spaCy model's time on the same
texts. Measured on the sample articles, after one warm-up pass (compiled tables and caches are per process)."""

from __future__ import annotations

import time
from datetime import date

import pytest

from dateline.extractors.temporal import resolve_timexes


def test_temporal_cost_under_ten_percent_of_model(nlp, shared):
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "samples" / "seeds").glob("*.txt"))] * 2
    component = nlp.get_pipe("dateline_timex")
    with nlp.select_pipes(disable=["dateline_timex"]):
        docs = list(nlp.pipe(texts[:3]))  # warm-up
        best_model = float("inf")
        for _ in range(1):
            t0 = time.perf_counter()
            docs = list(nlp.pipe(texts))
            best_model = min(best_model, time.perf_counter() - t0)
    for doc in docs[:3]:
        resolve_timexes(component(doc), date(2021, 3, 17))
    best_temporal = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for doc in docs:
            resolve_timexes(component(doc), date(2021, 3, 17))
        best_temporal = min(best_temporal, time.perf_counter() - t0)
    ratio = best_temporal / best_model
    if ratio >= 0.10:
        pytest.fail(f"temporal {best_temporal:.3f}s vs model {best_model:.3f}s: ratio {ratio:.3f} >= 0.10")
