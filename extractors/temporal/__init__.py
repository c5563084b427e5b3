"""Temporal engine: detection (``dateline_timex`` spaCy component), normalisation (``resolve_timexes``) and
article-date inference (``infer_article_date``)."""

from .article_date import infer_article_date
from .component import SPANS_KEY, TimexDetector, make_dateline_timex
from .resolve import resolve_timexes

__all__ = ["SPANS_KEY", "TimexDetector", "infer_article_date", "make_dateline_timex", "resolve_timexes"]
