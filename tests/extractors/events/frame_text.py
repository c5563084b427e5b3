"""The argument-frame tests' way of running a made-up text: the extended scope with no timexes (`run`), or
``made_up_text.run`` (the pipeline's temporal component) on an article dated ``day`` (`dated`), and a small reader of
the result."""

from __future__ import annotations

from made_up_text import names
from made_up_text import run as dated

from dateline.extractors.cleaning import find_noise
from dateline.extractors.events import extract_events

__all__ = ["dated", "names", "one", "run"]


def run(nlp, text: str) -> list:
    return extract_events(nlp(text), article_id="a1", timexes=[], article_date=None, noise=find_noise(text, None),
                          scope="extended")


def one(evs: list, etype: str):
    got = [e for e in evs if e.event_type == etype]
    assert len(got) == 1, got
    return got[0]
