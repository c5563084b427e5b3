"""HTML news pages to article text with ``trafilatura`` and the original publication date with ``htmldate``.

A scraped page is mostly not the article: navigation, cookie banners, bylines, related-story blocks and reader
comments. ``trafilatura`` keeps the main text (comments and tables left out), its title and its URL; the headline it
repeats as the first line is dropped because the title is kept apart, as in a ``.txt`` article. Paragraphs are
joined by a blank line, the convention of the ``.txt`` inputs, so every input kind gives the extractors the same
shape of text; all character offsets index this extracted text.

The date is ``htmldate``'s *original* publication date (not the "updated" one) from the page's markup
(``extensive_search=False``: a date in the URL, meta tags, JSON-LD, ``<time>`` and date-classed elements such as a
"Published: 14/05/2024" line, full timestamps), not its opportunistic search of free text: a page whose date is only
written in its prose is left to dateline's own article-date inference on the extracted text, which reports its
evidence. What ``htmldate`` matched is kept as ``published_evidence``.
"""

from __future__ import annotations

import contextlib
import logging
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import htmldate
import trafilatura
from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url
from trafilatura.settings import use_config
from trafilatura.utils import decode_file, load_html

from .ingest import MAX_RAW_CHARS, MAX_TEXT_FILE_BYTES, Article, Rejection, to_article, too_big_file

PUBLISHED_SOURCE = "html-metadata"
MAX_EVIDENCE_CHARS = 300
# Less main text than this is no article: a link list, a navigation-only or error page ("Home", "Page not found"),
# which trafilatura still returns as its best guess. A two-sentence news brief is longer.
MIN_ARTICLE_CHARS = 100
# trafilatura replaces an extraction shorter than MIN_EXTRACTED_SIZE (250 by default) with its "baseline" dump of
# the whole <article> element, flattened into one paragraph with its byline and share buttons: a short story lost its
# paragraphs that way. The baseline is kept as the rescue of pages where no article was found at all.
TRAFILATURA_CONFIG = use_config()
TRAFILATURA_CONFIG.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(MIN_ARTICLE_CHARS))
# Below this much text from trafilatura's precise extractor the page is extracted again with its fallbacks compared in.
FALLBACK_BELOW_CHARS = MIN_ARTICLE_CHARS
_SPACE_RE = re.compile(r"\s+")
_LINE_SPACE_RE = re.compile(r"[^\S\n]+")  # runs of spaces within a line
_HTMLDATE_LOGGER = logging.getLogger("htmldate")


@dataclass(frozen=True)
class Page:
    """What one HTML page gives: its article text and metadata, or ``problem`` when it has no article."""

    text: str = ""
    title: str | None = None
    url: str | None = None
    published: date | None = None
    published_evidence: str | None = None
    problem: str | None = None


def decode_html(data: bytes) -> str:
    """Page bytes to text, with the charset the page or its bytes declare (``trafilatura``'s detection)."""
    return decode_file(data)


def extract_page(html: str, url: str | None = None, *, with_date: bool = True) -> Page:
    """The article in one page. ``url`` (a WARC target URI, a record's ``url``) is a hint that the page's own
    canonical link overrides. ``with_date=False`` skips the date search (a feed entry's HTML carries no markup
    dates; the entry's own date is used)."""
    if not html.strip():
        return Page(problem="empty HTML page")
    try:
        tree = load_html(html)
        if tree is None:
            return Page(problem="HTML page could not be parsed")
        title, page_url = _title_and_url(tree, url)
        body = _main_text(tree, html, page_url)
    except Exception as exc:  # lxml raises several types for pages it cannot parse at all
        return Page(problem=f"HTML page could not be parsed: {type(exc).__name__}: {exc}")
    text = _paragraphs(body, title)
    if len(text) < MIN_ARTICLE_CHARS:
        return Page(problem=f"no article in the HTML page: {len(text)} characters of text left after removing "
                    f"navigation and boilerplate (fewer than {MIN_ARTICLE_CHARS})")
    published, evidence = find_published(html, page_url) if with_date else (None, None)
    return Page(text=text, title=title, url=page_url, published=published, published_evidence=evidence)


def _title_and_url(tree: Any, url: str | None) -> tuple[str | None, str | None]:
    """Title and URL as trafilatura's ``extract_metadata`` finds them (meta tags, JSON-LD, then ``<title>``/``<h1>``
    and the canonical link), without the rest of its metadata: its own htmldate pass and author, category and
    licence searches cost more than the article extraction itself, and the date comes from ``find_published``."""
    metadata = examine_meta(tree)
    with contextlib.suppress(Exception):  # trafilatura's JSON-LD reader raises on odd JSON; meta tags still count
        metadata = extract_meta_json(tree, metadata)
    title = _clean(metadata.title or extract_title(tree)) or None
    return title, metadata.url or extract_url(tree, url) or url


def _main_text(tree: Any, html: str, url: str | None) -> Any:
    """trafilatura's main-content tree. Its precise extractor first (``fast``); when that finds no article, again
    with its fallback extractors (readability, jusText) compared in, as trafilatura does by default. ``tree`` is
    consumed (trafilatura prunes it)."""
    options = {"url": url, "include_comments": False, "include_tables": False, "deduplicate": False,
               "config": TRAFILATURA_CONFIG}
    document = trafilatura.bare_extraction(tree, fast=True, **options)
    if document is None or len(document.text or "") < FALLBACK_BELOW_CHARS:
        document = trafilatura.bare_extraction(html, **options) or document
    return document.body if document is not None else None


def _clean(value: str | None) -> str:
    return _SPACE_RE.sub(" ", value or "").strip()


