"""Count a tagger's scored predictions per detection rule, corpus by corpus: right value, wrong value, spurious.

Why: value F1 is 2V/(G+P). A prediction that is right with probability q raises it only when q is above V/(G+P),
half the F1 itself (about 0.42 on TBAQ dev): a rule whose predictions are right less often than that costs points even
when most of them are tagged in the gold. Error lists are read phrase by phrase; this table reads them by the rule
that produced them, on the TimeML corpora (TimeBank, AQUAINT) and MEANTIME side by side, so a rule is judged on
both golds at once (issue 13: fix a class only when both corpora's golds agree on it). Missed gold timexes belong to
no rule and are counted per corpus on their own line.

Matching is the scorer's own (:func:`~dateline.evaluation.timex_matching.scorable`, relaxed one-to-one matching), so
per corpus the rows add up to the scorer's predicted count and its right values.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .timeml import GoldDocument, PredTimex
from .timex_matching import match_relaxed, same_value, scorable

OUTCOMES = ("right", "wrong", "spurious")
NO_RULE = "-"  # predictions of systems that name no rule (HeidelTime, the dateparser baselines)


def corpus_of(doc: GoldDocument) -> str:
    """``MEANTIME`` for the CAT XML files, else ``TimeML`` (TimeBank and AQUAINT ``.tml``)."""
    return "MEANTIME" if Path(doc.source).suffix.lower() == ".xml" else "TimeML"


@dataclass(frozen=True)
class RuleTable:
    """Per (rule, corpus) outcome counts, missed gold per corpus, and each corpus's value F1."""

    counts: dict[tuple[str, str], Counter[str]]
    missed: Counter[str]
    gold: Counter[str]

    @property
    def corpora(self) -> list[str]:
        return sorted(self.gold)

    @property
    def rules(self) -> list[str]:
        return sorted({r for r, _ in self.counts})

    def row(self, rule: str, corpus: str) -> tuple[int, int, int]:
        c = self.counts.get((rule, corpus), Counter())
        return c["right"], c["wrong"], c["spurious"]

    def value_f1(self, corpus: str) -> float:
        right = sum(self.row(r, corpus)[0] for r in self.rules)
        predicted = sum(sum(self.row(r, corpus)) for r in self.rules)
        total = self.gold[corpus] + predicted
        return 2 * right / total if total else 0.0

    def right_share(self, rule: str) -> float:
        """Share of the rule's predictions, over every corpus, that carry the gold value."""
        rows = [self.row(rule, c) for c in self.corpora]
        n = sum(sum(r) for r in rows)
        return sum(r[0] for r in rows) / n if n else 0.0


def rule_table(docs: Sequence[GoldDocument], predictions: Sequence[Sequence[PredTimex]]) -> RuleTable:
    """Classify every scored prediction of ``predictions`` (one list per document, same order as ``docs``)."""
    counts: dict[tuple[str, str], Counter[str]] = {}
    missed: Counter[str] = Counter()
    gold_n: Counter[str] = Counter()
    for doc, preds in zip(docs, predictions, strict=True):
        corpus = corpus_of(doc)
        kept = sorted(scorable(doc, preds), key=lambda p: (p.start, p.end))
        gold = list(doc.timexes)
        gold_n[corpus] += len(gold)
        pairs = {pi: gi for gi, pi in match_relaxed(gold, kept)}
        missed[corpus] += len(gold) - len(pairs)
        for pi, p in enumerate(kept):
            if pi in pairs:
                outcome = "right" if same_value(gold[pairs[pi]].value, p.value) else "wrong"
            else:
                outcome = "spurious"
            counts.setdefault((p.rule or NO_RULE, corpus), Counter())[outcome] += 1
    return RuleTable(counts, missed, gold_n)


def format_rule_table(table: RuleTable, system: str) -> str:
    """One line per rule: right/wrong/spurious per corpus, the right share over all, and a mark when that share is
    below the break-even (half the lowest corpus value F1): the rule's predictions cost value F1 as they stand."""
    corpora = table.corpora
    f1 = {c: table.value_f1(c) for c in corpora}
    even = min(f1.values(), default=0.0) / 2
    head = "".join(f"{c + ' r/w/s':>18}" for c in corpora)
    lines = [f"{system}: scored predictions per detection rule (r/w/s = right value / wrong value / spurious)",
             "value F1 " + ", ".join(f"{c} {f1[c]:.3f}" for c in corpora)
             + f"; a rule pays when its right share is above {even:.2f} (half the lowest value F1)", "",
             f"  {'rule':30}{head}   right share"]
    for rule in table.rules:
        cells = "".join(f"{'/'.join(map(str, table.row(rule, c))):>18}" for c in corpora)
        share = table.right_share(rule)
        lines.append(f"  {rule:30}{cells}   {share:.2f}{'  <== below break-even' if share < even else ''}")
    lines += ["", "  missed gold (no rule): " + ", ".join(f"{c} {table.missed[c]} of {table.gold[c]}" for c in corpora)]
    return "\n".join(lines) + "\n"
