"""WARC archives (``.warc``, ``.warc.gz``, e.g. Common Crawl's CC-NEWS) streamed record by record with ``warcio``.

Every HTML response (or resource) record is a page for ``ingest_html``; its article id derives from the record's
``WARC-Record-ID``, so the same capture gets the same id whichever file it sits in. Records that are not captured
pages (``warcinfo``, ``request``, ``metadata``, ``revisit`` and the rest) carry no article and are passed over.

Each bad record is rejected on its own, with its byte offset, and the rest of the file still goes through:
- a non-HTML response (an image, a PDF), an HTTP error or redirect status;
- a record the crawler marked ``WARC-Truncated`` or that the file ends before its ``Content-Length``;
- a record too large to be one article;
- a record that cannot be read at all (a damaged gzip member, a garbled header): reading resumes at the next
  record boundary found after it (the next gzip member of a ``.warc.gz``, the next ``WARC/1.x`` line otherwise).

Memory stays flat: one record's content (at most ``MAX_RECORD_BYTES``) is held at a time, and the scan for the next
boundary reads fixed-size blocks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator

from .ingest import MAX_RAW_CHARS, MAX_TEXT_FILE_BYTES, Article, Rejection
from .ingest_html import decode_html, extract_page, page_article

MAX_RECORD_BYTES = MAX_TEXT_FILE_BYTES  # one page: the limit for one article file
PAGE_RECORD_TYPES = ("response", "resource")
HTML_TYPES = ("text/html", "application/xhtml+xml")
SCAN_BLOCK_BYTES = 1 << 20
GZIP_MEMBER_START = re.compile(rb"\x1f\x8b\x08")
WARC_RECORD_START = re.compile(rb"(?:^|\n)WARC/1\.[01]\r?\n")


def read_warc(file: Path, rel: str) -> Iterator[Article | Rejection]:
    """Every page in the archive as an ``Article`` or a ``Rejection``, in file order."""
    compressed = file.name.lower().endswith(".gz")
    with file.open("rb") as handle:
        position: int | None = 0
        while position is not None:
            handle.seek(position)
            iterator = ArchiveIterator(handle)
            last_rejected: int | None = None
            try:
                for record in iterator:
                    offset = iterator.offset
                    item = _page(record, offset, file, rel)
                    if item is not None:
                        if isinstance(item, Rejection):
                            last_rejected = offset
                        yield item
                position = None
            except Exception as exc:  # warcio, zlib and EOF errors alike: this record cannot be read
                broken = iterator.offset
                if broken != last_rejected:
                    yield _rejection(file, broken, f"unreadable WARC record ({_describe(exc)}); reading resumes at "
                                     "the next record")
                position = _next_record_start(handle, broken + 1, compressed)


def _page(record: Any, offset: int, file: Path, rel: str) -> Article | Rejection | None:
    """One record to an article, a rejection, or ``None`` for a record that holds no page."""
    if record.rec_type not in PAGE_RECORD_TYPES:
        return None
    headers = record.rec_headers
    record_id = (headers.get_header("WARC-Record-ID") or "").strip("<>") or f"{file.name}@{offset}"
    uri = headers.get_header("WARC-Target-URI")
    where = f"{record_id} at byte {offset}"

    def reject(reason: str, stage: str = "read", raw: str | None = None) -> Rejection:
        return _rejection(file, offset, f"{reason} ({uri})" if uri else reason, stage, where, raw)

    if truncated := headers.get_header("WARC-Truncated"):
        return reject(f"record truncated by the crawler (WARC-Truncated: {truncated})")
    if record.http_headers is not None and record.rec_type == "response":
        status = record.http_headers.get_statuscode()
        if status != "200":
            return reject(f"HTTP status {record.http_headers.statusline}: not a page")
        content_type = record.http_headers.get_header("Content-Type")
    else:
        content_type = headers.get_header("Content-Type")
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime not in HTML_TYPES:
        return reject(f"not an HTML page: content type {content_type or '(none)'}")
    if record.length and record.length > MAX_RECORD_BYTES:
        return reject(f"record has {record.length:,} bytes, more than the limit of {MAX_RECORD_BYTES:,} for one page")
    try:
        data = record.content_stream().read(MAX_RECORD_BYTES + 1)
    except Exception as exc:  # a broken chunked or gzip content encoding inside an intact record
        return reject(f"cannot decode the page content: {type(exc).__name__}: {exc}", "decode")
    missing = getattr(record.raw_stream, "limit", 0)
    if missing > 0:
        return reject(f"record cut short: the file ends {missing:,} bytes before the record's Content-Length")
    if len(data) > MAX_RECORD_BYTES:
        return reject(f"page content is larger than the limit of {MAX_RECORD_BYTES:,} bytes")
    if b"\x00" in data[:8192]:
        return reject("binary content (NUL bytes) under an HTML content type", "decode")
    html = decode_html(data)
    page = extract_page(html, url=uri)
    if page.problem:
        return reject(page.problem, "parse", html[:MAX_RAW_CHARS])
    fields = {"id": record_id, "text": page.text, "title": page.title, "url": page.url or uri}
    return page_article(fields, page, file, rel, where)


def _describe(exc: Exception) -> str:
    """An error for the reason column: warcio quotes the bytes it could not parse, binary for a broken gzip member."""
    text = "".join(ch if ch.isprintable() and ch.isascii() else ch.encode("unicode_escape").decode() for ch in str(exc))
    return f"{type(exc).__name__}: {text[:160]}{'...' if len(text) > 160 else ''}"


def _rejection(file: Path, offset: int, reason: str, stage: str = "read", locator: str | None = None,
               raw: str | None = None) -> Rejection:
    return Rejection(str(file), reason, stage, locator or f"byte {offset}", raw=raw,
                     raw_pointer=f"{file}@{offset}")


def _next_record_start(handle: IO[bytes], start: int, compressed: bool) -> int | None:
    """The offset of the next record boundary at or after ``start``, or ``None`` at the end of the file; reads
    ``SCAN_BLOCK_BYTES`` at a time."""
    pattern = GZIP_MEMBER_START if compressed else WARC_RECORD_START
    overlap = 16
    handle.seek(start)
    block_start = start
    while block := handle.read(SCAN_BLOCK_BYTES):
        match = pattern.search(block)
        if match:
            found = block_start + match.start()
            return found + 1 if block[match.start():match.start() + 1] == b"\n" else found
        if len(block) < SCAN_BLOCK_BYTES:
            return None
        block_start += len(block) - overlap
        handle.seek(block_start)
    return None
