"""Extraction results to Arrow tables of the documented schemas (``dateline.schemas``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import pyarrow as pa

from .extractors.process import ArticleResult
from .extractors.records import Event, ItineraryStop, Timex
from .extractors.temporal.title_line import HEADER_RULE
from .ids import stable_id
from .ingest import MAX_RAW_CHARS, Rejection
from .schemas import TABLES, build_table

PROCESSED_SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("input_id", pa.string(), nullable=False),
        pa.field("origin", pa.string()),
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("processed_at", pa.timestamp("us", tz="UTC"), nullable=False),
    ]
)


@dataclass(frozen=True)
class BatchTables:
    tables: dict[str, pa.Table]  # articles, temporal_expressions, rejected
    events: pa.Table
    manifest: pa.Table
    n_ok: int
    n_failed: int
    n_events: int


def article_row(result: ArticleResult, run_id: str) -> dict:
    a = result.article
    return {
        "article_id": a.article_id,
        "input_id": a.input_id,
        "title": a.title,
        "url": getattr(a, "url", None),
        "source": getattr(a, "source", None),
        "published": result.article_date.value,
        **_published_source(result),
        "story_day": result.story_day,
        "n_chars": len(a.text),
        "n_timexes": len(result.timexes) + len(result.title_timexes),  # its rows in temporal_expressions
        "n_events": len(result.events),
        "headline_matches_body": result.noise.headline_matches_body,
        "noise_chars": sum(end - start for start, end, _ in result.noise.ignored),
        "status": "ok" if result.error is None else f"error: {result.error}",
        "text": a.text,
        "run_id": run_id,
    }


def _published_source(result: ArticleResult) -> dict:
    """The extractors say "metadata" for any given date; the article knows which metadata (a record field, the
    page's markup, a feed entry) and what it read the date from."""
    source, evidence = result.article_date.source, result.article_date.evidence
    if source == "metadata":
        source = getattr(result.article, "published_source", source)
        evidence = getattr(result.article, "published_evidence", evidence)
    return {"published_source": source, "published_evidence": evidence}


# a Timex's fields, read once: ``dataclasses.asdict`` deep-copies every value (each date through ``copy``), which
# was half of building a batch's tables; the fields are all plain values, so a shallow read gives the same row
_TIMEX_FIELDS = tuple(f.name for f in dataclasses.fields(Timex))


def timex_rows(result: ArticleResult) -> Iterable[dict]:
    for t in result.timexes:
        row = {name: getattr(t, name) for name in _TIMEX_FIELDS}
        row["article_id"] = result.article.article_id
        row["timex_id"] = stable_id("tmx", result.article.article_id, t.start_char, t.end_char)
        row["anchor"] = result.article_date.value
        yield row
    for t in result.title_timexes:  # the header and title lines' (``temporal.title_line``): offsets into each line
        row = {name: getattr(t, name) for name in _TIMEX_FIELDS}
        row["article_id"] = result.article.article_id
        prefix = "tmx-header" if t.rule == HEADER_RULE else "tmx-title"
        row["timex_id"] = stable_id(prefix, result.article.article_id, t.start_char, t.end_char)
        row["anchor"] = result.article_date.value
        yield row


def rejection_row(rejection: Rejection, run_id: str) -> dict:
    return {
        "reject_id": rejection.reject_id,
        "source": rejection.source,
        "locator": rejection.locator,
        "stage": rejection.stage,
        "reason": rejection.reason,
        "raw": rejection.raw[:MAX_RAW_CHARS] if rejection.raw else None,
        "raw_pointer": rejection.raw_pointer,
        "run_id": run_id,
        "article_id": rejection.article_id,
    }


def rejections_table(rejections: Iterable[Rejection], run_id: str) -> pa.Table:
    unique = {r.reject_id: r for r in rejections}
    return build_table(TABLES["rejected"].SCHEMA, (rejection_row(r, run_id) for r in unique.values()))


def events_table(events: Iterable[Event]) -> pa.Table:
    return build_table(TABLES["events"].SCHEMA, events)


def itineraries_table(stops: Iterable[ItineraryStop]) -> pa.Table:
    return build_table(TABLES["itineraries"].SCHEMA, stops)


def batch_tables(results: Sequence[ArticleResult], run_id: str) -> BatchTables:
    now = datetime.now(UTC)
    failed = [r for r in results if r.error is not None]
    rejected = [
        Rejection(r.article.origin, f"extraction failed: {r.error}", "extract",
                  locator=r.article.locator or r.article.input_id, raw=r.article.text[:MAX_RAW_CHARS],
                  article_id=r.article.article_id)
        for r in failed
    ]
    events = [e for r in results for e in r.events]
    manifest = pa.Table.from_pylist(
        [{"article_id": r.article.article_id, "input_id": r.article.input_id, "origin": r.article.origin,
          "run_id": run_id, "processed_at": now} for r in results],
        schema=PROCESSED_SCHEMA,
    )
    return BatchTables(
        tables={
            "articles": build_table(TABLES["articles"].SCHEMA, (article_row(r, run_id) for r in results)),
            "temporal_expressions": build_table(
                TABLES["temporal_expressions"].SCHEMA, (row for r in results for row in timex_rows(r))
            ),
            "rejected": rejections_table(rejected, run_id),
        },
        events=events_table(events),
        manifest=manifest,
        n_ok=len(results) - len(failed),
        n_failed=len(failed),
        n_events=len(events),
    )
