"""A visit's length told after its noun (length_after, visit_span.page_length): 'a visit of less than two days',
'The visit will last three days', 'The visit is ... It is "less than two days"' gives a one-day landing of the page
the visit's window, only when every length the page tells agrees. Made-up sentences parsed by the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.events.candidate import Candidate
from dateline.extractors.events.length_after import length_after
from dateline.extractors.events.visit_span import TRIP_NOUNS, span_landings
from dateline.extractors.records import Participant, Place

FRI = date(2022, 5, 13)
LIMA = Place(name="Lima", country_code="PE")
ANA = "Ana Ruiz"


@pytest.mark.parametrize(("text", "days"), [
    ("Ana Ruiz began a visit of less than two days.", 2),
    ("The visit will last three days.", 3),
    ("The visit is three days long.", 3),
    ('The visit is a "mission of goodwill," an aide explained. It is "less than two days and packed," he added.', 2),
    ("The visit is a mission of goodwill.", None),
    ("The visit will last three hours.", None),
])
def test_length_after(nlp, text, days):
    noun = next(t for t in nlp(text) if t.lemma_ == "visit")
    assert length_after(noun, TRIP_NOUNS) == days


def _landing(t) -> Candidate:
    return Candidate("travel", "arrive", t, [Participant(name=ANA)], None, None, LIMA, FRI, FRI, None, "own",
                     "occurred")


def test_a_landing_takes_the_length_its_page_tells_after_the_visit(nlp):
    doc = nlp('Ana Ruiz landed in Lima on Friday. The visit is a "mission of goodwill," an aide explained. '
              'It is "less than two days and packed," he added.')
    c = _landing(doc[2])
    span_landings([c], [c], {ANA})
    assert (c.date_start, c.date_end) == (FRI, date(2022, 5, 14))


def test_two_lengths_on_the_page_give_none(nlp):
    doc = nlp("Ana Ruiz landed in Lima on Friday. The visit will last three days. "
              "Her last tour of the region was a five-day tour.")
    c = _landing(doc[2])
    span_landings([c], [c], {ANA})
    assert (c.date_start, c.date_end) == (FRI, FRI)
