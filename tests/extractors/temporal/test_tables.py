"""The rule table is data and is checked when it loads: bad rows fail at start-up, not mid-batch."""

from __future__ import annotations

import json

import pytest

from dateline.extractors.temporal.component import TimexDetector
from dateline.extractors.temporal.detect import rule_candidates
from dateline.extractors.temporal.productions import PRODUCTIONS
from dateline.extractors.temporal.resolve import default_rules
from dateline.extractors.temporal.tables import RuleTableError, load_lexicon, load_rules, read_rule_rows


def test_shipped_table_loads_and_names_are_unique():
    rules = default_rules()
    assert len({r.name for r in rules}) == len(rules) > 30
    assert all(r.production in PRODUCTIONS for r in rules)


@pytest.mark.parametrize(
    "row, message",
    [
        ({"name": "x", "production": "weekday", "pattern": "(?P<wd>{WD}"}, "bad pattern"),
        ({"name": "x", "production": "weekday", "pattern": "(?:today)?"}, "empty string"),
        ({"name": "x", "production": "nope", "pattern": "today"}, "unknown production"),
        ({"name": "x", "production": "weekday", "pattern": "{NOPE}"}, "unknown placeholder"),
        ({"name": "x", "production": "weekday", "pattern": "today", "trigger": "a|"}, "trigger"),
        ({"production": "weekday", "pattern": "today"}, "needs name"),
    ],
)
def test_bad_rows_fail_at_load(row, message):
    with pytest.raises(RuleTableError, match=message):
        load_rules([row], PRODUCTIONS)


def test_duplicate_names_fail():
    row = {"name": "x", "production": "relative_day", "pattern": "(?P<rel>today)"}
    with pytest.raises(RuleTableError, match="duplicate"):
        load_rules([row, row], PRODUCTIONS)


def test_bad_table_stops_the_component(tmp_path):
    path = tmp_path / "rules.jsonl"
    path.write_text(json.dumps({"name": "x", "production": "weekday", "pattern": "("}) + "\n", encoding="utf-8")
    with pytest.raises(RuleTableError):
        TimexDetector(rules_path=str(path))
    with pytest.raises(RuleTableError):
        path.write_text("{not json\n", encoding="utf-8")
        read_rule_rows(path)


def test_triggers_lose_nothing(shared):
    """Scanning only around trigger words finds exactly what a full scan finds."""
    rules = default_rules()
    for p in sorted((shared / "samples" / "seeds").glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        assert set(rule_candidates(text, rules, True)) == set(rule_candidates(text, rules, False))


@pytest.mark.parametrize("text, value", [("three", 3), ("twenty-five", 25), ("two and a half", 2.5), ("12", 12),
                                         ("several", None), ("a dozen", 12)])
def test_number_words(text, value):
    assert load_lexicon().number(text) == value
