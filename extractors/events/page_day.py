"""Whether the page was written before its own day's events: a preview of the day ('the president is set to welcome
her at 11 am', 'later in the evening a banquet will be held') tells that day's untensed events as still to come.

``status.status_of`` reads each mention alone, and a mention with no tense of its own ('a tour that includes
meetings with A and B', a title line's 'X visits Y') dated the page's day falls to the days: the day is not after the
page's, so it happened. Read against the whole page, that is right for a report of the day and wrong for its
preview. The page shows which it is: a preview tells some of the day's events with a future or a plan and none with
a past tense; a report of the day tells at least one ('arrived on Monday', 'has met').
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from ..tree import children
from .candidate import Candidate
from .plan_tense import present_perfect
from .status import PRESENT, PROGRESSIVE, modality

_UNTENSED = frozenset({None, PRESENT, PROGRESSIVE})  # modality() of a mention whose days decide its status


def _starts(c: Candidate, day: date) -> bool:
    """The mention's days begin on the page's day (a tour 'on Tuesday for four days' included): what it tells of
    that day says whether the page was written before or after the day's events."""
    return c.date_start == day


def _on(c: Candidate, day: date) -> bool:
    """The mention is dated the page's day and that day only: a trip that begins that day and runs on may have begun
    by the time of writing ('her visit is poignant' on its first day), whatever is planned within it."""
    return c.date_start == day and c.date_end == day


def _told_past(tok: Token) -> bool:
    """'arrived', 'has met', 'were received': the trigger or a verb it hangs on is a past or a present perfect,
    told as done (not 'after meeting X, she will ...', whose 'after' reads as done without a tense)."""
    t = tok
    for _ in range(4):
        if t.tag_ == "VBD" or present_perfect(t) or any(
                c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" and c.lemma_ != "be" for c in children(t)):
            return True
        if t.pos_ in {"VERB", "AUX"} or t.head == t:
            return False
        t = t.head
    return False


def _finite_tense(tok: Token) -> str | None:
    """The tag of the first finite verb or auxiliary over ``tok`` ('wanted to speak': VBD, 'will discuss': MD, 'a
    tour that includes meetings': VBZ), None when there is none within a few steps."""
    t = tok
    for _ in range(5):
        tags = [t.tag_, *(c.tag_ for c in children(t) if c.dep_ in {"aux", "auxpass"})]
        if "MD" in tags:
            return "MD"
        if finite := next((g for g in tags if g in {"VBD", "VBZ", "VBP"}), None):
            return finite
        if t.head == t:
            return None
        t = t.head
    return None


def _told_ahead(c: Candidate) -> bool:
    """Planned in a present or a future ('will discuss', 'is set to', 'visits on Tuesday'), not a wish or a plan
    reported in the past ('made clear that he wanted to speak before his return'), which says nothing of when the
    page was written."""
    return c.status == "planned" and _finite_tense(c.trigger) != "VBD"


def written_before_the_day(cands: list[Candidate], day: date | None) -> bool:
    """Some mention of the page's day is planned (by a future, a plan word, or a timetable's present with the day
    written: 'visits on Tuesday' on Tuesday's page) and none is told as done in a past tense."""
    if day is None:
        return False
    todays = [c for c in cands if _starts(c, day)]
    ahead = any(_told_ahead(c) for c in todays)
    done = any(c.status == "occurred" and modality(c.trigger) == "occurred" and _told_past(c.trigger)
               for c in todays)
    return ahead and not done


def plan_the_page_day(cands: list[Candidate], day: date | None) -> None:
    """On a page written before its day's events, a mention of that day with no tense of its own is planned."""
    if not written_before_the_day(cands, day):
        return
    for c in cands:
        if c.status == "occurred" and _on(c, day) and modality(c.trigger) in _UNTENSED:
            c.status = "planned"
