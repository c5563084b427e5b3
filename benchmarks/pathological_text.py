"""Time of date detection and resolution on pathological text: date-like strings repeated a thousand times in one
"sentence" (issue 6: one article must never stall a batch).

Not a test: the suite checks these inputs finish under the hang guard and give sane timexes
(``tests/robustness/test_limits.py``); the speed target lives here, where a loaded machine cannot fail it. The figure
is the CPU seconds of the ``dateline_timex`` component and two ``resolve_timexes`` calls (with and without an article
date) after spaCy's own parse, which is linear but slow on such input and is not dateline's work.

    .venv/bin/python benchmarks/pathological_text.py            # every input, against TARGET_SECONDS
    .venv/bin/python benchmarks/pathological_text.py weekdays   # one
"""

from __future__ import annotations

import sys
import time
from datetime import date

TARGET_SECONDS = 5.0  # per input on a loaded 2-core machine; measured < 0.5 s
ANCHOR = date(2021, 3, 16)

# Formerly a hot spot (benchmarks/profile.md): ``tense.governing_verb`` scanned the whole sentence for every span and
# ``detect.longest_first`` compared every candidate with every chosen one, so 1,000 dates in one 10,000-character
# "sentence" were quadratic (~2-3 s); per-Doc child lists and bisected overlap checks keep them linear (~0.3 s).
INPUTS = {
    "weekdays": "on Monday " * 1_000,
    "iso_dates": "2021-03-16 " * 1_000,
    "numbers": "1/1/1/1/1/1/1/1/" * 600,
    "dashes_digits": "10-10-10-10-" * 800,
    "months_and_years": "March 2021, April 2022 and May 2023; " * 300,
    "relative": "two days later the next day last week earlier this year " * 200,
    "no_spaces": "x" * 10_000,
    "nested_brackets": "(" * 1_000 + "March" + ")" * 1_000,
}


def resolve(nlp, text: str) -> tuple[list, float]:
    """The timexes of ``text`` resolved against ``ANCHOR``, and the CPU seconds detection and resolution took."""
    from dateline.extractors.temporal import resolve_timexes

    with nlp.select_pipes(disable=["dateline_timex"]):
        doc = nlp(text)
    started = time.process_time()
    doc = nlp.get_pipe("dateline_timex")(doc)
    timexes = resolve_timexes(doc, ANCHOR)
    resolve_timexes(doc, None)
    return timexes, time.process_time() - started


def main(argv: list[str]) -> int:
    from dateline.extractors.pipeline import load_nlp

    nlp = load_nlp()
    names = argv or sorted(INPUTS)
    worst = 0.0
    print(f"{'input':<18} {'timexes':>8} {'cpu s':>7}")
    for name in names:
        timexes, seconds = resolve(nlp, INPUTS[name])
        worst = max(worst, seconds)
        print(f"{name:<18} {len(timexes):>8} {seconds:>7.2f}")
    verdict = "met" if worst < TARGET_SECONDS else "MISSED"
    print(f"worst {worst:.2f} s against a target of {TARGET_SECONDS:.1f} s: {verdict}")
    return 0 if worst < TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
