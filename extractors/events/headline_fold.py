"""A headline's event is the page's own event, told again in the body. A headline or a title line ('Ruiz arrives
in Lima', 'Weber holds talks with Ruiz', 'Ruiz's visit to Lima and Quito opens trade talks') is short and ends with
no full stop; it sums up what the story then tells with its days. Read as a sentence of its own it is dated by what
stands near it (a page's chrome line with yesterday's date, the article's date), not by the body's words, so its
days often differ from the body's by a day and the in-article merge keeps it apart as a second event. At the story
level the headline has no days of its own: it folds into the body's event of the same type that shares its
traveller or sides and a compatible place, and that event keeps its own days. Two body events are never folded
here; a headline that no body event retells stays an event of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..places import gazetteer
from ..records import in_a_country
from .candidate import Candidate, best_fit, named_people, subtypes_compatible

_MAX_WORDS = 16  # a headline line; a body sentence run long without its full stop is no headline
_BODY_WORDS = 8  # a line this long that ends with a full stop or a colon ('Here is his itinerary:') is the body's
_FINAL = frozenset({".", "!", "?", ":", ";", ","})
_LEAVING = frozenset({"depart", "return"})  # a step away from a place is not the arrival or the visit there


def headline_line(tok: Token) -> bool:
    """Whether ``tok`` stands on a line of its own that is shaped as a headline: a line break (or the text's edge)
    before it, a blank line (or the text's edge) after it, at most ``_MAX_WORDS`` words, no final punctuation (a body
    sentence ends with a full stop, a headline does not), and in the page's head, before the body's first paragraph."""
    text = tok.doc.text
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    end = len(text) if end < 0 else end
    sent = tok.sent
    if sent.end_char > end and text[end:sent.end_char].strip():
        return False  # a sentence run over a line break: a hard-wrapped paragraph of the body, not a title line
    if end < len(text) and text[end + 1:text.find("\n", end + 1) % (len(text) + 1)].strip():
        return False  # a title ends its paragraph (a blank line or the text's end follows); a list item does not
    line = text[start:end].strip().rstrip("\"'\u201d\u2019 \u00a0")
    words = line.split()
    return bool(words) and len(words) <= _MAX_WORDS and line[-1] not in _FINAL and not _after_the_body(text, start)


def _after_the_body(text: str, start: int) -> bool:
    """Whether a paragraph of the body (a line of more than a few words that ends with a full stop) stands before
    ``start``: a title and its page furniture come first; an unpunctuated line after the story has begun is a
    paragraph cut short or a list item, one more body event and no headline."""
    for line in text[:start].splitlines():
        line = line.strip().rstrip("\"'\u201d\u2019 \u00a0")
        if len(line.split()) > _BODY_WORDS and line[-1] in _FINAL:
            return True
    return False


def _retells(head: Candidate, body: Candidate, known: set[str]) -> bool:
    """Whether the body's event ``body`` is the one the headline ``head`` tells: the same type and a compatible
    subtype, at least one named traveller or side in common, and, when the headline names a place, a body place
    that the map nests with it (any days)."""
    if head.event_type != body.event_type or not subtypes_compatible(head.subtype, body.subtype, head.event_type):
        return False
    if head.status not in {body.status, "unknown"}:
        return False  # 'X to visit P' beside 'X visited P': the plan and the trip are told apart by the body too
    if head.event_type == "travel" and head.subtype != body.subtype and {head.subtype, body.subtype} & _LEAVING:
        return False
    if head.place is not None and not (body.place is not None and in_a_country(head.place)
                                       and in_a_country(body.place) and gazetteer().compatible(head.place, body.place)):
        return False  # a headline's place the map cannot place ('the Coast', a region's nickname) proves nothing
    return bool(named_people(head, known) & named_people(body, known))


def fold_headlines(kept: list[Candidate], known: set[str]) -> list[Candidate]:
    """Each event the merge kept apart that is a headline's alone (its trigger on a ``headline_line``, no body
    mention joined to it, no day of its own words: 'X to visit P next week' is dated by the headline itself) and
    that a body event retells (``_retells``) joins the nearest such body event, which keeps its own days, place and
    people and takes the headline's status only when it has none."""
    titled = {id(c) for c in kept if headline_line(c.trigger)}  # each line read once: it scans the page's head
    heads = {id(c) for c in kept if id(c) in titled and c.merged == 1 and c.date_source != "own"}
    body = [c for c in kept if id(c) not in titled]
    out: list[Candidate] = []
    for c in kept:
        hosts = [k for k in body if _retells(c, k, known)] if id(c) in heads else []
        if not hosts:
            out.append(c)
            continue
        host = best_fit(hosts, c, known)
        if host.status == "unknown":
            host.status = c.status
        host.merged += c.merged
    return out
