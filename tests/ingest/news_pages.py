"""Small HTML pages in the style of real news sites, and WARC and feed files holding them, for the ingest tests.

Every page wraps its story in what a scraped page really carries around it: a cookie banner, site navigation, a
byline, a related-stories block, reader comments and a footer. The story sentences are made up."""

from __future__ import annotations

import html
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


@dataclass(frozen=True)
class Story:
    title: str | None  # None: a page whose headline is not marked up (no <title>, no <h1>)
    paragraphs: tuple[str, ...]
    url: str | None = None
    published: str | None = None  # JSON-LD datePublished / article:published_time
    modified: str | None = None  # JSON-LD dateModified / article:modified_time (a later update)
    json_ld: bool = True  # the date in JSON-LD; else in meta tags
    byline: str = "By Mara Quell, Transport correspondent"
    related: tuple[str, ...] = ("Bus fares to rise in autumn", "Island school reopens after repairs")
    comments: tuple[str, ...] = ("Great news, finally! - Sam", "About time the council listened. - Ola")
    extra_head: str = ""
    extra_article_top: str = ""  # e.g. a dateline paragraph that is the page's only date
    meta: dict[str, str] = field(default_factory=dict)


def news_page(story: Story) -> str:
    """One complete page of a made-up news site around ``story``."""
    head = [f"<title>{html.escape(story.title)} | The Harbour Gazette</title>",
            f'<meta property="og:title" content="{html.escape(story.title)}">'] if story.title else []
    if story.url:
        head.append(f'<link rel="canonical" href="{story.url}">')
    if story.json_ld and (story.published or story.modified):
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": story.title,
                "author": {"@type": "Person", "name": story.byline.removeprefix("By ").split(",")[0]}}
        if story.published:
            data["datePublished"] = story.published
        if story.modified:
            data["dateModified"] = story.modified
        head.append(f'<script type="application/ld+json">{json.dumps(data)}</script>')
    elif story.published or story.modified:
        if story.published:
            head.append(f'<meta property="article:published_time" content="{story.published}">')
        if story.modified:
            head.append(f'<meta property="article:modified_time" content="{story.modified}">')
    head.append(story.extra_head)
    paragraphs = "\n".join("<p>" + "<br>".join(map(html.escape, p.split("\n"))) + "</p>" for p in story.paragraphs)
    related = "".join(f'<li><a href="/story/{i}">{html.escape(t)}</a></li>' for i, t in enumerate(story.related))
    comments = "".join(f'<div class="comment"><p>{html.escape(c)}</p></div>' for c in story.comments)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
{chr(10).join(head)}
</head><body>
<div id="cookie-banner" class="cookie-consent" role="dialog"><p>We use cookies to give you the best experience
on our site. By continuing you accept our use of cookies.</p><button>Accept all</button><button>Manage</button></div>
<header><a class="logo" href="/">The Harbour Gazette</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/business">Business</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main><article>
{f"<h1>{html.escape(story.title)}</h1>" if story.title else ""}
<div class="byline"><span class="author">{html.escape(story.byline)}</span></div>
{story.extra_article_top}
{paragraphs}
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
</article>
<aside class="related-stories"><h2>Related stories</h2><ul>{related}</ul></aside>
<section id="comments" class="comments"><h2>Comments</h2>{comments}</section>
</main>
<footer><p>&copy; 2024 The Harbour Gazette. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""


@dataclass(frozen=True)
class Capture:
    """One WARC response record to write: a page (or other content) as a crawler fetched it."""

    uri: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"
    warc_headers: dict[str, str] = field(default_factory=dict)
    http_headers: tuple[tuple[str, str], ...] = ()  # more HTTP headers (Content-Encoding ...)


def write_warc(path: Path, captures: list[Capture], *, gzip: bool = True) -> list[int]:
    """Write ``captures`` with warcio's writer (a warcinfo and a request record first, as crawlers do); returns each
    response record's byte offset, and the file's length last."""
    offsets = []
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "dateline-tests"}))
        for capture in captures:
            request = writer.create_warc_record(capture.uri, "request", payload=io.BytesIO(b""),
                                                http_headers=StatusAndHeaders(f"GET {capture.uri} HTTP/1.1", [],
                                                                              is_http_request=True))
            writer.write_record(request)
            http = StatusAndHeaders(capture.status, [("Content-Type", capture.content_type), *capture.http_headers],
                                    protocol="HTTP/1.1")
            record = writer.create_warc_record(capture.uri, "response", payload=io.BytesIO(capture.body),
                                               http_headers=http, warc_headers_dict=capture.warc_headers)
            offsets.append(out.tell())
            writer.write_record(record)
        offsets.append(out.tell())
    return offsets
