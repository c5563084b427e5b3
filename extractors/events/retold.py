"""The page's own event told again by a reference ("his visit", "the talks", "Weber's state visit") on a day its
paragraph lends it.

A definite or possessed trip or meeting noun points back at the event the story tells. When its clause gives it no
day of its own, the reader dates it by the paragraph's running day (the traveller's last dated step, the last day
written before it), which is the day of the telling, not of the event: "Weber began his visit to Peru on Monday.
... On Tuesday he flew to Cusco. ... Trade was the main reason for his visit." The merge's day test then kept the
reference apart from the event it names, and the page emitted the event twice (the thirty-sixth pass's census of
emitted events that match no gold mention). A reference is the event only where the story has one for it: the
page's own-dated events of its type, at a place that fits, in other sentences, that include everyone it names, on
windows that overlap (for a trip noun: a visit, a trip or the landing that begins it, not a departure or a move). A
story with two days for it (a visit moved from Monday to Friday) does not say which one it means, and a noun marked
as another occasion ("his last visit", "their previous talks") is another event, as a reference and as a telling.
The merge's other tests (place, status, counterparts) still apply.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..places import gazetteer
from .candidate import TRIP_MOVES, Candidate, dates_compatible, named_people

# a landing may begin the visit it names (the README's reading of arrivals); a departure or a move is a step of it
_NOT_THE_TRIP = TRIP_MOVES - {"arrive"}
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_OTHER_OCCASION = frozenset({"last", "previous", "earlier", "past", "prior", "former", "next", "second", "third",
                             "another", "latest", "recent"})


def is_reference(c: Candidate) -> bool:
    """Whether ``c`` is told by a definite or possessed event noun not marked as another occasion: "his visit",
    "the talks", "Weber's state visit", but not "his last visit" nor "another round of talks"."""
    t = c.trigger
    if t.pos_ not in {"NOUN", "PROPN"} or another_occasion(c):
        return False
    return any(k.dep_ == "det" and k.lower_ in _DEFINITE or k.dep_ == "poss" for k in t.children)


def another_occasion(c: Candidate) -> bool:
    """Whether ``c``'s trigger is a noun marked as another occasion than the story's ("his last visit to Lima was in
    2019", "their previous talks")."""
    return c.trigger.pos_ in {"NOUN", "PROPN"} and any(
        k.lower_ in _OTHER_OCCASION for k in c.trigger.children if k.dep_ in {"amod", "det", "nummod", "advmod"})


def _lent_day(c: Candidate, known: set[str]) -> bool:
    """A reference naming someone the page knows, dated only by its paragraph's running day."""
    return c.date_source == "context" and bool(named_people(c, known)) and is_reference(c)


def _tells(told: Candidate, ref: Candidate, known: set[str]) -> bool:
    """Whether ``told`` could be the event ``ref`` points back at: same type, dated by its own words, in another
    sentence, with everyone ``ref`` names, at a place that fits; a trip noun points at a visit, a trip or a
    landing, not at a departure or a move."""
    if told is ref or told.event_type != ref.event_type or told.date_source != "own" or told.sentence == ref.sentence \
            or another_occasion(told):
        return False
    if told.event_type == "travel" and told.subtype in _NOT_THE_TRIP:
        return False
    gz = gazetteer()
    return named_people(ref, known) <= named_people(told, known) and gz.compatible(ref.location, told.location) \
        and gz.compatible(ref.destination, told.destination)


def lent_day_pairs(cands: Sequence[Candidate], known: set[str]) -> frozenset[tuple[int, int]]:
    """The (reference, told event) pairs, by ``id``, whose days the merge need not compare: each reference dated by
    its paragraph (``_lent_day``) with the page's own-dated tellings it may point back at, when their windows
    overlap (a visit and the landing on its first day; not a visit moved from Monday to Friday)."""
    pairs: set[tuple[int, int]] = set()
    for ref in cands:
        if not _lent_day(ref, known):
            continue
        told = [k for k in cands if _tells(k, ref, known)]
        if told and all(dates_compatible(a.date_start, a.date_end, b.date_start, b.date_end)
                        for a in told for b in told):
            pairs.update((id(ref), id(k)) for k in told)
    return frozenset(pairs)
