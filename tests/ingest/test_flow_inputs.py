"""HTML pages, a WARC and a feed through the whole flow (one run under the session Prefect harness): the articles
table says where each date came from, and every bad record lands in ``rejected`` with its reason while the good
records around it are processed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from news_pages import Capture, Story, news_page, write_warc

RUN_DATE = date(2026, 11, 23)
PARAGRAPHS = ("Mayor Ana Lind and Mayor Tom Reed met in Harbourton on Monday to sign the ferry agreement, "
              "officials said.",
              "They will meet again in Marra next month to open the new pier.")
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>
<item><title>Pier opening</title><guid>g-1</guid><pubDate>Tue, 07 May 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Mayor Ana Lind and Mayor Tom Reed met in Marra on Tuesday to open the new pier, officials said,
and agreed to meet again in June.&lt;/p&gt;</description></item>
<item><title>Teaser</title><guid>g-2</guid><description>More soon.</description></item></channel></rss>"""


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory, prefect_harness) -> dict[str, list[dict]]:
    from dateline.flows.extract import extract_events
    from dateline.flows.params import RunParameters

    root = tmp_path_factory.mktemp("inputs") / "in"
    root.mkdir()
    story = Story("Mayors sign ferry deal", PARAGRAPHS, published="2024-05-06T09:00:00Z")
    (root / "deal.html").write_text(news_page(story), encoding="utf-8")
    undated = Story("Pier deal", PARAGRAPHS, extra_article_top="<p>HARBOURTON, May 14, 2024 - The mayors spoke.</p>")
    (root / "undated.html").write_text(news_page(undated), encoding="utf-8")  # its date only in its text
    (root / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    captures = [Capture("https://gazette.example/a", news_page(Story("Deal two", PARAGRAPHS[::-1],
                                                                     published="2024-05-08")).encode()),
                Capture("https://gazette.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(300), "image/png"),
                Capture("https://gazette.example/b", news_page(story).encode(),
                        warc_headers={"WARC-Truncated": "time"})]
    write_warc(root / "crawl.warc.gz", captures)
    (root / "gazette.rss").write_text(FEED, encoding="utf-8")
    out = tmp_path_factory.mktemp("out") / "out"
    extract_events(RunParameters(inputs=[str(root)], out=str(out), run_date=RUN_DATE, batch_size=2))
    return {name: ds.dataset(out / name, format="parquet").to_table().to_pylist()
            for name in ("articles", "rejected", "events")}


def test_articles_say_where_their_dates_came_from(run) -> None:
    articles = {a["title"]: a for a in run["articles"]}
    assert set(articles) == {"Mayors sign ferry deal", "Deal two", "Pier opening", "Pier deal"}
    assert all(a["status"] == "ok" for a in articles.values())
    deal, warc, feed = articles["Mayors sign ferry deal"], articles["Deal two"], articles["Pier opening"]
    assert (deal["published"], deal["published_source"]) == (date(2024, 5, 6), "html-metadata")
    assert "datePublished" in deal["published_evidence"]
    assert (warc["published"], warc["published_source"]) == (date(2024, 5, 8), "html-metadata")
    assert warc["input_id"].startswith("urn:uuid:") and warc["url"] == "https://gazette.example/a"
    assert (feed["published"], feed["published_source"]) == (date(2024, 5, 7), "feed-metadata")
    assert feed["text"].startswith("Mayor Ana Lind and Mayor Tom Reed met in Marra")
    undated = articles["Pier deal"]
    assert (undated["published"], undated["published_source"]) == (date(2024, 5, 14), "inferred")
    assert undated["published_evidence"].startswith("HARBOURTON, May 14, 2024 -")  # then the rule's name
    assert {e["article_id"] for e in run["events"]} >= {deal["article_id"], feed["article_id"]}


def test_every_bad_record_lands_in_rejected(run) -> None:
    reasons = sorted((Path(r["source"]).name, r["reason"].split(":")[0]) for r in run["rejected"])
    assert reasons == [("crawl.warc.gz", "not an HTML page"),
                       ("crawl.warc.gz", "record truncated by the crawler (WARC-Truncated"),
                       ("gazette.rss", "feed entry"), ("nav.html", "no article in the HTML page")]
