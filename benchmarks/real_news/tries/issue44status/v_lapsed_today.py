"""Variant L: a schedule told in the past ('was scheduled to meet', 'was due to arrive') whose day is the page's
own day (or, with VL_NODAY, that has no day) is the schedule as it stands: planned unless the story calls it off."""
import os

from dateline.extractors.events import assemble, status
from dateline.extractors.events.plan_tense import LAPSED
from dateline.extractors.events.status_cues import story_calls_off

orig = status.status_of
def patched(tok, start, end, article_date, *, own_day=False):
    s = orig(tok, start, end, article_date, own_day=own_day)
    lapsed = s == "cancelled" and status.modality(tok) == LAPSED and article_date is not None
    if lapsed and not story_calls_off(tok) and (start == article_date or os.environ.get("VL_NODAY") and start is None):
        return "planned"
    return s
assemble.status_of = patched
