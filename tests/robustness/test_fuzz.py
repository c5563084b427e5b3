"""Property tests: no input makes ingestion or the temporal resolver raise. Ingestion turns anything into Articles or
Rejections; the resolver returns Timex records with offsets inside the text for any short text and any anchor.
Example counts are modest for the default run; ``DATELINE_FUZZ_EXAMPLES=2000`` runs a deeper search."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.ingest import (
    MAX_TITLE_CHARS,
    Article,
    Rejection,
    _record,
    decode_bytes,
    read_inputs,
    split_txt,
)

EXAMPLES = int(os.environ.get("DATELINE_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

DATEISH = ["on", "Monday", "Tuesday", "March", "May", "2021", "1999", "9999", "0", "31", "12", "last", "next",
           "this", "week", "weeks", "month", "year", "years", "ago", "later", "earlier", "two", "three", "days",
           "the", "of", "day", "after", "before", "since", "until", "-", "/", ":", ",", ".", "Q3", "1990s",
           "tomorrow", "yesterday", "today", "morning", "noon", "2021-02-30", "12:30", "a.m.", "spring", "\n\n",
           "mid-", "early", "late", "century", "decade", "weekend", "Christmas", "(", ")", "'", "’s", "10-10-10"]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=10,
)
records = st.fixed_dictionaries(
    {},
    optional={
        "text": st.one_of(st.text(max_size=200), json_values),
        "id": st.one_of(st.text(max_size=20), st.integers(), json_values),
        "published": st.one_of(st.dates().map(str), st.datetimes().map(str), st.text(max_size=25),
                               st.integers(), json_values),
        "title": st.one_of(st.text(max_size=50), json_values),
        "url": st.one_of(st.text(max_size=30), json_values),
    },
)


@FUZZ
@given(st.binary(max_size=2_000))
def test_decode_bytes_never_raises(data: bytes) -> None:
    text, problem = decode_bytes(data)
    assert (text is None) != (problem is None)


@FUZZ
@given(st.text(max_size=2_000))
def test_split_txt_never_raises_and_keeps_a_suffix_as_body(text: str) -> None:
    title, body, header = split_txt(text)
    assert title is None or len(title) <= MAX_TITLE_CHARS
    assert text.endswith(body) or body == ""


@FUZZ
@given(records)
def test_any_record_is_an_article_or_a_rejection(record: dict) -> None:
    item = _record(record, Path("x.jsonl"), "x.jsonl", "line 1")
    assert isinstance(item, Article | Rejection)
    if isinstance(item, Rejection):
        assert item.reason


@FUZZ
@given(st.lists(st.one_of(st.binary(max_size=200), records.map(lambda r: json.dumps(r, default=str).encode())),
                max_size=8))
def test_any_jsonl_file_gives_one_item_per_non_blank_line(lines: list[bytes]) -> None:
    lines = [line.replace(b"\n", b" ").replace(b"\r", b" ") for line in lines]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "f.jsonl"
        path.write_bytes(b"\n".join(lines))
        items = list(read_inputs([str(path)]))
    non_blank = 0
    for line in lines:
        text, _ = decode_bytes(line)
        non_blank += text is None or bool(text.strip())
    assert all(isinstance(i, Article | Rejection) for i in items)
    assert len(items) == non_blank


@pytest.fixture(scope="module")
def nlp():
    pytest.importorskip("dateline.extractors.temporal")
    from dateline.extractors.pipeline import load_nlp

    return load_nlp()


anchors = st.one_of(st.none(), st.dates(min_value=date(1801, 1, 1), max_value=date(2199, 12, 31)),
                    st.sampled_from([date(2021, 2, 28), date(2020, 2, 29), date(2021, 12, 31), date(1999, 12, 31)]))
short_texts = st.one_of(
    st.lists(st.sampled_from(DATEISH), min_size=1, max_size=25).map(" ".join),
    st.text(max_size=120),
)


@FUZZ
@given(text=short_texts, anchor=anchors)
def test_resolver_never_raises(nlp, text: str, anchor: date | None) -> None:
    from dateline.extractors.temporal import resolve_timexes

    doc = nlp(text)
    for t in resolve_timexes(doc, anchor):
        assert 0 <= t.start_char < t.end_char <= len(text)
        assert text[t.start_char:t.end_char] == t.text


@settings(FUZZ, max_examples=max(10, EXAMPLES // 3))
@given(text=short_texts, published=anchors)
def test_all_extractors_never_fail_an_article(nlp, text: str, published: date | None) -> None:
    from dateline.extractors.process import process_articles

    class Art:
        article_id = "fuzz"
        title = None
        header_date = None

    art = Art()
    art.text, art.published = text, published
    (result,) = process_articles(nlp, [art], run_date=date(2026, 11, 23))
    assert result.error is None, result.error
