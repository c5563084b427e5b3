"""A stay lends its days to the trip already told: 'where he will stay until Sunday', 'his visit, which will last until
Friday', 'the trip, which will be until May 5', 'during his stay from May 3 to 6'.

A report tells a trip by its move ("will fly to Lima on Friday", "will embark on a visit to Peru on May 3") and its end,
if at all, by a clause of how long the traveller stays: a relative clause on the trip's place or noun, or a stay noun
with the days it spans. Such a clause is no event of its own (the thirty-fifth pass made a stay an event: it took the
days away from the trip whose mentions the gold gives, issue-45orphtrip in RESULTS_events.md); it is the end, or the
days, of the trip it hangs on. ``visit_end`` and ``length_after`` give a trip its end from the story's later days and
from a length told after its noun; this module gives it the end a stay tells by its own day.

The trip a stay belongs to is, in order: the trip whose trigger the stay's clause hangs on (a 'where' clause on the
trip's place, a 'which' clause on the trip noun); else the nearest trip told at or before the stay, of the stay's
named traveller (any, for a pronoun), at the stay's place when it names one. Only a trip to one place (no leg of a
tour), not called off, not a departure or a return, and not the day a traveller set off on it ('left for his visit to
P on Saturday': the day of the departure, which the gold keeps as its own event). The stay lends its end only when the
trip's end is unknown or earlier, and its start only when the trip has none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from ..places import gazetteer
from ..records import Place, on_the_map
from .candidate import Candidate, named_people
from .dates import Attached, is_period_value

# verbs that tell how long someone is somewhere when an 'until' day hangs on them
STAY_VERBS = frozenset({"stay", "remain"})
# verbs that tell how long a trip lasts only as a clause of its noun: "the trip, which will be until May 5" ('the
# summit, which will last until May 5' is the summit's)
NOUN_CLAUSE_VERBS = STAY_VERBS | frozenset({"last", "be", "run", "continue"})
STAY_NOUNS = frozenset({"stay", "sojourn"})
TRIP_NOUNS = frozenset({"visit", "trip", "tour", "journey", "stay"})
UNTIL_WORDS = frozenset({"until", "till", "til", "through"})
_NO_STAY = frozenset({"depart", "return"})  # where a traveller goes from, or comes home: no stay there
_SETTING_OFF = frozenset({"leave", "depart", "set", "head", "embark", "fly"})  # 'left for his visit to P on Saturday'
LONGEST_STAY = 31  # days: a longer window is no stay of a trip


@dataclass(frozen=True)
class Stay:
    """A stay clause: its word, the days it tells (start unknown for 'until D'), and the trip word it hangs on."""

    word: Token
    start: date | None
    end: date
    anchor: Token | None  # the trip verb or noun the clause is a clause of, if any


def _until_day(doc: Doc, a: Attached) -> bool:
    """The timex is written after 'until' / 'till' / 'through' ('until Sunday evening', 'till Monday morning')."""
    before = doc.text[:a.timex.start_char].rstrip().split()
    return bool(before) and before[-1].lower() in UNTIL_WORDS


def _anchor(word: Token) -> Token | None:
    """The trip word a stay clause hangs on: the trip noun of a 'which' clause ('his visit, which will last until
    Friday'), or the verb of the place a 'where' clause is about ('will fly to Lima, where he will stay until
    Sunday'); None for a clause of its own ('He will stay there until Sunday')."""
    if word.dep_ not in {"relcl", "acl"}:
        return None
    head = word.head
    if head.lemma_.lower() in TRIP_NOUNS and head.pos_ in {"NOUN", "PROPN"}:
        return head
    trip = head.head.head if head.dep_ == "pobj" and head.head.lower_ in {"to", "of"} else None
    if trip is not None and trip.lemma_.lower() in TRIP_NOUNS and trip.pos_ in {"NOUN", "PROPN"} \
            and not any(c.lower_ == "where" for c in word.children):
        return trip  # "his visit to Peru, which will last until Friday": the parser hangs the clause on the place
    if any(c.lower_ == "where" for c in word.children) and head.ent_type_ in {"GPE", "LOC", "FAC"}:
        return next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return None


def _own_clause(word: Token) -> bool:
    """A stay told of its traveller: a clause of its own ('He will stay there until Sunday'), or a 'where' clause on
    a place ('checked into the residence, where he will stay until Monday'); not a relative clause on something else
    ('the talks, which will remain open until May 5')."""
    return word.dep_ not in {"relcl", "acl"} or any(c.lower_ == "where" for c in word.children)


def read_stays(doc: Doc, attached: Sequence[Attached]) -> list[Stay]:
    """Each stay clause of ``doc`` with the days it tells: a stay verb with an 'until' day, a trip noun's 'which'
    clause with one, or a stay noun with the range of days it spans ('his stay from May 3 to 6')."""
    out: list[Stay] = []
    for a in attached:
        word, tx = doc[a.head], a.timex
        if tx.start_date is None or tx.end_date is None or is_period_value(tx.value):
            continue
        lemma = word.lemma_.lower()
        if word.pos_ in {"VERB", "AUX"} and _until_day(doc, a):
            anchor = _anchor(word)
            if anchor is not None and anchor.pos_ in {"NOUN", "PROPN"} and lemma in NOUN_CLAUSE_VERBS \
                    or lemma in STAY_VERBS and (anchor is not None or _own_clause(word)):
                out.append(Stay(word, None, tx.end_date, anchor))
    for word in doc:
        if word.lemma_.lower() not in STAY_NOUNS or word.pos_ != "NOUN":
            continue
        lo, hi = word.idx, word.right_edge.idx + len(word.right_edge)
        # the parser hangs 'from May 3 to 6' on the noun or on the clause's verb: the days written in its phrase
        ranges = [a.timex for a in attached if lo < a.timex.start_char < hi and a.timex.start_date is not None
                  and a.timex.end_date is not None and a.timex.start_date < a.timex.end_date
                  and not is_period_value(a.timex.value)]
        if len(ranges) == 1:
            out.append(Stay(word, ranges[0].start_date, ranges[0].end_date, None))
    return out


def _traveller_words(word: Token) -> list[Token]:
    """Who stays: the verb's subject (or its governing verb's: 'is due to stay'), the noun's possessor."""
    if word.pos_ == "NOUN":
        return [c for c in word.children if c.dep_ == "poss"]
    for v in [word, *word.ancestors]:
        subj = [c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj:
            return subj
        if v.dep_ not in {"xcomp", "conj"}:
            break
    return []


def _stay_place(word: Token) -> Place | None:
    """The place the stay names ('his stay in Lima', 'will stay in Lima until ...'); None for 'there' or none."""
    gz = gazetteer()
    for p in word.children:
        if p.dep_ == "prep" and p.lower_ in {"in", "at"}:
            for o in p.children:
                if o.dep_ == "pobj" and o.ent_type_ in {"GPE", "LOC"}:
                    info = gz.lookup(word.doc[o.left_edge.i:o.right_edge.i + 1].text)
                    if info is not None:
                        return info.to_place()
    return None


def _set_off_on(c: Candidate) -> bool:
    """The trip noun is what a departure verb sets off on ('left for his visit to P on Saturday'): its day is the
    departure's."""
    t = c.trigger
    return t.pos_ in {"NOUN", "PROPN"} and any(a.lemma_.lower() in _SETTING_OFF for a in t.ancestors
                                               if a.pos_ in {"VERB", "AUX"})


def _a_stay_trip(c: Candidate) -> bool:
    return c.event_type == "travel" and c.subtype not in _NO_STAY and c.status != "cancelled" and c.leg == 0 \
        and not c.more_destinations and on_the_map(c.destination) and not _set_off_on(c)


def _trip_of(stay: Stay, merged: Sequence[Candidate], known: set[str]) -> Candidate | None:
    """The trip ``stay`` belongs to (see the module docstring)."""
    trips = [c for c in merged if _a_stay_trip(c)]
    if stay.anchor is not None:
        own = [c for c in trips if c.trigger.i == stay.anchor.i]
        if own:
            return own[0]
    sent_end = stay.word.sent.end_char
    told = [c for c in trips if c.start_char <= sent_end]
    noun = stay.anchor is not None and stay.anchor.pos_ in {"NOUN", "PROPN"}
    words = _traveller_words(stay.anchor if noun else stay.word)
    names = {w.lower_ for s in words for w in s.subtree if w.pos_ == "PROPN"}
    if names:
        told = [c for c in told if any(names & set(n.lower().split()) for n in named_people(c, known))]
    elif any(s.pos_ != "PRON" for s in words):
        return None  # a traveller the story does not name ('the delegation will stay until ...')
    place = _stay_place(stay.word)
    if place is not None:
        gz = gazetteer()
        told = [c for c in told if gz.compatible(c.destination, place)]
    return max(told, key=lambda c: c.start_char) if told else None


def lend(trip: Candidate, stay: Stay) -> bool:
    """Give ``trip`` the stay's days: its end when the trip's is unknown or earlier, its start when it has none; False
    when the stay ends before the trip begins or lasts beyond a stay's length."""
    first = trip.date_start or stay.start
    if first is not None and not 0 <= (stay.end - first).days <= LONGEST_STAY:
        return False
    if trip.date_end is not None and trip.date_end >= stay.end and not is_period_value(trip.date_value):
        return False
    trip.date_start, trip.date_end, trip.date_value = first, stay.end, None
    return True


def lend_stay_days(merged: Sequence[Candidate], attached: Sequence[Attached], known: set[str]) -> None:
    """Each stay clause of the article lends its days to the trip it belongs to (see the module docstring)."""
    if not merged:
        return
    doc = merged[0].trigger.doc
    for stay in read_stays(doc, attached):
        trip = _trip_of(stay, merged, known)
        if trip is not None:
            lend(trip, stay)


__all__ = ["STAY_NOUNS", "STAY_VERBS", "Stay", "lend", "lend_stay_days", "read_stays"]
