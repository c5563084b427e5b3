"""Run every extractor over a stream of articles: one ``nlp.pipe`` pass, then article date, temporal expressions,
noise and events per Doc. Plain functions, no Prefect: flows, evaluations and benchmarks all call this."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from spacy.language import Language

from .cleaning import find_noise
from .events import extract_events
from .records import ArticleDate, Event, NoiseReport, Timex
from .temporal import infer_article_date, resolve_timexes


class ArticleLike(Protocol):
    article_id: str
    text: str
    title: str | None
    published: date | None
    header_date: date | None


@dataclass(frozen=True)
class ArticleResult:
    article: ArticleLike
    article_date: ArticleDate
    timexes: tuple[Timex, ...]
    noise: NoiseReport
    events: tuple[Event, ...]
    error: str | None = None  # set when an extractor failed on this article; the others still ran


def process_articles(
    nlp: Language,
    articles: Iterable[ArticleLike],
    *,
    run_date: date,
    fallback_date: date | None = None,
    batch_size: int = 64,
    n_process: int = 1,
) -> Iterator[ArticleResult]:
    """Yield one ``ArticleResult`` per article, in input order.

    ``run_date`` bounds article-date inference (a year is never placed after the run); ``fallback_date`` is used when
    neither metadata nor text dates the article. An exception inside the extractors for one article is caught and
    reported on that article's result instead of failing its whole batch.
    """
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield analyse_doc(doc, article, run_date=run_date, fallback_date=fallback_date)


def analyse_doc(doc, article: ArticleLike, *, run_date: date, fallback_date: date | None = None) -> ArticleResult:
    """Everything dateline extracts from one processed article."""
    try:
        article_date = infer_article_date(
            doc, metadata=article.published, header=article.header_date, fallback=fallback_date, run_date=run_date
        )
        timexes = tuple(resolve_timexes(doc, article_date.value))
        noise = find_noise(article.text, article.title)
        events = tuple(
            extract_events(
                doc, article_id=article.article_id, timexes=timexes, article_date=article_date.value, noise=noise
            )
        )
    except Exception as exc:  # one bad article must not take its batch down; it is reported and quarantined
        return ArticleResult(article, ArticleDate(article.published, "unknown"), (), NoiseReport(), (),
                             error=f"{type(exc).__name__}: {exc}")
    return ArticleResult(article, article_date, timexes, noise, events)
