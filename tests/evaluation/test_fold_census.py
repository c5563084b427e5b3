"""The fold census (benchmarks/real_news/fold_census.py) reads gold, so it refuses the transfer and blind splits before
it loads the pipeline, like every census tool."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

FOLD_CENSUS_PY = Path(__file__).resolve().parents[2] / "benchmarks" / "real_news" / "fold_census.py"


def _tool():
    spec = importlib.util.spec_from_file_location("fold_census", FOLD_CENSUS_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("split", ["dev_f", "dev_j", "blind"])
def test_refuses_line_only_splits(split):
    with pytest.raises(SystemExit):
        _tool().main([split])
