"""Feed exports: every entry with content is an article dated by the entry (``feed-metadata``); entries without an
article and files that are no feed are rejected with the reason."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from dateline.ingest import Article, Rejection, read_inputs

STORY = ("<p>The island ferry company said on Friday that it would add a second boat to the Marra route.</p>"
         "<p>Its chief executive, Ivo Brand, will meet the harbour council on Monday to agree the timetable.</p>"
         '<div class="related"><a href="/x">Related: bus fares rise</a></div>')

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>The Harbour Gazette</title><link>https://gazette.example/</link>
<item><title>Second ferry for Marra</title><link>https://gazette.example/news/ferry-2</link>
<guid isPermaLink="false">gazette-2041</guid><pubDate>Fri, 10 May 2024 17:45:00 GMT</pubDate>
<description>A second boat.</description><content:encoded><![CDATA[{STORY}]]></content:encoded></item>
<item><title>Teaser only</title><link>https://gazette.example/news/teaser</link>
<pubDate>Sat, 11 May 2024 09:00:00 GMT</pubDate><description>Read the full story on our site.</description></item>
<item><title>Nothing at all</title><link>https://gazette.example/news/empty</link></item>
<item><title>Late story</title><guid>gazette-2042</guid><pubDate>Tue, 14 May 2024 23:30:00 -0500</pubDate>
<content:encoded><![CDATA[{STORY.replace("Friday", "Tuesday")}]]></content:encoded></item>
</channel></rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Gazette</title><id>urn:gazette</id>
<updated>2024-05-12T10:00:00Z</updated>
<entry><title>Ferry timetable agreed</title><id>urn:gazette:2050</id>
<link href="https://gazette.example/news/timetable"/>
<published>2024-05-12T08:00:00Z</published><updated>2024-05-13T08:00:00Z</updated>
<content type="html">{html.escape(STORY.replace("Friday", "Sunday"))}</content></entry>
<entry><title>Only updated</title><id>urn:gazette:2051</id><updated>2024-05-14T08:00:00Z</updated>
<content type="text">The council said on Tuesday that the new timetable starts in June, after a vote of all members.
The mayor will sail on the first boat.</content></entry>
</feed>
"""


def _read(path: Path) -> tuple[list[Article], list[Rejection]]:
    items = list(read_inputs([str(path)]))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Rejection)]


def test_rss_entries_with_content_and_their_dates(tmp_path: Path) -> None:
    (tmp_path / "gazette.rss").write_text(RSS, encoding="utf-8")
    [article, late], rejected = _read(tmp_path / "gazette.rss")
    assert late.published == date(2024, 5, 14)  # the feed's own day, not the UTC one (15 May)
    assert (article.input_id, article.title, article.url) == (
        "gazette-2041", "Second ferry for Marra", "https://gazette.example/news/ferry-2")
    assert (article.published, article.published_source) == (date(2024, 5, 10), "feed-metadata")
    assert article.published_evidence == "feed entry published: Fri, 10 May 2024 17:45:00 GMT"
    assert article.text.startswith("The island ferry company") and "Related" not in article.text
    assert "\n\nIts chief executive" in article.text
    reasons = {r.locator: r.reason for r in rejected}
    assert "no article" in reasons["entry 1"]  # a teaser is not the article
    assert reasons["entry 2"] == "feed entry has no content or summary"


def test_atom_published_before_updated_and_plain_text_content(tmp_path: Path) -> None:
    (tmp_path / "gazette.atom").write_text(ATOM, encoding="utf-8")
    articles, rejected = _read(tmp_path / "gazette.atom")
    assert not rejected
    first, second = articles
    assert (first.input_id, first.published) == ("urn:gazette:2050", date(2024, 5, 12))
    assert (second.published, second.published_evidence) == (date(2024, 5, 14),
                                                              "feed entry updated: 2024-05-14T08:00:00Z")
    assert "The mayor will sail" in second.text


def test_an_xml_file_that_is_no_feed_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url>'
                                          "</urlset>", encoding="utf-8")
    (tmp_path / "broken.rss").write_bytes(b"\x00\x01 not xml at all")
    articles, rejected = _read(tmp_path)
    assert not articles
    reasons = {Path(r.source).name: r.reason for r in rejected}
    assert set(reasons) == {"sitemap.xml", "broken.rss"}
    assert all("feed" in reason for reason in reasons.values()), reasons
