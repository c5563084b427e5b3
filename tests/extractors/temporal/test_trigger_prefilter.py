"""``detect.windows`` skips the regex scan of a literal-word trigger when none of its words is in the text: the
windows must be exactly those of the plain scan, for every trigger of the rule table and any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.extractors.temporal.detect import scanned_windows, trigger_words, windows
from dateline.extractors.temporal.productions import PRODUCTIONS
from dateline.extractors.temporal.tables import DATA, load_rules, read_rule_rows

TRIGGERS = sorted({r.trigger for r in load_rules(read_rule_rows(DATA / "rules.jsonl"), PRODUCTIONS)
                   if r.trigger is not None}, key=lambda t: (t.pattern, t.flags))
PIECES = sorted({w for t in TRIGGERS for w in (trigger_words(t) or ())} | {" ", "\n", "x", "1", "s", "-"})


def test_most_triggers_are_literal_words_and_the_others_are_recognised() -> None:
    literal = [t for t in TRIGGERS if trigger_words(t) is not None]
    assert len(literal) > len(TRIGGERS) / 2
    assert trigger_words(re.compile(r"\d{4}")) is None
    assert trigger_words(re.compile("may", re.IGNORECASE)) is None  # flags: left to the regex
    assert trigger_words(re.compile("week|month")) == ("week", "month")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_windows_are_those_of_the_plain_scan(text: str) -> None:
    for trigger in TRIGGERS:
        assert windows(text, trigger) == scanned_windows(text, trigger)
