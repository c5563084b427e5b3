"""A date written before the noun it qualifies names that thing by its day ("his Nov. 5 operation"): under a future
verb it keeps the nearest occurrence, while a date the verb itself takes keeps the verb's future. Hand-built Docs of
made-up sentences (no statistical model)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc
from temporal_docs import build

from dateline.extractors.temporal import resolve_timexes
from dateline.extractors.temporal.tense import names_its_noun

ANCHOR = date(2021, 12, 27)

NAMED = [  # The minister will return a month after his Nov. 5 operation .
    ("The", 1, "det", "DET", "DT", "the"), ("minister", 3, "nsubj", "NOUN", "NN", "minister"),
    ("will", 3, "aux", "AUX", "MD", "will"), ("return", 3, "ROOT", "VERB", "VB", "return"),
    ("a", 5, "det", "DET", "DT", "a"), ("month", 6, "npadvmod", "NOUN", "NN", "month"),
    ("after", 3, "prep", "ADP", "IN", "after"), ("his", 10, "poss", "PRON", "PRP$", "his"),
    ("Nov.", 10, "nmod", "PROPN", "NNP", "Nov."), ("5", 8, "nummod", "NUM", "CD", "5"),
    ("operation", 6, "pobj", "NOUN", "NN", "operation"), (".", 3, "punct", "PUNCT", ".", "."),
]
TAKEN_BY_THE_VERB = [  # The minister will return on Nov. 5 .
    ("The", 1, "det", "DET", "DT", "the"), ("minister", 3, "nsubj", "NOUN", "NN", "minister"),
    ("will", 3, "aux", "AUX", "MD", "will"), ("return", 3, "ROOT", "VERB", "VB", "return"),
    ("on", 3, "prep", "ADP", "IN", "on"), ("Nov.", 4, "pobj", "PROPN", "NNP", "Nov."),
    ("5", 5, "nummod", "NUM", "CD", "5"), (".", 3, "punct", "PUNCT", ".", "."),
]
AFTER_ITS_NOUN = [  # The council will review the vote on Nov. 5 .
    ("The", 1, "det", "DET", "DT", "the"), ("council", 3, "nsubj", "NOUN", "NN", "council"),
    ("will", 3, "aux", "AUX", "MD", "will"), ("review", 3, "ROOT", "VERB", "VB", "review"),
    ("the", 5, "det", "DET", "DT", "the"), ("vote", 3, "dobj", "NOUN", "NN", "vote"),
    ("on", 5, "prep", "ADP", "IN", "on"), ("Nov.", 6, "pobj", "PROPN", "NNP", "Nov."),
    ("5", 7, "nummod", "NUM", "CD", "5"), (".", 3, "punct", "PUNCT", ".", "."),
]


def date_span(doc: Doc):
    i = next(t.i for t in doc if t.text == "Nov.")
    return doc[i:i + 2]


@pytest.mark.parametrize("rows, expected", [(NAMED, True), (TAKEN_BY_THE_VERB, False), (AFTER_ITS_NOUN, False)])
def test_names_its_noun(blank, rows, expected):
    assert names_its_noun(date_span(build(blank.vocab, rows))) is expected


@pytest.mark.parametrize(
    "rows, value",
    [
        (NAMED, "2021-11-05"),  # the operation seven weeks back, not next November
        (TAKEN_BY_THE_VERB, "2022-11-05"),  # the return is ahead: the verb's future holds
    ],
)
def test_year_of_a_named_day(blank, rows, value):
    got = {t.text: t.value for t in resolve_timexes(build(blank.vocab, rows), ANCHOR)}
    assert got["Nov. 5"] == value
