"""The frozen dev/blind split of TBAQ (TempEval-3 training: TimeBank + AQUAINT), for ``dateline eval timex --split``.

Why: TBAQ became the development corpus for the temporal rules (issue 13). To keep one honest number, one fifth of
it is frozen as a *blind* split before any rule work: whoever writes rules reads only its score line, never its
errors or texts.

The choice is deterministic and needs no list to reproduce it: within each sub-corpus folder (``TimeBank``,
``AQUAINT``), files are ordered by the SHA-256 of their file name and the first ``round(n / 5)`` are blind (37 of
183 TimeBank files, 15 of 73 AQUAINT files). ``benchmarks/tbaq_blind.txt`` holds the resulting list (folder/file
per line); :func:`split_of` reads that file, so the split stays frozen even if files are added to the corpus later,
and a test checks the file still equals the rule.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from .timeml import GoldDocument

BLIND_LIST = Path(__file__).resolve().parents[2] / "benchmarks" / "tbaq_blind.txt"
SPLITS = ("all", "dev", "blind")
BLIND_FRACTION = 5  # one file in five


def file_key(path: Path | str) -> str:
    """``Folder/file.tml``: the name a split list uses (sub-corpus folder and file name, no machine paths)."""
    p = Path(path)
    return f"{p.parent.name}/{p.name}"


def _rank(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def choose_blind(paths: Iterable[Path | str]) -> list[str]:
    """The rule: per folder, files ordered by SHA-256 of their file name, the first round(n/5) are blind."""
    by_folder: dict[str, list[str]] = {}
    for p in paths:
        by_folder.setdefault(Path(p).parent.name, []).append(Path(p).name)
    blind: list[str] = []
    for folder, names in sorted(by_folder.items()):
        ranked = sorted(names, key=_rank)
        blind += [f"{folder}/{n}" for n in ranked[: round(len(names) / BLIND_FRACTION)]]
    return sorted(blind)


def read_blind_list(path: Path = BLIND_LIST) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def split_of(doc: GoldDocument, blind: frozenset[str]) -> str:
    return "blind" if file_key(doc.source) in blind else "dev"


def select(docs: Sequence[GoldDocument], split: str, blind: frozenset[str] | None = None) -> list[GoldDocument]:
    """The documents of ``split`` ("all" keeps every document; MEANTIME files are never blind)."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose from {', '.join(SPLITS)}")
    if split == "all":
        return list(docs)
    blind = read_blind_list() if blind is None else blind
    return [d for d in docs if split_of(d, blind) == split]
