"""A headline's event is the page's own event told again in the body: a title line under a page's date line
('Monday, May 9, 2022' above 'Hans Weber holds talks with Maria Lopez') is dated by that line, a day before the
body's talks, and the merge kept it as a second event. It folds into the body's event of the same type and people,
which keeps its own days; two body sentences are never folded this way (real pipeline, made-up text)."""

from __future__ import annotations

from datetime import date

from made_up_text import run

from dateline.extractors.events.headline_fold import headline_line

TUE = date(2022, 5, 10)


def _of(evs, kind):
    return [e for e in evs if e.event_type == kind]


def test_a_headline_line_is_short_and_unpunctuated(nlp):
    doc = nlp("Hans Weber holds talks with Maria Lopez\n\nPrime Minister Hans Weber held talks with Maria Lopez.")
    holds = next(t for t in doc if t.lower_ == "holds")
    held = next(t for t in doc if t.lower_ == "held")
    assert headline_line(holds) and not headline_line(held)


def test_a_headline_meeting_dated_by_a_chrome_line_is_the_body_meeting(nlp):
    text = ("Monday, May 9, 2022\n\nHans Weber holds talks with Maria Lopez\n\n"
            "Prime Minister Hans Weber held talks with President Maria Lopez in Lisbon on Tuesday on trade and "
            "fisheries.")
    talks = _of(run(nlp, text, TUE), "meeting")
    assert len(talks) == 1
    assert (talks[0].date_start, talks[0].date_end) == (TUE, TUE)


def test_a_headline_arrival_takes_the_body_arrivals_days(nlp):
    text = ("Monday, May 9, 2022\n\nMaria Lopez arrives in Lisbon\n\n"
            "President Maria Lopez arrived in Lisbon on Tuesday afternoon, where she will stay until Thursday.\n\n"
            "She was received at the airport by Mayor Hans Weber.")
    trips = _of(run(nlp, text, TUE), "travel")
    assert len(trips) == 1
    assert (trips[0].date_start, trips[0].date_end) == (TUE, date(2022, 5, 12))


def test_a_wrapped_body_line_is_no_headline(nlp):
    doc = nlp("President Hans Weber arrived in Lisbon on Tuesday and\nheld talks with Maria Lopez on trade.")
    assert not headline_line(next(t for t in doc if t.lower_ == "arrived"))


def test_two_body_meetings_on_two_days_stay_apart(nlp):
    text = ("Prime Minister Hans Weber held talks with President Maria Lopez in Lisbon on Monday on trade.\n\n"
            "Hans Weber will hold talks with Maria Lopez in Porto on Friday on fisheries.")
    assert len(_of(run(nlp, text, TUE), "meeting")) == 2
