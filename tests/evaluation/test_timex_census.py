"""The error census on hand-made gold and predictions: outcomes, the contested flag both ways, extent-only errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dateline.evaluation.timeml import GoldDocument, GoldTimex, PredTimex
from dateline.evaluation.timex import main
from dateline.evaluation.timex_census import census, format_census, phrase


def _doc(doc_id: str, text: str, gold: list[tuple[str, str]]) -> GoldDocument:
    """Gold timexes given as (phrase, value), placed at the phrase's first occurrence."""
    timexes = tuple(GoldTimex(text.index(t), text.index(t) + len(t), t, "DATE", v) for t, v in gold)
    return GoldDocument(doc_id, text, date(2008, 3, 1), timexes, len(text))


def _pred(text: str, words: str, value: str, nth: int = 0) -> PredTimex:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return PredTimex(start, start + len(words), words, "DATE", value)


def test_phrase_folds_case_and_punctuation() -> None:
    assert phrase("Last week,") == phrase("last  week") == "last week"


def test_a_wrong_value_is_contested_when_the_phrase_is_right_elsewhere() -> None:
    a = "The firm said last week it would sell the unit."
    b = "Sales rose last week. Profit fell in the spring."
    docs = [_doc("a", a, [("last week", "2008-WXX")]), _doc("b", b, [("last week", "2008-W08"), ("spring", "2008-SP")])]
    preds = [[_pred(a, "last week", "2008-W08")], [_pred(b, "last week", "2008-W08"), _pred(b, "spring", "2007-SP")]]
    result = census(docs, preds)
    wrong = {e.phrase: e for e in result.errors if e.outcome == "wrong"}
    assert wrong["last week"].contested is True
    assert wrong["spring"].contested is False
    assert wrong["last week"].kind == "wrong: underspecified read as week"


def test_a_miss_is_contested_when_the_phrase_is_untagged_elsewhere() -> None:
    a = "Prices are now higher. Rates fell for years."
    b = "Shares now trade lower."
    docs = [_doc("a", a, [("now", "PRESENT_REF"), ("years", "PXY")]), _doc("b", b, [])]
    result = census(docs, [[], []])
    missed = {e.phrase: e for e in result.errors}
    assert missed["now"].contested is True  # "now" in document b carries no gold timex
    assert missed["years"].contested is False
    assert result.by_outcome()["missed"] == (2, 1)


def test_a_spurious_prediction_only_contested_by_a_right_one() -> None:
    a = "The annual meeting was held. It pays an annual dividend."
    docs = [_doc("a", a, [("annual", "P1Y")])]
    preds = [[_pred(a, "annual", "P1Y"), _pred(a, "annual", "P1Y", nth=1)]]
    result = census(docs, preds)
    (spurious,) = result.errors
    assert spurious.outcome == "spurious" and spurious.contested is True


def test_errors_that_hinge_on_the_extent_are_counted() -> None:
    a = "The plant runs from 2009 to 2011."
    docs = [_doc("a", a, [("from 2009 to 2011", "P2Y")])]
    preds = [[_pred(a, "2009", "2009"), _pred(a, "2011", "2011")]]
    result = census(docs, preds)
    assert [e.outcome for e in result.errors] == ["wrong", "spurious"]
    assert [e.extent for e in result.errors] == [False, True]
    text = format_census(result, "dateline")
    assert "hinging on the extent (one-to-one matching): 1" in text


def test_malformed_gold_values_are_flagged() -> None:
    a = "The ruling is expected early next week."
    docs = [_doc("a", a, [("early next week", "2008-W2")])]
    result = census(docs, [[_pred(a, "early next week", "2008-W10")]])
    assert result.errors[0].gold_malformed is True


def test_cli_writes_the_census(tmp_path, capsys):
    data = Path(__file__).parent / "data"
    out = tmp_path / "census.txt"
    assert main([str(data), "--systems", "search_dates", "--census", str(out), "--top", "0"]) == 0
    text = out.read_text()
    assert text.startswith("search_dates: ") and "gold timexes" in text
    assert "contested" in text
    capsys.readouterr()
