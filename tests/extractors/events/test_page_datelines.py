"""Every dateline of a page, and nothing that only looks like one (made-up text): a later item's 'LIMA, May 7:' names
nobody, as the first dateline does; a record's header fields ('AT:', 'Date: 7 May 2019') are no dateline."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.cleaning import find_noise
from dateline.extractors.events import extract_events
from dateline.extractors.events.story import find_dateline, later_datelines
from dateline.extractors.temporal import resolve_timexes

DAY = date(2019, 5, 8)  # a Wednesday
FILLER = "The economy grew faster than expected in the first quarter, the ministry said in a statement. " * 10


def _events(nlp, text):
    doc = nlp(text)
    return extract_events(doc, article_id="d1", timexes=resolve_timexes(doc, DAY), article_date=DAY,
                          noise=find_noise(text, None))


@pytest.mark.parametrize("head, place", [
    ("A headline\nAT:\nGR:\nHD: Ruiz arrives\nQUITO, Ecuador -- President Ana Ruiz arrived on Tuesday.", "Quito"),
    ("Press release\n\nNo.: 12/2019\nDate: 7 May 2019\n\nLIMA, May 7 - The minister arrived.", "Lima"),
])
def test_header_fields_are_no_dateline(head, place):
    assert find_dateline(head).place.name == place


def test_a_header_field_alone_gives_no_dateline():
    assert find_dateline("Press release\n\nDate: 7 May 2019\n\nThe minister arrived in Lima.") is None


def test_later_datelines_open_their_line_in_capitals():
    text = f"Trade talks\n\n{FILLER}\n\nLIMA, May 7: The minister called.\nQuito: the rest.\nIn QUITO, May 7: no."
    first = find_dateline(text)
    assert first is None
    assert [text[a:b] for a, b in later_datelines(text, first)] == ["LIMA, May 7: "]


def test_a_later_items_dateline_is_no_side_of_its_call(nlp):
    text = (f"Ruiz calls Weber\n\n{FILLER}\n\n7 May 2019\n\nRuiz discusses trade with Weber\n\n"
            "LIMA, May 7: Peruvian President Ana Ruiz telephoned her German counterpart Hans Weber on Tuesday.\n")
    calls = [e for e in _events(nlp, text) if e.event_type == "meeting"]
    assert calls and all("LIMA" not in {p.name for p in e.participants} for e in calls)
    assert any({p.name for p in e.participants} == {"Ana Ruiz", "Hans Weber"} for e in calls)
