"""Variant: two tellings of one page folded by the in-article merge, one told held and one planned, take the status
their merged days give against the page's day (after it: planned; ended before it: held; with VM_BEGUN=1 also
begun before it: held, a trip under way), else as today."""
import os

from dateline.extractors.events import assemble, merge, status

PAGE: dict[str, object] = {}
orig_status, orig_absorb = status.status_of, merge._absorb


def status_of(tok, start, end, article_date, *, own_day=False):
    PAGE["day"] = article_date  # the page being assembled (the in-article merge runs after it, same page)
    return orig_status(tok, start, end, article_date, own_day=own_day)


def absorb(keep, other):
    told = {keep.status, other.status}
    orig_absorb(keep, other)
    day = PAGE.get("day")
    if told == {"planned", "occurred"} and day is not None and keep.date_start is not None:
        if keep.date_start > day:
            keep.status = "planned"
        elif keep.date_end is not None and keep.date_end < day or os.environ.get("VM_BEGUN") and keep.date_start < day:
            keep.status = "occurred"


assemble.status_of = status_of
merge._absorb = absorb
