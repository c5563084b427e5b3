"""Score a split as one run and as two runs into one store (its strongly dated pages first, then the rest), as the
daily store meets a story whose dated report came yesterday.

    .venv/bin/python benchmarks/real_news/two_runs.py dev_aa dev_z    # two lines per split, then the pages dated apart

Which pages are "dated" is read from the one run's articles table (``batch_year.strong_date``: the pages that may
lend a date). The second run's output holds every page and is scored against the split's gold as ``score.py`` does.
Each page keeps its file name (its id), and the manifest's lines go with their pages. Reads gold: never for the
splits in ``line_only.json``."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

import pyarrow.dataset as ds
from score import HERE, joined_gold, run_flow, scored_line

from dateline.evaluation.read_splits import refuse_line_only
from dateline.extractors.batch_year import strong_date
from dateline.extractors.records import ArticleDate
from dateline.extractors.story_weekday import SOURCE
from dateline.ingest import MANIFEST_NAME


def run(inputs: list[Path], out: Path) -> None:
    done = run_flow(inputs, out)
    if done.returncode != 0:
        raise SystemExit(done.stdout[-2000:] + done.stderr[-2000:])


def score(out: Path, gold: Path) -> str:
    line = scored_line(out, gold)
    if line is None:
        raise SystemExit(1)
    return line.split("; missed")[0]


def article_dates(out: Path) -> dict[str, ArticleDate]:
    rows = ds.dataset(str(out / "articles")).to_table(
        columns=["input_id", "published", "published_source", "published_evidence"]).to_pylist()
    return {r["input_id"]: ArticleDate(r["published"], r["published_source"], r["published_evidence"]) for r in rows}


def part(articles: Path, names: set[str], to: Path) -> Path:
    """A folder holding ``names`` of ``articles`` and their manifest lines."""
    to.mkdir()
    for name in names:
        shutil.copy(articles / name, to / name)
    manifest = articles / MANIFEST_NAME
    if manifest.is_file():
        lines = [line for line in manifest.read_text(encoding="utf-8").splitlines()
                 if line.strip() and json.loads(line).get("file") in names]
        (to / MANIFEST_NAME).write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return to


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("splits", nargs="+")
    args = ap.parse_args(argv)
    refuse_line_only(ap, args.splits, HERE)
    for split in args.splits:
        articles = HERE / split / "articles"
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            gold = tmp / "gold.json"
            gold.write_text(json.dumps(joined_gold([split])), encoding="utf-8")
            run([articles], tmp / "one")
            one = article_dates(tmp / "one")
            dated = {name for name, d in one.items() if strong_date(d)}
            rest = set(one) - dated
            run([part(articles, dated, tmp / "dated")], tmp / "two")
            run([part(articles, rest, tmp / "rest")], tmp / "two")
            two = article_dates(tmp / "two")
            print(f"{split} (one run): {score(tmp / 'one', gold)}")
            print(f"{split} (two runs, {len(dated)} dated pages first, then {len(rest)}): {score(tmp / 'two', gold)}")
            by_weekday = [sum(d[n].source == SOURCE for n in rest) for d in (one, two)]
            print(f"    pages dated by their story's weekdays (story_weekday): one run {by_weekday[0]}, "
                  f"two runs {by_weekday[1]}")
            for name in sorted(rest):
                if (one[name].value, one[name].source) != (two[name].value, two[name].source):
                    print(f"    {name}: one run {one[name].value} ({one[name].source}), "
                          f"two runs {two[name].value} ({two[name].source})")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
