"""WARC input: HTML responses become articles with ids from their WARC-Record-ID; every bad record (binary, HTTP
error, crawler-truncated, cut short, gzip-broken, garbled) is rejected on its own and the records around it go
through."""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

import pytest
from news_pages import Capture, Story, news_page, write_warc

from dateline.ingest import Article, Rejection, read_inputs

PARAGRAPHS = (
    "The port authority said on Monday that the new container crane would be working by the end of the month.",
    "Its director, Lena Ostrova, will fly to Rotterdam on Thursday to sign the contract with the builders.",
)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 8


def _page(n: int, published: str = "2024-03-04T06:00:00Z") -> bytes:
    story = Story(f"Port crane deal number {n}", tuple(f"{p} (Item {n}.)" for p in PARAGRAPHS),
                  url=f"https://gazette.example/news/{n}", published=published)
    return news_page(story).encode("utf-8")


def _read(path: Path) -> tuple[list[Article], list[Rejection]]:
    items = list(read_inputs([str(path)]))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Rejection)]


def _captures() -> list[Capture]:
    return [
        Capture("https://gazette.example/news/1", _page(1)),
        Capture("https://gazette.example/img/crane.jpg", JPEG, content_type="image/jpeg"),
        Capture("https://gazette.example/news/gone", b"<html><body>Not found</body></html>", status="404 Not Found"),
        Capture("https://gazette.example/news/2", _page(2), warc_headers={"WARC-Truncated": "length"}),
        Capture("https://gazette.example/news/3", _page(3)),
        Capture("https://gazette.example/news/4", _page(4)),
    ]


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_pages_pass_and_each_bad_record_is_rejected_with_its_reason(tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    offsets = write_warc(path, _captures(), gzip=gzip)
    with path.open("r+b") as handle:  # the download was cut off inside the last record
        handle.truncate(offsets[-1] - 400)
    articles, rejected = _read(path)
    assert [a.url for a in articles] == ["https://gazette.example/news/1", "https://gazette.example/news/3"]
    assert all(a.input_id.startswith("urn:uuid:") for a in articles)
    assert all((a.published, a.published_source) == (date(2024, 3, 4), "html-metadata") for a in articles)
    assert articles[0].title == "Port crane deal number 1" and "Lena Ostrova" in articles[0].text
    reasons = [r.reason for r in rejected]
    assert len(reasons) == 4, reasons
    assert reasons[0].startswith("not an HTML page: content type image/jpeg")
    assert reasons[1].startswith("HTTP status 404 Not Found")
    assert reasons[2].startswith("record truncated by the crawler (WARC-Truncated: length)")
    assert reasons[3].startswith("record cut short")
    assert all(r.locator.endswith(f"at byte {offsets[i]}") for r, i in zip(rejected, (1, 2, 3, 5), strict=True))
    assert all(r.raw_pointer.startswith(f"{path}@") for r in rejected)


def test_a_broken_gzip_member_is_rejected_and_reading_resumes_after_it(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    offsets = write_warc(path, [Capture(f"https://gazette.example/news/{n}", _page(n)) for n in range(1, 5)])
    data = bytearray(path.read_bytes())
    for i in range(offsets[1] + 40, offsets[1] + 80):  # inside the second page's compressed bytes
        data[i] ^= 0xA5
    path.write_bytes(bytes(data))
    articles, rejected = _read(path)
    assert [a.url.rsplit("/", 1)[1] for a in articles] == ["1", "3", "4"]
    [broken] = rejected
    assert broken.reason.startswith("unreadable WARC record") and "resumes at the next record" in broken.reason
    assert broken.locator == f"byte {offsets[1]}"


def test_a_garbled_record_header_in_a_plain_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    offsets = write_warc(path, [Capture(f"https://gazette.example/news/{n}", _page(n)) for n in range(1, 4)],
                         gzip=False)
    data = bytearray(path.read_bytes())
    data[offsets[1]:offsets[1] + 8] = b"GARBLED!"
    path.write_bytes(bytes(data))
    articles, rejected = _read(path)
    assert [a.url.rsplit("/", 1)[1] for a in articles] == ["1", "3"]
    assert [r.locator for r in rejected] == [f"byte {offsets[1]}"]


def test_broken_content_encoding_and_an_oversized_record(tmp_path: Path) -> None:
    gzipped = gzip.compress(_page(1))
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [
        Capture("https://gazette.example/news/1", gzipped, http_headers=(("Content-Encoding", "gzip"),)),
        Capture("https://gazette.example/news/2", gzipped[:400] + b"\x00" * 200,
                http_headers=(("Content-Encoding", "gzip"),)),
        Capture("https://gazette.example/news/3", b"<html><body><p>" + b"word " * 1_700_000 + b"</p></body></html>"),
        Capture("https://gazette.example/news/4", _page(4)),
    ])
    articles, rejected = _read(path)
    assert [a.url.rsplit("/", 1)[1] for a in articles] == ["1", "4"]  # gzip content encoding is decoded
    reasons = [r.reason for r in rejected]
    # warcio hands on what it could decode of a broken gzip body (here the start of the page): too little to be one
    assert reasons[0].startswith("no article in the HTML page")
    assert reasons[1].startswith("record has 8,500,") and "more than the limit" in reasons[1]


def test_record_ids_are_stable_across_reads(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [Capture("https://gazette.example/news/1", _page(1))])
    first, _ = _read(path)
    second, _ = _read(path)
    assert [a.article_id for a in first] == [a.article_id for a in second]
