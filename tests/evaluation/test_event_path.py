"""dateline.evaluation.event_path: the candidates one article's merge and news filter saw, for the census tools.
Made-up sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.evaluation.event_path import trace_event_path
from dateline.evaluation.events import run_articles
from dateline.extractors.pipeline import load_nlp
from dateline.ingest import Article

TEXT = ("LIMA - Ana Ruiz arrived in Lima on Tuesday for talks with Hans Weber. "
        "Ruiz and Weber met at the palace on Tuesday. The two leaders held talks in Lima on Tuesday.")


@pytest.fixture(scope="module")
def traced():
    import dateline.extractors.events.assemble as assemble
    import dateline.extractors.events.merge as merge

    saved = (assemble.merge_mentions, assemble.news_events, merge._absorb, merge._fold_references)
    trace = trace_event_path(lambda c: (c.event_type, c.sentence))
    article = Article(article_id="a1", input_id="a1", text=TEXT, published=date(2024, 5, 8), origin="t.txt")
    tables = run_articles([article], load_nlp())
    yield trace, tables
    assemble.merge_mentions, assemble.news_events, merge._absorb, merge._fold_references = saved


def test_each_stage_is_recorded(traced):
    trace, tables = traced
    assert trace.before and trace.after and trace.kept
    assert len(trace.after) <= len(trace.before)  # the merge only folds
    assert len(trace.kept) == len(tables["events"])


def test_a_fold_keeps_the_kept_side_as_it_was_and_the_folded_candidate(traced):
    trace, _ = traced
    # the two meeting sentences tell one meeting: one is folded into the other
    assert any(k is not None and k[0] == "meeting" and o.event_type == "meeting" for k, o in trace.folds)
    assert all(o in trace.before for _, o in trace.folds)


def test_clear_starts_a_new_article(traced):
    trace, _ = traced
    trace.clear()
    assert (trace.before, trace.after, trace.kept, trace.named, trace.folds) == ([], [], [], None, [])
