"""The story tests' way of running a made-up text: ``made_up_text.run`` on an article dated a Wednesday by default
(the day the story tests' weekdays count from), and a small reader of the result."""

from __future__ import annotations

from datetime import date

import made_up_text
from made_up_text import names

DAY = date(2019, 5, 8)  # a Wednesday

__all__ = ["DAY", "names", "of_type", "run"]


def run(nlp, text: str, day: date = DAY, scope: str = "news") -> list:
    return made_up_text.run(nlp, text, day, scope)


def of_type(evs: list, etype: str) -> list:
    return [e for e in evs if e.event_type == etype]
