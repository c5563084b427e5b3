"""Score the article dates of one split of real pages dated only in their text, through the real flow.

    .venv/bin/python benchmarks/article_dates/score.py dev           # one line: article dates X/Y
    .venv/bin/python benchmarks/article_dates/score.py dev --list    # and each miss: file, got, gold, how it was found
    .venv/bin/python benchmarks/article_dates/score.py dev2 --list   # the second development split (issue-22a)
    .venv/bin/python benchmarks/article_dates/score.py blind         # the line only (--list is refused)

The split's pages are run by `dateline run SPLIT/articles` exactly as any feed would be; the articles table's
`published` day is compared with the gold `published` of the same file. The blind split is annotated by someone who
does not write rules, so whoever does reads only its line."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _day(value: object) -> str:
    """The YYYY-MM-DD of a published value, 'None' when there is none (the shared scorer's convention)."""
    return str(value)[:10] if value not in (None, "") else "None"


def read_articles(out: Path) -> list[dict]:
    """Rows of the run's articles table."""
    import pyarrow.dataset as ds

    return ds.dataset(out / "articles", format="parquet", partitioning="hive").to_table().to_pylist()


def compare(rows: list[dict], gold: dict) -> tuple[int, list[tuple[str, str, str, str]]]:
    """(right, misses): a gold file is right when the article row naming it carries the gold day."""
    by_file = {str(r.get("input_id")): r for r in rows}
    right, misses = 0, []
    for g in gold["articles"]:
        row = by_file.get(g["file"], {})
        got = _day(row.get("published"))
        if got == g["published"]:
            right += 1
        else:
            how = f"{row.get('published_source')}: {row.get('published_evidence')}" if row else "no article row"
            misses.append((g["file"], got, g["published"], how))
    return right, misses


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split", help="folder under benchmarks/article_dates with articles/ and gold.json: dev, dev2, "
                                  "blind")
    ap.add_argument("--list", action="store_true", help="list each miss (not for blind)")
    args = ap.parse_args(argv)
    if args.list and args.split == "blind":
        ap.error("the blind split is scored by its line only")
    gold = json.loads((HERE / args.split / "gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        run = subprocess.run([str(Path(sys.executable).parent / "dateline"), "run",
                              str(HERE / args.split / "articles"), "--out", str(out)], capture_output=True, text=True)
        if run.returncode != 0:
            sys.stderr.write(run.stdout[-2000:] + run.stderr[-2000:])
            return run.returncode
        right, misses = compare(read_articles(out), gold)
    print(f"{args.split}: article dates {right}/{len(gold['articles'])}")
    if args.list:
        for file, got, want, how in misses:
            print(f"  {file}: got {got}, gold {want} ({how})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
