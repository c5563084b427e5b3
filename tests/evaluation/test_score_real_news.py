"""benchmarks/real_news/score.py: a line-only split is scored by its line alone (no --mentions, no missed ids)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench_scripts import load_script

REAL_NEWS = Path(__file__).resolve().parents[2] / "benchmarks" / "real_news"
SCORE_PY = REAL_NEWS / "score.py"
LINE_ONLY = json.loads((REAL_NEWS / "line_only.json").read_text(encoding="utf-8"))["splits"]


@pytest.mark.parametrize("split", LINE_ONLY)
@pytest.mark.parametrize("flag", ["--mentions", "--census"])
def test_refuses_to_list_the_misses_of_a_line_only_split(split, flag):
    with pytest.raises(SystemExit) as stop:
        load_script(SCORE_PY).main([split, flag])
    assert stop.value.code == 2


def test_the_line_of_a_line_only_split_names_no_missed_mention(monkeypatch, capsys):
    score = load_script(SCORE_PY)
    line = ("article dates 1/1, event mentions found 1/2, fully right 0/2, events emitted 1 (precision 1.00); "
            "missed x:E1@01_")
    monkeypatch.setattr(score, "run_flow", lambda inputs, out: type("Run", (), {"returncode": 0})())
    monkeypatch.setattr(score, "scored_line", lambda out, gold: line)
    assert score.main([LINE_ONLY[-1]]) == 0
    printed = capsys.readouterr().out
    assert "missed" not in printed and printed.startswith(f"{LINE_ONLY[-1]}: article dates 1/1")
