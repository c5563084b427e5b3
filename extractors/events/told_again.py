"""An event an article tells again with nothing new is the event it already told, not another one.

"X will visit Lagos on 3 May ... The visit has been in the works for months": the second telling names no one, no
place and no day the first does not. A reader lists one visit; emitting the retelling as its own event only adds an
event no reader would list (and one that can take a mention's best fit from the fuller telling). The merge of
mentions (``merge.py``) keeps such pairs apart when their wording differs (a plan beside a report, a later leg); this
pass decides every same-article pair by what each telling adds, after all its fields are read.

A telling is *covered* by another of the same type and kind (the subtype; a trip's stay is one kind however it is
worded, ``STAY``) when its people are among the other's, its place is none or the same place, and its days are none
or the same days. Status is compared only when the retelling's days are its own: "met her in the morning ... will
host her for dinner in the evening" are two meetings; "the visit has been in the works for months" takes its days
(and a status read from a clause about the event) from the story, and the fuller telling keeps its own. Two tellings
that cover each other are the same: the first one told is kept."""

from __future__ import annotations

from .candidate import Candidate

# words for a trip's stay somewhere: "will travel to Hanoi ... the visit", "his trip ... his visit" tell one stay (an
# arrival, a departure, a return are moments of it, told apart)
STAY = frozenset({"visit", "trip", "travel", "tour"})
_OWN_DAYS = frozenset({"own", "governing"})  # ``Candidate.date_source`` of days read from the telling's own clause


def _kind(c: Candidate) -> str:
    return "stay" if c.event_type == "travel" and c.subtype in STAY else c.subtype


def _people(c: Candidate) -> frozenset[str]:
    return frozenset(p.name for p in c.participants)


def _covers(full: Candidate, c: Candidate) -> bool:
    """``full`` says everything ``c`` says of who, where and when (see the module docstring)."""
    if full is c or full.event_type != c.event_type or _kind(full) != _kind(c):
        return False
    if not _people(c) or not _people(c) <= _people(full):
        return False
    if c.place is not None and (full.place is None or full.place.name != c.place.name):
        return False
    days = (c.date_start, c.date_end)
    if days == (None, None):
        return True
    # on the same days, a meeting done and one still planned are two ("met in the morning ... will host her for
    # dinner in the evening"); a retelling dated only from its context has no time of its own to differ by
    return days == (full.date_start, full.date_end) and (c.status == full.status or c.date_source not in _OWN_DAYS)


def without_retellings(events: list[Candidate]) -> list[Candidate]:
    """``events`` (one article's, merged) without those another event covers; the fuller telling counts the
    retelling as one more mention of it."""
    dropped: set[int] = set()
    for c in events:
        for full in events:
            if id(full) in dropped or not _covers(full, c):
                continue
            if _covers(c, full) and c.start_char < full.start_char:
                continue  # the same telling twice: the first one told is kept
            dropped.add(id(c))
            full.merged += c.merged
            break
    return [c for c in events if id(c) not in dropped]
