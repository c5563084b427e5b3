"""The tense probe (``benchmarks/tense_probe.jsonl``), dateline only: relative dates resolved by tense, modality and
context must stay at least as good as measured (38/40 on 2026-11-23; see ``benchmarks/RESULTS_temporal.md``,
section "Tense probe"). No HeidelTime, no Duckling: ``benchmarks/tense_probe.py`` runs those."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench_scripts import load_script

PROBE_PY = Path(__file__).resolve().parents[2] / "benchmarks" / "tense_probe.py"
# of 40: misses fm05 ('come into force in January', present for future) and ot06 ('over the weekend', past)
MEASURED_CORRECT = 38


@pytest.fixture(scope="module")
def probe():
    return load_script(PROBE_PY)


def test_probe_file_is_well_formed(probe):
    rows = probe.load_probe()
    assert len(rows) == 40
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["category"] for r in rows} == set(probe.CATEGORIES)
    for r in rows:
        assert r["text"].count(r["target"]) == 1, r["id"]


def test_dateline_accuracy_on_tense_probe(probe):
    rows = probe.load_probe()
    values = {"dateline": probe.run_dateline(rows)}
    summary = probe.score(rows, values)["dateline"]
    correct, total = summary["all"]
    wrong = [(r["id"], r["gold"], v) for r, v in zip(rows, values["dateline"], strict=True)
             if probe.norm(v) != probe.norm(r["gold"])]
    assert correct >= MEASURED_CORRECT, f"{correct}/{total}; wrong: {wrong}"
    # tense-driven weekdays are the probe's point: all of them
    assert summary["future weekday"] == [9, 9]
    assert summary["past weekday"] == [8, 8]
