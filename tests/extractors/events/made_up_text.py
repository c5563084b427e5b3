"""Extraction on a made-up text, the way the event tests call it: the real pipeline's Doc, the temporal
component's timexes resolved against ``day``, and the noise report of the text."""

from __future__ import annotations

from datetime import date

from dateline.extractors.cleaning import find_noise
from dateline.extractors.events import extract_events
from dateline.extractors.temporal import resolve_timexes

DAY = date(2016, 3, 10)  # a Thursday


def run(nlp, text: str, day: date = DAY, scope: str = "news") -> list:
    doc = nlp(text)
    return extract_events(doc, article_id="made-up", timexes=resolve_timexes(doc, day), article_date=day,
                          noise=find_noise(text, None), scope=scope)


def with_timexes(nlp, text: str, timexes, day: date, event_type: str | None = None) -> list:
    """Extraction with hand-set timexes (the test says which day each phrase means, rather than the temporal
    component), as one article 'a1'; only the events of ``event_type`` when given."""
    events = extract_events(nlp(text), article_id="a1", timexes=list(timexes), article_date=day,
                            noise=find_noise(text, None))
    return [e for e in events if event_type is None or e.event_type == event_type]


def names(e) -> set[str]:
    """The participants' names of one event."""
    return {p.name for p in e.participants}


def meetings(nlp, text: str, day: date = DAY) -> list:
    """Only the meetings of :func:`run`."""
    return [e for e in run(nlp, text, day) if e.event_type == "meeting"]


def trips(nlp, text: str, day: date = DAY) -> list:
    """Only the trips of :func:`run`."""
    return [e for e in run(nlp, text, day) if e.event_type == "travel"]


def legs(events: list, who: str) -> list[str]:
    """The destinations of ``who``'s trips among ``events``, in order: a tour's legs."""
    return [e.destination.name for e in events
            if e.event_type == "travel" and any(p.name == who for p in e.participants) and e.destination]
