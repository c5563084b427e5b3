"""When: attach the article's resolved temporal expressions to event triggers through the dependency parse.

A timex belongs to the clause it modifies: we climb from the expression to the first verb (or event noun) it
depends on. An event takes the timex attached to its own trigger or control chain ('set to leave ... on
Wednesday'); failing that, one attached to a governing verb in the sentence. 'until X'/'through X' give only the
end, 'from X'/'since X' only the start, 'by X' only the end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..records import Timex
from ..temporal.day_ranges import join_day_ranges
from ..temporal.month_windows import join_month_windows
from ..tree import doc_text
from .carried_days import carried_days
from .clauses import reporting_verb

_END_PREPS = {"until", "till", "through", "by", "to"}
_START_PREPS = {"from", "since", "starting", "beginning", "commencing"}
_BEGIN_VERBS = {"begin", "start", "commence"}


_PERIOD_VALUE = re.compile(r"^\d{4}-(?:W\d\d|\d\d)(?:-WE)?$")  # a week or a month: "2015-W43", "2015-10"


def is_period_value(value: str | None) -> bool:
    """A TIMEX3 value of a week or a month ('this week', 'in March'): it says when, not which days."""
    return bool(value and _PERIOD_VALUE.match(value))


@dataclass(frozen=True)
class Attached:
    timex: Timex
    head: int  # token index of the verb/noun the expression modifies
    role: str  # point | start | end


def _is_day(tx: Timex) -> bool:
    return tx.start_date is not None and tx.end_date is not None and tx.start_date == tx.end_date


def _told_in_days(tx: Timex) -> bool:
    """A day, or days written as days ('September 2 and 3'): more specific than the week or month they fall in."""
    return _is_day(tx) or tx.granularity == "day" and tx.start_date is not None and tx.end_date is not None


# "the first visit since 1982", "his third trip there since taking office", "the last talks since May": a 'since'
# hung on an ordinal, or on what an ordinal ranks, measures the event against another time and dates nothing
_RANKS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "only", "latest"})


_NUMBERED = re.compile(r"^\d+(?:st|nd|rd|th)$")  # "his 12th meeting since 2014": counted, as 'first' ranks


def _rank(t: Token) -> bool:
    return t.lower_ in _RANKS or bool(_NUMBERED.match(t.lower_))


def compared_since(t: Token) -> bool:
    """``t`` is an ordinal ('the first since ...') or is ranked by one ('his third visit since ...'), and a 'since'
    phrase hangs on it: the times written under it ('since John Paul II in 1982') are the comparison's."""
    ranked = _rank(t) or any(c.dep_ in {"amod", "advmod"} and _rank(c) for c in t.children)
    return ranked and any(c.dep_ in {"prep", "mark", "advcl"} and c.lower_ == "since"
                          or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
                          for c in t.children)


# what an 'after'/'following'/'since' phrase names happened before the clause it hangs on
_EARLIER_PREPS = frozenset({"after", "following", "since"})


