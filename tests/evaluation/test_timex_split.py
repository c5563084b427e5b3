"""The frozen TBAQ blind split: the list on disk equals its documented rule, and blind errors never leak."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.evaluation.timeml import GoldDocument, GoldTimex, PredTimex
from dateline.evaluation.timex import score_corpus, withhold_blind_errors
from dateline.evaluation.timex_split import choose_blind, file_key, read_blind_list, select

TBAQ = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "tbaq"


def _doc(name: str, folder: str = "TimeBank") -> GoldDocument:
    gold = (GoldTimex(0, 5, "today", "DATE", "1998-02-27"),)
    return GoldDocument(name, "today", date(1998, 2, 27), gold, 5, source=f"/x/tbaq/{folder}/{name}.tml")


def test_rule_takes_one_fifth_per_folder_deterministically():
    paths = [f"/a/TimeBank/f{i}.tml" for i in range(10)] + [f"/a/AQUAINT/g{i}.tml" for i in range(5)]
    blind = choose_blind(paths)
    assert blind == choose_blind(reversed(paths))
    assert sum(b.startswith("TimeBank/") for b in blind) == 2 and sum(b.startswith("AQUAINT/") for b in blind) == 1


@pytest.mark.skipif(not TBAQ.is_dir(), reason="shared TBAQ data not present")
def test_frozen_list_matches_the_rule():
    blind = read_blind_list()
    assert blind == frozenset(choose_blind(TBAQ.rglob("*.tml")))
    assert len(blind) == 52


def test_select_and_withhold():
    blind = frozenset({"TimeBank/b.tml"})
    docs = [_doc("a"), _doc("b")]
    assert [d.doc_id for d in select(docs, "dev", blind)] == ["a"]
    assert [d.doc_id for d in select(docs, "blind", blind)] == ["b"]
    assert len(select(docs, "all", blind)) == 2
    assert file_key(docs[1].source) == "TimeBank/b.tml"
    report = score_corpus("x", docs, [[], [PredTimex(0, 5, "today", "DATE", "1998-02-26")]])
    assert {e.doc_id for e in report.errors} == {"a", "b"}
    withhold_blind_errors(report, docs, blind)
    assert {e.doc_id for e in report.errors} == {"a"}
    assert report.total.gold == 2  # the score still counts the blind document
