"""Months given as alternatives are one window for an event: "when he visits in April or May", "sometime in
April/June", "in April and May". The resolver keeps each month its own TIMEX3 (and tags no second month after a
slash); an event dated by them needs the whole window, from the first day of the first month to the last day of the
last (``extractors/events/dates.py`` joins them beside the day ranges of :mod:`.day_ranges`). Only months in order,
at most ``MAX_MONTHS`` apart and joined by nothing but 'or', 'and', a slash or a range word, so "in April, and in
June" (two occasions) stays two dates."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import replace

from ..records import Timex
from .productions import LEX

MAX_MONTHS = 3  # a longer stretch between two named months is two dates, not one window
ALTERNATIVE_WORDS = re.compile(r"\s*(?:or|and|/|-|–|—|to|through|until|till)\s*", re.IGNORECASE)
SLASHED_MONTH = re.compile(r"/\s*([A-Za-z]{3,9})\.?\b")


def is_month(tx: Timex) -> bool:
    return tx.type == "DATE" and tx.granularity == "month" and tx.start_date is not None and tx.end_date is not None


def months_apart(first: Timex, second: Timex) -> int:
    return (second.start_date.year - first.start_date.year) * 12 + second.start_date.month - first.start_date.month


def month_window_pairs(timexes: Sequence[Timex], text: str) -> list[tuple[Timex, Timex]]:
    """(first month, last month) pairs written as alternatives, in text order; a month ends at most one window."""
    ordered = sorted(timexes, key=lambda t: t.start_char)
    pairs: list[tuple[Timex, Timex]] = []
    i = 0
    while i + 1 < len(ordered):
        first, second = ordered[i], ordered[i + 1]
        if is_month(first) and is_month(second) and first.end_char <= second.start_char \
                and 0 < months_apart(first, second) <= MAX_MONTHS \
                and ALTERNATIVE_WORDS.fullmatch(text, first.end_char, second.start_char):
            pairs.append((first, second))
            i += 2
        else:
            i += 1
    return pairs


def join_month_windows(timexes: Sequence[Timex], text: str) -> list[Timex]:
    """``timexes`` in text order, each pair of alternative months replaced by one window (the first month's extent,
    so a caller attaching it through the parse finds it where the first month stands), and a month before a slash
    ('April/June') widened to the month after it."""
    pairs = month_window_pairs(timexes, text)
    seconds = {second.start_char for _, second in pairs}
    firsts = {first.start_char: replace(first, end_date=second.end_date) for first, second in pairs}
    ordered = sorted(timexes, key=lambda t: t.start_char)
    return [firsts.get(t.start_char) or slashed_month_window(t, text) for t in ordered if t.start_char not in seconds]


def slashed_month_window(tx: Timex, text: str) -> Timex:
    """'April/June': the tagger marks April only; the window runs to the end of the month written after the slash
    (in the same year, when it comes later, at most ``MAX_MONTHS`` on)."""
    if not is_month(tx):
        return tx
    m = SLASHED_MONTH.match(text, tx.end_char)
    month = LEX.months.get(m.group(1).lower()) if m is not None else None
    if month is None or not 0 < month - tx.start_date.month <= MAX_MONTHS:
        return tx
    year = tx.start_date.year
    return replace(tx, end_date=tx.start_date.replace(month=month, day=calendar.monthrange(year, month)[1]))
