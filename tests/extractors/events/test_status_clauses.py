"""Status from the trigger's own clause (status.py), on made-up sentences parsed by the real pipeline, and on one
hand-built Doc for a tagging slip the parser makes on real text."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from dateline.extractors.events.status import modality, status_of

MON, TUE, NEXT_WEEK = date(2022, 5, 9), date(2022, 5, 10), date(2022, 5, 16)


@pytest.mark.parametrize(("text", "word", "want"), [
    # a schedule told in the simple past: fell through unless its day is ahead (status_of reads the day)
    ("Hans Weber was scheduled to fly to Oslo on Friday for a summit.", "fly", "lapsed"),
    ("Maria Lopez was due to meet the mayor of Lyon on Friday.", "meet", "lapsed"),
    # ... but in reported speech the past is the report's tense
    ("Hans Weber said he was due to meet the mayor of Lyon later in the day.", "meet", "planned"),
    # a plan noun under a past perfect: the plan was overtaken
    ("The ministry had already published the schedule of Hans Weber's Friday talks with Maria Lopez.", "talks",
     "cancelled"),
    # considering doing something is a plan
    ("Maria Lopez is considering meeting Hans Weber in Madrid next month.", "meeting", "planned"),
    # the purpose of a present progressive is still to come
    ("Maria Lopez is breaking off her holiday to fly to Brussels for the vote.", "fly", "planned"),
    # an event going on as the report is written has begun
    ("Hans Weber's current trip to Chile will deepen trade links.", "trip", "occurred"),
    # a bare participle clause takes the tense of the verb it hangs on
    ("Landing in Lisbon, Maria Lopez thanked her hosts for the welcome.", "Landing", "occurred"),
    # ... and is not what a planning verb ('call', 'tell') asks for
    ("Opening the talks with Maria Lopez, Hans Weber called the partnership vital.", "talks", "occurred"),
    # ... nor is a phrase set ahead of the subject ('On his trip ..., she called on'): it sets the scene
    ("On his trip to Peru, Hans Weber called on Maria Lopez in Lima.", "trip", "occurred"),
    ("Hans Weber called on Maria Lopez to visit Berlin.", "visit", "planned"),
])
def test_clause_status(nlp, trigger, text, word, want):
    assert modality(trigger(nlp, text, word)) == want


def test_past_plan_stays_planned_when_the_plan_is_not_lapsed(nlp, trigger):
    """'was expected to' is not a lapsed schedule: news tells a plan still on with it."""
    t = trigger(nlp, "Maria Lopez was expected to visit a school in Porto on Sunday.", "visit")
    assert modality(t) == "planned"


def test_the_same_trip_told_again_calls_it_off(nlp, trigger):
    t = trigger(nlp, "Hans Weber planned to visit Madrid in spring, but the trip was cancelled.", "visit")
    assert modality(t) == "cancelled"


def test_a_mistagged_past_participle_with_a_subject_is_a_past_tense():
    """'The two envoys, flanked by aides, agreed ...' where the tagger reads 'discussed' as VBN with no auxiliary:
    a participle with a subject and no auxiliary heads a finite clause, so the verb is a simple past."""
    words = ["Hans", "Weber", "discussed", "trade", "with", "Maria", "Lopez", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 7 + [False],
              heads=[1, 2, 2, 2, 2, 6, 4, 2], deps=["compound", "nsubj", "ROOT", "dobj", "prep", "compound", "pobj",
                                                     "punct"],
              tags=["NNP", "NNP", "VBN", "NN", "IN", "NNP", "NNP", "."],
              pos=["PROPN", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"],
              lemmas=["Hans", "Weber", "discuss", "trade", "with", "Maria", "Lopez", "."])
    assert modality(doc[2]) == "occurred"
    assert status_of(doc[2], None, None, TUE) == "occurred"


def test_lapsed_schedule_reads_its_day(nlp, trigger):
    """'was scheduled to fly on Friday' is off once Friday is past (or no day is given), and the schedule as it
    stands while Friday is still ahead (see test_status_days.py)."""
    t = trigger(nlp, "Hans Weber was scheduled to fly to Oslo on Friday for a summit.", "fly")
    assert status_of(t, None, None, MON) == "cancelled"
    assert status_of(t, NEXT_WEEK, NEXT_WEEK, MON, own_day=True) == "planned"


def test_event_subject_of_a_present_is_told_by_its_days(nlp, trigger):
    """'her trip to Chile opens a new chapter': a present with the event as its subject, decided by the days
    (begun or over by the article's day: occurred; still ahead: planned)."""
    t = trigger(nlp, "Officials said Maria Lopez's trip to Chile opens a new chapter for both countries.", "trip")
    assert status_of(t, None, None, TUE) == "occurred"
    assert status_of(t, MON, TUE, TUE) == "occurred"
    assert status_of(t, NEXT_WEEK, NEXT_WEEK, TUE) == "planned"


@pytest.mark.parametrize(("text", "want"), [
    # a forecast of a delay is no delay
    ("The summit of Hans Weber and Maria Lopez is expected to be delayed.", "planned"),
    ("Talks between Hans Weber and Maria Lopez are likely to be delayed.", "planned"),
])
def test_predicate_calling_the_event_off(nlp, trigger, text, want):
    word = next(w for w in ("trip", "summit", "Talks") if w in text.split())
    assert modality(trigger(nlp, text, word)) == want


def test_event_subject_of_a_calling_off_predicate():
    """'the trip stands deferred': the event is the subject of a linking verb whose complement calls it off (the
    parser makes 'stands' the head and 'deferred' its complement)."""
    words = ["The", "trip", "stands", "deferred", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, True, False, False],
              heads=[1, 2, 2, 2, 2], deps=["det", "nsubj", "ROOT", "acomp", "punct"],
              tags=["DT", "NN", "VBZ", "VBN", "."], pos=["DET", "NOUN", "VERB", "VERB", "PUNCT"],
              lemmas=["the", "trip", "stand", "defer", "."])
    assert modality(doc[1]) == "cancelled"
