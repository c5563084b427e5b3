"""benchmarks/real_news/emitted_events.py: two dumps of emitted events compared, reading no gold."""

from __future__ import annotations

import json
from pathlib import Path

from bench_scripts import load_script

EMITTED_PY = Path(__file__).resolve().parents[2] / "benchmarks" / "real_news" / "emitted_events.py"


def _module():
    return load_script(EMITTED_PY)


def _row(**kw) -> str:
    base = {"split": "dev_x", "file": "01_a.txt", "type": "travel", "who": ["Ana Ruiz"], "place": "Oslo",
            "start": "2024-05-09", "end": "2024-05-09", "status": "occurred", "trigger": "arrived", "at": 10}
    return json.dumps({**base, **kw}, sort_keys=True)


def test_compare_counts_events_the_same_and_only_in_one_dump(tmp_path, capsys):
    before, after = tmp_path / "before.jsonl", tmp_path / "after.jsonl"
    before.write_text("\n".join([_row(), _row(at=50, type="meeting", who=["Ana Ruiz", "Per Lund"])]) + "\n")
    after.write_text("\n".join([_row(), _row(at=50, type="meeting", who=["Ana Ruiz", "Per Lund"], start="2024-05-10",
                                             end="2024-05-10"), _row(at=90)]) + "\n")
    assert _module().main(["compare", str(before), str(after)]) == 0
    out = capsys.readouterr().out
    assert "same 1, only before 1, only after 2" in out and "50.0% of 2" in out
