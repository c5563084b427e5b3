"""In the incremental store a page with a weak year borrows it from a strongly dated report of the same story that an
earlier batch committed (``dateline.stored_mates``), and a page with no date of its own takes its day from the
weekdays of such a report's story (``story_weekday``) or its story's day (``story_day``): the same whether the pages
came in one run or in two. Made-up pages and people."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyarrow.dataset as ds

from dateline.extractors.pipeline import DEFAULT_MODEL
from dateline.ingest import Article, make_article_id

RUN = date(2026, 11, 23)
STRONG = ("Published: 16 September 2019\n\nPrime Minister Ana Velkova flew to Oslo on Monday for talks with President "
          "Tomas Brenner.\n")
WEAK = ("OSLO, Sep 17 (Newswire): Prime Minister Ana Velkova met President Tomas Brenner in Oslo on Tuesday for a "
        "second round of talks.\n")


def _article(name: str, text: str) -> Article:
    return Article(make_article_id(name, text), name, text, origin=f"{name}.txt")


def test_a_later_batch_borrows_the_year_of_a_stored_report(tmp_path: Path) -> None:
    from dateline.flows.runners import run_batch

    out = str(tmp_path / "out")
    run_batch([_article("strong", STRONG)], out, DEFAULT_MODEL, RUN, None, "run1", fresh=True)
    run_batch([_article("weak", WEAK)], out, DEFAULT_MODEL, RUN, None, "run2", fresh=True)
    rows = ds.dataset(str(tmp_path / "out" / "articles")).to_table(
        columns=["input_id", "published", "published_evidence"]).to_pylist()
    weak = next(r for r in rows if r["input_id"] == "weak")
    assert weak["published"] == date(2019, 9, 17)
    assert "same story's report" in weak["published_evidence"]


def test_a_run_reads_the_stored_dates_and_events_once_for_both_lenders(tmp_path: Path, monkeypatch) -> None:
    """Chunks with a weak page and chunks with an undated one ask the same object: the articles table's date columns
    and the staged events are each read once."""
    from dateline.flows.runners import run_batch
    from dateline.store import STAGING_EVENTS, OutputStore
    from dateline.stored_mates import StoredDatedPages

    out = str(tmp_path / "out")
    run_batch([_article("strong", STRONG)], out, DEFAULT_MODEL, RUN, None, "run1", fresh=True)
    store = OutputStore(out)
    reads: list[str] = []
    files = store.files
    monkeypatch.setattr(store, "files", lambda relpath: reads.append(relpath) or files(relpath))
    stored = StoredDatedPages(store)
    first, again = stored.reports_near([date(2025, 9, 17)]), stored.reports_near([date(2024, 9, 16)])  # any year
    assert [r.day for r in first] == [r.day for r in again] == [date(2019, 9, 16)]
    named = stored.pages_naming(frozenset({"velkova"}))
    assert [p.anchor for p in named] == [date(2019, 9, 16)]
    assert stored.pages_naming(frozenset({"nobody"})) == []
    assert [m.day for m in stored.mates_naming(frozenset({"velkova"}))] == [date(2019, 9, 16)]
    assert reads.count("articles") == 1 and reads.count(STAGING_EVENTS) == 1


UNDATED = ("Prime Minister Ana Velkova and President Tomas Brenner met again in Oslo for a second round of talks, "
           "their offices said.\n")


def test_a_later_batch_s_undated_page_takes_the_day_of_a_stored_report(tmp_path: Path) -> None:
    """The story day is written to the articles table, where the merge reads it (``store.published_dates``)."""
    from dateline.flows.runners import run_batch
    from dateline.store import OutputStore

    out = str(tmp_path / "out")
    run_batch([_article("strong", STRONG)], out, DEFAULT_MODEL, RUN, None, "run1", fresh=True)
    run_batch([_article("undated", UNDATED)], out, DEFAULT_MODEL, RUN, None, "run2", fresh=True)
    rows = {r["input_id"]: r for r in ds.dataset(str(tmp_path / "out" / "articles")).to_table(
        columns=["article_id", "input_id", "published", "story_day"]).to_pylist()}
    assert rows["undated"]["published"] is None
    assert rows["undated"]["story_day"] == date(2019, 9, 16)
    assert rows["strong"]["story_day"] is None
    assert OutputStore(out).published_dates([rows["undated"]["article_id"]]) == {
        rows["undated"]["article_id"]: date(2019, 9, 16)}


# a dated report of a three-day visit, and a follow-up with no date of its own that tells the visit by its weekdays
REPORT = ("Published: 16 September 2019\n\nPrime Minister Ana Velkova arrived in Oslo on Monday for a visit until "
          "Wednesday, her office said. She will meet President Tomas Brenner on Tuesday.\n")
FOLLOW_UP = ("Prime Minister Ana Velkova met President Tomas Brenner in Oslo on Tuesday, a day after she arrived for "
             "her visit. The two leaders signed a trade accord.\n")


def _article_dates(out: Path) -> dict[str, tuple]:
    rows = ds.dataset(str(out / "articles")).to_table(
        columns=["input_id", "published", "published_source"]).to_pylist()
    return {r["input_id"]: (r["published"], r["published_source"]) for r in rows}


def test_an_undated_follow_up_run_the_day_after_its_report_is_dated_as_in_one_run(tmp_path: Path) -> None:
    """Two ``dateline run`` calls into one store (the report yesterday, its follow-up today) date the follow-up by
    its weekdays exactly as one run of both does."""
    from dateline.cli import main
    from dateline.extractors.story_weekday import SOURCE

    for name, text in (("report", REPORT), ("follow_up", FOLLOW_UP)):
        (tmp_path / name).mkdir()
        (tmp_path / name / f"{name}.txt").write_text(f"Talks in Oslo\n\n{text}", encoding="utf-8")
    run = ["--run-date", RUN.isoformat()]
    assert main(["run", str(tmp_path / "report"), "--out", str(tmp_path / "two"), *run]) == 0
    assert main(["run", str(tmp_path / "follow_up"), "--out", str(tmp_path / "two"), *run]) == 0
    assert main(["run", str(tmp_path / "report"), str(tmp_path / "follow_up"), "--out", str(tmp_path / "one"),
                 *run]) == 0
    two, one = _article_dates(tmp_path / "two"), _article_dates(tmp_path / "one")
    follow_up = next(k for k in one if "follow_up" in k)
    assert two[follow_up] == one[follow_up] == (date(2019, 9, 17), SOURCE)


def test_a_big_batch_s_undated_page_is_dated_by_a_mate_of_an_earlier_chunk() -> None:
    """Chunks of one page each: the follow-up's dated report is in the chunk before it."""
    from dateline.extractors.pipeline import load_nlp
    from dateline.extractors.process import process_articles

    nlp = load_nlp()
    pages = [_article("report", REPORT), _article("follow_up", FOLLOW_UP)]
    apart = {r.article.input_id: r.article_date for r in process_articles(nlp, pages, run_date=RUN, batch_size=1)}
    together = {r.article.input_id: r.article_date for r in process_articles(nlp, pages, run_date=RUN)}
    assert apart == together
    assert apart["follow_up"].value == date(2019, 9, 17)
