"""Productions for the weekend: which Saturday and Sunday "the weekend" means depends on the tense around it.

Registered in ``productions.PRODUCTIONS`` by the import at the end of :mod:`.productions`.
"""

from __future__ import annotations

import re
from datetime import timedelta

from . import model as m
from .model import Grain, TimeValue
from .productions import Context, production


@production
def weekend(ctx: Context, match: re.Match[str]) -> TimeValue | None:
    """'over the weekend', 'this weekend': told in the past, the weekend on or before the anchor ('protesters gathered
    over the weekend' in a Monday paper); told ahead, the coming one; with no tense, the nearer of the two."""
    if ctx.anchor is None:
        return m.unknown("XXXX-WXX-WE", Grain.WEEK)
    a = ctx.anchor
    if a.weekday() >= 5:  # written on the weekend itself
        return m.weekend(a)
    previous = m.weekend(a - timedelta(days=7))
    if ctx.direction == "past":
        return previous
    if ctx.direction == "future":
        return m.weekend(a)
    since_sunday, to_saturday = a.weekday() + 1, 5 - a.weekday()
    return previous if since_sunday < to_saturday else m.weekend(a)
