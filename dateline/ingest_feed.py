"""Feed exports (``.xml``, ``.rss``, ``.atom``) with full content: every entry is an article, read with ``feedparser``.

An entry's text is its ``content`` (RSS ``content:encoded``, Atom ``content``), else its ``summary`` when that is all
it has (RSS 2.0 feeds often carry the full text in ``description``); the HTML is reduced to article text by
``ingest_html`` (related links and other boilerplate stripped), so a teaser-only entry is rejected as too short to be
an article. The entry's date is its metadata: ``published`` (the original date), else ``updated``, recorded as
``published_source = "feed-metadata"`` with the date as the feed wrote it for evidence. The article id derives from
the entry's ``id`` (RSS ``guid``), else its link.
"""

from __future__ import annotations

import contextlib
import email.utils
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import feedparser

from .ingest import MAX_JSON_FILE_BYTES, MAX_RAW_CHARS, Article, Rejection, to_article, too_big_file
from .ingest_html import extract_page

PUBLISHED_SOURCE = "feed-metadata"
DATE_FIELDS = ("published", "updated")  # the original date first


def read_feed(file: Path, rel: str) -> Iterator[Article | Rejection]:
    """Every entry of one feed file as an ``Article`` or a ``Rejection``."""
    if too_big := too_big_file(file, MAX_JSON_FILE_BYTES, "a feed file"):
        yield too_big
        return
    feed = feedparser.parse(file.read_bytes())
    if not feed.entries:
        problem = f": {feed.bozo_exception}" if feed.get("bozo") else ""
        kind = f"a {feed.version} feed with no entries" if feed.version else "not an RSS or Atom feed"
        yield Rejection(str(file), f"{kind}{problem}", "parse", raw_pointer=str(file))
        return
    for index, entry in enumerate(feed.entries):
        yield _entry(entry, index, file, rel)


def _entry(entry: Any, index: int, file: Path, rel: str) -> Article | Rejection:
    locator = f"entry {index}"
    html = _entry_html(entry)
    if not html:
        return Rejection(str(file), "feed entry has no content or summary", "validate", locator,
                         raw=str(entry.get("title") or entry.get("link") or "")[:MAX_RAW_CHARS] or None)
    page = extract_page(html, url=entry.get("link"), with_date=False)
    if page.problem:
        return Rejection(str(file), f"feed entry: {page.problem}", "parse", locator, raw=html[:MAX_RAW_CHARS])
    published, evidence = _entry_date(entry)
    record = {"id": entry.get("id") or entry.get("link"), "text": page.text, "title": entry.get("title") or page.title,
              "url": entry.get("link"), "published": published}
    if published is None:
        return to_article(record, file, rel, locator)
    return to_article(record, file, rel, locator, published_source=PUBLISHED_SOURCE, published_evidence=evidence)


def _entry_html(entry: Any) -> str:
    """The entry's fullest text: its content blocks, else its summary; plain-text blocks are escaped into HTML."""
    blocks = [block for block in entry.get("content") or [] if (block.get("value") or "").strip()]
    if not blocks and (entry.get("summary") or "").strip():
        blocks = [entry.get("summary_detail") or {"value": entry["summary"], "type": "text/html"}]
    parts = []
    for block in blocks:
        value = block.get("value") or ""
        if block.get("type") == "text/plain":
            value = "".join(f"<p>{_escape(line)}</p>" for line in value.splitlines() if line.strip())
        parts.append(value)
    return f"<html><body>{''.join(parts)}</body></html>" if parts else ""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _entry_date(entry: Any) -> tuple[date | None, str | None]:
    for name in DATE_FIELDS:
        parsed: time.struct_time | None = entry.get(f"{name}_parsed")
        if parsed is not None:
            raw = entry.get(name)
            value = _local_date(raw) or date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            return value, f"feed entry {name}: {raw}"
    return None, None


def _local_date(raw: Any) -> date | None:
    """The calendar date in the feed's own time zone. feedparser converts to UTC, which moves a late-evening story
    ("Tue, 14 May 2024 23:30:00 -0500") to the next day; its relative dates ("today") are local."""
    if not isinstance(raw, str):
        return None
    with contextlib.suppress(TypeError, ValueError, IndexError):
        return email.utils.parsedate_to_datetime(raw).date()  # RSS: RFC 822
    with contextlib.suppress(ValueError):
        return datetime.fromisoformat(raw.strip().replace("Z", "+00:00")).date()  # Atom: RFC 3339
    return None
