"""The sample articles, turned into news-style HTML pages and into a WARC of those pages, give the same events as
the .txt samples: HTML and WARC input change where text and dates come from, never what is extracted from them."""

from __future__ import annotations

from pathlib import Path

import pytest
from news_pages import Capture, Story, news_page, write_warc

from dateline.ingest import Article, Rejection, read_inputs

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "seeds"
EVENT_FIELDS = ("event_type", "subtype", "participants", "location", "origin", "destination", "date_start",
                "date_end", "date_value", "status", "trigger", "sentence", "confidence")


@pytest.fixture(scope="module")
def nlp():
    from dateline.extractors.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="module")
def samples() -> list[Article]:
    articles = [a for a in read_inputs([str(SAMPLES)]) if isinstance(a, Article)]
    assert len(articles) == 3
    return articles


def _page(article: Article) -> str:
    """A simple page of a sample: its headline, a <p> per paragraph (lines within it split by <br>), the manifest
    date as JSON-LD."""
    paragraphs = tuple(p.strip() for p in article.text.split("\n\n") if p.strip())
    story = Story(article.title, paragraphs, url=f"https://news.example/{Path(article.input_id).stem}",
                  published=article.published.isoformat() if article.published else None)
    return news_page(story)


@pytest.fixture(scope="module")
def converted(samples: list[Article], tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Article]]:
    folder = tmp_path_factory.mktemp("converted")
    (folder / "html").mkdir()
    captures = []
    for article in samples:
        page = _page(article)
        (folder / "html" / f"{Path(article.input_id).stem}.html").write_text(page, encoding="utf-8")
        captures.append(Capture(f"https://news.example/{Path(article.input_id).stem}", page.encode("utf-8")))
    write_warc(folder / "samples.warc.gz", captures)
    result = {}
    for kind, path in (("html", folder / "html"), ("warc", folder / "samples.warc.gz")):
        items = list(read_inputs([str(path)]))
        assert not [i for i in items if isinstance(i, Rejection)], kind
        result[kind] = [i for i in items if isinstance(i, Article)]
    return result


def _events(articles: list[Article], nlp) -> list[list[tuple]]:
    """Each article's events (in article order), without ids and offsets, which differ with the input kind."""
    from dateline.evaluation.events import run_articles

    tables = run_articles(articles, nlp)
    order = {a.article_id: i for i, a in enumerate(articles)}
    per_article: list[list[tuple]] = [[] for _ in articles]
    for event in tables["events"]:
        per_article[order[event["article_id"]]].append(tuple(repr(event[f]) for f in EVENT_FIELDS))
    return [sorted(events) for events in per_article]


@pytest.mark.parametrize("kind", ["html", "warc"])
def test_converted_samples_give_the_same_events(kind: str, samples, converted, nlp) -> None:
    pages = sorted(converted[kind], key=lambda a: a.url)
    assert [a.url.rsplit("/", 1)[1] for a in pages] == [Path(a.input_id).stem for a in samples]
    assert [(a.published, a.published_source) for a in pages] == [(a.published, "html-metadata") for a in samples]
    # a sample without a headline gets the page's best guess (trafilatura falls back to a subheading)
    assert [p.title for p, a in zip(pages, samples, strict=True) if a.title] == [a.title for a in samples if a.title]
    assert [a.text for a in pages] == [a.text for a in samples]  # the page around the story is all gone
    expected, got = _events(samples, nlp), _events(pages, nlp)
    assert sum(map(len, expected)) > 0
    assert got == expected


def test_event_offsets_index_the_extracted_text(converted, nlp) -> None:
    from dateline.evaluation.events import run_articles

    pages = converted["html"]
    texts = {a.article_id: a.text for a in pages}
    events = run_articles(pages, nlp)["events"]
    assert events
    for event in events:
        assert event["sentence"] in texts[event["article_id"]]
        assert texts[event["article_id"]][event["start_char"]:event["end_char"]].strip()
