"""MEANTIME (English, dev data) through the project's TempEval-3 scorer: a regression floor for value F1.

Slow (parses 120 articles), so it runs with ``-m slow``. The scorer and reader belong to ``dateline.evaluation``;
if they are missing or the corpus is absent the test skips with the reason.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

VALUE_F1_FLOOR = 0.84  # measured 0.85 (HeidelTime 2.2.1: 0.728 on the same protocol)


def test_meantime_value_f1(shared):
    timex = pytest.importorskip("dateline.evaluation.timex")
    baselines = pytest.importorskip("dateline.evaluation.baselines")
    corpus = shared / "data" / "meantime_en" / "intra-doc_annotation"
    if not corpus.exists():
        pytest.skip(f"MEANTIME not found at {corpus}")
    docs = timex.read_documents([corpus])
    predictions = baselines.run_dateline([d.as_input() for d in docs])
    report = timex.score_corpus("dateline", docs, predictions)
    summary = report.total.summary()
    assert summary["value_f1"] >= VALUE_F1_FLOOR, summary
