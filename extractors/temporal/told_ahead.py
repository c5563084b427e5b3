"""Whose future a clause told ahead is: the writer's, or a past day's ("said the works would begin three days later").

A count from the day under discussion ("two weeks later") starts from that day in a past narrative and in a future
seen from it, but a future the writer tells from the page's day starts no earlier than that day (resolve.py). Kept
apart from :mod:`.tense`, whose parse walks it uses, so that module stays small.
"""

from __future__ import annotations

from spacy.tokens import Span

from .tense import ParseIndex, aux_words, governing_verb, is_present_subordinate

# the future of a past moment ("said the works would begin three days later"): seen from the day reported, not now
BACKSHIFTED_FUTURE_AUX = {"would", "'d"}


def counts_from_now(span: Span, index: ParseIndex) -> bool:
    """For an expression in a clause told ahead: True when the future is the writer's own ("the works will start two
    weeks later"; "if the club fails to appeal, the works would start seven days later", whose present-tense
    condition is still to come), False when it is a future seen from a past day ("the council said the works would
    begin three days later"), which counts from that day."""
    verb = governing_verb(span.root, None, index)
    if verb is None or not aux_words(verb, index) & BACKSHIFTED_FUTURE_AUX:
        return True
    return any(is_present_subordinate(t, index) for t in span.sent if t.dep_ == "advcl")
