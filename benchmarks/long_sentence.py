"""Extraction time on one run-on sentence of N repetitions of a made-up phrase (issue 12: linear in sentence length).

Not a test: prints spaCy's time and the CPU seconds of ``analyse_doc`` (everything dateline does after spaCy) with
the gazetteer loaded beforehand, so the figure is the per-sentence work only.

    python benchmarks/long_sentence.py 1200 "Ana Ruiz met Bo Lind in Lisbon for talks"
    python benchmarks/long_sentence.py 1200 "the minister said that talks would continue"
"""

from __future__ import annotations

import sys
import time
from datetime import date
from types import SimpleNamespace


def main(argv: list[str]) -> int:
    from dateline.extractors.pipeline import load_nlp
    from dateline.extractors.places import gazetteer
    from dateline.extractors.process import analyse_doc

    n, phrase = int(argv[0]), argv[1]
    gazetteer()
    nlp = load_nlp()
    nlp.max_length = 10**7
    text = "On Monday, " + ", and ".join([phrase] * n) + "."
    article = SimpleNamespace(article_id="a", text=text, title=None, published=date(2024, 1, 10), header_date=None)
    t0 = time.perf_counter()
    doc = nlp(text)
    spacy_s = time.perf_counter() - t0
    c0, t0 = time.process_time(), time.perf_counter()
    result = analyse_doc(doc, article, run_date=date(2024, 1, 10))
    print(f"tokens {len(doc)} sentences {len(list(doc.sents))} spacy_s {spacy_s:.1f} "
          f"extract_cpu_s {time.process_time() - c0:.2f} extract_wall_s {time.perf_counter() - t0:.2f} "
          f"events {len(result.events)} error {result.error}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
