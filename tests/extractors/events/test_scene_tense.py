"""The status of an event named as the scene of another verb ('during her visit', 'at the close of his tour'), read
from that verb's tense and aspect (status.py): made-up sentences parsed by the real pipeline."""

from __future__ import annotations

import pytest

from dateline.extractors.events.status import modality


@pytest.mark.parametrize(("text", "word", "want"), [
    # a present perfect is done by the time of the report: so has begun the scene it happened in
    ("Hans Weber has made attempts to calm the unions during his visit to Peru.", "visit", "occurred"),
    ("Hans Weber has tried hard to calm the unions during his visit to Peru.", "visit", "occurred"),
    ("Maria Lopez has signed the accord during her visit to Oslo.", "visit", "occurred"),
    # a to-infinitive has no tense of its own: its scene takes the tense of the verb it completes
    ("Maria Lopez tried hard to calm the unions during her visit to Oslo.", "visit", "occurred"),
    ("Maria Lopez will try hard to calm the unions during her visit to Oslo.", "visit", "planned"),
    # ... but not past a planning word: what is agreed or expected there is still to come, or something else
    ("Maria Lopez agreed to sign the accord during her visit to Oslo.", "visit", None),
    ("Maria Lopez is expected to sign an accord during her visit to Oslo.", "visit", None),
    ("Farm prices are expected to be high on the list at the summit.", "summit", None),
    # 'at' sets the scene of a verb that can ask for a plan ('tell'), as 'during' and 'in' do
    ("Hans Weber told the farmers on Sunday at the close of his two-week visit to Chile.", "visit", "occurred"),
    ("Hans Weber told the farmers at the start of his visit that prices would rise.", "visit", "occurred"),
    # what 'tell' asks for is still a plan
    ("Hans Weber told Maria Lopez to visit Berlin in the spring.", "visit", "planned"),
])
def test_scene_status(nlp, trigger, text, word, want):
    assert modality(trigger(nlp, text, word)) == want


@pytest.mark.parametrize(("text", "word", "want"), [
    # moved to a day it names, told in the present perfect or present: still on, for that day
    ("Hans Weber's trip to Peru has been postponed to June 3-4.", "trip", "planned"),
    ("The talks between the two ministers have been rescheduled to September 8-9.", "talks", "planned"),
    ("Maria Lopez has put off her visit to Oslo until March.", "visit", "planned"),
    # with no new day, or told in the simple past, it is called off as before
    ("The summit of the two ministers has been postponed indefinitely.", "summit", "cancelled"),
    ("The summit of the two ministers was postponed to Friday.", "summit", "cancelled"),
])
def test_moved_to_a_new_day(nlp, trigger, text, word, want):
    assert modality(trigger(nlp, text, word)) == want
