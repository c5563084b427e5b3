"""How predicted TIMEX3 expressions meet the gold (TempEval-3's definitions): the region a document is scored on,
relaxed one-to-one matching by overlap, strict span counts, case-insensitive values, and what kind of error a wrong
value or span is (grain, extent). Used by the scorer (``timex.py``) and the error census (``timex_census.py``)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .timeml import GoldDocument, GoldTimex, PredTimex

# --------------------------------------------------------------------------------------------- matching


def scorable(doc: GoldDocument, preds: Sequence[PredTimex]) -> list[PredTimex]:
    """Keep predictions that start inside the annotated region and do not touch an ignored span (the dateline)."""
    kept = []
    for p in preds:
        if p.end <= p.start or p.start >= doc.scored_until:
            continue
        if any(p.start < e and s < p.end for s, e in doc.ignored_spans):
            continue
        kept.append(p)
    return kept


def match_relaxed(gold: Sequence[GoldTimex], preds: Sequence[PredTimex]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of overlapping spans, largest overlap first (ties: closer starts, then order).

    Returns (gold index, prediction index) pairs. One-to-one matters: a prediction covering two gold timexes
    counts once, the other gold timex is a miss.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                candidates.append((-overlap, abs(g.start - p.start) + abs(g.end - p.end), gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def count_strict(gold: Sequence[GoldTimex], preds: Sequence[PredTimex]) -> int:
    """Number of predictions with exactly a gold span (each gold span used once)."""
    remaining = Counter((g.start, g.end) for g in gold)
    n = 0
    for p in preds:
        if remaining[(p.start, p.end)] > 0:
            remaining[(p.start, p.end)] -= 1
            n += 1
    return n


_UNPADDED_WEEK = re.compile(r"^(\d{4})-w(\d)(?=$|-)")


def _canonical_value(value: str) -> str:
    """A value as compared: case and spaces aside, and a one-digit ISO week padded to two ('2000-W6' is '2000-W06').

    TIMEX3 writes weeks with two digits; a few TimeBank values drop the zero. The same week written two ways is one
    value, for every system scored."""
    return _UNPADDED_WEEK.sub(r"\1-w0\2", value.strip().lower())


def same_value(gold: str, pred: str) -> bool:
    return _canonical_value(gold) == _canonical_value(pred)


# --------------------------------------------------------------------------------------------- error kinds

_GRAINS = [
    ("part-of-day", re.compile(r"^\d{4}-\d{2}-\d{2}T(MO|AF|EV|NI|DT)$")),
    ("time", re.compile(r"^\d{4}-\d{2}-\d{2}T")),
    ("day", re.compile(r"^\d{4}-\d{2}-\d{2}$")),
    ("week", re.compile(r"^\d{4}-W\d{2}$")),
    ("weekend", re.compile(r"^\d{4}-W\d{2}-WE$")),
    ("month", re.compile(r"^\d{4}-\d{2}$")),
    ("quarter", re.compile(r"^\d{4}-Q\d$")),
    ("half", re.compile(r"^\d{4}-H\d$")),
    ("season", re.compile(r"^\d{4}-(SP|SU|FA|WI)$")),
    ("year", re.compile(r"^\d{4}$")),
    ("decade", re.compile(r"^\d{3}$")),
    ("century", re.compile(r"^\d{2}$")),
]


def grain(value: str) -> str:
    """Coarse granularity of a TIMEX3 value, for error classification only."""
    v = value.strip().upper()
    if not v:
        return "empty"
    if v.endswith("_REF"):
        return "ref"
    if v.startswith("P"):
        return "duration"
    if "X" in v:
        return "underspecified"
    for name, rx in _GRAINS:
        if rx.match(v):
            return name
    return "other"


def value_error_kind(gold: GoldTimex, pred: PredTimex) -> str:
    """Name the kind of a value error so errors can be counted by cause (e.g. ``day->year``, ``wrong year``)."""
    gg, pg = grain(gold.value), grain(pred.value)
    if gg != pg:
        return f"{gg} read as {pg}"
    if gg == "duration":
        return "wrong duration amount/unit"
    if gg in {"ref", "underspecified", "other", "empty"}:
        return f"wrong {gg} value"
    if gold.value[:4] != pred.value[:4]:
        return f"{gg}: wrong year"
    return f"{gg}: right year, wrong {gg}" if gg not in {"time", "part-of-day"} else f"{gg}: wrong date or clock"


def span_error_kind(gold: GoldTimex, pred: PredTimex) -> str:
    if pred.start <= gold.start and pred.end >= gold.end:
        return "span too long"
    if pred.start >= gold.start and pred.end <= gold.end:
        return "span too short"
    return "span shifted"