def _paragraphs(body: Any, title: str | None) -> str:
    """trafilatura's main-content tree to text: one paragraph per block (paragraph, heading, list, quote) with a
    blank line between, a line break (``<br>``) kept as a line break, and without the repeated headline."""
    blocks = [_block_text(element) for element in body] if body is not None else []
    blocks = [block for block in blocks if block]
    if blocks and title and _clean(blocks[0]).casefold() == title.casefold():
        blocks = blocks[1:]
    return "\n\n".join(blocks)


def _block_text(element: Any) -> str:
    if element.tag == "list":
        lines = [_inline_text(item) for item in element if item.tag == "item"]
    else:
        lines = _inline_text(element).split("\n")
    return "\n".join(line for line in (_LINE_SPACE_RE.sub(" ", line).strip() for line in lines) if line)


def _inline_text(element: Any) -> str:
    text = element.text or ""
    for child in element:
        text += ("\n" if child.tag == "lb" else _inline_text(child)) + (child.tail or "")
    return text


def find_published(html: str, url: str | None) -> tuple[date | None, str | None]:
    """The page's original publication date from its markup, and what ``htmldate`` found it in."""
    capture = _LogCapture()
    previous = (_HTMLDATE_LOGGER.level, _HTMLDATE_LOGGER.propagate)
    _HTMLDATE_LOGGER.addHandler(capture)
    _HTMLDATE_LOGGER.setLevel(logging.DEBUG)
    _HTMLDATE_LOGGER.propagate = False  # the debug trail is evidence here, not log output
    try:
        found = htmldate.find_date(html, extensive_search=False, original_date=True, url=url)
    except Exception:  # htmldate's parsing and date conversions can fail on odd pages: no date, not no article
        found = None
    finally:
        _HTMLDATE_LOGGER.removeHandler(capture)
        _HTMLDATE_LOGGER.setLevel(previous[0])
        _HTMLDATE_LOGGER.propagate = previous[1]
    if not found:
        return None, None
    try:
        value = date.fromisoformat(found)
    except ValueError:
        return None, None
    return value, capture.evidence_for(value)


class _LogCapture(logging.Handler):
    """htmldate's debug trail for one page: the last step that mentions the date it returned is its evidence."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def evidence_for(self, value: date) -> str:
        forms = (value.isoformat(), value.strftime("%Y/%m/%d"), value.strftime("%Y%m%d"), str(value.year))
        records = [r for r in self.records
                   if r.args and not r.name.endswith(".validators") and not str(r.msg).startswith(_RESULT_ECHOES)]
        markup = [r for r in records if not str(r.msg).startswith(_PARSER_STEPS)]
        for group in (markup, records):
            steps = [_step(record) for record in group]
            if matching := [step for step in steps if any(form in step for form in forms)]:
                return f"htmldate {matching[-1]}"[:MAX_EVIDENCE_CHARS]
        return "htmldate (no detail)"


# htmldate's parser steps echo a candidate string; the markup steps before them say where it was found
_PARSER_STEPS = ("custom parse test", "send to external parser")
_RESULT_ECHOES = ("multilingual text found",)  # the parsed date again, not where it was


def _step(record: logging.LogRecord) -> str:
    """'examining meta property: <meta ...>' as it reads; a regex match by the text it matched, not the pattern."""
    args: Any = record.args if isinstance(record.args, tuple) else (record.args,)
    label = str(record.msg).split("%", 1)[0].strip().rstrip(":")
    return f"{label}: {_clean(str(args[-1]))}"


def read_html_file(file: Path, rel: str, meta: dict[str, Any]) -> Article | Rejection:
    """One ``.html``/``.htm`` file; ``meta`` (its manifest entry) wins over what the page says."""
    if too_big := too_big_file(file, MAX_TEXT_FILE_BYTES, "one HTML page"):
        return too_big
    data = file.read_bytes()
    if b"\x00" in data[:8192]:
        return Rejection(str(file), "binary content (NUL bytes): not an HTML page", "decode", raw_pointer=str(file))
    html = decode_html(data)
    page = extract_page(html)
    if page.problem:
        return Rejection(str(file), page.problem, "parse", raw=html[:MAX_RAW_CHARS])
    record = {"text": page.text, "title": meta.get("title", page.title), "url": meta.get("url", page.url),
              "source": meta.get("source"), "id": meta.get("id"), "published": meta.get("published")}
    return page_article(record, page, file, rel, None)


def html_record(record: dict[str, Any], file: Path, rel: str, locator: str) -> Article | Rejection:
    """A JSON record whose ``text`` is an HTML page (``"format": "html"``): the page's article, the record's own
    fields winning over the page's."""
    url = record.get("url") if isinstance(record.get("url"), str) else None
    page = extract_page(record["text"], url=url)
    if page.problem:
        return Rejection(str(file), page.problem, "parse", locator, raw=record["text"][:MAX_RAW_CHARS])
    merged = {**record, "text": page.text, "title": record.get("title") or page.title, "url": url or page.url}
    return page_article(merged, page, file, rel, locator)


def page_article(record: dict[str, Any], page: Page, file: Path, rel: str, locator: str | None) -> Article | Rejection:
    """An article from an extracted page: ``record`` holds the page's text and any metadata given beside the page,
    which wins over the page's own; the page's date is used only when none is given."""
    if record.get("published") in (None, "") and page.published is not None:
        record = {**record, "published": page.published}
        return to_article(record, file, rel, locator, published_source=PUBLISHED_SOURCE,
                          published_evidence=page.published_evidence)
    return to_article(record, file, rel, locator)
