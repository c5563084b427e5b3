"""A range told for a trip to several places is split over its legs by the days the story tells for each place inside
it (leg_windows). Made-up texts through the real pipeline; the splitting rule on hand-made windows."""

from __future__ import annotations

from datetime import date

from made_up_text import run

from dateline.extractors.events.leg_windows import windows_of_legs

MAY = 2016


def _trips(nlp, text: str) -> dict[str, tuple[date | None, date | None]]:
    return {e.destination.name: (e.date_start, e.date_end) for e in run(nlp, text)
            if e.event_type == "travel" and e.destination is not None}


def test_a_leg_told_with_its_own_days_splits_the_range(nlp):
    trips = _trips(nlp, "Foreign Minister Ana Ruiz will pay a May 14-17 visit to Kenya and Ghana. "
                        "She will visit Kenya from May 14-15, her office said.")
    assert trips["Kenya"] == (date(MAY, 5, 14), date(MAY, 5, 15))
    assert trips["Ghana"] == (date(MAY, 5, 16), date(MAY, 5, 17))  # the rest of the range


def test_with_no_leg_told_apart_every_leg_takes_the_range(nlp):
    # which days are Ghana's the story does not say: the range is all it says of when (it was left undated before)
    trips = _trips(nlp, "Foreign Minister Ana Ruiz will pay a May 14-17 visit to Kenya and Ghana.")
    assert trips["Kenya"] == (date(MAY, 5, 14), date(MAY, 5, 17))
    assert trips["Ghana"] == (date(MAY, 5, 14), date(MAY, 5, 17))


def test_split_fills_between_the_told_legs():
    tour = (date(MAY, 5, 1), date(MAY, 5, 9))
    first, third = (date(MAY, 5, 1), date(MAY, 5, 2)), (date(MAY, 5, 6), date(MAY, 5, 9))
    assert windows_of_legs(tour, [first, None, third]) == [first, (date(MAY, 5, 3), date(MAY, 5, 5)), third]
    assert windows_of_legs(tour, [None, first]) == [None, first]  # out of order: nothing is given
    assert windows_of_legs(tour, [None, None, third])[1] is None  # the middle leg's start is not told
