"""Synthetic wire copy for pipeline benchmarks: short made-up articles, each with a meeting and a planned trip.

Shaped like issue 12's two-day measurement: 3,000 made-up people (the names of ``merge_scale.people``) with
Zipf-distributed frequency, so the popular ones are in the news every day and their events and itineraries keep
growing; ten cities; each article is dated (``published``) and reports a meeting of two or three people in a city on
a weekday of that week and one participant's trip to another city the next week. A few phrasings, all made up (no
corpus text), so the extractors see varied but realistic sentences.

    python benchmarks/wire_copy.py --n 2000 --out /tmp/wire-2000.jsonl                     # day 1
    python benchmarks/wire_copy.py --n 200 --first 2000 --first-day 2026-02-01 --out /tmp/wire-day2.jsonl
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from merge_scale import CITIES, N_PEOPLE, people  # noqa: E402  (a sibling script, not a package)

START = date(2026, 1, 5)
TITLES = ["Foreign Minister", "Prime Minister", "President", "Trade Minister", "Defence Minister", "Finance Minister",
          "Energy Minister", "Ambassador"]
TOPICS = ["fisheries", "energy prices", "a trade agreement", "border security", "climate finance", "rail links",
          "grain exports", "a ceasefire"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MEETINGS = [
    "{t0} {p0} met {t1} {p1}{more} in {city} on {weekday} to discuss {topic}.",
    "{t0} {p0} held talks with {t1} {p1}{more} in {city} on {weekday}, focusing on {topic}.",
    "{t1} {p1}{more} and {t0} {p0} met in {city} on {weekday} for talks on {topic}.",
]
TRIPS = [
    "{s0} will travel to {city2} next week for further talks, a spokesperson said.",
    "{s0} is expected to visit {city2} on {when}, officials said.",
    "{s0} plans to fly to {city2} next week to meet regional leaders.",
]
FILLER = ["The talks were described as constructive.", "No agreement was signed.",
          "Both sides said they would meet again.", "Reporters were not allowed into the meeting."]


def articles(n: int, seed: int = 12, first: int = 0, first_day: date = START, days: int | None = None
             ) -> Iterator[dict]:
    """``n`` JSONL records (``id``, ``title``, ``text``, ``published``), numbered from ``first``, published over
    ``days`` days from ``first_day`` (default: n/100 days, about a hundred articles a day). Deterministic."""
    rng = random.Random(seed)
    names = people(rng)
    cum = list(itertools.accumulate(1 / (k + 1) for k in range(N_PEOPLE)))
    days = days or max(1, n // 100)
    rng = random.Random(seed * 1_000_003 + first)
    for number in range(first, first + n):
        who = list(dict.fromkeys(rng.choices(names, cum_weights=cum, k=rng.choice((2, 2, 3)))))
        while len(who) < 2:
            who.append(rng.choice(names))
        published = first_day + timedelta(days=rng.randrange(days))
        meeting_day = published - timedelta(days=rng.randrange(3))
        city, city2 = rng.sample([c[0] for c in CITIES], 2)
        titles = rng.sample(TITLES, len(who))
        more = f" and {titles[2]} {who[2]}" if len(who) > 2 else ""
        meeting = rng.choice(MEETINGS).format(
            t0=titles[0], p0=who[0], t1=titles[1], p1=who[1], more=more, city=city,
            weekday=WEEKDAYS[min(meeting_day.weekday(), 4)], topic=rng.choice(TOPICS))
        when = (published + timedelta(days=7 + rng.randrange(5))).strftime("%B %-d")
        trip = rng.choice(TRIPS).format(s0=who[0].split()[1], city2=city2, when=when)
        dateline = f"{city.upper()}, {published.strftime('%B %-d')} (Wire) -"
        text = " ".join([dateline, meeting, trip, rng.choice(FILLER)])
        yield {"id": f"wire-{number:07d}", "title": f"{who[0]} meets {who[1]} in {city}", "text": text,
               "published": published.isoformat()}


def write(out: Path, n: int, **kwargs) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for record in articles(n, **kwargs):
            handle.write(json.dumps(record) + "\n")
    return n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--first", type=int, default=0, help="number of the first article (ids stay distinct)")
    parser.add_argument("--first-day", type=date.fromisoformat, default=START)
    parser.add_argument("--days", type=int, default=None, help="publication days spanned (default n/100)")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--out", type=Path, required=True)
    ns = parser.parse_args(argv)
    write(ns.out, ns.n, seed=ns.seed, first=ns.first, first_day=ns.first_day, days=ns.days)
    print(f"wrote {ns.n} articles to {ns.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
