"""The real-news splits as the census tools under ``benchmarks/real_news`` read them: which splits no tool may read
the gold of (``line_only.json``), and each article of the readable ones with its split's gold, so a tool can run one
article at a time and trace what the event path did to it. ``stages.py`` and ``shared_events.py`` wrote this loop
and the refusal each for itself; one copy keeps them reading the same articles and refusing the same splits."""

from __future__ import annotations

import argparse
import collections
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the refusal runs before any tool loads the pipeline
    from dateline.ingest import Article


def line_only_splits(root: Path) -> frozenset[str]:
    """The splits under ``root`` scored by their line only: blind and the transfer checks."""
    return frozenset(json.loads((root / "line_only.json").read_text(encoding="utf-8"))["splits"])


def census_args(doc: str | None, list_help: str, root: Path, argv: list[str] | None) -> argparse.Namespace:
    """The command line every census tool takes (splits, ``--list``), refused for the line-only splits before any
    tool loads the pipeline; ``doc`` is the tool's docstring, whose first line describes it."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    ap.add_argument("splits", nargs="+")
    ap.add_argument("--list", action="store_true", help=list_help)
    args = ap.parse_args(argv)
    refuse_line_only(ap, args.splits, root)
    return args


def refuse_line_only(ap: argparse.ArgumentParser, splits: list[str], root: Path) -> None:
    """Stop the tool (an argparse error) when it is asked to read the gold of a split scored by its line only."""
    if set(splits) & line_only_splits(root):
        ap.error("the blind and transfer splits are scored by their lines only (benchmarks/real_news/score.py)")


@dataclass(frozen=True)
class GoldArticle:
    """One article of a split, with that split's gold (``by_id``: its events by id) and the article's file name, which
    ``mention_report`` rows carry as ``file``."""

    split: str
    name: str
    article: Article
    gold: dict
    by_id: dict[str, dict]


def gold_articles(root: Path, splits: list[str]) -> Iterator[GoldArticle]:
    """Each article of ``splits`` (folders under ``root`` with ``articles/`` and ``gold.json``), in reading order."""
    from dateline.ingest import Article, read_inputs

    for split in splits:
        folder = root / split
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        by_id = {g["id"]: g for g in gold["events"]}
        for art in (a for a in read_inputs([str(folder / "articles")]) if isinstance(a, Article)):
            yield GoldArticle(split, Path(art.origin).name, art, gold, by_id)


def print_counts(counts: collections.Counter[tuple[str, str]], width: int) -> None:
    """One line per (event type, class), types in order and the largest class first within each."""
    for (etype, stage), n in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"  {etype:8} {stage:{width}} {n:4}")


def print_split_counts(counts: dict[str, collections.Counter[str]], width: int) -> None:
    """One line per class with its count on each split, widest first (most splits, then most mentions): the table a
    census across splits prints (``print_counts`` is the one for a class per event type)."""
    for cls, per_split in sorted(counts.items(), key=lambda kv: (-len(kv[1]), -sum(kv[1].values()))):
        cols = " ".join(f"{s}={n}" for s, n in sorted(per_split.items()))
        print(f"  {cls:{width}} {sum(per_split.values()):4} mentions {len(per_split):3} splits  {cols}")
