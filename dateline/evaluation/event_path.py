"""The candidates of one article at each stage of the event path, for the census tools that ask where a gold mention
lost its event (``benchmarks/real_news``: ``stages.py``, ``shared_events.py``, ``orphan_causes.py``).

After the sentence readers, an article's candidates pass the merge (``assemble.merge_mentions``: mentions of one
event folded together, ``merge._absorb`` once per fold, ``merge._fold_references`` for a reference to a meeting
told elsewhere) and then the news filter (``assemble.news_events``). A mention that never reaches an event of its own
was lost at one of those stages, and only the candidates each stage saw and returned say which. Each tool used to
wrap those functions itself; they share this one trace so the three read the same path the same way.

The wrappers stay installed for the rest of the process (the tools run once and exit); ``clear`` starts a new
article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .read_splits import GoldArticle, gold_articles


@dataclass
class EventPathTrace:
    """What the last article's merge and news filter saw: ``before`` the merge, ``after`` it, ``kept`` by the
    filter, the ``named`` people the merge was given, and each fold in order as (the kept candidate as
    ``snapshot`` read it before the fold took the other's fields, the candidate folded into it); a reference folded
    into a meeting told elsewhere has None for its kept side."""

    snapshot: Callable[[Any], Any]
    before: list = field(default_factory=list)
    after: list = field(default_factory=list)
    kept: list = field(default_factory=list)
    named: Any = None
    folds: list[tuple[Any, Any]] = field(default_factory=list)

    def clear(self) -> None:
        self.before, self.after, self.kept, self.named, self.folds = [], [], [], None, []


def trace_event_path(snapshot: Callable[[Any], Any] = lambda c: c) -> EventPathTrace:
    """Wrap the merge, its folds and the news filter so every later article run records into the returned trace."""
    import dateline.extractors.events.assemble as assemble
    import dateline.extractors.events.merge as merge

    trace = EventPathTrace(snapshot)
    merge_all, keep_all = assemble.merge_mentions, assemble.news_events
    absorb, fold = merge._absorb, merge._fold_references

    def traced_merge(cands, named):
        trace.before, trace.named = list(cands), named
        out = merge_all(cands, named)
        trace.after = list(out)
        return out

    def traced_keep(merged, *rest):
        out = keep_all(merged, *rest)
        trace.kept = list(out)
        return out

    def traced_absorb(keep, other):
        trace.folds.append((trace.snapshot(keep), other))
        return absorb(keep, other)

    def traced_fold(kept, known):
        out = fold(kept, known)
        still = {id(c) for c in out}
        trace.folds.extend((None, c) for c in kept if id(c) not in still)
        return out

    assemble.merge_mentions, assemble.news_events = traced_merge, traced_keep
    merge._absorb, merge._fold_references = traced_absorb, traced_fold
    return trace


def traced_runs(root: Path, splits: list[str], trace: EventPathTrace) -> Iterator[tuple[GoldArticle, list[dict], dict]]:
    """Each article of ``splits`` run alone through the pipeline with ``trace`` recording its event path: the article,
    the ``mention_report`` rows of its own file, and the output tables."""
    from dateline.evaluation.events import mention_report, run_articles
    from dateline.extractors.pipeline import load_nlp

    nlp = load_nlp()
    for ga in gold_articles(root, splits):
        trace.clear()
        tables = run_articles([ga.article], nlp)
        yield ga, [r for r in mention_report(tables, ga.gold) if r["file"] == ga.name], tables


def orphans(ga: GoldArticle, rows: list[dict]) -> Iterator[tuple[dict, dict, str]]:
    """The required gold mentions of one article's ``traced_runs`` rows with no event of their own: neither fully
    right nor wrong on an event told in their own sentence. Each as (its ``mention_report`` row, its gold event, its
    quote); the k-th row of a gold event is its k-th quote in this file, as ``mention_report`` gives them."""
    from collections import Counter

    from dateline.evaluation.events import quote_in

    seen: Counter[str] = Counter()
    for row in rows:
        g = ga.by_id[row["gold"]]
        q = [m["quote"] for m in g["mentions"] if m["file"] == ga.name][seen[row["gold"]]]
        seen[row["gold"]] += 1
        if row["optional"]:
            continue
        if row["found"] and (all(row["checks"].values()) or quote_in(q, row["event"].get("sentence"))):
            continue  # fully right, or wrong on its own event: not an orphan
        yield row, g, q
