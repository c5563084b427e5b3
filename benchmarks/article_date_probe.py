"""Article-date probe: does dateline date a page that dates itself only in its own text, as real news pages do?

Each line of ``article_date_probe.jsonl`` is a made-up page head (menu noise, title, byline, stamp or dateline,
first paragraph, sometimes a footer) written in a form real news pages use ("(Outlet / Agency - 3rd May, 2019)",
"Name 6 minutes ago Thu 19th December 2019 | 10:55 PM", "ISLAMABAD, Sept 7 (APP):" under a copyright line ...), the
page's URL when the form needs one, and the true publication date. The texts were written for this probe; ``form``
names the real-page form each one imitates; ``title``, when given, is the record's title (the first line the .txt
reader strips from the text). Every page is read with no metadata, no header date and no fallback, on
a fixed run date (so a year taken from the run date shows as an error), and its inferred date is compared with
``gold``.

Usage::

    .venv/bin/python benchmarks/article_date_probe.py [--verbose]
"""

from __future__ import annotations

import argparse
import inspect
import json
from datetime import date
from pathlib import Path

from dateline.extractors.temporal import infer_article_date

PROBE = Path(__file__).with_name("article_date_probe.jsonl")
RUN_DATE = date(2026, 11, 23)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every page, not only the misses")
    args = parser.parse_args()
    rows = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    params = inspect.signature(infer_article_date).parameters
    right = 0
    for row in rows:
        extra = {key: row.get(key) for key in ("url", "title") if key in params}
        got = infer_article_date(row["text"], run_date=RUN_DATE, **extra)
        ok = got.value is not None and got.value.isoformat() == row["gold"]
        right += ok
        if args.verbose or not ok:
            print(f"{'ok  ' if ok else 'MISS'} {row['id']}: got {got.value} ({got.source}: {got.evidence!r}), "
                  f"gold {row['gold']}")
    print(f"article dates {right}/{len(rows)}")


if __name__ == "__main__":
    main()
