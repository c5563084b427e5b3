"""Where two clause-level rules fire on the read splits: a meeting verb coordinated with a visit to an unmapped site
(``sentence.site_visited``) and an event promised in a participle clause (``clauses.promised_ahead``).

    .venv/bin/python benchmarks/real_news/clause_hits.py dev_k dev_l          # hits per split and rule
    .venv/bin/python benchmarks/real_news/clause_hits.py dev_k --list         # and each hit's sentence

Each article is run alone with the two predicates wrapped; a hit is a call that answered True (the rule changed the
event's place or kept the governing clause's day off it). Counting hits per split is the recurrence the keep rule
asks of a mechanism (>= 5 read sets). Reads gold only to list the articles: never for the line-only splits."""

from __future__ import annotations

import collections
from pathlib import Path

from dateline.evaluation.events import run_articles
from dateline.evaluation.read_splits import census_args, gold_articles
from dateline.extractors.events import clauses, sentence

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    args = census_args(__doc__, "print each hit's sentence", HERE, argv)
    from dateline.extractors.pipeline import load_nlp

    hits: list[tuple[str, str, str, str]] = []
    where: list[str] = ["", ""]
    orig_site, orig_promised = sentence.site_visited, clauses.promised_ahead

    def site(trip):  # noqa: ANN001, ANN202 - a wrapper with the wrapped function's signature
        got = orig_site(trip)
        if got:
            hits.append((where[0], where[1], "site_visited", trip.trigger.sent.text.strip()))
        return got

    def promised(t):  # noqa: ANN001, ANN202
        got = orig_promised(t)
        if got:
            hits.append((where[0], where[1], "promised_ahead", t.sent.text.strip()))
        return got

    sentence.site_visited, clauses.promised_ahead = site, promised
    nlp = load_nlp()
    for ga in gold_articles(HERE, args.splits):
        where[0], where[1] = ga.split, ga.name
        run_articles([ga.article], nlp)
    seen = sorted(set(hits))
    counts = collections.Counter((s, r) for s, _, r, _ in seen)
    for rule in ("site_visited", "promised_ahead"):
        sets = sorted({s for s, r in counts if r == rule})
        print(f"{rule}: {sum(n for (s, r), n in counts.items() if r == rule)} sentences on {len(sets)} sets: "
              + ", ".join(f"{s} {counts[s, rule]}" for s in sets))
    if args.list:
        for s, name, rule, text in seen:
            print(f"  {s} {name[:30]} {rule}: {text[:220]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
