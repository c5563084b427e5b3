"""The census tools read gold (status_stages, place_census, second_events, trigger_gates; place_story_census,
place_relation_census), so each refuses the blind and transfer splits before it loads the pipeline or runs a flow:
those splits are scored by their lines only (benchmarks/real_news/line_only.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench_scripts import load_script

REAL_NEWS = Path(__file__).resolve().parents[2] / "benchmarks" / "real_news"
TOOLS = {
    "status_stages.py": lambda split: [split],
    "place_census.py": lambda split: [split],
    "place_story_census.py": lambda split: [split],
    "place_relation_census.py": lambda split: ["--runs", "/nonexistent", f"dev_k+{split}"],
    "second_events.py": lambda split: [split],
    "trigger_gates.py": lambda split: ["dump", "/nonexistent/out.json", split],
}
LINE_ONLY = json.loads((REAL_NEWS / "line_only.json").read_text(encoding="utf-8"))["splits"]


@pytest.mark.parametrize("split", LINE_ONLY)
@pytest.mark.parametrize("tool", sorted(TOOLS))
def test_refuses_line_only_splits(tool: str, split: str) -> None:
    with pytest.raises(SystemExit) as refused:
        load_script(REAL_NEWS / tool).main(TOOLS[tool](split))
    assert refused.value.code not in (0, None)


@pytest.mark.parametrize("split", LINE_ONLY)
def test_travel_orphans_refuses_a_dump_of_line_only_splits(split: str, tmp_path: Path) -> None:
    """travel_orphans.py reads the gold of each split its dump names, so a hand-made dump cannot bring one in."""
    dump = tmp_path / "dump.json"
    dump.write_text(json.dumps([{"split": split, "mentions": []}]), encoding="utf-8")
    with pytest.raises(SystemExit) as refused:
        load_script(REAL_NEWS / "travel_orphans.py").main([str(dump)])
    assert refused.value.code not in (0, None)
