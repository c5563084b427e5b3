"""An arrival 'here' that closes a finished trip to another country is the traveller coming home (made-up sentences
and places): the report is filed from where the trip set out (``trips._home_again``)."""

from __future__ import annotations

from datetime import date

import pytest


def _trips(nlp, text: str):
    from dateline.extractors.cleaning import find_noise
    from dateline.extractors.events import extract_events

    events = extract_events(nlp(text), article_id="a1", timexes=[], article_date=date(2021, 5, 8),
                            noise=find_noise(text, None))
    return [e for e in events if e.event_type == "travel"]


@pytest.mark.parametrize(("text", "subtype"), [
    ("MONTEVIDEO, May 8 - President Hans Weber landed here on Sunday after ending his week-long "
     "tour of Paraguay.", "return"),
    ("MONTEVIDEO, May 8 - President Hans Weber landed here on Sunday following a week-long trip to "
     "Paraguay.", "return"),
    # not 'here': the next leg of a tour may be told so
    ("MONTEVIDEO, May 8 - President Hans Weber landed in Salto on Sunday after ending his week-long "
     "tour of Paraguay.", "arrive"),
    # a trip inside the country the report is filed from: no way home told
    ("MONTEVIDEO, May 8 - President Hans Weber landed here on Sunday after ending his tour of Uruguay.",
     "arrive"),
])
def test_an_arrival_here_after_a_trip_abroad_is_a_return(nlp, text, subtype):
    arrivals = [t for t in _trips(nlp, text) if t.trigger == "landed"]
    assert arrivals and arrivals[0].subtype == subtype
