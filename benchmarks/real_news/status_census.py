"""Why a found mention's status is wrong: a census by what decided our status and whether its dates are right.

    .venv/bin/python benchmarks/real_news/status_census.py dev_o dev_n            # counts
    .venv/bin/python benchmarks/real_news/status_census.py dev_o --list           # and one line per mention

For each gold mention (optional ones left out) whose best-fitting event has the wrong status: whether that event's
dates are right; what decided our status (``status.modality`` of the trigger, re-read in its sentence alone: the
clause's tense or modality, or nothing, so the days against the article date decided); and where gold's and our days
fall against the article date. Helper 19b found status riding on dates; the fourteenth pass (helper 22u) counted
which side of that line each error falls. Reads gold: read splits only (never the splits in line_only.json).
"""

from __future__ import annotations

import argparse
import collections
import json
from collections.abc import Iterator
from pathlib import Path

from dateline.evaluation.events import mention_report, run_articles
from dateline.evaluation.read_splits import line_only_splits
from dateline.extractors.events.status import modality
from dateline.extractors.pipeline import load_nlp
from dateline.ingest import Article, read_inputs

FORBIDDEN = {*line_only_splits(Path(__file__).resolve().parent), "agreement"}
TOLD = {"occurred", "planned", "cancelled", "lapsed"}  # what ``status.modality`` reads from the clause's wording


def day_side(day: str | None, pub: str | None) -> str:
    """Where a day falls against the page's publication day."""
    if day is None or day == "None" or pub is None:
        return "no day"
    return "<pub" if day < pub else "=pub" if day == pub else ">pub"


def status_wrong(rows: list[dict], gold: dict, nlp) -> Iterator[tuple[dict, dict, dict, str, str | None]]:
    """Each required, found mention of ``rows`` (``mention_report``'s) whose best-fitting event has the wrong status:
    the row, its gold event, that event, gold's status on the mention's page, and ``status.modality`` of the trigger
    re-read in its sentence alone ("?" when the trigger is not a token of it)."""
    by_id = {g["id"]: g for g in gold["events"]}
    for r in rows:
        if r["optional"] or not r["found"] or r["checks"]["status"]:
            continue
        g, e = by_id[r["gold"]], r["event"]
        want = g.get("status_by_file", {}).get(r["file"], g["status"])
        tok = next((t for t in nlp(e.get("sentence") or "") if t.text == e.get("trigger")), None)
        yield r, g, e, want, (modality(tok) if tok is not None else "?")


def census(split: str, nlp, listing: list[str]) -> collections.Counter:
    """Counts of (decided by, gold status / ours) over one split's status-wrong found mentions."""
    d = Path("benchmarks/real_news") / split
    gold = json.loads((d / "gold.json").read_text(encoding="utf-8"))
    pubs = {a["file"]: a["published"] for a in gold["articles"]}
    arts = [a for a in read_inputs([str(d / "articles")]) if isinstance(a, Article)]
    out: collections.Counter = collections.Counter()
    for r, g, e, want, m in status_wrong(mention_report(run_articles(arts, nlp), gold), gold, nlp):
        sentence = e.get("sentence") or ""
        if r["checks"]["dates"]:
            by = "dates right"
        else:
            by = "dates wrong, " + ("clause decided" if m in TOLD else f"days decided (modality {m})")
        key = (by, f"gold {want} / ours {e.get('status')}")
        out[key] += 1
        pub = pubs.get(r["file"])
        listing.append(f"{split}:{r['gold']} {key[0]} | {key[1]} | modality {m} | gold day "
                       f"{day_side(g['date_start'], pub)} ours {day_side(str(e.get('date_start'))[:10], pub)} "
                       f"[{e.get('trigger')}] {' '.join(sentence.split())[:160]}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("splits", nargs="+")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    if bad := FORBIDDEN & set(args.splits):
        raise SystemExit(f"not a read split: {sorted(bad)}")
    nlp = load_nlp()
    total: collections.Counter = collections.Counter()
    listing: list[str] = []
    for split in args.splits:
        total += census(split, nlp, listing)
    for by in sorted({k[0] for k in total}):
        print(f"{sum(n for k, n in total.items() if k[0] == by):4d} {by}")
        for (b, pair), n in total.most_common():
            if b == by:
                print(f"     {n:4d} {pair}")
    if args.list:
        print("\n".join(sorted(listing)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
