"""Where a story with no dateline is told from. A page whose dateline the scrape lost (or never had) still says
where "here" is when its headline, or its lead, has the traveller arrive somewhere ("X arrives in Islamabad for
state visit"). A careful reader takes that place for "here", "the city" and "the country"; without it an "arrived
here on Thursday" goes nowhere and is lost. (Only an arrival: the place a lead's trip goes to, "on his maiden trip
to India", moved events on a split nobody had read and was left out.)"""

from __future__ import annotations

import re
from functools import lru_cache

from ..places import PlaceInfo, gazetteer
from .status_cues import status_words
from .story import HEAD_CHARS, Dateline

# a place name as headlines and leads write it: one to four capitalised words ("Islamabad", "New Delhi")
_PLACE = r"(?P<place>[A-Z][A-Za-z'’.-]+(?:[ ][A-Z][A-Za-z'’.-]+){0,3})"
_LEAD_PARTS = 4  # the lead: the first sentences (or lines) of the text's head


@lru_cache(maxsize=1)
def _arrival() -> re.Pattern[str]:
    """'arrives in X', 'landed at X', 'reached X' (the arrival verbs of ``data/status.json``)."""
    verbs = "|".join(rf"{v[:-1] if v.endswith('e') else v}(?:e|es|ed|ing|s)?" for v in status_words()["arrival_verbs"])
    return re.compile(rf"\b(?:{verbs})\s+(?:(?:in|at)\s+)?{_PLACE}")


def _first_place(text: str) -> PlaceInfo | None:
    gz = gazetteer()
    for m in _arrival().finditer(text):
        words = m.group("place").split()
        for n in range(len(words), 0, -1):  # "Islamabad For State Visit" in title case: the longest known prefix
            info = gz.lookup(" ".join(words[:n]))
            if info is not None and info.kind in {"city", "country"}:
                return info
    return None


def _lead(text: str) -> str:
    """The first sentences or lines of the text's head (a rough cut: it only bounds the search)."""
    parts = re.split(r"(?<=[.!?])\s+|\n\s*\n", text[:HEAD_CHARS])
    return " ".join(p for p in parts[:_LEAD_PARTS] if p.strip())


def setting_without_dateline(text: str, headline: str | None) -> Dateline | None:
    """The place a story with no dateline is told from: where its headline, else its lead, has someone arrive.
    The Dateline returned covers no characters (nothing of the text is a dateline prefix): it grounds deictic
    words only."""
    for source in (headline or "", _lead(text)):
        info = _first_place(source)
        if info is not None:
            return Dateline(info, 0, 0)
    return None
