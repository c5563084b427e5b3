"""Read articles from files, directories and globs, streaming, and turn every input into either an ``Article`` or a
``Rejection`` with a reason: nothing is dropped silently.

Formats:
- ``.txt``: one article per file. A leading `` date YYYY-MM-DD`` is header metadata; the first non-empty line is the
  title when it is a short line that reads as a headline (a long first paragraph, or a lead sentence such as
  "The prime minister will visit Japan from Aug. 24, sources said.", is body text: it tells the story); lines
  that are only page chrome (``CHROME_LINES``: "Share this article", "Follow us on X", "Sign up for our
  newsletter") before it are skipped.
  ``text`` is the body after those lines, and all character offsets index it. A ``manifest.jsonl`` beside the
  files may give ``{"file", "published", "url", "source", "id", "title"}`` per file.
- ``.jsonl`` / ``.json``: records with ``text`` (required) and optional ``id``, ``title``, ``published`` (date or
  ISO datetime), ``url``, ``source``. A ``.json`` file holds one record, a list of them, or ``{"articles": [...]}``.
- ``.parquet``: the same columns, read a row group at a time.
- ``.html`` / ``.htm`` pages, and ``.jsonl``/``.json`` records marked ``"format": "html"``: the article text, title,
  URL and publication date are extracted from the page (``ingest_html``).
- ``.warc`` / ``.warc.gz``: every HTML response record is a page (``ingest_warc``).
- ``.xml`` / ``.rss`` / ``.atom`` feed exports: every entry with its content is an article (``ingest_feed``).

``published_source`` says where ``published`` came from: ``metadata`` (a record field or the manifest),
``html-metadata`` (the page's markup, by htmldate) or ``feed-metadata`` (the feed entry's date).
"""

from __future__ import annotations

import glob
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from .ids import stable_id

