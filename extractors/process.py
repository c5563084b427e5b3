"""Run every extractor over a stream of articles: one ``nlp.pipe`` pass, then article date, temporal expressions,
noise and events per Doc. Plain functions, no Prefect: flows, evaluations and benchmarks all call this.

Bounds, so that no single article can stall or sink a batch:

- **Length**: spaCy needs roughly 1 GB per 100,000 characters for the parser and NER on one Doc, and refuses texts
  over ``nlp.max_length``. Texts longer than ``MAX_CHUNK_CHARS`` are cut into contiguous pieces at paragraph,
  sentence or word boundaries, run through the pipeline as separate Docs, and joined back with ``Doc.from_docs``
  (no whitespace added), so the joined Doc's text is the article text and every character offset is unchanged.
  Memory per article stays flat; time is linear in length.
- **Time**: the extractors after spaCy (regexes, dateparser, rule productions) run under a per-article wall-clock
  limit (``ARTICLE_SECONDS``) enforced with ``SIGALRM`` where that is possible (the main thread of a process, which
  is where batch worker processes run them; Python's regex engine checks for signals, so even catastrophic
  backtracking is interrupted). An article over the limit gets an error result and is rejected with the reason.
- **Errors**: an exception in an extractor is caught per article; an exception inside ``nlp.pipe`` is retried one
  article at a time, so only the article that causes it fails.
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from itertools import islice
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc

from .batch_year import StoredMates, borrow_years
from .cleaning import find_noise
from .events import extract_events
from .pipeline import SOURCE_TEXT
from .records import ArticleDate, Event, NoiseReport, Timex
from .story_day import MATE_SPREAD_DAYS, StoredStory, lent_story_days
from .story_events import story_event_dates
from .story_weekday import EarlierMates, StoredWeekdayMates, lent_day_weekday, story_weekday_dates
from .temporal import infer_article_date, resolve_timexes
from .temporal.article_date import filing_day
from .temporal.story_year import in_story_year
from .temporal.title_line import header_timexes, title_timexes

MAX_CHUNK_CHARS = 100_000  # per Doc given to spaCy; longer articles are processed in pieces (see module docstring)
ARTICLE_SECONDS = 30.0  # wall-clock limit for the extractors on one article (after spaCy)

_CUT_RES = (re.compile(r"\n\s*\n\s*"), re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+"), re.compile(r"\s+"))


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
    story_day: date | None = None  # no date of its own: the day its story's dated reports lend it (``story_day``)
    # the lines the reader strips: the header line's date, then the title's timexes, offsets into each
    # (``temporal.title_line``)
    title_timexes: tuple[Timex, ...] = ()


class ArticleTimeout(Exception):
    """The extractors took longer than ``ARTICLE_SECONDS`` on one article."""


def process_articles(
    nlp: Language,
    articles: Iterable[ArticleLike],
    *,
    run_date: date,
    fallback_date: date | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    stored_mates: StoredMates | None = None,
    stored_story: StoredStory | None = None,
    stored_weekday: StoredWeekdayMates | None = None,
) -> Iterator[ArticleResult]:
    """Yield one ``ArticleResult`` per article, in input order.

    ``run_date`` bounds article-date inference (a year is never placed after the run); ``fallback_date`` is used when
    neither metadata nor text dates the article. An exception inside the extractors for one article is caught and
    reported on that article's result instead of failing its whole batch.

    ``n_process > 1`` forks spaCy workers for this call only (costly per call: the flows use a long-lived process
    pool instead, see ``dateline.flows.runners``); it streams without the per-article retry of pipeline errors.
    ``stored_mates``: reports of earlier batches that may lend a weakly dated page its year (``batch_year``);
    ``stored_story``: those that may lend a page with no date of its own its story's day (``story_day``);
    ``stored_weekday``: those whose events' days may place such a page's weekdays (``story_weekday``), which also
    reads the dated pages of this call's earlier chunks (``EarlierMates``).
    """
    earlier = EarlierMates(stored_weekday)
    if n_process > 1:
        piped = _pipe(nlp, articles, batch_size=batch_size, n_process=n_process)
        while docs := list(islice(piped, batch_size)):
            yield from _analyse_chunk(docs, run_date, fallback_date, stored_mates, stored_story, earlier)
        return
    iterator = iter(articles)
    while chunk := list(islice(iterator, batch_size)):
        try:
            docs = list(_pipe(nlp, chunk, batch_size=batch_size))
        except Exception:  # some article breaks the pipeline: find it by running them one at a time
            docs = []
            for article in chunk:
                try:
                    docs.extend(_pipe(nlp, [article], batch_size=1))
                except Exception as exc:
                    docs.append((None, article, f"spaCy pipeline failed: {type(exc).__name__}: {exc}"))
        yield from _analyse_chunk(docs, run_date, fallback_date, stored_mates, stored_story, earlier)


def _analyse_chunk(docs: list[tuple], run_date: date, fallback_date: date | None,
                   stored_mates: StoredMates | None = None,
                   stored_story: StoredStory | None = None,
                   earlier: EarlierMates | None = None) -> list[ArticleResult]:
    """Analyse a chunk's Docs, then re-run those whose year a same-story report of the chunk settles
    (``batch_year``): their timexes and events are dated from the borrowed date. A page with no date of its own whose
    weekdays fall on its story's days is re-run from that day (``story_weekday``), one whose 'yesterday' or 'this
    morning' puts an event on the day a dated report of its story gives it from that day (``story_events``); one
    whose year-less date line falls near its story's day is dated by that line in the story's year
    (``story_year_date``); one still undated then takes its story's day (``story_day``): where the merge places it,
    and the year of its dates written without one (``temporal.story_year``); its weekdays are not re-dated.
    ``earlier`` (the call's earlier chunks and the store) is told this chunk's pages for the chunks after it."""
    results = [_failed(item[1], item[2]) if item[0] is None
               else _analyse_bounded(item[0], item[1], run_date, fallback_date) for item in docs]
    for i, article_date in borrow_years(results, stored_mates).items():
        results[i] = _analyse_bounded(docs[i][0], docs[i][1], run_date, fallback_date, article_date)
    resolvers = [None if item[0] is None else (lambda day, doc=item[0]: resolve_timexes(doc, day)) for item in docs]
    for i, article_date in story_weekday_dates(results, resolvers, earlier).items():
        results[i] = _analyse_bounded(docs[i][0], docs[i][1], run_date, fallback_date, article_date)
    for i, article_date in story_event_dates(results, resolvers, earlier).items():
        results[i] = _analyse_bounded(docs[i][0], docs[i][1], run_date, fallback_date, article_date)
    for i, lent_day in lent_story_days(results, stored_story).items():
        if (dated := lent_day_weekday(results[i], resolvers[i], lent_day)) is not None:
            results[i] = _analyse_bounded(docs[i][0], docs[i][1], run_date, fallback_date, dated)
            continue  # dated by its own weekdays: the merge places it by that day, as any dated page
        lent = lent_day.article_date
        if lent.value is not None and (dated := story_year_date(docs[i][0], docs[i][1], run_date, lent.value)):
            results[i] = _analyse_bounded(docs[i][0], docs[i][1], run_date, fallback_date, dated)
            continue  # dated by its own year-less date line in its story's year
        if lent.value is not None and in_story_year(results[i].timexes, lent.value) != results[i].timexes:
            # its year-less dates (and the events they date) taken in the story's year; a page with none is as it was
            results[i] = _analyse_bounded(docs[i][0], docs[i][1], run_date, fallback_date, story_day=lent.value)
        results[i] = replace(results[i], story_day=lent.value)
    if earlier is not None:
        earlier.add(results)
    return results


def story_year_date(doc, article: ArticleLike, run_date: date, story_day: date) -> ArticleDate | None:
    """The page's own year-less date line ('Town (State), Nov 8 :', a ``story_only`` rule) in the year of the day its
    story lends it, when that falls within ``MATE_SPREAD_DAYS`` of the lent day; None otherwise. Why: the first
    reading leaves such a page undated (no year to give it but the latest one, years off for an old page), while
    its story's dated reports say which year it is in: the line then gives the day itself, which the lent day (a
    mate's, days away) cannot."""
    if doc is None:
        return None
    dated = infer_article_date(doc, metadata=article.published, header=article.header_date, run_date=run_date,
                               url=getattr(article, "url", None), title=article.title, story_day=story_day)
    if dated.value is None or abs((dated.value - story_day).days) > MATE_SPREAD_DAYS:
        return None
    return dated


def _pipe(nlp: Language, articles: Iterable[ArticleLike], *, batch_size: int, n_process: int = 1):
    """``nlp.pipe`` over articles, long ones in pieces joined back into one Doc per article."""
    pieces = ((piece, (article, i, n)) for article in articles
              for i, n, piece in _enumerate_pieces(split_for_nlp(article.text)))
    parts: list[Doc] = []
    for doc, (article, i, n) in nlp.pipe(pieces, as_tuples=True, batch_size=batch_size, n_process=n_process):
        if n == 1:
            yield doc, article
            continue
        parts.append(doc)
        if i == n - 1:
            joined = Doc.from_docs(parts, ensure_whitespace=False)
            if all(SOURCE_TEXT in p.user_data for p in parts):
                joined.user_data[SOURCE_TEXT] = "".join(p.user_data[SOURCE_TEXT] for p in parts)  # as written
            parts = []
            yield joined, article


def _enumerate_pieces(pieces: list[str]) -> Iterator[tuple[int, int, str]]:
    return ((i, len(pieces), piece) for i, piece in enumerate(pieces))


def split_for_nlp(text: str, limit: int = MAX_CHUNK_CHARS) -> list[str]:
    """Contiguous pieces of ``text`` (their concatenation is ``text``), each at most ``limit`` characters, cut after
    a paragraph break if there is one in the second half of the window, else after a sentence end, else after
    whitespace, else (one enormous token) at the limit."""
    if len(text) <= limit:
        return [text]
    pieces = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = 0
        for pattern in _CUT_RES:
            ends = [m.end() for m in pattern.finditer(window, limit // 2)]
            if ends:
                cut = ends[-1]
                break
        cut = cut or limit
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _failed(article: ArticleLike, error: str) -> ArticleResult:
    return ArticleResult(article, ArticleDate(article.published, "unknown"), (), NoiseReport(), (), error=error)


def _analyse_bounded(doc: Doc, article: ArticleLike, run_date: date, fallback_date: date | None,
                     article_date: ArticleDate | None = None, story_day: date | None = None) -> ArticleResult:
    try:
        with time_limit(ARTICLE_SECONDS):
            return analyse_doc(doc, article, run_date=run_date, fallback_date=fallback_date, article_date=article_date,
                               story_day=story_day)
    except ArticleTimeout:
        return _failed(article, f"ArticleTimeout: extractors took longer than {ARTICLE_SECONDS:g} s on this article")


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``ArticleTimeout`` in the block after ``seconds`` of wall-clock time. Only the main thread can receive
    signals, so elsewhere (a thread pool task) this is a no-op and the batch worker processes are what bound time."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def _expired(signum, frame):
        raise ArticleTimeout()

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def analyse_doc(doc, article: ArticleLike, *, run_date: date, fallback_date: date | None = None,
                event_scope: str = "news", article_date: ArticleDate | None = None,
                story_day: date | None = None) -> ArticleResult:
    """Everything dateline extracts from one processed article (``event_scope``: see ``extract_events``);
    ``article_date``, when given, is used as metadata would be instead of inferring one (a batch-mate's year).
    ``story_day``, the day a page with no date of its own borrows from its story, gives its year-less dates their
    year (``temporal.story_year``) and nothing else: the page stays undated."""
    try:
        article_date = article_date or infer_article_date(
            doc, metadata=article.published, header=article.header_date, fallback=fallback_date, run_date=run_date,
            url=getattr(article, "url", None),  # a date or year in the URL is evidence too
            title=article.title,  # the .txt reader strips the first line as the title: the weakest evidence
        )
        # a print page dated the morning after its dateline ("BAGHDAD, Feb. 22 -" on Monday's page): the story's
        # "today" and "on Tuesday" count from the day it was filed
        filed = filing_day(doc, article_date.value, run_date=run_date, url=getattr(article, "url", None),
                           title=article.title)
        timexes = tuple(resolve_timexes(doc, filed or article_date.value))
        in_title = title_timexes(article.title, filed or article_date.value)
        if story_day is not None and article_date.value is None:
            timexes = in_story_year(timexes, story_day)
            in_title = in_story_year(in_title, story_day)
        noise = find_noise(article.text, article.title)
        events = tuple(
            extract_events(
                doc, article_id=article.article_id, timexes=timexes, article_date=article_date.value, noise=noise,
                scope=event_scope,
            )
        )
    except ArticleTimeout:
        raise
    except Exception as exc:  # one bad article must not take its batch down; it is reported and quarantined
        return _failed(article, f"{type(exc).__name__}: {exc}")
    return ArticleResult(article, article_date, timexes, noise, events,
                         title_timexes=header_timexes(article.header_date) + in_title)
