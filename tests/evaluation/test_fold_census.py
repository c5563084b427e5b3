"""The fold census (benchmarks/real_news/fold_census.py) reads gold, so it refuses the transfer and blind splits before
it loads the pipeline, like every census tool."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench_scripts import load_script

FOLD_CENSUS_PY = Path(__file__).resolve().parents[2] / "benchmarks" / "real_news" / "fold_census.py"


def _tool():
    return load_script(FOLD_CENSUS_PY)


@pytest.mark.parametrize("split", ["dev_f", "dev_j", "blind"])
def test_refuses_line_only_splits(split):
    with pytest.raises(SystemExit):
        _tool().main([split])
