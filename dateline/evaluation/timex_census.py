"""Count a tagger's remaining timex errors by mechanism, and how many of them the gold itself contests.

Why: after several passes of rules, the question is no longer "which error is most frequent" but "which errors can a
general rule still fix without breaking a right value". An error is **contested** when the same phrase (case and
punctuation folded) is handled the other way elsewhere in the same corpus:

* a wrong value or a spurious prediction is contested when that phrase is valued right elsewhere: any rule that
  changed or dropped it would turn a right value wrong;
* a missed gold timex is contested when that phrase also occurs elsewhere in the scored text with no gold timex on
  it: a rule that tagged it would add a spurious prediction there.

Matching is the scorer's own (:func:`~dateline.evaluation.timex_matching.scorable`, relaxed one-to-one matching), so the
counts add up to the errors behind value F1. Besides the contested share, the census counts the errors that hinge on
the extent (a gold timex missed only because one prediction covered it and its neighbour, or a prediction spurious
only because another one took its gold timex), and wrong values whose gold is not a well-formed TIMEX3 value.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .timeml import GoldDocument, PredTimex
from .timex_matching import grain, match_relaxed, same_value, scorable

_FOLD = re.compile(r"\W+")
# well-formed TIMEX3 values (TimeML 1.2 / ISO-TimeML): dates down to minutes or a part of day, weeks, quarters,
# halves, seasons, decades, centuries, durations, the three REF tokens, and any value with X placeholders
_WELL_FORMED = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?Z?|T(MO|AF|EV|NI|DT))?)?|-W\d{2}(-WE|-\d)?|-Q\d|-H\d"
    r"|-(SP|SU|FA|WI))?|\d{2,3}|P(\d+(\.\d+)?|X)[YMWDQEL]|PT(\d+|X)[HMS]|P\d+Y\d+M|(PRESENT|PAST|FUTURE)_REF"
    r"|FY\d{4}|.*X.*)$")


def phrase(text: str) -> str:
    """Case and punctuation folded: "Last week," and "last week" are one phrase."""
    return _FOLD.sub(" ", text.lower()).strip()


@dataclass(frozen=True)
class CensusError:
    """One error behind value F1: what happened, to which phrase, and whether the gold contests a fix."""

    doc_id: str
    outcome: str  # "missed" | "spurious" | "wrong"
    kind: str  # e.g. "wrong: underspecified read as year", "missed: duration"
    phrase: str
    contested: bool
    extent: bool  # missed/spurious only because of the one-to-one extent matching
    gold_malformed: bool  # wrong value whose gold is not a well-formed TIMEX3 value


@dataclass(frozen=True)
class Census:
    """Every error of one system on one corpus, with the counts the report prints."""

    gold: int
    errors: tuple[CensusError, ...]

    def by_kind(self) -> list[tuple[str, int, int]]:
        """(kind, errors, contested), most frequent first."""
        total = Counter(e.kind for e in self.errors)
        contested = Counter(e.kind for e in self.errors if e.contested)
        return [(k, n, contested[k]) for k, n in total.most_common()]

    def by_outcome(self) -> dict[str, tuple[int, int]]:
        total = Counter(e.outcome for e in self.errors)
        contested = Counter(e.outcome for e in self.errors if e.contested)
        return {o: (total[o], contested[o]) for o in ("missed", "spurious", "wrong")}

    def top_documents(self, n: int = 5) -> tuple[int, list[tuple[str, int]]]:
        """How many errors the ``n`` documents with most errors hold, and which they are."""
        per_doc = Counter(e.doc_id for e in self.errors).most_common(n)
        return sum(c for _, c in per_doc), per_doc


def _occurrences(doc: GoldDocument, wanted: str) -> int:
    """Times ``wanted`` (a folded phrase) occurs in the scored text of ``doc`` with no gold timex on it."""
    words = [re.escape(w) for w in wanted.split()]
    if not words:
        return 0
    pattern = re.compile(r"(?<!\w)" + r"\W+".join(words) + r"(?!\w)", re.IGNORECASE)
    n = 0
    for m in pattern.finditer(doc.text, 0, doc.scored_until):
        if not any(g.start < m.end() and m.start() < g.end for g in doc.timexes):
            n += 1
    return n


def census(docs: Sequence[GoldDocument], predictions: Sequence[Sequence[PredTimex]]) -> Census:
    """Classify every error of ``predictions`` (one list per document, same order as ``docs``)."""
    raw: list[tuple[str, str, str, str, bool, bool]] = []  # doc, outcome, kind, phrase, extent, malformed
    right: Counter[str] = Counter()
    for doc, preds in zip(docs, predictions, strict=True):
        kept = sorted(scorable(doc, preds), key=lambda p: (p.start, p.end))
        gold = list(doc.timexes)
        pairs = match_relaxed(gold, kept)
        for gi, pi in pairs:
            g, p = gold[gi], kept[pi]
            if same_value(g.value, p.value):
                right[phrase(p.text)] += 1
                continue
            gg, pg = grain(g.value), grain(p.value)
            kind = f"wrong: {gg} read as {pg}" if gg != pg else f"wrong: {gg}, other value"
            raw.append((doc.doc_id, "wrong", kind, phrase(p.text), False,
                        not _WELL_FORMED.match(g.value.strip().upper())))
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                extent = any(p.start < g.end and g.start < p.end for p in kept)
                raw.append((doc.doc_id, "missed", f"missed: {grain(g.value)}", phrase(g.text), extent, False))
        for pi, p in enumerate(kept):
            if pi not in matched_p:
                extent = any(p.start < g.end and g.start < p.end for g in gold)
                raw.append((doc.doc_id, "spurious", f"spurious: {grain(p.value)}", phrase(p.text), extent, False))
    untagged: dict[str, int] = {}
    errors = []
    for doc_id, outcome, kind, text, extent, malformed in raw:
        if outcome == "missed":
            if text not in untagged:
                untagged[text] = sum(_occurrences(d, text) for d in docs)
            contested = untagged[text] > 0
        else:
            contested = right[text] > 0
        errors.append(CensusError(doc_id, outcome, kind, text, contested, extent, malformed))
    return Census(sum(len(d.timexes) for d in docs), tuple(errors))


def format_census(result: Census, system: str, top: int = 25) -> str:
    """Plain-text census: totals by outcome, then kinds with their contested share, then the concentration."""
    lines = [f"{system}: {len(result.errors)} errors behind value F1 on {result.gold} gold timexes",
             "contested = the same phrase is handled the other way elsewhere in the corpus (valued right elsewhere, "
             "or untagged elsewhere for a missed one)", ""]
    for outcome, (n, c) in result.by_outcome().items():
        lines.append(f"  {outcome:9} {n:5d}   contested {c:5d}   free {n - c:5d}")
    extent = sum(e.extent for e in result.errors)
    malformed = sum(e.gold_malformed for e in result.errors)
    lines += [f"  hinging on the extent (one-to-one matching): {extent}",
              f"  wrong values whose gold is not a well-formed TIMEX3 value: {malformed}", "",
              f"  {'kind':44} {'n':>5} {'contested':>10}"]
    lines += [f"  {k:44} {n:5d} {c:10d}" for k, n, c in result.by_kind()[:top]]
    held, docs = result.top_documents()
    lines += ["", f"  the 5 documents with most errors hold {held} of {len(result.errors)}: "
              + ", ".join(f"{d} ({n})" for d, n in docs)]
    free = [e for e in result.errors if not e.contested]
    common = Counter((e.kind, e.phrase) for e in free).most_common(15)
    lines += ["", "  uncontested phrases with most errors (where a general rule could still gain):"]
    lines += [f"    {n:3d}  {k}: {p!r}" for (k, p), n in common]
    return "\n".join(lines) + "\n"
