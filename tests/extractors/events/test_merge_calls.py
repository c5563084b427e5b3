"""Two mentions of one phone call in an article are one event, though one sentence also places another meeting;
a call and a meeting the text places somewhere stay two events (real pipeline, made-up text)."""

from __future__ import annotations

from datetime import date

from made_up_text import with_timexes

TUE = date(2022, 5, 10)


def meetings(nlp, text, timexes):
    return with_timexes(nlp, text, timexes, TUE, "meeting")


def test_a_call_told_again_beside_a_placed_summit_is_one_call(nlp, tx):
    text = ("John Carter and Hans Weber held a phone call on Tuesday to discuss trade.\n\n"
            "It was the first phone call between the two leaders since their summit in Geneva last year.")
    got = meetings(nlp, text, [tx(text, "Tuesday", TUE)])
    calls = [e for e in got if e.subtype == "phone call"]
    assert len(calls) == 1
    assert (calls[0].date_start, calls[0].location) == (TUE, None)


def test_a_call_and_a_meeting_placed_somewhere_stay_apart(nlp, tx):
    text = ("John Carter and Hans Weber held a phone call on Tuesday to discuss trade.\n\n"
            "John Carter met Hans Weber in Geneva that day.")
    got = meetings(nlp, text, [tx(text, "Tuesday", TUE), tx(text, "that day", TUE)])
    assert len(got) == 2
    assert "phone call" in {e.subtype for e in got}