def dates_earlier_thing(span: Span, verb: Token) -> bool:
    """A year or a month written right after an 'after'/'following'/'since' phrase of ``verb`` that names a thing,
    not a time ('the talks come after a bitter row in 2014'): it dates that thing, which the parser often leaves
    the time to, hanging it on the verb. A day keeps its verb ('flew to Lima after a heavy storm on Monday'), and so
    does a time the phrase itself names ('arrived shortly after midnight')."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i != verb.i:
        return False
    return any(c.dep_ == "prep" and c.lower_ in _EARLIER_PREPS and c.i < prep.i and c.right_edge.i + 1 == prep.i
               and any(o.dep_ == "pobj" and o.pos_ == "NOUN" for o in c.children) for c in verb.children)


def attach(doc: Doc, timexes: Sequence[Timex], is_event_noun) -> list[Attached]:
    """Attach each DATE/TIME timex with a calendar range to the verb or event noun it modifies (a day the parser
    hangs on a reporting verb but that is the reported clause's goes to that clause: ``reported_clause_day``)."""
    out: list[Attached] = []
    text = doc_text(doc)
    # "from December 21 (Mon.) to 24 (Thu.)", "Nov. 30 to Dec. 2": the two ends of a range are one expression of
    # the event's days, attached where the first end stands (the parse often hangs the second on another verb)
    # "in April or May", "April/June": months given as alternatives are one window too
    joined = {tx.start_char: tx for tx in join_month_windows(join_day_ranges(timexes, text), text)}
    for tx in timexes:
        if tx.start_date is None or tx.type not in {"DATE", "TIME"} or tx.start_char not in joined:
            continue
        whole = joined[tx.start_char]
        ranged = whole if whole.end_date != tx.end_date else _day_range(tx, text)
        span = doc.char_span(tx.start_char, tx.end_char, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        role = "point"
        prev = span[0].nbor(-1) if span.start > 0 else None
        t = root
        for _ in range(8):
            if t.dep_ == "pobj" and t.head.dep_ == "prep":
                prep = t.head.lower_
                above = t.head.head
                from_to = prep == "to" and (above.lower_ == "from"
                                            or above.dep_ == "pobj" and above.head.lower_ == "from")
                if prep in _END_PREPS and prep != "to" or from_to:  # "from May 20 to May 27": the 27th ends it
                    role = "end"
                elif prep in _START_PREPS:
                    role = "start"
            if t.head == t:
                break
            below, t = t, t.head
            if compared_since(t) and (below.lower_ == "since" or not _told_in_days(tx)):
                # "the first visit since 1982", "the first since John Paul II in 1982": the comparison's time, not
                # the event's ("met for the first time since January ... on Wednesday" keeps its day)
                role = "other"
                break
            if t.pos_ in {"VERB", "AUX"} or is_event_noun(t):
                break
        if role == "other" or not _told_in_days(tx) and dates_earlier_thing(span, t):
            continue
        if (said := reported_clause_day(t, span)) is not None:
            t = said
        if t.lemma_.lower() in _BEGIN_VERBS and t.dep_ in {"acl", "prep", "advcl"} and root.i - 3 <= t.i < root.i and (
                is_event_noun(t.head) or t.head.pos_ in {"VERB", "AUX"}):
            t, role = t.head, "start"  # "a four-day visit beginning Aug. 24": the day the visit starts
        if t.lemma_.lower() in _BEGIN_VERBS and t.dep_ == "relcl" and is_event_noun(t.head) and role == "point":
            role = "start"  # "the tour, which begins on March 20": its first day, not its only one
        if prev is not None and prev.lower_ in {"until", "till", "through"}:
            role = "end"
        if ranged is not tx:  # "from September 5 to 7" is the whole range
            tx, role = ranged, "point"
        out.append(Attached(tx, t.i, role))
    # "On Tuesday he arrives in Lima. He will then hold talks ...": the next sentence's plan takes Tuesday
    out += [Attached(day, head, "point") for day, head in carried_days(doc, timexes, [(a.timex, a.head, a.role)
                                                                                        for a in out])]
    return out


def reported_clause_day(v: Token, span: Span) -> Token | None:
    """The verb of the clause a reporting verb reports, when a day the parser hangs on the reporting verb is written
    inside that clause: "X will hold talks in Y, instead of Z, on May 14, sources told W" (the reported clause comes
    first and the day stands before its reporter). None when ``v`` reports nothing or the day is the report's
    ("..., officials said on Friday"). A day written after the reporting verb stays with it: the tagger resolves it
    as the report's time already."""
    if v.pos_ not in {"VERB", "AUX"} or not reporting_verb(v):
        return None
    said = [c for c in v.children if c.dep_ in {"ccomp", "parataxis"} and c.pos_ in {"VERB", "AUX"}]
    if len(said) != 1 or said[0].i > v.i:
        return None
    subj = next((c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    reporter_at = min(v.i, subj.left_edge.i) if subj is not None else v.i
    return said[0] if said[0].left_edge.i < span.start and span.end <= reporter_at else None


_DAY_RANGE = re.compile(r"\s*(?:-|–|—|to|and|through|until|till)\s*(\d{1,2})(?![\d:.,]\d)"
                        r"(?!\s*(?:am|pm|a\.m|p\.m|%|per))", re.IGNORECASE)


_DAY_BEFORE = re.compile(r"(?<![\d:.,])(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to|and|until|till)\s*$", re.IGNORECASE)


def _day_range(tx: Timex, text: str) -> Timex:
    """'Sept. 9-10', 'September 5 to 7', 'September 9 and 10': the tagger marks the first day; the event runs to
    the day number written after it, in the same month. '20-23 October': the tagger marks the last day; the event
    runs from the day number written before it."""
    if not _is_day(tx) or tx.type != "DATE":
        return tx
    before = _DAY_BEFORE.search(text, max(0, tx.start_char - 12), tx.start_char)
    if before is not None and 1 <= int(before.group(1)) < tx.start_date.day:
        return replace(tx, start_date=tx.start_date.replace(day=int(before.group(1))))
    m = _DAY_RANGE.match(text, tx.end_char)
    if m is None or not tx.start_date.day < int(m.group(1)) <= 31:
        return tx
    try:
        return replace(tx, end_date=tx.start_date.replace(day=int(m.group(1))))
    except ValueError:  # "February 27 to 30"
        return tx


def dates_for(anchors: Sequence[Token], attached: Sequence[Attached]) -> tuple[date | None, date | None, str | None]:
    """(start, end, value) from the timexes attached to the first anchor that has any (anchors ordered from the
    trigger outwards)."""
    for a in anchors:
        mine = [x for x in attached if x.head == a.i]
        if not mine:
            continue
        points = [x for x in mine if x.role == "point"]
        starts = [x for x in mine if x.role == "start"]
        ends = [x for x in mine if x.role == "end"]
        # prefer the most specific point (a day over a week) and the last-written one ("today (17 March)")
        points.sort(key=lambda x: (_told_in_days(x.timex), x.timex.start_char))
        start = end = None
        value = None
        if points:
            p = points[-1].timex
            start, end, value = p.start_date, p.end_date, p.value
        if starts and points and _is_day(points[-1].timex):
            starts = []  # "met on Wednesday for the first time since January": the day is when, "since" is context
        if starts:
            start = starts[-1].timex.start_date
            value = value or starts[-1].timex.value
            end = end if points else None
        if ends:
            end = ends[-1].timex.end_date
            value = value or ends[-1].timex.value
            if not points and not starts:
                start = None
        return start, end, value
    return None, None, None


def last_day_before(timexes: Sequence[Timex], char: int, skip=lambda tx: False) -> Timex | None:
    """The latest day-grain timex that starts before ``char`` (the running narrative date)."""
    best = None
    for tx in timexes:
        if tx.start_char < char and _is_day(tx) and not skip(tx) and (best is None or tx.start_char > best.start_char):
            best = tx
    return best


def moved_off(timexes: Sequence[Timex], char: int, day: date | None, skip=lambda tx: False) -> bool:
    """Whether the story left ``day`` before ``char``: the latest dated timex before it (side remarks, ``skip``,
    aside: 'since a June coup') is a longer period that does not hold that day ('meetings starting Friday. ... when
    he visited X last October. He arrived first in Y'): the running day no longer dates what follows."""
    last = max((tx for tx in timexes if tx.start_char < char and tx.start_date is not None and tx.end_date is not None
                and not skip(tx)), key=lambda tx: tx.start_char, default=None)
    return day is None or last is not None and not _is_day(last) and not last.start_date <= day <= last.end_date


def _own_clause(v: Token) -> bool:
    """A verb with a subject or an auxiliary of its own starts a clause of its own ('and Lopez will fly')."""
    return any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in v.children)


def trailing_day(anchors: Sequence[Token], attached: Sequence[Attached]) -> tuple[date | None, date | None, str | None]:
    """'The envoy will visit the palace, meet the bishops and open the fair on Wednesday': a day written after the
    last of verbs coordinated under one subject and auxiliary is the day of each of them. (start, end, value) from
    the last such verb, when the day is written after it; (None, None, None) otherwise, and when a later verb
    has a subject or auxiliary of its own ('met X, and Lopez will fly on Friday')."""
    verb = next((a for a in anchors if a.pos_ in {"VERB", "AUX"}), None)
    trigger = anchors[0] if anchors else None
    if verb is None or verb.dep_ == "conj" and _own_clause(verb) or verb.lemma_ == "be":
        return None, None, None
    # the event is the verb of the series or its object ('hold talks'), not a subject of it ('the visit is the first
    # ... and follows a summit last week': that day is the summit's)
    if trigger is not verb and not (trigger.dep_ == "dobj" and trigger.head == verb):
        return None, None, None
    head = verb
    while head.dep_ == "conj" and head.head.pos_ in {"VERB", "AUX"}:
        head = head.head
    chain, todo = [], [head]
    while todo and len(chain) < 8:
        t = todo.pop(0)
        chain.append(t)
        todo += [c for c in t.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    later = sorted((c for c in chain if c.i > verb.i), key=lambda c: c.i)
    if not later or any(_own_clause(c) for c in later):
        return None, None, None
    last = later[-1]
    mine = [x for x in attached if x.head == last.i and x.role == "point" and x.timex.start_char > last.idx]
    return dates_for([last], mine)


# phrases whose day is another time than the clause's: "for the first time since the July 30 bombing"; a clause
# opened by 'after'/'before' tells another event ("before the accord was signed on May 3"), while the same words
# before a bare time tell when the clause happened ("arrived shortly before midnight")
_OTHER_TIME_PREPS = frozenset({"since", "until", "till"})
_OTHER_TIME_MARKS = frozenset({"since", "after", "before", "until", "till"})


def side_day(doc: Doc, tx: Timex, is_event_noun) -> bool:
    """A day written as a side remark, not where the story is: inside a 'since'/'after'/'before' phrase ('met on
    Sunday for the first time since the July 30 bombing'), or naming the day of a thing that is no meeting or trip
    ('the July 30 bombing', 'the May 3 vote'). The story's running day skips it."""
    span = doc.char_span(tx.start_char, tx.end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    if root.dep_ in {"compound", "nmod", "amod", "npadvmod"} and root.head.pos_ in {"NOUN", "PROPN"} \
            and root.head.i > root.i and not is_event_noun(root.head):
        return True
    for a in [root, *root.ancestors]:
        if a.dep_ == "prep" and a.lower_ in _OTHER_TIME_PREPS or a.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in _OTHER_TIME_MARKS for c in a.children):
            return True
        if a.pos_ in {"VERB", "AUX"} and a.dep_ not in {"pcomp", "advcl"}:
            return False  # reached the clause the day dates
    return False


# what may stand beside a day on a line of its own that heads the items under it: "Wednesday, Sept. 23:",
# "Sept 23, 2015 (local time)", "Tuesday 20 October"
_HEADING_REST = re.compile(r"^[\s,.:;()\-–—]*(?:\((?:local time|[A-Z]{2,4}|\w+ time)\))?[\s,.:;\-–—]*$", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def day_heading(text: str, tx: Timex) -> bool:
    """``tx`` is a day standing alone on its line (a weekday and the line's punctuation aside): a heading that dates
    what is written under it, plans included, until the next day ("Sept 23, 2015" over "He will visit X")."""
    if not _is_day(tx):
        return False
    lo = text.rfind("\n", 0, tx.start_char) + 1
    hi = text.find("\n", tx.end_char)
    hi = len(text) if hi < 0 else hi
    rest = _WEEKDAY.sub("", text[lo:tx.start_char] + " " + text[tx.end_char:hi])
    return _HEADING_REST.match(rest) is not None


# verbs of going to a gathering: "visit China to attend the April 26-27 forum" (the trip's days are the forum's)
_ATTEND_LEMMAS = frozenset({"attend", "participate", "join"})


def gathering_attended(anchors: Sequence[Token]) -> list[Token]:
    """The gathering a trip goes to attend, and the verb that says so ('is due to visit China to attend the April
    26-27 forum' -> attend, forum): a trip with no day of its own lasts as long as what it goes to. Empty when the
    trip names no such purpose."""
    out: list[Token] = []
    for a in anchors:
        for v in a.children:
            if v.dep_ in {"advcl", "xcomp"} and v.lemma_.lower() in _ATTEND_LEMMAS \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                out.append(v)
                out += [o for o in v.children if o.dep_ == "dobj"]
                out += [o for p in v.children if p.dep_ == "prep" and p.lower_ == "in"
                        for o in p.children if o.dep_ == "pobj"]
    return out


# "a day after", "two days before": how many days
_DAY_COUNTS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def days_from_step(t: Token) -> int | None:
    """'left on Friday, a day after his summit': the summit was a day before Friday (-1); 'two days before the
    vote' +2. None unless ``t`` is the object of such a measured 'after'/'before'."""
    if t.dep_ != "pobj" or t.head.lower_ not in {"after", "before"}:
        return None
    prep = t.head
    # "a day after X": the measure heads the preposition, or hangs on it ("two days after X")
    unit = next((c for c in prep.children if c.dep_ == "npadvmod" and c.lower_ in {"day", "days"}), prep.head)
    if unit.lower_ not in {"day", "days"} or unit.dep_ not in {"npadvmod", "pobj", "advmod", "obl"}:
        return None
    count = next((_DAY_COUNTS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
                  for c in unit.children if c.dep_ in {"det", "nummod"}), None)
    if not count or count > 14:
        return None
    return -count if t.head.lower_ == "after" else count


def todays_news(t: Token) -> bool:
    """'Ana Ruiz visits Lima', 'X heads to Y' (a headline's or a caption's simple present, with no auxiliary): the
    trip is the report's news, on the day the story gives it, not a stay begun on a day the text does not give (as
    'toured Lima' or 'is on a visit to Lima', dated only by the report)."""
    return t.pos_ == "VERB" and t.tag_ in {"VBZ", "VBP"} and not any(
        c.dep_ in {"aux", "auxpass"} for c in t.children)
