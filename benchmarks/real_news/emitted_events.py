"""How many emitted events a change touches on pages, without reading any gold: dump, then compare two dumps.

    .venv/bin/python benchmarks/real_news/emitted_events.py dump /tmp/before.jsonl dev_f dev_g   # in one checkout
    .venv/bin/python benchmarks/real_news/emitted_events.py dump /tmp/after.jsonl dev_f dev_g    # in another
    .venv/bin/python benchmarks/real_news/emitted_events.py compare /tmp/before.jsonl /tmp/after.jsonl

A rule written while reading errors on some pages can be general in form and still fire on almost nothing elsewhere;
the share of events it changes on pages nobody read says how far it reaches, before any score does. Only the
system's output is read (file, type, participants, place, dates, status, trigger, offset), so it is safe on a
transfer split."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def dump(out: Path, splits: list[str]) -> int:
    """Write one JSON line per emitted event of each split (the in-process event path, as the flow runs it)."""
    from dateline.evaluation.events import run_articles
    from dateline.extractors.pipeline import load_nlp
    from dateline.ingest import Article, read_inputs

    nlp = load_nlp()
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for split in splits:
            arts = [a for a in read_inputs([str(HERE / split / "articles")]) if isinstance(a, Article)]
            tables = run_articles(arts, nlp)
            files = {a["article_id"]: Path(a["file"]).name for a in tables["articles"]}
            for e in tables["events"]:
                place = e.get("location") or e.get("destination") or {}
                row = {"split": split, "file": files.get(e["article_id"]), "type": e["event_type"],
                       "who": sorted(p["name"] for p in e["participants"]), "place": place.get("name"),
                       "start": str(e["date_start"]), "end": str(e["date_end"]), "status": e["status"],
                       "trigger": e["trigger"], "at": e["start_char"]}
                fh.write(json.dumps(row, sort_keys=True) + "\n")
                n += 1
    print(f"{n} events from {', '.join(splits)} -> {out}")
    return 0


def compare(before: Path, after: Path) -> int:
    """Print how many events are the same in both dumps, and how many are only in one."""
    a = set(before.read_text(encoding="utf-8").splitlines())
    b = set(after.read_text(encoding="utf-8").splitlines())
    print(f"same {len(a & b)}, only before {len(a - b)}, only after {len(b - a)} "
          f"({len(a - b) / len(a):.1%} of {len(a)} changed or gone)" if a else "empty dump")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="emitted events of splits to a JSONL file")
    d.add_argument("out", type=Path)
    d.add_argument("splits", nargs="+")
    c = sub.add_parser("compare", help="two dumps: events the same, only before, only after")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    return dump(args.out, args.splits) if args.cmd == "dump" else compare(args.before, args.after)


if __name__ == "__main__":
    raise SystemExit(main())
