"""Build the throughput benchmark corpus as JSONL (``id``, ``text``, ``published``) from the shared data sets.

Texts: MEANTIME CAT XML documents (tokens joined by spaces, one line per sentence; the CREATION_TIME timex gives
``published``) and RAMS dev windows (``sentences`` tokens joined by spaces). That is ~1,044 real news texts. Larger
corpora repeat them under distinct ids (``<id>~r<k>``), so the per-article work is realistic while the size scales.
The file is written line by line: nothing but the ~1k base texts is held in memory.

    python benchmarks/make_corpus.py --n 20000 --out /tmp/corpus-20k.jsonl
"""

from __future__ import annotations

import argparse
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

DATA = Path("/work/shared/data")


def meantime_docs(root: Path = DATA / "meantime_en") -> Iterator[dict]:
    """One record per MEANTIME document, in a stable (sorted path) order."""
    for path in sorted(root.rglob("*.xml")):
        tree = ET.parse(path)
        doc = tree.getroot()
        sentences: dict[int, list[str]] = {}
        for tok in doc.iter("token"):
            sentences.setdefault(int(tok.get("sentence", "0")), []).append(tok.text or "")
        text = "\n".join(" ".join(words) for _, words in sorted(sentences.items()))
        published = None
        for timex in doc.iter("TIMEX3"):
            if timex.get("functionInDocument") == "CREATION_TIME":
                value = timex.get("value") or ""
                published = value[:10] if len(value) >= 10 and value[4] == "-" else None
                break
        yield {"id": f"meantime-{doc.get('doc_id')}", "text": text, "published": published}


def rams_docs(path: Path = DATA / "rams_dev" / "dev.jsonlines") -> Iterator[dict]:
    """One record per RAMS dev window (five sentences around one annotated event)."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            rec = json.loads(line)
            text = " ".join(" ".join(sentence) for sentence in rec["sentences"])
            yield {"id": f"rams-{rec['doc_key']}", "text": text, "published": None}


def base_docs() -> list[dict]:
    return [*meantime_docs(), *rams_docs()]


def write_corpus(out: Path, n: int) -> int:
    """Write ``n`` records (the base texts cycled, ids made distinct per repetition); return the word count."""
    base = base_docs()
    words = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for i in range(n):
            rec = dict(base[i % len(base)])
            rep = i // len(base)
            if rep:
                rec["id"] = f"{rec['id']}~r{rep}"
            words += len(rec["text"].split())
            handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=0, help="number of articles (default: the base texts once)")
    parser.add_argument("--out", type=Path, required=True)
    ns = parser.parse_args(argv)
    n = ns.n or len(base_docs())
    words = write_corpus(ns.out, n)
    print(f"wrote {n} articles, {words} words to {ns.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
