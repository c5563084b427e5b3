"""Variant F: a plan whose own day is the page's day (told for today) is held (gold's reading on 5 sets)."""
from dateline.extractors.events import assemble, status

orig = status.status_of
def patched(tok, start, end, article_date, *, own_day=False):
    s = orig(tok, start, end, article_date, own_day=own_day)
    if s == "planned" and own_day and article_date is not None and start == article_date and (end in {None, start}):
        return "occurred"
    return s
assemble.status_of = patched
