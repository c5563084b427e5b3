"""Anchor-independent detection: rule matches over the text plus spaCy's DATE/TIME entities, then an overlap policy.

Kept apart from the component (spaCy's SpanRuler layout) so the policy can be tested on plain strings and swapped.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from ..pipeline import text_of
from .tables import Rule

ENTITY_LABELS = ("DATE", "TIME")
# the production of rows that name idioms containing a time word ("high noon"): their matches are taken, not tagged
NOT_A_TIME = "not_a_time"
LEADING_WORDS = {"on", "in", "at", "since", "until", "till", "from", "by", "during", "for", "about", "around",
                 "before", "after", "through", "of", "as", "to"}
TEMPORAL_HINT = re.compile(
    r"\d|day|night|morning|evening|noon|week|month|year|decade|centur|season|quarter|spring|summer|autumn|fall|"
    r"winter|now|then|time|ago|age|era|period|term|past|future|recent|current|later|earlier|soon|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|"
    r"holiday|eve|weekend",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    label: str
    priority: int  # rule order; entities come after all rules

    @property
    def length(self) -> int:
        return self.end - self.start


BEFORE, AFTER = 48, 64  # how far a match may extend around its trigger word (longest rows: durations, clocks)


_REGEX_SYNTAX = frozenset(".^$*+?{}[]\\|()")


@cache
def trigger_words(trigger: re.Pattern[str]) -> tuple[str, ...] | None:
    """The words of a trigger that is a plain alternation of literal words compiled without flags (most triggers,
    run on the lower-cased text), else None. Every hit of such a trigger is one of its words, so a text holding none
    of them has no hit: ``in`` tells that several times faster than the regex scans the text, and most triggers
    occur in few articles."""
    if trigger.flags & ~re.UNICODE:
        return None
    words = tuple(trigger.pattern.split("|"))
    if any(not w or not _REGEX_SYNTAX.isdisjoint(w) for w in words):
        return None
    return words


def windows(text: str, trigger: re.Pattern[str]) -> list[tuple[int, int]]:
    """Merged character windows around the trigger's hits; none, without the regex scan, when the trigger is literal
    words and the text holds none of them."""
    words = trigger_words(trigger)
    if words is not None and not any(w in text for w in words):
        return []
    return scanned_windows(text, trigger)


def scanned_windows(text: str, trigger: re.Pattern[str]) -> list[tuple[int, int]]:
    """Merged ``BEFORE``/``AFTER`` reach around every regex hit of the trigger."""
    out: list[tuple[int, int]] = []
    for hit in trigger.finditer(text):
        lo, hi = max(0, hit.start() - BEFORE), min(len(text), hit.end() + AFTER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def rule_candidates(text: str, rules: Sequence[Rule], use_triggers: bool = True) -> list[Candidate]:
    """All matches of all rules. A rule's full pattern (often led by optional modifiers and look-behinds, slow to
    try at every position) runs only in windows around its trigger word, which a plain alternation finds fast."""
    out: set[Candidate] = set()
    # rules sharing a trigger (month names ...) share its scan; keyed by (pattern, flags), not a string made of them
    # per rule and article (the patterns are long)
    by_trigger: dict[tuple[str, int], list[tuple[int, int]]] = {}
    lowered = text.lower()  # same length and offsets for the scripts news uses (checked below)
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for prio, rule in enumerate(rules):
        if rule.entity_only:
            continue
        if use_triggers and rule.trigger is not None:
            key = (rule.trigger.pattern, rule.trigger.flags)
            if key not in by_trigger:
                by_trigger[key] = windows(lowered if rule.trigger_on_lower else text, rule.trigger)
            spans = by_trigger[key]
        else:
            spans = [(0, len(text))]
        for lo, hi in spans:
            for match in rule.regex.finditer(text, lo, hi):
                if match.end() > match.start():
                    out.add(Candidate(match.start(), match.end(), rule.name, prio))
    return sorted(out, key=lambda c: (c.start, c.priority))


class Occupied:
    """Taken character intervals, answering "does [start, end) overlap any of them?" in O(log n).

    Same test as ``any(start < e and s < end for s, e in taken)``: only intervals accepted through ``add_free``
    (non-empty and overlapping none already held) go to the sorted, disjoint lists, whose starts and ends are then
    both increasing, so the first interval ending after ``start`` is the only one to check. Anything else (the
    caller's ``taken``, empty intervals) sits in a plain list checked one by one; in practice it is empty."""

    def __init__(self, extra: Iterable[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.extra = list(extra)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.ends, start)
        if i < len(self.starts) and self.starts[i] < end:
            return True
        return any(start < e and s < end for s, e in self.extra)

    def add_free(self, start: int, end: int) -> None:
        """Record an interval that ``overlaps`` just said is free."""
        if start >= end:
            self.extra.append((start, end))
            return
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def longest_first(candidates: Iterable[Candidate], taken: Sequence[tuple[int, int]] = ()) -> list[Candidate]:
    """Greedy non-overlapping selection: longer matches first, then earlier rules, then earlier text."""
    chosen: list[Candidate] = []
    occupied = Occupied(taken)
    for c in sorted(candidates, key=lambda c: (-c.length, c.priority, c.start)):
        if not occupied.overlaps(c.start, c.end):
            chosen.append(c)
            occupied.add_free(c.start, c.end)
    return sorted(chosen, key=lambda c: c.start)


def trim_entity(ent: Span) -> Span | None:
    """TimeML extents: drop a leading preposition/article-less filler and a trailing possessive; reject entities with
    no temporal word or a bare number that cannot be a year ('747')."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].lower_ in LEADING_WORDS:
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'", "’") or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    span = doc[start:end]
    if len(span) == 1 and (span[0].pos_ in ("VERB", "AUX") or span[0].tag_ == "MD"
                           or any(c.dep_ in ("aux", "nsubj") for c in span[0].children)):
        return None  # "will March", "May I": the tagger knows better than the entity recogniser here
    if len(span) == 1 and span[0].dep_ in ("compound", "amod", "nmod") and span[0].head.pos_ == "PROPN" \
            and span[0].head.i > span[0].i and not span[0].like_num:
        return None  # a name's modifier, not a time: "the summer Games", "Autumn Statement"
    text = span.text
    if not TEMPORAL_HINT.search(text):
        return None
    if re.fullmatch(r"\d+", text) and not (len(text) == 4 and 1600 <= int(text) <= 2099):
        return None
    return Span(doc, start, end, label=f"ent_{ent.label_}")


MODIFIER_DEPS = ("amod", "compound", "nmod")


def is_noun_modifier(span: Span) -> bool:
    """One word the parse attaches to a noun as its modifier: 'a daily newspaper', 'recent gains', 'current rules'."""
    if len(span) != 1 or not span.doc.has_annotation("DEP"):
        return False
    tok = span[0]
    return tok.dep_ in MODIFIER_DEPS and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i


def is_determined_noun(span: Span) -> bool:
    """One word the parse makes a common noun with its own determiner or possessive: 'its initial quarterly of five
    cents', 'a regular quarterly' (the dividend, a thing), unlike 'paid quarterly' (how often)."""
    if len(span) != 1 or not span.doc.has_annotation("DEP"):
        return False
    tok = span[0]
    return tok.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in tok.children)


SUBJECT_DEPS = ("nsubj", "nsubjpass")


def is_bare_subject(span: Span) -> bool:
    """One common noun the parse makes the subject of a clause, with no determiner, possessive or modifier of its
    own: 'spring shows signs of hope'. Without a parse nothing qualifies (the rule then stays silent)."""
    if len(span) != 1 or not span.doc.has_annotation("DEP"):
        return False
    tok = span[0]
    return tok.pos_ == "NOUN" and tok.dep_ in SUBJECT_DEPS and not any(True for _ in tok.children)


def detect(doc: Doc, rules: Sequence[Rule], use_entities: bool = True) -> list[Span]:
    """Rule spans (longest first) and, where no rule matched, trimmed spaCy DATE/TIME entities."""
    chosen = longest_first(rule_candidates(text_of(doc), rules))
    no_modifiers = {r.name for r in rules if r.not_modifier}
    no_nouns = {r.name for r in rules if r.not_noun}
    subjects_only = {r.name for r in rules if r.subject_only}
    idioms = {r.name for r in rules if r.production == NOT_A_TIME}
    spans: list[Span] = []
    taken = Occupied()
    for c in chosen:
        span = doc.char_span(c.start, c.end, label=c.label, alignment_mode="expand")
        if span is not None and c.label in idioms:
            if not taken.overlaps(span.start_char, span.end_char):
                taken.add_free(span.start_char, span.end_char)  # "high noon": neither a rule nor an entity is a time
            continue
        if span is not None and c.label in subjects_only and not is_bare_subject(span):
            continue  # not a clause's bare subject: left to the other rules and the entity recogniser
        if span is not None and ((c.label in no_modifiers and is_noun_modifier(span))
                                 or (c.label in no_nouns and is_determined_noun(span))):
            if not taken.overlaps(span.start_char, span.end_char):
                taken.add_free(span.start_char, span.end_char)  # nor may the entity recogniser tag it
            continue
        if span is not None and not taken.overlaps(span.start_char, span.end_char):
            spans.append(span)
            taken.add_free(span.start_char, span.end_char)
    if use_entities:
        for ent in doc.ents:
            if ent.label_ not in ENTITY_LABELS:
                continue
            span = trim_entity(ent)
            if span is not None and not taken.overlaps(span.start_char, span.end_char):
                spans.append(span)
                taken.add_free(span.start_char, span.end_char)
    return sorted(spans, key=lambda s: s.start_char)
