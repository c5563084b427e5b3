"""The per-rule table on hand-made gold and predictions: outcomes per rule and corpus, the break-even mark, the CLI."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dateline.evaluation.timeml import GoldDocument, GoldTimex, PredTimex
from dateline.evaluation.timex import main
from dateline.evaluation.timex_rules import NO_RULE, corpus_of, format_rule_table, rule_table


def _doc(source: str, text: str, gold: list[tuple[str, str]]) -> GoldDocument:
    """Gold timexes given as (phrase, value), placed at the phrase's first occurrence."""
    timexes = tuple(GoldTimex(text.index(t), text.index(t) + len(t), t, "DATE", v) for t, v in gold)
    return GoldDocument(Path(source).stem, text, date(2008, 3, 1), timexes, len(text), source=source)


def _pred(text: str, words: str, value: str, rule: str | None, nth: int = 0) -> PredTimex:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return PredTimex(start, start + len(words), words, "DATE", value, None, rule)


def test_corpus_of_tells_meantime_xml_from_timeml() -> None:
    assert corpus_of(_doc("corpus_gm/1_x.xml", "a", [])) == "MEANTIME"
    assert corpus_of(_doc("TimeBank/wsj_1.tml", "a", [])) == "TimeML"


def test_each_prediction_counts_once_under_its_rule_and_corpus() -> None:
    a = "Talks ended on Friday and resume next week; the fund now holds cash."
    b = "The vote is on Monday. Shares now trade lower."
    docs = [_doc("TimeBank/a.tml", a, [("Friday", "2008-02-29"), ("next week", "2008-W11")]),
            _doc("corpus_x/b.xml", b, [("Monday", "2008-03-03")])]
    preds = [[_pred(a, "Friday", "2008-02-29", "weekday"), _pred(a, "next week", "2008-W10", "relative_unit"),
              _pred(a, "now", "PRESENT_REF", "present_ref")],
             [_pred(b, "Monday", "2008-03-03", "weekday"), _pred(b, "now", "PRESENT_REF", "present_ref")]]
    table = rule_table(docs, preds)
    assert table.row("weekday", "TimeML") == (1, 0, 0)
    assert table.row("weekday", "MEANTIME") == (1, 0, 0)
    assert table.row("relative_unit", "TimeML") == (0, 1, 0)
    assert table.row("present_ref", "TimeML") == (0, 0, 1)
    assert table.row("present_ref", "MEANTIME") == (0, 0, 1)
    assert table.missed == {"TimeML": 0, "MEANTIME": 0}
    assert table.right_share("weekday") == 1.0 and table.right_share("present_ref") == 0.0


def test_value_f1_per_corpus_is_the_scorers() -> None:
    a = "Sales rose in 2007 and fell last month."
    docs = [_doc("AQUAINT/a.tml", a, [("2007", "2007"), ("last month", "2008-02")])]
    table = rule_table(docs, [[_pred(a, "2007", "2007", "year")]])
    assert table.missed["TimeML"] == 1
    assert abs(table.value_f1("TimeML") - 2 * 1 / (2 + 1)) < 1e-9


def test_predictions_outside_the_scored_region_and_without_rule() -> None:
    a = "It opened on Friday. It closed on Monday."
    doc = GoldDocument("a", a, date(2008, 3, 1), (), a.index("It closed"), source="c/a.xml")
    table = rule_table([doc], [[_pred(a, "Friday", "2008-02-29", None), _pred(a, "Monday", "2008-03-03", "weekday")]])
    assert table.row(NO_RULE, "MEANTIME") == (0, 0, 1)
    assert ("weekday", "MEANTIME") not in table.counts  # starts after scored_until: not scored


def test_format_marks_rules_below_break_even() -> None:
    a = "Prices are now higher; now is the time, the firm now trades and now sells on Friday."
    docs = [_doc("TimeBank/a.tml", a, [("now", "PRESENT_REF"), ("Friday", "2008-02-29")])]
    preds = [[_pred(a, "now", "PRESENT_REF", "present_ref", nth=n) for n in range(4)]
             + [_pred(a, "Friday", "2008-02-29", "weekday")]]
    text = format_rule_table(rule_table(docs, preds), "dateline")
    lines = {ln.split()[0]: ln for ln in text.splitlines() if ln.startswith("  ") and "/" in ln}
    # present_ref right 1 of 4 (0.25); value F1 2*2/(2+5), so the break-even is 0.29
    assert "1/0/3" in lines["present_ref"] and "below break-even" in lines["present_ref"]
    assert "1/0/0" in lines["weekday"] and "below break-even" not in lines["weekday"]


def test_cli_writes_the_rule_table(tmp_path, capsys) -> None:
    data = Path(__file__).parent / "data"
    out = tmp_path / "rules.txt"
    assert main([str(data), "--systems", "search_dates", "--rules", str(out), "--top", "0"]) == 0
    text = out.read_text()
    assert text.startswith("search_dates: scored predictions per detection rule")
    assert "missed gold (no rule)" in text
    capsys.readouterr()
