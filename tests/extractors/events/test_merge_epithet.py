"""A trip told once by its traveller's name and once by a one-person epithet ("the statesman arrived in Lima
on Thursday") is one trip: the epithet names no one the page knows, and the merge used to keep such a mention apart
from every named one, so the page emitted the trip twice. A group told that way, or a plan beside a done trip, stays
its own event (real pipeline, made-up text)."""

from __future__ import annotations

from datetime import date

from made_up_text import with_timexes

from dateline.extractors.records import Timex

MON, TUE, WED = date(2022, 5, 9), date(2022, 5, 10), date(2022, 5, 11)


def trips(nlp, text, timexes, day=WED):
    return with_timexes(nlp, text, timexes, day, "travel")


def second_day(text: str, word: str, day: date) -> Timex:
    """A resolved DATE timex for the second ``word`` in ``text`` (the fixture's ``tx`` takes the first)."""
    i = text.index(word, text.index(word) + 1)
    return Timex(i, i + len(word), word, "DATE", day.isoformat(), start_date=day, end_date=day, granularity="day",
                 rule="test")


def test_an_epithet_landing_is_the_named_travellers_landing(nlp, tx):
    text = ("Foreign Minister Hans Weber arrived in Peru on Tuesday for talks on fishing rights.\n\n"
            "The veteran statesman arrived in Lima on Tuesday and went straight into talks with officials.")
    got = trips(nlp, text, [tx(text, "Tuesday", TUE), second_day(text, "Tuesday", TUE)])
    assert len(got) == 1
    assert any(p.name == "Hans Weber" for p in got[0].participants)


def test_a_group_landing_stays_apart_from_a_named_one(nlp, tx):
    text = ("Foreign Minister Hans Weber arrived in Peru on Tuesday for talks on fishing rights.\n\n"
            "A delegation of senior trade officials arrived in Lima on Tuesday for talks of their own.")
    got = trips(nlp, text, [tx(text, "Tuesday", TUE), second_day(text, "Tuesday", TUE)])
    assert len(got) == 2


def test_an_epithet_plan_stays_apart_from_a_done_trip(nlp, tx):
    text = ("Foreign Minister Hans Weber arrived in Peru on Monday for talks on fishing rights.\n\n"
            "The veteran statesman will travel to Lima on Wednesday to meet the fishing unions.")
    got = trips(nlp, text, [tx(text, "Monday", MON), tx(text, "Wednesday", WED)], day=MON)
    assert len(got) == 2



def test_only_a_placed_dated_trip_keeps_its_named_telling_alone():
    """Two joined mentions, one naming no one the page knows: a trip whose both tellings are placed and dated is the
    named trip retold (the named record stays alone); a meeting, or an unanchored pair, pools its sides as before
    ("cancelled his meeting with X, conferring instead with the President of Y": every side kept)."""
    from dateline.extractors.events.merge import _retold_unnamed
    from dateline.extractors.records import Participant, Place

    class _C:  # the fields _retold_unnamed reads
        def __init__(self, event_type, names, place=None, day=None):
            self.event_type, self.participants = event_type, [Participant(n) for n in names]
            self.location, self.destination = None, place
            self.date_start = self.date_end = day

    known, lima = {"Hans Weber"}, Place("Lima", "PE")
    named, epithet = _C("travel", ["Hans Weber"], lima, TUE), _C("travel", ["veteran statesman"], lima, TUE)
    assert _retold_unnamed(named, epithet, known) and _retold_unnamed(epithet, named, known)
    assert not _retold_unnamed(named, _C("travel", ["veteran statesman"], lima), known)  # no day: pooled
    assert not _retold_unnamed(named, _C("travel", ["Hans Weber"], lima, TUE), known)  # both named: absorbed
    met, other = _C("meeting", ["Hans Weber"], lima, TUE), _C("meeting", ["President of Chile"], lima, TUE)
    assert not _retold_unnamed(met, other, known)
