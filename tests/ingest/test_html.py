"""HTML pages: trafilatura keeps the story and drops the page around it; htmldate gives the original publication
date from the markup (``html-metadata``, with its evidence); a page with no article is rejected with the reason."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from news_pages import Story, news_page

from dateline.ingest import Article, Rejection, read_inputs

PARAGRAPHS = (
    "The harbour council on Tuesday approved a new ferry route between the old port and the island of Marra, "
    "after a two-hour debate.",
    "Councillor Tom Reed said the first sailing would leave on June 3 and that the mayor would travel to Marra "
    "next week to meet the island's elders.",
    "The route was first proposed in January by residents who said the bus link was too slow.",
)
CHROME = ("cookies", "Accept all", "Home", "Business", "Mara Quell", "Related stories", "Bus fares", "Great news",
          "Comments", "All rights reserved", "Share on")


def _read(*paths: Path) -> tuple[list[Article], list[Rejection]]:
    items = list(read_inputs([str(p) for p in paths]))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Rejection)]


def _page(tmp_path: Path, story: Story, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_text(news_page(story), encoding="utf-8")
    return path


def test_story_text_title_and_url_without_the_page_around_it(tmp_path: Path) -> None:
    story = Story("Harbour council approves new ferry route", PARAGRAPHS,
                  url="https://gazette.example/news/ferry-route", published="2024-05-14T08:30:00Z")
    [article], rejected = _read(_page(tmp_path, story))
    assert not rejected
    assert article.title == story.title and article.url == story.url
    assert article.text == "\n\n".join(PARAGRAPHS)  # the headline is the title, not the first line of the text
    assert not [c for c in CHROME if c in article.text]


def test_json_ld_date_published_wins_over_the_later_update(tmp_path: Path) -> None:
    story = Story("Ferry route approved", PARAGRAPHS, published="2024-05-14T08:30:00+02:00",
                  modified="2024-06-02T17:00:00+02:00")
    [article], _ = _read(_page(tmp_path, story))
    assert (article.published, article.published_source) == (date(2024, 5, 14), "html-metadata")
    assert "datePublished" in article.published_evidence and "2024-05-14" in article.published_evidence


def test_meta_tag_published_time(tmp_path: Path) -> None:
    story = Story("Ferry route approved", PARAGRAPHS, published="2023-11-02", modified="2023-11-20", json_ld=False)
    [article], _ = _read(_page(tmp_path, story))
    assert (article.published, article.published_source) == (date(2023, 11, 2), "html-metadata")
    assert 'article:published_time' in article.published_evidence


def test_date_only_in_the_text_is_left_to_inference_and_kept_in_the_text(tmp_path: Path) -> None:
    dateline = "HARBOURTON, Tuesday May 14 (Gazette) - The council voted late in the evening."
    story = Story("Ferry route approved", PARAGRAPHS, extra_article_top=f"<p>{dateline}</p>")
    [article], _ = _read(_page(tmp_path, story))
    assert article.published is None  # no markup date: dateline infers one from the text, with its evidence
    assert article.text.startswith(dateline)


def test_a_page_without_an_article_is_rejected_with_the_reason(tmp_path: Path) -> None:
    (tmp_path / "nav.html").write_text(
        "<html><head><title>Page not found</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a>"
        "</nav><h1>Page not found</h1></body></html>", encoding="utf-8")
    (tmp_path / "empty.htm").write_bytes(b"")
    (tmp_path / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    articles, rejected = _read(tmp_path)
    assert not articles
    reasons = {Path(r.source).name: (r.stage, r.reason) for r in rejected}
    assert reasons["nav.html"][0] == "parse" and "no article" in reasons["nav.html"][1]
    assert "empty" in reasons["empty.htm"][1]
    assert reasons["binary.html"] == ("decode", "binary content (NUL bytes): not an HTML page")


def test_declared_charset_is_honoured(tmp_path: Path) -> None:
    story = Story("Caf\u00e9 owners meet the mayor", tuple(p.replace("council", "caf\u00e9 council")
                                                          for p in PARAGRAPHS))
    page = news_page(story).replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    (tmp_path / "cp.html").write_bytes(page.encode("cp1252"))
    [article], _ = _read(tmp_path / "cp.html")
    assert "caf\u00e9 council" in article.text and article.title == story.title


def test_html_records_in_jsonl_and_the_manifest_win_over_the_page(tmp_path: Path) -> None:
    page = news_page(Story("Ferry route approved", PARAGRAPHS, published="2024-05-14"))
    records = [
        {"id": "r1", "format": "html", "text": page},
        {"id": "r2", "format": "html", "text": page.replace("island of Marra", "isle of Marra"),
         "published": "2024-05-15", "title": "Given title"},
        {"id": "r3", "format": "pdf", "text": "%PDF-1.7"},
        {"id": "r4", "format": "html", "text": "<html><body><p>Subscribe</p></body></html>"},
    ]
    (tmp_path / "pages.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (tmp_path / "own.html").write_text(page.replace("two-hour", "three-hour"), encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(json.dumps({"file": "own.html", "published": "2024-05-16",
                                                         "id": "own-1"}) + "\n")
    articles, rejected = _read(tmp_path)
    by_id = {a.input_id: a for a in articles}
    assert (by_id["r1"].published, by_id["r1"].published_source) == (date(2024, 5, 14), "html-metadata")
    assert (by_id["r1"].title, by_id["r1"].text) == ("Ferry route approved", "\n\n".join(PARAGRAPHS))
    assert (by_id["r2"].published, by_id["r2"].published_source, by_id["r2"].title) == (
        date(2024, 5, 15), "metadata", "Given title")
    assert (by_id["own-1"].published, by_id["own-1"].published_source) == (date(2024, 5, 16), "metadata")
    reasons = {r.locator: r.reason for r in rejected}
    assert "unknown format 'pdf'" in reasons["line 3"] and "no article" in reasons["line 4"]


def test_a_short_story_keeps_its_paragraphs_and_loses_its_byline(tmp_path: Path) -> None:
    short = ("The two mayors met in Harbourton on Monday to sign the ferry deal, officials said.",
             "They will meet again next month to open the new pier.")
    [article], _ = _read(_page(tmp_path, Story("Pier deal", short)))
    assert article.text == "\n\n".join(short)
