"""The story tests' way of running a made-up text: the pipeline's temporal component on an article dated ``day`` (a
Wednesday by default), in the news scope unless told, and two small readers of the result."""

from __future__ import annotations

from datetime import date

from dateline.extractors.cleaning import find_noise
from dateline.extractors.events import extract_events
from dateline.extractors.temporal import resolve_timexes

DAY = date(2019, 5, 8)  # a Wednesday


def run(nlp, text: str, day: date = DAY, scope: str = "news") -> list:
    doc = nlp(text)
    return extract_events(doc, article_id="s1", timexes=resolve_timexes(doc, day), article_date=day,
                          noise=find_noise(text, None), scope=scope)


def names(e) -> set[str]:
    return {p.name for p in e.participants}


def of_type(evs: list, etype: str) -> list:
    return [e for e in evs if e.event_type == etype]
