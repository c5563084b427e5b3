"""Plans the parse hides from the tense walk, on hand-built Docs (made-up sentences, no statistical model): a plan
adjective beside the date on its copula, a plan verb the tagger read as a noun, a plan participle whose lemma is
garbled, and a date inside "after ..." on a timetable present."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc, Span
from temporal_docs import build

from dateline.extractors.temporal.tense import FUTURE, PAST, PLANNED, direction_of

ANCHOR = date(2021, 3, 17)  # Wednesday

DUE_BESIDE = [  # The envoy is due in the capital on Saturday .
    ("The", 1, "det", "DET", "DT", "the"), ("envoy", 2, "nsubj", "NOUN", "NN", "envoy"),
    ("is", 2, "ROOT", "AUX", "VBZ", "be"), ("due", 2, "acomp", "ADJ", "JJ", "due"),
    ("in", 3, "prep", "ADP", "IN", "in"), ("the", 6, "det", "DET", "DT", "the"),
    ("capital", 4, "pobj", "NOUN", "NN", "capital"), ("on", 2, "prep", "ADP", "IN", "on"),
    ("Saturday", 7, "pobj", "PROPN", "NNP", "Saturday"), (".", 2, "punct", "PUNCT", ".", "."),
]
WAS_DUE_AS_PREPOSITION = [  # The minister was on Sunday due to travel north .
    ("The", 1, "det", "DET", "DT", "the"), ("minister", 2, "nsubj", "NOUN", "NN", "minister"),
    ("was", 2, "ROOT", "AUX", "VBD", "be"), ("on", 2, "prep", "ADP", "IN", "on"),
    ("Sunday", 3, "pobj", "PROPN", "NNP", "Sunday"), ("due", 2, "prep", "ADP", "IN", "due"),
    ("to", 7, "aux", "PART", "TO", "to"), ("travel", 5, "pobj", "VERB", "VB", "travel"),
    ("north", 7, "advmod", "ADV", "RB", "north"), (".", 2, "punct", "PUNCT", ".", "."),
]
DUE_TO_A_CAUSE = [  # The delay was on Sunday due to the storm .
    ("The", 1, "det", "DET", "DT", "the"), ("delay", 2, "nsubj", "NOUN", "NN", "delay"),
    ("was", 2, "ROOT", "AUX", "VBD", "be"), ("on", 2, "prep", "ADP", "IN", "on"),
    ("Sunday", 3, "pobj", "PROPN", "NNP", "Sunday"), ("due", 2, "prep", "ADP", "IN", "due"),
    ("to", 5, "pcomp", "ADP", "IN", "to"), ("the", 8, "det", "DET", "DT", "the"),
    ("storm", 6, "pobj", "NOUN", "NN", "storm"), (".", 2, "punct", "PUNCT", ".", "."),
]
PLAN_AS_NOUN = [  # On Friday the envoy plans to fly north .
    ("On", 4, "prep", "ADP", "IN", "on"), ("Friday", 0, "pobj", "PROPN", "NNP", "Friday"),
    ("the", 3, "det", "DET", "DT", "the"), ("envoy", 4, "nsubj", "NOUN", "NN", "envoy"),
    ("plans", 4, "ROOT", "NOUN", "NNS", "plan"), ("to", 6, "aux", "PART", "TO", "to"),
    ("fly", 4, "xcomp", "VERB", "VB", "fly"), ("north", 6, "advmod", "ADV", "RB", "north"),
    (".", 4, "punct", "PUNCT", ".", "."),
]
GARBLED_LEMMA = [  # Talks are slated for Monday .  (the lemmatizer gives "slat")
    ("Talks", 2, "nsubjpass", "NOUN", "NNS", "talk"), ("are", 2, "auxpass", "AUX", "VBP", "be"),
    ("slated", 2, "ROOT", "VERB", "VBN", "slat"), ("for", 2, "prep", "ADP", "IN", "for"),
    ("Monday", 3, "pobj", "PROPN", "NNP", "Monday"), (".", 2, "punct", "PUNCT", ".", "."),
]
COMES_AFTER = [  # The move comes after talks on Saturday .
    ("The", 1, "det", "DET", "DT", "the"), ("move", 2, "nsubj", "NOUN", "NN", "move"),
    ("comes", 2, "ROOT", "VERB", "VBZ", "come"), ("after", 2, "prep", "ADP", "IN", "after"),
    ("talks", 3, "pobj", "NOUN", "NNS", "talk"), ("on", 4, "prep", "ADP", "IN", "on"),
    ("Saturday", 5, "pobj", "PROPN", "NNP", "Saturday"), (".", 2, "punct", "PUNCT", ".", "."),
]
OPENS_AFTER = [  # The fair opens on Saturday after talks on Friday .
    ("The", 1, "det", "DET", "DT", "the"), ("fair", 2, "nsubj", "NOUN", "NN", "fair"),
    ("opens", 2, "ROOT", "VERB", "VBZ", "open"), ("on", 2, "prep", "ADP", "IN", "on"),
    ("Saturday", 3, "pobj", "PROPN", "NNP", "Saturday"), ("after", 2, "prep", "ADP", "IN", "after"),
    ("talks", 5, "pobj", "NOUN", "NNS", "talk"), ("on", 6, "prep", "ADP", "IN", "on"),
    ("Friday", 7, "pobj", "PROPN", "NNP", "Friday"), (".", 2, "punct", "PUNCT", ".", "."),
]


def doc_of(vocab, rows) -> Doc:
    """The hand-built Doc, with every weekday marked DATE as the model's NER would."""
    doc = build(vocab, rows)
    doc.ents = [Span(doc, t.i, t.i + 1, label="DATE") for t in doc if t.text.endswith("day")]
    return doc


def span_of(doc: Doc, word: str) -> Span:
    i = next(t.i for t in doc if t.text == word)
    return doc[i:i + 1]


@pytest.mark.parametrize(
    "rows, word, expected",
    [
        (DUE_BESIDE, "Saturday", FUTURE),  # the plan adjective is the copula's, and so the date's
        (WAS_DUE_AS_PREPOSITION, "Sunday", PLANNED),  # "due" read as a preposition, yet before an infinitive
        (DUE_TO_A_CAUSE, "Sunday", PAST),  # "due to the storm" names a cause: no plan
        (PLAN_AS_NOUN, "Friday", FUTURE),  # "plans" tagged a noun, but it roots the clause and takes "to fly"
        (GARBLED_LEMMA, "Monday", FUTURE),  # read from the word form, as "scheduled" would be
        (COMES_AFTER, "Saturday", None),  # what came before the move: not the timetable's future
        (OPENS_AFTER, "Friday", FUTURE),  # the verb has its own day ahead: the timetable holds for both
        (OPENS_AFTER, "Saturday", FUTURE),
    ],
)
def test_direction(blank, rows, word, expected):
    assert direction_of(span_of(doc_of(blank.vocab, rows), word)) == expected
