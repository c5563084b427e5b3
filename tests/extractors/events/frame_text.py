"""The argument-frame tests' way of running a made-up text: the extended scope with no timexes (`run`), or the
pipeline's temporal component on an article dated ``day`` (`dated`), and two small readers of the result."""

from __future__ import annotations

from datetime import date

from dateline.extractors.cleaning import find_noise
from dateline.extractors.events import extract_events


def run(nlp, text: str) -> list:
    return extract_events(nlp(text), article_id="a1", timexes=[], article_date=None, noise=find_noise(text, None),
                          scope="extended")


def dated(nlp, text: str, day: date) -> list:
    """Extraction with the temporal component, as the pipeline runs it, on an article dated ``day``."""
    from dateline.extractors.temporal import resolve_timexes

    doc = nlp(text)
    return extract_events(doc, article_id="a1", timexes=resolve_timexes(doc, day), article_date=day,
                          noise=find_noise(text, None))


def names(e) -> set[str]:
    return {p.name for p in e.participants}


def one(evs: list, etype: str):
    got = [e for e in evs if e.event_type == etype]
    assert len(got) == 1, got
    return got[0]
