"""The census table across splits: the class on most splits first, then the one with most mentions."""

from __future__ import annotations

import collections

from dateline.evaluation.read_splits import print_split_counts


def test_classes_on_more_splits_come_first_then_more_mentions(capsys):
    counts = {
        "lexicon gap": collections.Counter({"dev_a": 5}),
        "gate": collections.Counter({"dev_a": 1, "dev_b": 1}),
        "merged": collections.Counter({"dev_b": 2}),
    }
    print_split_counts(counts, 12)
    rows = capsys.readouterr().out.splitlines()
    assert [r.split("  ")[1].strip() for r in rows] == ["gate", "lexicon gap", "merged"]
    assert rows[0].endswith("dev_a=1 dev_b=1") and "   2 mentions   2 splits" in rows[0]