SUPPORTED_SUFFIXES = {".txt", ".jsonl", ".json", ".parquet", ".html", ".htm", ".warc", ".warc.gz", ".xml", ".rss",
                      ".atom"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
RECORD_FORMATS = ("text", "html")  # a record's optional "format": how its ``text`` field is to be read
MANIFEST_NAME = "manifest.jsonl"
MAX_TITLE_CHARS = 200
# A headline rarely ends in a full stop; a first line of this many words that does is the lead sentence.
LEAD_MIN_WORDS = 12
_LEAD_END_RE = re.compile(r"[.!?][\"'\u2019\u201d)]*$")
MAX_ARTICLE_CHARS = 2_000_000  # larger texts are rejected: no news article is this long, and one would stall a batch
MAX_RAW_CHARS = 65_536  # raw content kept in ``rejected`` before truncation
# Whole-file reads (.txt, .json) and single JSONL lines are refused above these sizes before they are read, so one
# enormous input cannot exhaust memory: 4 bytes per character is UTF-8's worst case for the article limit.
MAX_TEXT_FILE_BYTES = 4 * MAX_ARTICLE_CHARS + 65_536
MAX_JSON_FILE_BYTES = 256 * 1024 * 1024  # larger collections belong in .jsonl or .parquet, which are streamed
PUBLISHED_YEARS = (1800, 2200)  # outside: a wrong anchor that would mis-date every relative expression

_HEADER_RE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
# Page chrome a copied article often starts with, before its headline: share/subscribe/follow/sign-up prompts and
# widget labels. Each row is matched against a whole stripped line (case-insensitive, punctuation around it ignored),
# so a headline that merely starts with one of these words ("Share prices fall", "Follow the money") is kept.
SOCIAL_SITES = ("facebook", "twitter", "x", "whatsapp", "linkedin", "email", "reddit", "telegram", "bluesky",
                "threads", "messenger", "instagram", "youtube", "tiktok", "pinterest", "google news")
_SITE = "(?:" + "|".join(SOCIAL_SITES) + ")"
_ON_SITES = rf"(?: (?:on|via) {_SITE}(?:\W+(?:and |or )?{_SITE})*)?"
CHROME_LINES = (
    rf"share(?: (?:this|the) (?:article|story|page|post))?{_ON_SITES}",
    r"(?:share|copy|save) (?:link|article|story)",
    r"subscribe(?: now| today| for free)?",
    r"subscribe to (?:our|the) [\w' -]{1,60}",
    rf"follow us{_ON_SITES}",
    r"sign up(?: (?:now|here|today))?",
    r"sign up (?:for|to) (?:our|the) [\w' -]{1,60}",
    r"(?:get|receive) (?:our|the) [\w' -]{1,30} newsletters?",
    r"listen to (?:this|the) (?:article|story)(?: [\w ]{1,20})?",
    r"advertisement|print|email|tweet|comments?|save|gift (?:this )?article",
)
_CHROME_RE = re.compile(rf"^\W*(?:{'|'.join(CHROME_LINES)})\W*$", re.IGNORECASE)


class InputError(ValueError):
    """A configuration error in the inputs (a path that does not exist): the run fails fast with this message."""


@dataclass(frozen=True)
class Article:
    article_id: str
    input_id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: date | None = None  # from metadata (record field, manifest, page markup or feed entry)
    published_source: str = "metadata"  # where ``published`` came from: metadata | html-metadata | feed-metadata
    published_evidence: str | None = None  # what the date was read from, for html-metadata and feed-metadata
    header_date: date | None = None  # from a `` date YYYY-MM-DD`` header line
    origin: str = ""  # the file it came from
    locator: str | None = None  # where in the file


@dataclass(frozen=True)
class Rejection:
    source: str
    reason: str
    stage: str
    locator: str | None = None
    raw: str | None = None
    raw_pointer: str | None = None
    article_id: str | None = None  # set for an article whose extraction failed; None for input rejected at ingest

    @property
    def reject_id(self) -> str:
        return stable_id("rej", self.source, self.locator, self.stage, self.reason)


class ArticleRecord(BaseModel):
    """An untrusted article record from JSON or Parquet, validated at the edge."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    text: str
    id: str | None = None
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None
    format: str | None = None

    @field_validator("format")
    @classmethod
    def _known_format(cls, value: str | None) -> str | None:
        if value is not None and value not in RECORD_FORMATS:
            raise ValueError(f"unknown format {value!r}: expected one of {', '.join(RECORD_FORMATS)}")
        return value

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_string(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) else value

    @field_validator("published", mode="before")
    @classmethod
    def _parse_published(cls, value: Any) -> Any:
        if value is None or value == "":
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            text = value.strip()
            try:
                return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
            except ValueError:
                return date.fromisoformat(text[:10])  # raises a clear ValueError for 2021-02-30
        raise ValueError(f"published must be a date or ISO datetime string, got {type(value).__name__}")

    @field_validator("published")
    @classmethod
    def _plausible_published(cls, value: date | None) -> date | None:
        low, high = PUBLISHED_YEARS
        if value is not None and not low <= value.year <= high:
            raise ValueError(f"year {value.year} is not a plausible publication date (expected {low}-{high})")
        return value

    @field_validator("text")
    @classmethod
    def _text_not_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is empty")
        if len(value) > MAX_ARTICLE_CHARS:
            raise ValueError(f"text has {len(value):,} characters, more than the limit of {MAX_ARTICLE_CHARS:,}")
        return value


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def make_article_id(input_id: str, text: str) -> str:
    """Deterministic: the same record (id and text) always gets the same article_id."""
    return stable_id("art", input_id, content_hash(text))


# ---------------------------------------------------------------------------------------------------- paths


def expand_inputs(inputs: Iterable[str]) -> list[tuple[Path, Path]]:
    """Each input (file, directory or glob) to sorted ``(file, root)`` pairs; ``root`` is what ids are relative to.

    Raises ``InputError`` for an input that names nothing, so a typo fails the run at once instead of producing an
    empty output."""
    found: dict[Path, Path] = {}
    for raw in inputs:
        path = Path(raw).expanduser()
        if glob.has_magic(raw):
            matches = sorted(Path(m) for m in glob.glob(raw, recursive=True))
            if not matches:
                raise InputError(f"input pattern {raw!r} matches no files")
            root = Path(_static_prefix(raw))
            for m in matches:
                if m.is_file():
                    found.setdefault(m.resolve(), root.resolve())
        elif path.is_dir():
            for m in sorted(path.rglob("*")):
                if m.is_file() and not _hidden(m.relative_to(path)):
                    found.setdefault(m.resolve(), path.resolve())
        elif path.is_file():
            found.setdefault(path.resolve(), path.parent.resolve())
        else:
            raise InputError(f"input path {raw!r} does not exist")
    return sorted(found.items())


def _static_prefix(pattern: str) -> str:
    parts = []
    for part in Path(pattern).parts:
        if glob.has_magic(part):
            break
        parts.append(part)
    return str(Path(*parts)) if parts else "."


def _hidden(rel: Path) -> bool:
    return any(p.startswith(".") for p in rel.parts)


# ---------------------------------------------------------------------------------------------------- reading


def read_inputs(inputs: Iterable[str]) -> Iterator[Article | Rejection]:
    """Stream every article and rejection from ``inputs`` in a deterministic order."""
    manifests: dict[Path, dict[str, dict[str, Any]]] = {}
    for file, root in expand_inputs(inputs):
        if file.name == MANIFEST_NAME:
            continue
        suffix = input_suffix(file)
        rel = file.relative_to(root).as_posix()
        if suffix not in SUPPORTED_SUFFIXES:
            yield Rejection(str(file), f"unsupported file type {suffix or '(none)'!r}: expected one of "
                            f"{', '.join(sorted(SUPPORTED_SUFFIXES))}", "read", raw_pointer=str(file))
            continue
        if file.parent not in manifests:
            manifests[file.parent] = _read_manifest(file.parent)
        try:
            yield from _read_file(file, rel, suffix, manifests[file.parent].get(file.name, {}))
        except OSError as exc:
            yield Rejection(str(file), f"cannot read file: {exc}", "read", raw_pointer=str(file))


def input_suffix(file: Path) -> str:
    """The suffix that names the input kind: ``.warc.gz`` is one suffix."""
    name = file.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else file.suffix.lower()


def _read_file(file: Path, rel: str, suffix: str, meta: dict[str, Any]) -> Iterator[Article | Rejection]:
    # the HTML, WARC and feed readers import their libraries only when such an input appears
    if suffix == ".txt":
        yield _read_txt(file, rel, meta)
    elif suffix == ".jsonl":
        yield from _read_jsonl(file, rel)
    elif suffix == ".json":
        yield from _read_json(file, rel)
    elif suffix == ".parquet":
        yield from _read_parquet(file, rel)
    elif suffix in HTML_SUFFIXES:
        from .ingest_html import read_html_file

        yield read_html_file(file, rel, meta)
    elif suffix in FEED_SUFFIXES:
        from .ingest_feed import read_feed

        yield from read_feed(file, rel)
    else:
        from .ingest_warc import read_warc

        yield from read_warc(file, rel)


def _read_manifest(folder: Path) -> dict[str, dict[str, Any]]:
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}
    entries: dict[str, dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue  # a bad manifest line only loses metadata; the file itself is still read
        if isinstance(entry, dict) and isinstance(entry.get("file"), str):
            entries[entry["file"]] = entry
    return entries


def decode_bytes(data: bytes) -> tuple[str | None, str | None]:
    """Bytes to text, or ``(None, reason)``. UTF-8 first; Windows-1252 text (common in older news archives) is
    accepted when it decodes cleanly and reads as text; binary data is refused."""
    if b"\x00" in data[:8192]:
        return None, "binary content (NUL bytes): not a text file"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        utf8_error = str(exc)
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None, f"invalid UTF-8 and not Windows-1252 text ({utf8_error})"
    printable = sum(ch.isprintable() or ch.isspace() for ch in text)
    if printable < 0.97 * len(text):
        return None, f"invalid UTF-8 ({utf8_error}) and not readable as Windows-1252 text"
    return text, None


_HTML_RE = re.compile(r"^\s*(<!doctype html|<html\b)", re.IGNORECASE)


def too_big_file(file: Path, limit: int, what: str) -> Rejection | None:
    size = file.stat().st_size
    if size <= limit:
        return None
    return Rejection(str(file), f"file has {size:,} bytes, more than the limit of {limit:,} for {what}", "read",
                     raw_pointer=str(file))


def _read_txt(file: Path, rel: str, meta: dict[str, Any]) -> Article | Rejection:
    if too_big := too_big_file(file, MAX_TEXT_FILE_BYTES, f"one article (at most {MAX_ARTICLE_CHARS:,} characters)"):
        return too_big
    data = file.read_bytes()
    text, problem = decode_bytes(data)
    if text is None:
        return Rejection(str(file), problem or "undecodable", "decode", raw_pointer=str(file))
    if _HTML_RE.match(text):
        return Rejection(str(file), "HTML page in a .txt file: name it .html to have its article extracted", "parse",
                         raw=text[:MAX_RAW_CHARS])
    title, body, header_date = split_txt(text)
    record = {"text": body, "title": meta.get("title", title), "published": meta.get("published"),
              "url": meta.get("url"), "source": meta.get("source"), "id": meta.get("id")}
    return to_article(record, file, rel, None, header_date)


def is_lead_sentence(line: str) -> bool:
    """A first line that is a whole sentence of the story, not a headline: long, and closed by a full stop."""
    line = line.strip()
    return len(line.split()) >= LEAD_MIN_WORDS and bool(_LEAD_END_RE.search(line))


def split_txt(text: str) -> tuple[str | None, str, date | None]:
    """Split a .txt article into ``(title, body, header date)``."""
    header_date = None
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i < len(lines):
        m = _HEADER_RE.match(lines[i])
        if m:
            try:
                header_date = date.fromisoformat(m.group(1))
            except ValueError:
                header_date = None
            lines[i] = lines[i][m.end():]
            if not lines[i].strip():
                i += 1
    while i < len(lines) and (not lines[i].strip() or _CHROME_RE.match(lines[i].strip())):
        i += 1
    title = None
    if i < len(lines) and len(lines[i].strip()) <= MAX_TITLE_CHARS and not is_lead_sentence(lines[i]):
        title = lines[i].strip()
        i += 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    return title, "".join(lines[i:]), header_date


def to_article(record: dict[str, Any], file: Path, rel: str, locator: str | None,
                header_date: date | None = None, *, published_source: str = "metadata",
                published_evidence: str | None = None) -> Article | Rejection:
    try:
        parsed = ArticleRecord.model_validate(record)
    except ValidationError as exc:
        reason = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'record'}: {e['msg']}" for e in exc.errors())
        return Rejection(str(file), f"invalid record: {reason}", "validate", locator, raw=_raw(record))
    input_id = parsed.id or (rel if locator is None else f"{rel}#{locator}")
    return Article(
        article_id=make_article_id(input_id, parsed.text),
        input_id=input_id,
        text=parsed.text,
        title=parsed.title,
        url=parsed.url,
        source=parsed.source,
        published=parsed.published,
        published_source=published_source if parsed.published else "metadata",
        published_evidence=published_evidence if parsed.published else None,
        header_date=header_date,
        origin=str(file),
        locator=locator,
    )


def _raw(record: Any) -> str:
    try:
        text = json.dumps(record, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        text = repr(record)
    return text[:MAX_RAW_CHARS]


def _lines(handle: Any, limit: int) -> Iterator[bytes | None]:
    """The file's lines, streamed; ``None`` in place of a line longer than ``limit`` bytes, which is skipped without
    being held in memory."""
    while raw_line := handle.readline(limit + 1):
        if len(raw_line) > limit and not raw_line.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield raw_line


def _read_jsonl(file: Path, rel: str) -> Iterator[Article | Rejection]:
    with file.open("rb") as handle:
        for number, raw_line in enumerate(_lines(handle, MAX_TEXT_FILE_BYTES), start=1):
            locator = f"line {number}"
            if raw_line is None:
                yield Rejection(str(file), f"line longer than {MAX_TEXT_FILE_BYTES:,} bytes: more than one article "
                                f"may hold (at most {MAX_ARTICLE_CHARS:,} characters)", "read", locator,
                                raw_pointer=f"{file}:{number}")
                continue
            line, problem = decode_bytes(raw_line)
            if line is None:
                yield Rejection(str(file), problem or "undecodable", "decode", locator,
                                raw_pointer=f"{file}:{number}")
                continue
            if not line.strip():
                continue  # blank lines carry nothing to reject
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Rejection(str(file), f"malformed JSON: {exc.msg} at column {exc.colno}", "parse", locator,
                                raw=line[:MAX_RAW_CHARS])
                continue
            yield _record(record, file, rel, locator)


def _record(record: Any, file: Path, rel: str, locator: str) -> Article | Rejection:
    if not isinstance(record, dict):
        return Rejection(str(file), f"record is a JSON {type(record).__name__}, expected an object", "validate",
                         locator, raw=_raw(record))
    if record.get("format") == "html" and isinstance(record.get("text"), str):
        from .ingest_html import html_record

        return html_record(record, file, rel, locator)
    return to_article(record, file, rel, locator)


def _read_json(file: Path, rel: str) -> Iterator[Article | Rejection]:
    if too_big := too_big_file(file, MAX_JSON_FILE_BYTES, "a .json file (use .jsonl or .parquet, which are streamed)"):
        yield too_big
        return
    text, problem = decode_bytes(file.read_bytes())
    if text is None:
        yield Rejection(str(file), problem or "undecodable", "decode", raw_pointer=str(file))
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Rejection(str(file), f"malformed JSON: {exc.msg} at line {exc.lineno}", "parse",
                        raw=text[:MAX_RAW_CHARS])
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records):
        yield _record(record, file, rel, f"record {index}")


def _read_parquet(file: Path, rel: str) -> Iterator[Article | Rejection]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(file)
    except Exception as exc:  # pyarrow raises ArrowInvalid and friends for a damaged file
        yield Rejection(str(file), f"unreadable Parquet file: {exc}", "read", raw_pointer=str(file))
        return
    if "text" not in parquet.schema_arrow.names:
        yield Rejection(str(file), "Parquet file has no 'text' column", "validate", raw_pointer=str(file))
        return
    row = 0
    for batch in parquet.iter_batches(batch_size=256):
        for record in batch.to_pylist():
            yield _record(record, file, rel, f"row {row}")
            row += 1
